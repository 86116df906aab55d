"""A message's bytes as an :class:`email.message.Message` (``compat32``): the standard library's parser, with a fast
path for the shapes nearly all mail has (issue #24's speed: the standard parser reads a message line by line, a fifth
of the reading time).

The fast path is the speed trick beside the plain code it must equal: it builds the very tree
``email.message_from_bytes`` builds (headers, payloads, preambles, epilogues) by cutting the text at its header block's
end and at its boundary lines, and hands any shape it does not know to the standard parser: a message or part with a
defect the standard parser would note (a header line without a colon, a body with no blank line before it, a missing
boundary), a ``message/*`` part, a digest, a bare carriage return for a line end, two boundary lines in a row, a
part cut short by an outer boundary.  ``tests/io/test_mail_mime.py`` holds the two equal on every message of the
written mailboxes, on odd shapes and on thousands of mutated ones.
"""

from __future__ import annotations

import email
import email.message
import re

from .mail_text import _FWS

#: Off: every message is read by the standard parser (the tests read the mailboxes both ways).
FAST = True

#: A header block and the blank line after it: header lines (a name, a colon) and their continuations (a space or a
#: tab first), as the standard parser reads them without a defect.
_BLOCK = re.compile(r"(?:[\041-\071\073-\176]+:[^\n]*\n(?:[ \t][^\n]*\n)*)*\r?\n")
#: One header of that block: its name and its value as the standard parser keeps it (from after the colon's spaces,
#: its lines as written, without the last line's end; a carriage return is only ever a line end's here).
_FIELD = re.compile(r"([\041-\071\073-\176]+):[ \t]*((?:[^\r\n]*\r?\n(?=[ \t]))*[^\r\n]*)\r?\n")
#: A plain multipart Content-Type's boundary: ASCII parameters, no RFC 2231 parts, no comments, no escapes (else
#: ``Message.get_boundary``).
_PLAIN_BOUNDARY = re.compile(
    rf"multipart/[A-Za-z0-9!#$&^_.+-]+(?:{_FWS};{_FWS}(?:boundary{_FWS}={_FWS}(?:\"(?P<q>[A-Za-z0-9_.:+/=?'()-]+)\"|"
    rf"(?P<b>[A-Za-z0-9_.:+/=?'-]+))|(?!boundary)[A-Za-z0-9_.-]+{_FWS}={_FWS}(?:\"[A-Za-z0-9_.:+/=-]*\"|[A-Za-z0-9_.:+/-]*)))*"
    rf"{_FWS}(?:;{_FWS})?",
    re.IGNORECASE,
)


def parse(data: bytes) -> email.message.Message:
    """``email.message_from_bytes(data)`` (``compat32``), the same tree, faster for the common shapes.

    Parameters
    ----------
    data : bytes
        One message: its header block, a blank line and its body.

    Returns
    -------
    email.message.Message

    Examples
    --------
    >>> msg = parse(b"Subject: Hi\\nContent-Type: text/plain\\n\\nHello\\n")
    >>> msg["Subject"], msg.get_payload()
    ('Hi', 'Hello\\n')
    """
    if FAST:
        text = data.decode("ascii", "surrogateescape")
        if text.count("\r") == text.count("\r\n"):  # (a bare carriage return ends a line too: not here)
            msg = _message(text, 0, len(text), ())
            if msg is not None:
                return msg
    return email.message_from_bytes(data)


def _message(text, start, stop, outer):
    """The message or part in ``text[start:stop]``, or ``None`` for a shape the standard parser must read.

    ``outer``: the boundary patterns of the multiparts around it (a line of any of them would end it).
    """
    block = _BLOCK.match(text, start, stop)
    if block is None:
        return None  # (a header line without a colon, an envelope line, no blank line: defects or odd shapes)
    pos = block.end()
    for boundary in outer:
        if boundary.search(text, start, stop):
            return None  # (a part with an outer boundary inside it)
    msg = email.message.Message()
    # (the standard parser's value: after the colon's spaces, its lines as written, without the line end)
    headers = msg._headers = _FIELD.findall(text, start, pos)
    raw = encoding = None
    for name, value in headers:  # (the first of each, as Message.get)
        if len(name) == 12 and raw is None and name.lower() == "content-type":
            raw = value
        elif len(name) == 25 and encoding is None and name.lower() == "content-transfer-encoding":
            encoding = value
    if raw is None:
        kind = "text/plain"
    elif raw.isascii():  # (Message.get_content_type, without its header object for each call)
        kind = raw.partition(";")[0].strip().lower()
        kind = kind if kind.count("/") == 1 else "text/plain"
    else:
        kind = msg.get_content_type()
    if kind.startswith("message/") or kind == "multipart/digest":
        return None
    if not kind.startswith("multipart/"):
        msg._payload = text[pos:stop]
        return msg
    if encoding is not None and encoding.lower() not in ("7bit", "8bit", "binary"):
        return None  # (a multipart's defect the standard parser notes)
    return _multipart(msg, raw, text, pos, stop, outer)


def _multipart(msg, raw, text, pos, stop, outer):
    """Fill ``msg`` (a multipart whose body is ``text[pos:stop]``) with its parts, or ``None`` for an odd shape."""
    plain = _PLAIN_BOUNDARY.fullmatch(raw) if raw.isascii() else None
    if plain is not None and (plain.group("q") or plain.group("b")) and raw.lower().count("boundary") == 1:
        boundary = plain.group("q") or plain.group("b")
    else:
        boundary = msg.get_boundary()
    if not boundary:
        return None  # (a defect the standard parser notes, or an empty boundary)
    line = re.compile("(?m)^--" + re.escape(boundary) + r"(--)?[ \t]*(?:\r?\n|\Z)")
    found = line.search(text, pos, stop)
    if found is None or found.group(1):
        return None  # (no first boundary, or only a closing one)
    if found.start() > pos:
        msg.preamble = _without_line_end(text[pos : found.start()])
    inner = (*outer, line)
    while True:
        start = found.end()
        following = line.search(text, start, stop)
        if following is None or following.start() == start:
            return None  # (no closing boundary; two boundary lines in a row)
        part = _message(text, start, following.start(), inner)
        if part is None:
            return None
        if part.is_multipart():
            part.epilogue = None if part.epilogue == "" else _without_line_end(part.epilogue)
        else:
            part._payload = _without_line_end(part._payload)
        msg.attach(part)
        found = following
        if found.group(1):
            break
    msg.epilogue = text[found.end() : stop]
    return msg


def _without_line_end(s):
    """``s`` without one line end at its end (RFC 2046: the line end before a boundary is the boundary's)."""
    if s.endswith("\r\n"):
        return s[:-2]
    if s.endswith("\n") or s.endswith("\r"):
        return s[:-1]
    return s
