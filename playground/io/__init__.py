"""Files in and out: experiment files (plain data in, plain data out); no Qt here."""

from playground.io.experiment import (
    FORMAT,
    MAX_BYTES,
    VERSION,
    Experiment,
    ExperimentError,
    check_writable,
    load,
    save,
)

__all__ = ["FORMAT", "MAX_BYTES", "VERSION", "Experiment", "ExperimentError", "check_writable",
           "load", "save"]
