"""Safe exports: CSV that a spreadsheet opens without running formulas."""

from __future__ import annotations

import csv
import re

import pandas as pd

__all__ = ["neutralize", "to_safe_csv", "atomic_write"]


def atomic_write(path, write) -> None:
    """Call ``write(tmp_path)`` then move the file into place: ``path`` is the old file or the complete new one.

    An OS error (a full disk, no permission) names the path.
    """
    import os
    from pathlib import Path

    path = Path(path)
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        write(tmp)
        os.replace(tmp, path)
    except OSError as exc:
        raise OSError(f"{path}: cannot write ({exc.strerror or exc})") from None
    finally:
        if tmp.exists():
            tmp.unlink()


_DANGEROUS = ("=", "+", "-", "@", "\t", "\r")


def neutralize(value):
    """Prefix a text cell that a spreadsheet would read as a formula with ``'``.

    Examples
    --------
    >>> neutralize("=HYPERLINK(1)"), neutralize("Acme"), neutralize(-3)
    ("'=HYPERLINK(1)", 'Acme', -3)
    """
    if not isinstance(value, str):
        return value
    # a spreadsheet may start a new cell after any line break: neutralise every line, not only the first
    value = _LINE_START.sub(lambda m: m.group(1) + "'" + m.group(2), value)
    if value.startswith(_DANGEROUS):
        return "'" + value
    return value


_LINE_START = re.compile(r"([\r\n]+)([=+\-@\t])")


def to_safe_csv(frame: pd.DataFrame, path) -> None:
    """Write ``frame`` as CSV with every text cell (and header) neutralized.

    A cell that a spreadsheet would run as a formula (starting with ``=``,
    ``+``, ``-``, ``@``, a tab or a carriage return) is written with a
    leading apostrophe, so it opens as text.

    Parameters
    ----------
    frame : pandas.DataFrame
    path : str or path-like
        The CSV file to write.

    Examples
    --------
    >>> import pandas as pd, tempfile, pathlib
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "out.csv"
    >>> to_safe_csv(pd.DataFrame({"company": ["=1+2", "Acme"]}), path)
    >>> pd.read_csv(path)["company"].tolist()
    ["'=1+2", 'Acme']
    """
    out = frame.copy()
    out.columns = [neutralize(str(c)) for c in out.columns]
    for column in out.columns:
        if out[column].dtype == object or pd.api.types.is_string_dtype(out[column]):
            out[column] = out[column].map(neutralize)
    atomic_write(path, lambda tmp: out.to_csv(tmp, index=False, lineterminator="\n", quoting=csv.QUOTE_ALL))
