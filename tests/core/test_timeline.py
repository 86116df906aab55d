"""The timeline: business days through numpy's busday functions, checked day by day against a plain count."""

import datetime as dt

import holidays
import numpy as np
import pytest

from offerkit._core.timeline import DayTable, day_numbers, holiday_window, in_window


def _plain_business(day: dt.date, cal) -> bool:
    return day.weekday() < 5 and day not in cal


@pytest.mark.parametrize("country", ["US", "DE", "GB"])
def test_business_days_match_a_plain_count(country):
    first, last = day_numbers(["2024-11-20", "2025-02-10"])
    table = DayTable(int(first), int(last), country=country)
    cal = holidays.country_holidays(country, years=[2024, 2025])
    rng = np.random.default_rng(0)
    start = rng.integers(first, last - 20, 200)
    end = start + rng.integers(0, 20, 200)
    epoch = dt.date(1970, 1, 1)
    for s, e, got in zip(start, end, table.business_between(start, end)):
        want = sum(_plain_business(epoch + dt.timedelta(days=int(d)), cal) for d in range(s + 1, e + 1))
        assert got == want
    for s, n, got in zip(start, end - start, table.add_business_days(start, end - start)):
        # the n-th business day after s: count forward one day at a time
        day, left = int(s), int(n)
        while left > 0:
            day += 1
            left -= _plain_business(epoch + dt.timedelta(days=day), cal)
        if n == 0:  # zero steps: the business day at or before s
            while not _plain_business(epoch + dt.timedelta(days=day), cal):
                day -= 1
        assert got == day


def test_christmas_is_not_a_business_day_and_is_in_the_window():
    d = day_numbers(["2024-12-24", "2024-12-25", "2024-12-17"])
    table = DayTable(int(d.min()), int(d.max()))
    assert table.is_business(d).tolist() == [True, False, True]
    assert table.in_window(d).tolist() == [True, True, False]


@pytest.mark.parametrize("window", [("12-18", "01-01"), ["12-18", "01-01"], [("2024-12-18", "2025-01-01")], "12-18"])
def test_every_documented_window_form_is_one_hashable_key(window):
    key = holiday_window(window)
    assert hash(key) is not None
    d = day_numbers(["2024-12-17", "2024-12-18", "2025-01-01", "2025-01-02"])
    assert in_window(d, key).tolist() == [False, True, True, False]
