"""The address parser's fast path equals the standard library's on every From, To and Delivered-To header of the
written mailboxes, and on the hostile shapes (issue #24's speed: ``email.utils.parseaddr`` was a tenth of the
reading time); the day a message was sent, by the standard library's ``astimezone``, equals pandas' on every date of
the written mailboxes in several zones (``tz_convert`` was a sixteenth); a part's charset equals
``get_content_charset()`` on every part of the written mailboxes and on odd Content-Types."""

import datetime as dt
import email
import email.message
import email.utils
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "data"))

import pandas as pd  # noqa: E402
from written_mail import written_bytes  # noqa: E402

from offerkit._io.mail_text import _address, _charset, _get, _local_date, _local_date_plain  # noqa: E402

CORPORA = sorted(p.stem for p in (Path(__file__).resolve().parents[1] / "data").glob("make_*_mailbox.py"))
ODD = [
    "",
    "   ",
    "Acme  Recruiting <jobs@acme.com>",
    '"Doe, Jane" <jane@x.org>',
    "a@b.c (Alice)",
    "Undisclosed recipients:;",
    "Acme Inc. <x@y.com>",
    "<a@b.c>",
    "a@b.c, d@e.f",
    "Jürgen Groß <jg@x.de>",
    "=?utf-8?q?J=C3=BCrgen?= <jg@x.de>",
    "no address at all",
    "Kevin O'Brien <kobrien@x.com>",
    "broken <a@b.c",
    "two <a@b.c> <d@e.f>",
    "name\t<tab@x.org>",
    "x@y",
    "<@route:a@b.c>",
    "Maya | Brightloop <maya@joinbrightloop.com>",
]


def _headers():
    for data in written_bytes():
        msg = email.message_from_bytes(data)
        for header in ("From", "To", "Delivered-To"):
            if msg[header] is not None:
                yield str(msg[header])


@pytest.mark.parametrize("value", ODD)
def test_the_fast_path_equals_parseaddr_on_odd_shapes(value):
    assert _address(value) == email.utils.parseaddr(value)


def test_the_fast_path_equals_parseaddr_on_every_written_header():
    values = set(_headers())
    assert len(values) > 1000
    differ = [v for v in values if _address(v) != email.utils.parseaddr(v)]
    assert not differ, differ[:5]


ZONES = ["UTC", "Europe/Berlin", "America/Los_Angeles", "Australia/Sydney", "Asia/Kolkata", None]
ODD_DATES = [
    "",
    "not a date",
    "Fri, 12 Dec 2025 23:30:00",  # no offset: the wall clock's day
    "Fri, 12 Dec 2025 23:30:00 -0000",
    "Sun, 30 Mar 2025 01:30:00 +0000",  # Europe's spring forward
    "Sun, 2 Nov 2025 05:30:00 +0000",  # America's fall back
    "Tue, 1 Jul 2025 10:00:00 +1400",
    "1 Jan 1500 10:00 +0000",
    "Fri, 31 Dec 9999 23:00:00 -1200",
    "Mon, 1 Jan 0001 00:30:00 +0100",
]


def _plain_day(raw, tz):
    """The day by pandas (the plain code the standard library's way must equal; where pandas raised, the reader
    stopped with a traceback: the plain code now says no day)."""
    try:
        when = email.utils.parsedate_to_datetime(raw)
    except (TypeError, ValueError, IndexError):
        return pd.NaT
    return _local_date_plain(when, tz)


def _fast_day(raw, tz):
    return _local_date(email.message_from_string(f"Date: {raw}\n\n"), tz)


def _dates():
    for data in written_bytes():
        msg = email.message_from_bytes(data)
        if msg["Date"] is not None:
            yield str(msg["Date"])


def _equal(a, b):
    return (a is pd.NaT and b is pd.NaT) or (a == b and getattr(a, "unit", None) == getattr(b, "unit", None))


@pytest.mark.parametrize("tz", [*ZONES, dt.timezone(dt.timedelta(hours=-3))], ids=str)
def test_the_day_by_the_standard_library_equals_pandas_on_odd_dates(tz):
    differ = [(raw, _fast_day(raw, tz), _plain_day(raw, tz)) for raw in ODD_DATES]
    assert all(_equal(a, b) for _, a, b in differ), differ


def test_the_day_by_the_standard_library_equals_pandas_on_every_written_date():
    values = set(_dates())
    assert len(values) > 1000
    differ = [(raw, tz) for raw in values for tz in ZONES if not _equal(_fast_day(raw, tz), _plain_day(raw, tz))]
    assert not differ, differ[:5]


ODD_TYPES = [
    None,
    "text/plain",
    "text/plain; charset=UTF-8",
    'text/html; charset="utf-8"; format=flowed',
    "text/plain;charset=iso-8859-1;",
    "text/plain; CHARSET = Windows-1252",
    'text/plain; charset=""',
    "text/plain; charset=",
    'text/plain; charset="utf-8',
    "text/plain; charset=utf 8",
    "text/plain; charset*=utf-8''",
    "text/plain; charset*0=utf; charset*1=-8",
    "text/plain; charset=<utf-8>",
    'text/plain; name="a;charset=b"; charset=utf-8',
    "text/plain; xcharset=ascii",
    "text/plain; charset=utf-8; charset=latin-1",
    "text/plain (comment); charset=utf-8",
    "text/plain; charset=utf-8 (comment)",
    'text/plain; charset="ut\\"f"',
    "text/plain; charset=ütf-8",
    'multipart/alternative; boundary="==abc=="',
    "garbage",
    "text/plain;\n charset=utf-8",
    'text/plain;\r\n\tcharset="iso-8859-15"',
    "",
]


@pytest.mark.parametrize("value", ODD_TYPES)
def test_the_charset_fast_path_equals_the_standard_librarys_on_odd_types(value):
    msg = email.message.Message()
    if value is not None:
        msg["Content-Type"] = value
    assert _charset(msg) == msg.get_content_charset()


def test_the_charset_fast_path_equals_the_standard_librarys_on_every_written_part():
    parts = [part for data in written_bytes() for part in email.message_from_bytes(data).walk()]
    assert len(parts) > 2000
    differ = [part["Content-Type"] for part in parts if _charset(part) != part.get_content_charset()]
    assert not differ, differ[:5]


def test_a_header_fetched_by_its_map_equals_message_get_on_every_written_header():
    odd = email.message_from_bytes(b"Subject: Gr\xc3\xbc\xc3\x9fe\nX-Empty:\nFrom: a@b.c\n\nbody\n")
    messages = [odd] + [email.message_from_bytes(data) for data in written_bytes()[::7]]
    fetched = 0
    for msg in messages:
        for name in {key.lower() for key in msg.keys()} | {"x-missing"}:
            mine, theirs = _get(msg, name), msg.get(name)
            assert type(mine) is type(theirs) and str(mine) == str(theirs), (name, theirs)
            fetched += 1
    assert fetched > 10_000
