"""UsageError: raised for bad command-line input; the CLI prints it in one line and exits 2."""


class UsageError(Exception):
    """A bad flag, value or file: printed as one line, exit status 2."""
