"""The files a mailbox comes in (issue #24): an mbox (Google Takeout's, Thunderbird's, Apple Mail's, several at
once), a folder of ``.eml`` files (or of Apple Mail's own ``.emlx`` files, or a Maildir), or a ``.zip`` of either;
read one message at a time, in the order sent.
"""

from __future__ import annotations

import contextlib
import dataclasses
import email
import email.errors
import email.header
import email.parser
import email.utils
import math
import re
import shutil
import tempfile
import zipfile
from pathlib import Path

from .mail_mime import parse
from .mail_text import (
    _address,
    _base_address,
)


def _starts_like_mbox(handle) -> bool:
    return handle.read(5) == b"From "


_HEADER_LINE = re.compile(rb"[!-9;-~]{1,76}:")


def _in_maildir(parts, handle) -> bool:
    r"""Whether a file is a message of a Maildir (mutt's, offlineimap's, Dovecot's, KMail's): it sits in a
    ``cur`` or ``new`` folder, its name has none of the suffixes read otherwise (``1733500000.M1P2.host:2,S``),
    and it begins with a header line.  ``parts`` are the folder names above it.

    >>> import io
    >>> _in_maildir(("Mail", "cur"), io.BytesIO(b"Return-Path: <a@b.c>\nSubject: Hi\n\nHello"))
    True
    >>> _in_maildir(("Mail", "notes"), io.BytesIO(b"Subject: Hi\n\nHello"))
    False
    """
    if not parts or parts[-1] not in ("cur", "new"):
        return False
    return bool(_HEADER_LINE.match(handle.read(80)))


def _mail_files(folder, depth=0):
    """A folder's mail, in order: ``.eml`` files, and mbox files by content (Thunderbird's extensionless
    ``Inbox``, Apple Mail's ``INBOX.mbox/mbox``), in its subfolders too (``Inbox/``, ``Sent/``, Thunderbird's
    ``.sbd``, Apple Mail's store of ``.emlx`` files six levels down), a Maildir's ``cur``/``new`` files (see
    :func:`_in_maildir`), seven levels down at most; hidden files and links are passed over."""
    out = []
    for p in sorted(folder.iterdir()):
        if p.is_symlink() or (p.name.startswith(".") and not (p / "cur").is_dir()):
            continue  # (a Maildir++'s folders are hidden ones: ``.Sent/cur``)
        if p.is_file():
            if p.suffix.lower() in (".eml", ".emlx"):  # (Apple Mail's own store: a message file each, ``.emlx``)
                out.append(("eml", p))
            elif p.stat().st_size and p.parent.name in ("cur", "new"):  # a Maildir's message, a file each
                with open(p, "rb") as handle:
                    if _in_maildir((p.parent.name,), handle):
                        out.append(("eml", p))
            elif p.suffix.lower() in ("", ".mbox", ".mbx") and p.stat().st_size:
                with open(p, "rb") as handle:
                    if _starts_like_mbox(handle):
                        out.append(("mbox", p))
        elif p.is_dir() and depth < 7:  # (Apple Mail's store: V10/<account>/INBOX.mbox/<id>/Data/Messages/)
            out.extend(_mail_files(p, depth + 1))
    return out


def _zip_mail(z):
    """A zip's mail members: ``.eml`` files, and mbox files by name or by content."""
    out = []
    for info in z.infolist():
        if info.is_dir():
            continue
        name = info.filename.lower()
        if name.endswith((".eml", ".emlx")):
            out.append(("eml", info))
        elif tuple(name.split("/")[-2:-1]) in (("cur",), ("new",)):
            with z.open(info) as handle:
                if _in_maildir(tuple(name.split("/")[:-1]), handle):
                    out.append(("eml", info))
        elif name.endswith((".mbox", ".mbx")) or Path(name).suffix == "":
            with z.open(info) as handle:
                if _starts_like_mbox(handle):
                    out.append(("mbox", info))
    return out


