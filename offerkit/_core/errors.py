"""Exceptions raised by offerkit."""

__all__ = ["DataError"]


class DataError(ValueError):
    """A problem with the input data that stops loading.

    The message always names the file, the column (where there is one) and
    what the user can do about it.
    """


DataError.__module__ = "offerkit"  # tracebacks and doctests name it as users import it: offerkit.DataError
