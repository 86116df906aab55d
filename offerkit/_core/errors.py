"""Exceptions raised by offerkit."""

__all__ = ["DataError"]


class DataError(ValueError):
    """A problem with the input data that stops loading.

    The message always names the file, the column (where there is one) and
    what the user can do about it.

    Parameters
    ----------
    message : str
        What is wrong, where, and what to do.

    Examples
    --------
    >>> import offerkit, pandas as pd
    >>> try:
    ...     offerkit.load(pd.DataFrame({"note": ["hello"]}))
    ... except offerkit.DataError as e:
    ...     print(type(e).__name__, isinstance(e, ValueError))
    DataError True
    """


DataError.__module__ = "offerkit"  # tracebacks and doctests name it as users import it: offerkit.DataError