def is_mailbox(path) -> bool:
    """Whether ``path`` is a mailbox: an mbox, an ``.eml``, a folder holding ``.eml`` files or mbox files
    (Apple Mail's ``INBOX.mbox/mbox``, Thunderbird's extensionless ``Inbox``), or a zip of those."""
    path = Path(path)
    if path.is_dir():
        try:
            return bool(_mail_files(path))
        except OSError:
            return False
    if not path.is_file():
        return False
    suffix = path.suffix.lower()
    if suffix in (".mbox", ".eml", ".emlx", ".mbx"):
        return True
    try:
        with open(path, "rb") as handle:
            head = handle.read(5)
    except OSError:
        return False
    if head == b"From ":
        return True
    if head[:4] == b"PK\x03\x04" and suffix == ".zip":
        try:
            with zipfile.ZipFile(path) as z:
                return bool(_zip_mail(z))
        except (zipfile.BadZipFile, OSError, RuntimeError):
            return False
    return False


def _messages(path):
    """Yield ``(message, labels)`` one at a time (``labels``: Takeout's ``X-Gmail-Labels``)."""
    path = Path(path)
    if path.is_dir():
        mboxes = []
        for kind, p in _in_date_order(_mail_files(path), lambda p: p.open("rb")):
            if kind == "recipients":
                yield p
            elif kind == "eml":
                with open(p, "rb") as handle:
                    yield _eml_message(handle.read())
            else:
                mboxes.append(p)
        if mboxes:  # Inbox.mbox and Sent.mbox read as one mailbox, in the order the mail was sent
            yield from _mbox_messages(*mboxes)
        return
    if path.suffix.lower() == ".zip":
        with zipfile.ZipFile(path) as z, tempfile.TemporaryDirectory() as tmp:
            targets = []
            for kind, info in _in_date_order(_zip_mail(z), z.open):
                if kind == "recipients":
                    yield info
                elif kind == "eml":
                    with z.open(info) as handle:
                        yield _eml_message(handle.read())
                else:
                    targets.append(Path(tmp) / f"mail{len(targets)}.mbox")
                    with z.open(info) as src, open(targets[-1], "wb") as dst:
                        shutil.copyfileobj(src, dst, 1 << 20)  # piece by piece: never the whole mailbox in memory
            if targets:
                yield from _mbox_messages(*targets)
        return
    if path.suffix.lower() in (".eml", ".emlx"):
        with open(path, "rb") as handle:
            yield _eml_message(handle.read())
        return
    yield from _mbox_messages(path)


def _without_length_line(data: bytes) -> bytes:
    r"""A message file's bytes without Apple Mail's ``.emlx`` framing: a first line giving the message's length in
    bytes, and the property list after the message (an ``.eml`` file is returned as it is).

    >>> _without_length_line(b"19\nSubject: Hi\n\nHello\n<?xml version=\"1.0\"?><plist/>")
    b'Subject: Hi\n\nHello\n'
    >>> _without_length_line(b"Subject: Hi\n\nHello\n")
    b'Subject: Hi\n\nHello\n'
    """
    end = data.find(b"\n", 0, 24)
    if end > 0 and data[:end].strip().isdigit():
        size = int(data[:end].strip())
        return data[end + 1 : end + 1 + size]
    return data


def _eml_message(data: bytes):
    """The message of an ``.eml`` or ``.emlx`` file's bytes."""
    return parse(_without_length_line(data))


def _in_date_order(entries, opener):
    """``[(kind, item)]`` with the ``.eml`` files in the order of their ``Date`` headers, then the mbox files.

    A folder of .eml files has no order of its own (``Inbox/`` and ``Sent/`` sort apart), but the reading does:
    an application you sent by mail should come before the reply to it.  Only each file's header is read here.
    """
    parser = email.parser.BytesHeaderParser()
    recipients = Recipients({})

    def when(item):
        try:
            with opener(item) as handle:
                head = parser.parsebytes(_without_length_line(handle.read(16384)))
            recipients.add(head.get("To"))
            return email.utils.parsedate_to_datetime(str(head.get("Date"))).timestamp()
        except (OSError, TypeError, ValueError, IndexError, OverflowError, KeyError, RuntimeError):
            return float("inf")  # undated: last, in the folder's order

    emls = [(when(item), i, kind, item) for i, (kind, item) in enumerate(entries) if kind == "eml"]
    emls.sort(key=lambda e: (e[0], e[1]))
    first = [("recipients", recipients)] if recipients.counts else []
    return first + [(kind, item) for _, _, kind, item in emls] + [(k, item) for k, item in entries if k != "eml"]


