"""Every written mailbox's messages as bytes, as a mailbox file holds them: built once per test session (building
the messages of all the written mailboxes takes about 40 s), shared by the tests of the parsers' fast paths."""

import functools
import importlib
from pathlib import Path

CORPORA = sorted(p.stem for p in Path(__file__).resolve().parent.glob("make_*_mailbox.py"))


@functools.cache
def written_bytes() -> tuple:
    """Each written mailbox's messages (``make_*_mailbox.messages()``), in order, as bytes."""
    return tuple(msg.as_bytes() for name in CORPORA for msg, _ in importlib.import_module(name).messages())
