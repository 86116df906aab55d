"""Time as a type: day numbers, business days, public holidays and the holiday window.

The one place where dates become numbers and back.  Days are handled as
integer day numbers (numpy's ``datetime64[D]`` as integers: days since its
epoch, 1970-01-01) so that all counting is vectorized.  A :class:`DayTable`
covers a span of days and answers, for any day number in it: is it a business
day (Monday–Friday and not a public holiday of ``country``, from the
``holidays`` package, through a ``numpy.busdaycalendar``), is it in the holiday
window, how many business days lie between two days (``numpy.busday_count``)
and which day is the n-th business day after another (``numpy.busday_offset``).
A holiday window, in either of its documented forms, is normalised by
:func:`holiday_window` into one hashable value.
"""

from __future__ import annotations

import functools

import holidays
import numpy as np
import pandas as pd

__all__ = ["DayTable", "day_numbers", "in_window", "next_window", "DEFAULT_WINDOW"]

#: The holiday window of definitions §4.4: Dec 18 – Jan 1 inclusive.
DEFAULT_WINDOW = ("12-18", "01-01")


def dates_of(days) -> np.ndarray:
    """Dates (``datetime64[ns]``) of day numbers: the inverse of :func:`day_numbers`.

    Examples
    --------
    >>> [str(d)[:10] for d in dates_of([0, 20063])]
    ['1970-01-01', '2024-12-06']
    """
    return as_dates(days).astype("datetime64[ns]")


def as_dates(days) -> np.ndarray:
    """``datetime64[D]`` values of day numbers (numpy counts ``datetime64[D]`` from the same epoch)."""
    return np.asarray(days, dtype="int64").astype("datetime64[D]")


def day_numbers(dates) -> np.ndarray:
    """Day numbers (days since the epoch, see the module docstring) of datetime-like values; NaT → -1."""
    raw = dates.to_numpy() if isinstance(dates, pd.Series) else np.asarray(dates)
    if raw.dtype.kind != "M":  # text or objects: parsed by pandas (a datetime column is converted directly)
        raw = pd.to_datetime(pd.Series(raw)).to_numpy()
    values = raw.astype("datetime64[D]")
    out = values.astype("int64")
    out[np.isnat(values)] = -1
    return out


def in_window(days: np.ndarray, window=DEFAULT_WINDOW) -> np.ndarray:
    """Whether each day number falls in the (year-wrapping) holiday window.

    Parameters
    ----------
    days : array of int
        Day numbers.
    window : tuple of str, default ("12-18", "01-01")
        Month-day of the first and the last day, inclusive, every year; or a
        list of explicit ``(first_date, last_date)`` pairs, one per year
        (windows configurable per year).

    Examples
    --------
    >>> d = day_numbers(["2024-12-17", "2024-12-18", "2025-01-01", "2025-01-02"])
    >>> in_window(d).tolist()
    [False, True, True, False]
    """
    days = np.asarray(days, dtype="int64")
    if not (len(window) == 2 and all(isinstance(w, str) and len(w) == 5 for w in window)):
        # explicit windows, one per year: [(start_date, end_date), ...]
        out = np.zeros(days.shape, dtype=bool)
        for first, last in window:
            lo, hi = day_numbers([first, last])
            out |= (days >= lo) & (days <= hi)
        return out
    start, end = (int(w.replace("-", "")) for w in window)
    dates = as_dates(days)
    months = dates.astype("datetime64[M]").astype(int) % 12 + 1
    mday = months * 100 + (dates - dates.astype("datetime64[M]")).astype(int) + 1
    if start <= end:
        return (mday >= start) & (mday <= end)
    return (mday >= start) | (mday <= end)


@functools.lru_cache(maxsize=64)
def _holiday_days(country: str, subdiv, first_year: int, last_year: int) -> np.ndarray:
    try:
        cal = holidays.country_holidays(country, subdiv=subdiv, years=range(first_year, last_year + 1))
    except NotImplementedError:
        raise ValueError(f"country={country!r} (subdivision {subdiv!r}) is not known to the holidays package") from None
    return np.array(sorted(cal.keys()), dtype="datetime64[D]")


