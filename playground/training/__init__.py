"""The training side of the window, Qt-free: the protocol and the loop that runs in a child process.

The window speaks to a training process only through `protocol`'s commands and replies; `loop`
owns a Trainer, trains in slices and answers between them. Nothing here imports Qt or the app,
so the spawned child starts quickly (import-linter keeps it so).
"""
