"""One root error and a few subclasses; messages name the bad input and the fix.

The CLI turns :class:`InputError` and :class:`ConfigError` into exit code 2
(bad input) and any other :class:`SummarizerError` into exit code 1.
"""


class SummarizerError(Exception):
    """Root of every error this package raises on purpose."""

    exit_code = 1


class InputError(SummarizerError):
    """The user's input (paths, files, articles) cannot be used."""

    exit_code = 2


class ConfigError(SummarizerError):
    """A configuration key or value is unknown or invalid."""

    exit_code = 2


class ModelError(SummarizerError):
    """A model cannot be found or loaded."""

    exit_code = 2


class BriefValidationError(SummarizerError):
    """A brief does not satisfy the JSON Schema or the citation contract (a bug)."""

    exit_code = 1