@dataclasses.dataclass
class Recipients:
    """How often each address is a message's only recipient, counted in the pass that orders the messages by date:
    the most frequent one is the person's, known before the first message is read (an export with no labels and
    no ``Delivered-To`` whose first messages are the person's own applications)."""

    counts: dict

    def add(self, to) -> None:
        if to is None:
            return
        value = str(to)
        if "," in value or ";" in value:
            return
        address = _base_address(_address(value)[1].lower())
        if address:
            self.counts[address] = self.counts.get(address, 0) + 1

    def merge(self, other: "Recipients") -> None:
        """Add ``other``'s counts to these."""
        for address, n in other.counts.items():
            self.counts[address] = self.counts.get(address, 0) + n


def _mbox_index(handle):
    """Where each message of an mbox starts and stops, when it was sent (its ``Date``; +inf if unreadable), and
    its single recipients counted (:class:`Recipients`).

    One pass over the lines, as ``mailbox.mbox`` makes to index a file, that also keeps each message's date.
    """
    starts, stops, when = [], [], []
    recipients = Recipients({})
    pos, in_head, blank_before = 0, False, False
    for line in handle:
        if line.startswith(b"From "):
            if starts:
                stops.append(pos - 1 if blank_before else pos)  # the blank line before "From " is the separator
            starts.append(pos)
            when.append(math.inf)
            in_head = True
        elif in_head:
            if line in (b"\n", b"\r\n"):
                in_head = False
            elif line[:3].lower() == b"to:":
                recipients.add(line[3:].decode("latin-1").strip())
            elif line[:5].lower() == b"date:":
                try:
                    when[-1] = email.utils.mktime_tz(email.utils.parsedate_tz(line[5:].decode("latin-1")))
                except (TypeError, ValueError, OverflowError, IndexError):
                    pass
        blank_before = line in (b"\n", b"\r\n")
        pos += len(line)
    if starts:
        stops.append(pos)
    return starts, stops, when, recipients


def _mbox_messages(path, *more):
    """An mbox's messages in the order they were sent (an export's own order is by folder or thread, and the
    reading needs an application before its answers), one at a time: the file is read twice, never held whole.

    Several mbox files (Apple Mail's ``Inbox.mbox`` and ``Sent Messages.mbox``, a Takeout export by label) are
    read as one mailbox: their messages merged in the order they were sent, so the person's own application in
    the Sent file comes before the answers in the Inbox one.
    """
    if more:
        yield from _merged_mbox_messages([path, *more])
        return
    with open(path, "rb") as handle:
        starts, stops, when, recipients = _mbox_index(handle)
        if recipients.counts:
            yield recipients
        order = range(len(starts))
        if any(b < a for a, b in zip(when, when[1:])):
            order = sorted(order, key=when.__getitem__)  # stable: undated messages keep their place among equals
        for i in order:
            handle.seek(starts[i])
            data = handle.read(stops[i] - starts[i])
            yield parse(data[data.find(b"\n") + 1 :])  # without its "From " line


def _merged_mbox_messages(paths):
    """The messages of several mbox files in the order they were sent (see :func:`_mbox_messages`)."""
    with contextlib.ExitStack() as stack:
        handles = [stack.enter_context(open(p, "rb")) for p in paths]
        index, recipients = [], Recipients({})
        for handle in handles:
            starts, stops, when, counted = _mbox_index(handle)
            recipients.merge(counted)
            index.append((starts, stops, when))
        if recipients.counts:
            yield recipients
        order = [(k, i) for k, (starts, _, _) in enumerate(index) for i in range(len(starts))]
        order.sort(key=lambda ki: index[ki[0]][2][ki[1]])  # stable: undated ones keep their file's place
        for k, i in order:
            starts, stops, _ = index[k]
            handles[k].seek(starts[i])
            data = handles[k].read(stops[i] - starts[i])
            yield parse(data[data.find(b"\n") + 1 :])
