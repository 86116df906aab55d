"""The message parser's fast path builds the very tree ``email.message_from_bytes`` builds (issue #24's speed: the
standard parser was a fifth of the reading time): on every message of the written mailboxes (with ``\\n`` and with
``\\r\\n`` line ends), on odd shapes, and on thousands of mutated messages (lines dropped, doubled, cut, boundary lines
and odd bytes put in), where it either equals the standard parser or hands the message to it."""

import email
import random
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "data"))

from written_mail import written_bytes  # noqa: E402

from offerkit._io import mail_mime  # noqa: E402


def _tree(m):
    """Everything the parser sets on a message, its parts' too."""
    payload = m._payload
    return (
        m._headers,
        m._unixfrom,
        m.preamble,
        m.epilogue,
        [type(d).__name__ for d in m.defects],
        m._default_type,
        [_tree(p) for p in payload] if isinstance(payload, list) else payload,
    )


def _fast(data):
    """The fast path's tree of ``data``, or ``None`` where it hands the message to the standard parser."""
    msg = mail_mime._message(data.decode("ascii", "surrogateescape"), 0, len(data), ())
    return None if msg is None else _tree(msg)


def test_the_fast_path_reads_every_written_message_as_the_standard_parser_does():
    read = 0
    for i, data in enumerate(written_bytes()):
        for variant in (data, data.replace(b"\n", b"\r\n")) if i % 10 == 0 else (data,):
            fast = _fast(variant)
            # (the written mail is of the shapes the fast path is for: none is handed on)
            assert fast is not None, variant[:300]
            assert fast == _tree(email.message_from_bytes(variant)), variant[:300]
            read += 1
    assert read > 13_000


NESTED = (
    b'From: a@b.c\nSubject: x\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="out:er"\n\n'
    b"This is a preamble.\n\n--out:er\nContent-Type: multipart/alternative;\n boundary=inner\n\n"
    b"--inner\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\nGr\xc3\xbc\xc3\x9fe\n\n"
    b"--inner\nContent-Type: text/html\n\n<p>Hi</p>\n--inner--\ninner epilogue\n\n--out:er\n"
    b"Content-Type: application/pdf; name=cv.pdf\nContent-Disposition: attachment; filename=cv.pdf\n"
    b"Content-Transfer-Encoding: base64\n\nJVBERi0=\n--out:er--\nthe end\n"
)
ODD = [
    b"Subject: plain\n\nHello\n",
    b"Subject: no body\n\n",
    b"Subject: headers only\n",
    b"Subject: no end of line\n\nHello",
    b"From someone Mon Jan 1\nSubject: envelope\n\nx\n",
    b"Subject: a\nnot a header\n\nbody\n",
    b" continued first\nSubject: a\n\nbody\n",
    b":no name\nSubject: a\n\nbody\n",
    b"Subject: folded\n\tover two lines\n  and three\n\nbody\n",
    b"Subject: bare cr\rX: y\r\rbody\r",
    b"Subject: mixed\r\nX: y\n\r\nbody\r",
    NESTED,
    NESTED.replace(b"\n", b"\r\n"),
    NESTED.replace(b"--out:er--\nthe end\n", b""),  # no closing boundary
    NESTED.replace(b"--inner--\n", b""),  # an inner part cut short by the outer boundary
    NESTED.replace(b"This is a preamble.\n\n", b""),
    NESTED.replace(b"\n--out:er\nContent-Type: multipart", b"\n--out:er\n--out:er\nContent-Type: multipart"),
    NESTED.replace(b"boundary=inner", b"boundary*=''inner"),
    NESTED.replace(b"multipart/mixed", b"multipart/digest"),
    NESTED.replace(b"Content-Type: application/pdf", b"Content-Type: message/rfc822"),
    b"Content-Type: multipart/mixed\n\nno boundary\n",
    b'Content-Type: multipart/mixed; boundary="b"\nContent-Transfer-Encoding: base64\n\n--b\n\nx\n--b--\n',
    b'Content-Type: multipart/mixed; boundary="b"\n\n--b--\n',
    b'Content-Type: multipart/mixed; boundary="b"\n\n--b\n\n--b \t\nX: y\n\nz\n--b--',
    b'Content-Type: multipart/mixed; boundary="b"\n\n--b\nX: y\n--b--\n',
    b"Content-Type: message/delivery-status\n\nReporting-MTA: dns; x\n\nAction: failed\n",
    b"Content-Type: text/plain\n\n--b\n",
]
# boundaries of odd characters, quoted or not, named twice, in capitals, empty, in angle brackets, with a space
ODD += [
    NESTED.replace(b'boundary="out:er"', b"boundary=" + value).replace(b"out:er", value.strip(b'"<>'))
    for value in (
        b'"a?b\'c(d)"',
        b"a?b'c",
        b'"out:er"; boundary=other',
        b'"out:er"; x="boundary"',
        b"<out:er>",
        b'"<out:er>"',
        b'"out er"',
        b'"out:er "',
        b'""',
        b"out:er (a comment)",
    )
] + [NESTED.replace(b"boundary=", b"BOUNDARY="), NESTED.replace(b"multipart/mixed;", b"multipart/mixed ; charset=x;")]


@pytest.mark.parametrize("data", ODD, ids=range(len(ODD)))
def test_odd_shapes_read_as_the_standard_parser_reads_them(data):
    assert _tree(mail_mime.parse(data)) == _tree(email.message_from_bytes(data))


def test_the_nested_message_is_read_by_the_fast_path():
    assert _fast(NESTED) is not None and _fast(NESTED.replace(b"\n", b"\r\n")) is not None


def test_mutated_messages_read_as_the_standard_parser_reads_them():
    rng = random.Random(24)
    written = written_bytes()
    pool = [NESTED] + [written[rng.randrange(len(written))] for _ in range(400)]
    bits = [b"", b"\r", b"--", b"From x", b":x", b" cont", b"X-A: b", b"\x00", b"\xff\xfe", b"--out:er--", b"--inner"]
    for _ in range(3000):
        lines = rng.choice(pool).split(b"\n")
        marks = [line for line in lines if line.startswith(b"--")] or [b"--"]
        for _ in range(rng.randint(1, 3)):
            lines = lines or [b""]
            j = rng.randrange(len(lines))
            op = rng.randrange(6)
            if op == 0:
                del lines[j]
            elif op == 1:
                lines.insert(j, rng.choice(lines))
            elif op == 2:
                lines.insert(j, rng.choice(marks) + rng.choice([b"", b"--", b" ", b"x", b"\r"]))
            elif op == 3:
                lines[j] = lines[j][: rng.randrange(len(lines[j]) + 1)]
            elif op == 4:
                at = rng.randrange(len(lines[j]) + 1)
                lines[j] = lines[j][:at] + rng.choice(bits) + lines[j][at:]
            else:
                lines = lines[: j + 1]
        data = rng.choice([b"\n", b"\r\n"]).join(lines)
        assert _tree(mail_mime.parse(data)) == _tree(email.message_from_bytes(data)), data[:400]


def test_without_the_fast_path_the_standard_parser_reads(monkeypatch):
    monkeypatch.setattr(mail_mime, "FAST", False)
    assert _tree(mail_mime.parse(NESTED)) == _tree(email.message_from_bytes(NESTED))