class DayTable:
    """Per-day facts over a span of day numbers.

    Parameters
    ----------
    first, last : int
        The span, in day numbers, inclusive.
    country : str, default "US"
        A ``holidays`` country code; ``"US-CA"`` style codes also give the subdivision.
    subdiv : str, optional
        A subdivision (state, province) for the ``holidays`` package.
    window : tuple of str, default ("12-18", "01-01")

    Examples
    --------
    >>> d = day_numbers(["2024-12-20", "2024-12-27"])
    >>> table = DayTable(int(d[0]), int(d[1]))
    >>> int(table.business_between(d[:1], d[1:])[0])  # Dec 23, 24, 26, 27
    4
    """

    def __init__(self, first: int, last: int, *, country="US", subdiv=None, window=DEFAULT_WINDOW):
        if subdiv is None and "-" in country:  # "US-CA", "DE-BY": country and subdivision in one code
            country, subdiv = country.split("-", 1)
        self.first = int(first) - 1
        self.last = int(last) + 1
        days = np.arange(self.first, self.last + 1, dtype="int64")
        first_year, last_year = (d.year for d in as_dates(days[[0, -1]]).tolist())
        #: Monday–Friday without the public holidays of ``country`` (numpy's business-day calendar)
        self.calendar = np.busdaycalendar(holidays=_holiday_days(country, subdiv, first_year, last_year))
        self.business = np.is_busday(as_dates(days), busdaycal=self.calendar)
        #: business days up to each day: the simulator's day-by-day steps read it (one lookup per step)
        self.cum_business = np.cumsum(self.business)
        self.window = in_window(days, window)
        self.days = days

    def _index(self, days):
        idx = np.asarray(days, dtype="int64") - self.first
        return np.clip(idx, 0, len(self.business) - 1)

    def _dates(self, days):
        return as_dates(self._index(days) + self.first)

    def is_business(self, days) -> np.ndarray:
        return self.business[self._index(days)]

    def in_window(self, days) -> np.ndarray:
        return self.window[self._index(days)]

    def business_between(self, start, end) -> np.ndarray:
        """Business days in ``(start, end]`` (``numpy.busday_count`` counts ``[start + 1, end + 1)``)."""
        return np.busday_count(self._dates(start) + 1, self._dates(end) + 1, busdaycal=self.calendar)

    def add_business_days(self, start, n) -> np.ndarray:
        """The day number on which the ``n``-th business day after ``start`` falls.

        A ``start`` that is not a business day counts from the business day
        before it (``numpy.busday_offset`` with ``roll="backward"``), so
        ``n=1`` is the next business day either way.
        """
        out = np.busday_offset(self._dates(start), n, roll="backward", busdaycal=self.calendar)
        return out.astype("int64")


def day_table_for(days, *, country="US", subdiv=None, window=DEFAULT_WINDOW, pad=400) -> DayTable:
    """A :class:`DayTable` covering ``days`` plus ``pad`` days after."""
    days = np.asarray(days)
    days = days[days >= 0]
    first = int(days.min()) if len(days) else 0
    last = int(days.max()) + pad if len(days) else pad
    return DayTable(first, last, country=country, subdiv=subdiv, window=window)


def holiday_window(window=DEFAULT_WINDOW):
    """One hashable form of a holiday window, whichever documented form it comes in.

    A month-day pair (``("12-18", "01-01")``, a bare start ``"12-18"``) stays a
    pair of strings; explicit windows (a list of ``(first_date, last_date)``
    pairs, one per year) become a tuple of ISO-date pairs, so that every
    function can take either form and use it as a key (issue #25).

    Examples
    --------
    >>> holiday_window(["12-20", "01-02"])
    ('12-20', '01-02')
    >>> holiday_window([("2024-12-20", "2025-01-02")])
    (('2024-12-20', '2025-01-02'),)
    >>> holiday_window("12-18")
    ('12-18', '01-01')
    """
    if isinstance(window, str):
        return (window, DEFAULT_WINDOW[1])
    items = list(window)
    if len(items) == 2 and all(isinstance(w, str) and len(w) == 5 for w in items):
        return (items[0], items[1])
    try:
        pairs = tuple((str(pd.Timestamp(a).date()), str(pd.Timestamp(b).date())) for a, b in items)
    except (TypeError, ValueError):
        raise ValueError(
            f"window {window!r}: give a month-day pair such as ('12-18', '01-01') or a list of "
            "(first date, last date) pairs such as [('2024-12-20', '2025-01-02')]"
        ) from None
    if not pairs:
        raise ValueError("window: the list of holiday windows is empty")
    return pairs


def next_window(as_of, window=DEFAULT_WINDOW):
    """``(start, end)`` of the first holiday window that starts on or after ``as_of``.

    ``window`` is the ``(start, end)`` month-day pair used everywhere in the
    kit (default ``("12-18", "01-01")``, inclusive); a bare start such as
    ``"12-18"`` takes the default end.

    Examples
    --------
    >>> next_window("2024-12-06")
    (Timestamp('2024-12-18 00:00:00'), Timestamp('2025-01-01 00:00:00'))
    >>> next_window("2024-12-20", ("11-25", "11-29"))[0].date()
    datetime.date(2025, 11, 25)
    """
    as_of = pd.Timestamp(as_of)
    window = holiday_window(window)
    if isinstance(window[0], tuple):  # explicit windows: the first that ends on or after as_of (else the last)
        spans = sorted((pd.Timestamp(a), pd.Timestamp(b)) for a, b in window)
        return next(((a, b) for a, b in spans if b >= as_of), spans[-1])
    start_md, end_md = window
    start = pd.Timestamp(f"{as_of.year}-{start_md}")
    if start < as_of:
        start = pd.Timestamp(f"{as_of.year + 1}-{start_md}")
    end = pd.Timestamp(f"{start.year}-{end_md}")
    if end < start:
        end = pd.Timestamp(f"{start.year + 1}-{end_md}")
    return start, end
