"""The address parser's fast path equals the standard library's on every From, To and Delivered-To header of the
written mailboxes, and on the hostile shapes (issue #24's speed: ``email.utils.parseaddr`` was a tenth of the
reading time)."""

import email.utils
import importlib
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "data"))

from offerkit._io.mailbox import _address  # noqa: E402

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
    for name in CORPORA:
        for msg, _ in importlib.import_module(name).messages():
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
