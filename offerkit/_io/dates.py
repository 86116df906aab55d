"""Reading the many ways people write dates (definitions §3.4).

A column is parsed value by value over its distinct values (a search has few
distinct dates, so this is fast).  The forms understood are ISO dates,
``m/d/Y`` and ``d/m/Y`` (``/``, ``-`` or ``.`` as separator, 2- or 4-digit
years), ``d Mon YYYY``, ``Mon d, YYYY``, timestamps such as
``11/13/23, 9:42 AM`` (the time is dropped: offerkit works in days), and Excel
serial day numbers in a column that holds only numbers.

Day-first versus month-first is decided per column from the data: a first
number above 12 proves day-first, a second number above 12 proves
month-first.  A column where no value decides it (and some value reads
differently both ways) is *ambiguous*; the loader then uses the decision of
the file's other date columns, and stops with a ``DataError`` asking for
``dayfirst=`` when there is none.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import re

import numpy as np
import pandas as pd

from .._core.text import strip_codes

__all__ = ["parse_dates", "ParsedDates", "MISSING_TOKENS", "month_day", "NO_YEAR", "MONTH_ONLY"]

#: Cell texts read as "no value".
MISSING_TOKENS = frozenset({"", "nan", "nat", "null", "none", "n/a", "na", "-", "--", "—", "?"})

_MONTHS = {
    name: i + 1
    for i, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ]
    )
    for name in names
}
_TIME = r"(?:[\s,T]+\d{1,2}:\d{2}.*)?"
_WEEKDAY = re.compile(r"^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+", re.I)
_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[\sT].*)?$")
_NUMERIC = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})" + _TIME + "$")
_D_MON_Y = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?[\s\-/.]+([a-z]{3,9})\.?,?[\s\-/.]+(\d{4}|\d{2})" + _TIME + "$", re.I)
_MON_D_Y = re.compile(r"^([a-z]{3,9})\.?[\s\-/.]+(\d{1,2})(?:st|nd|rd|th)?,?[\s\-/.]+(\d{4}|\d{2})" + _TIME + "$", re.I)
_NO_YEAR = re.compile(
    r"^(?:\d{1,2}[-/.]\d{1,2}|[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3,9}\.?)$",
    re.I,
)
_NUMBER = re.compile(r"^\d+(?:\.\d+)?$")
_EXCEL_EPOCH = _dt.date(1899, 12, 30)
_RANGE = re.compile(r"\s*(?:→|->|⟶)\s*")
#: Spreadsheet day serials of 1990-01-01 to 2049-12-31: a bare number there, in a column of dates, is a date.
_EXCEL_SERIALS = (32874, 54788)
#: Milliseconds since 1970 of 2000-01-01 and 2099-12-31: a column of such numbers holds timestamps, not serials.
_EPOCH_MS = (946_684_800_000, 4_102_358_400_000)

NO_YEAR = "date without a year: add the year"
#: A date written to the month (``2025-08``, ``Aug 2025``): no day to time a wait by.
MONTH_ONLY = "a month, not a day"
_MONTH_ONLY = re.compile(r"^(?:(\d{4})[-/.](\d{1,2})|(\d{1,2})[-/.](\d{4})|([a-z]{3,9})\.?[\s\-/.,]+(\d{4}))$", re.I)
UNREADABLE = "cannot be read as a date"


@dataclasses.dataclass
class ParsedDates:
    """Result of :func:`parse_dates`.

    Attributes
    ----------
    dates : pandas.Series
        ``datetime64[ns]`` at midnight; NaT where missing or unreadable.
    error : pandas.Series
        The problem text per value, ``""`` when fine (missing is fine).
    dayfirst : bool or None
        The order used for ``a/b/y`` values (None when the column has none).
    ambiguous : bool
        True when no value decides day-first versus month-first and the
        readings differ; the caller must decide (``dates`` is then filled
        month-first).
    clean : bool
        True when no value has an error (``error`` is all ``""``).
    """

    dates: pd.Series
    _error: object  # a Series, or a function that makes it (on first use: clean columns seldom need it)
    dayfirst: bool | None
    ambiguous: bool
    clean: bool = False

    @property
    def error(self) -> pd.Series:
        if callable(self._error):
            self._error = self._error()
        return self._error


def _year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        year += 2000 if year < 70 else 1900
    return year


def _make(year, month, day):
    try:
        return _dt.date(year, month, day), ""
    except ValueError:
        return None, "not a valid calendar date"


def _parse_one(text: str):
    """Return ``(date | None, error, numeric_parts | None)`` for one value."""
    text = _RANGE.split(_WEEKDAY.sub("", text.strip()))[0]  # a range ("Oct 5, 2024 → Oct 10, 2024"): its start
    m = _ISO.match(text)
    if m:
        return (*_make(int(m[1]), int(m[2]), int(m[3])), None)
    m = _NUMERIC.match(text)
    if m:
        return None, "", (int(m[1]), int(m[2]), _year(m[3]))
    for pattern, day_group, month_group in ((_D_MON_Y, 1, 2), (_MON_D_Y, 2, 1)):
        m = pattern.match(text)
        if m and m[month_group].lower() in _MONTHS:
            return (*_make(_year(m[3]), _MONTHS[m[month_group].lower()], int(m[day_group])), None)
    if (
        text.isascii() and text.isdigit() and len(text) == 8 and text[:2] in ("19", "20")
    ):  # 20241005 among written dates
        return (*_make(int(text[:4]), int(text[4:6]), int(text[6:])), None)
    if text.isascii() and text.isdigit() and _EXCEL_SERIALS[0] <= int(text) <= _EXCEL_SERIALS[1]:
        # a spreadsheet cell formatted as a number among cells formatted as dates: its serial (45570 = 2024-10-05)
        return _EXCEL_EPOCH + _dt.timedelta(days=int(text)), "", None
    if _NO_YEAR.match(text):
        return None, NO_YEAR, None
    m = _MONTH_ONLY.match(text)
    if m:
        month = int(m[2] or m[3] or 0) or _MONTHS.get((m[5] or "").lower(), 0)
        if 1 <= month <= 12:
            return None, MONTH_ONLY, None
    return None, UNREADABLE, None


def _excel(values):
    out = {}
    for text in values:
        number = float(text)
        if len(text) == 8 and text.isdigit() and text[:2] in ("19", "20"):
            out[text] = _make(int(text[:4]), int(text[4:6]), int(text[6:]))
        elif _EPOCH_MS[0] <= number <= _EPOCH_MS[1]:  # a web app's JSON: milliseconds since 1970 (UTC)
            out[text] = ((_dt.datetime(1970, 1, 1) + _dt.timedelta(milliseconds=number)).date(), "")
        elif _EPOCH_MS[0] / 1000 <= number <= _EPOCH_MS[1] / 1000:  # seconds since 1970 (a Unix timestamp)
            out[text] = ((_dt.datetime(1970, 1, 1) + _dt.timedelta(seconds=number)).date(), "")
        elif 1 <= number < 2958466:
            out[text] = (_EXCEL_EPOCH + _dt.timedelta(days=int(number)), "")
        else:
            out[text] = (None, UNREADABLE)
    return out


def parse_dates(values, *, dayfirst=None, known=None) -> ParsedDates:
    """Parse a column of date texts.

    Parameters
    ----------
    values : pandas.Series
        The cells as text.
    dayfirst : bool, optional
        Force the order of ``a/b/y`` dates; decided from the data when None.
    known : tuple, optional
        ``(codes, uniques)`` of ``values`` when already at hand (see :func:`offerkit._core.text.strip_codes`).

    Returns
    -------
    ParsedDates

    Examples
    --------
    >>> p = parse_dates(pd.Series(["13/11/2023", "2/1/24", "", "Nov 5, 2024"]))
    >>> p.dayfirst, [str(d.date()) for d in p.dates.dropna()]
    (True, ['2023-11-13', '2024-01-02', '2024-11-05'])
    """
    values = pd.Series(values, dtype=object)
    codes, uniques = strip_codes(values, known=known)
    uniques = ["" if u.lower() in MISSING_TOKENS else u for u in uniques]
    results: dict[str, tuple] = {}
    numeric_parts: dict[str, tuple] = {}
    present = sorted({u for u in uniques if u != ""})
    if present and all(_NUMBER.match(u) for u in present):
        results = _excel(present)
    else:
        for u in present:
            date, error, parts = _parse_one(u)
            if parts is None:
                results[u] = (date, error)
            else:
                numeric_parts[u] = parts
    ambiguous = False
    used = None
    if numeric_parts:
        first_big = sum(a > 12 for a, b, _ in numeric_parts.values())
        second_big = sum(b > 12 for a, b, _ in numeric_parts.values())
        if dayfirst is not None:
            used = bool(dayfirst)
        elif first_big or second_big:
            used = first_big >= second_big
        else:
            used = False
            ambiguous = any(a != b for a, b, _ in numeric_parts.values())
        for u, (a, b, y) in numeric_parts.items():
            day, month = (a, b) if used else (b, a)
            date, error = _make(y, month, day)
            if error:
                order = "day-first" if used else "month-first"
                error = f"not a valid date when read {order} (the column reads {order})"
            results[u] = (date, error)
    lookup_dates = np.array(
        [np.datetime64(results[u][0], "ns") if u and results[u][0] else np.datetime64("NaT", "ns") for u in uniques],
        dtype="datetime64[ns]",
    )
    lookup_errors = np.array([results[u][1] if u else "" for u in uniques], dtype=object)
    dates = pd.Series(lookup_dates[codes], index=values.index)
    errors = lambda: pd.Series(lookup_errors[codes], index=values.index, dtype=object)
    clean = not any(lookup_errors)
    return ParsedDates(dates=dates, _error=errors, dayfirst=used, ambiguous=ambiguous, clean=clean)


def month_day(text, *, dayfirst=None):
    """``(month, day)`` of a date written without a year (``Nov 5``, ``5 Nov``, ``11/5``), or None.

    A numeric ``a/b`` is read month-first unless ``dayfirst``; when both parts
    are at most 12 and ``dayfirst`` is None, it is ambiguous and None is returned.

    Examples
    --------
    >>> month_day("Nov 5"), month_day("5th November"), month_day("11/25"), month_day("3/4")
    ((11, 5), (11, 5), (11, 25), None)
    """
    text = _WEEKDAY.sub("", str(text).strip())
    m = re.match(r"^([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?$", text, re.I)
    if m and m[1].lower() in _MONTHS:
        return _MONTHS[m[1].lower()], int(m[2])
    m = re.match(r"^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3,9})\.?$", text, re.I)
    if m and m[2].lower() in _MONTHS:
        return _MONTHS[m[2].lower()], int(m[1])
    m = re.match(r"^(\d{1,2})[-/.](\d{1,2})$", text)
    if m:
        a, b = int(m[1]), int(m[2])
        if dayfirst is None:
            if a > 12 >= b:
                return b, a
            if b > 12 >= a:
                return a, b
            return None if a != b else (a, b)
        return (b, a) if dayfirst else (a, b)
    return None
