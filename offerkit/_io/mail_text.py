"""A mail's words, headers and day (issue #24): its plain or HTML text without quoted history, legal notices or
wrapped lines, a forward's own message, its decoded headers and addresses, and the day it was sent in the person's
time zone.
"""

from __future__ import annotations

import datetime as dt
import email
import email.errors
import email.header
import email.parser
import email.utils
import functools
import html as _html
import re
import warnings
import zoneinfo
from email.policy import compat32

import pandas as pd

from .mail_domains import _words
from .mail_keys import _LEGAL
from .phrases import _I

_BLOCK_END = re.compile(r"<(?:br|/p|/div|/tr|/li|/h[1-6]|/table)\b[^>]*>", re.IGNORECASE)
_TAGS = re.compile(r"<(?:script|style)\b.*?</(?:script|style)>|<[^>]+>", re.DOTALL | _I)


#: Typography the rules need not spell: curly quotes ("won’t", "l’intérêt") are straight, non-breaking and
#: zero-width spaces (an HTML "&nbsp;") are spaces or nothing.
_PLAIN = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "\u02bc": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u00a0": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\u200b": None,
        "\u200c": None,
        "\u200d": None,
        "\ufeff": None,
    }
)


def _text(msg, whole=False) -> str:
    """The message's text: its plain part, else its HTML part without tags (bodies are never kept); a reply's
    quoted history is cut unless ``whole``.

    Parts are decoded by hand (``compat32`` messages: the modern header
    objects cost more than all the rules together).
    """
    plain = html = None
    for part in msg.walk():
        if part.is_multipart():
            continue
        kind = part.get_content_type()
        if kind == "text/plain" and plain is None:
            plain = part
        elif kind == "text/html" and html is None:
            html = part
    part = plain if plain is not None else html
    if part is None:
        return ""
    content = _decoded(part)
    if part is plain:
        content = _WRAPPED.sub(_unwrapped, content)
    if part is plain and html is not None and len(content) < 300 and _STUB.search(content):
        # "View this email in your browser.": a plain part that only points to the HTML one (the HTML is decoded
        # only then: most short plain parts are whole mails)
        rich = _html_text(_decoded(html))
        # (or a plain part that is nothing but that pointer, "This message contains HTML content. Please view it in
        # an HTML-capable email client.", beside a shorter HTML mail)
        stub_only = len(_STUB_SENTENCE.sub(" ", content).split()) < 3
        if len(rich.strip()) > len(content.strip()) or (stub_only and rich.strip()):
            content = rich
    elif part is html:
        content = _html_text(content)
    content = content.translate(_PLAIN)
    # (in a forward's or a reply's whole text too: the employer's standing paragraph under the mail it quotes)
    content = _without_employers_notice(content)
    if not whole:
        content = _QUOTED.split(content, maxsplit=1)[0]  # a reply's quoted history is an earlier message's
        # (and Outlook's rule above it, "________________________________": the reply's signature is its end again)
        if content.rstrip()[-8:] in ("_" * 8, "-" * 8, "=" * 8):
            content = _RULE_AT_END.sub("", content)
        content = re.sub(r"(?m)^[ \t]*>.*$", "", content)
        content = _without_notices(content)
    # spaces folded, line breaks kept (a job site's "Company - City" line is a line of its own)
    # (and no space at a line's ends: an HTML reply's "<div> Tanya Price</div>" is a signature's line)
    return _LINE_END_SPACE.sub("\n", _SPACES.sub(" ", _BLANK_LINES.sub("\n", content))).strip()[:20000]


_RULE_AT_END = re.compile(r"\s*[_\-=]{8,}\s*$")
_LINE_END_SPACE = re.compile(r" ?\n ?")
_SPACES = re.compile(r"[ \t\r\f\v]+")
_BLANK_LINES = re.compile(r"\n\s*\n+")


#: A forward's subject: "Fwd:", "FW:", "WG:" (German), "TR:" (French), "RV:" (Spanish), "Enc:" (Portuguese).
_FORWARD_SUBJECT = re.compile(r"^\s*(?:fwd?|wg|tr|rv|enc)\s?:", _I)
#: The first line of a forwarded message's header block: "From: Acme <jobs@acme.com>", "Von:", "De :".
_FORWARD_FROM = re.compile(r"(?im)^[ \t>]*(?:from|von|de|da)[ \t]?:[ \t]*(?P<value>\S[^\n]*)$")
#: A header line of that block, and what it names.
_FORWARD_LINE = re.compile(r"^[ \t>]*(?P<key>[A-Za-zÀ-ÿ]{1,10}(?: [A-Za-zÀ-ÿ]{1,6})?)[ \t]?:[ \t]*(?P<value>[^\n]*)$")
_FORWARD_KEYS = {
    **dict.fromkeys(("from", "von", "de", "da"), "from"),
    **dict.fromkeys(("date", "sent", "gesendet", "datum", "envoyé", "enviado", "fecha", "data"), "date"),
    **dict.fromkeys(("subject", "betreff", "objet", "asunto", "oggetto", "assunto"), "subject"),
    **dict.fromkeys(("to", "an", "à", "a", "para", "cc"), "to"),
}


def _forwarded(text, forwarder, own):
    r"""``(display, address, subject, body, date)`` of the message a person forwarded, or ``None``.

    Read when the person forwards mail that reached them: their own forward (``own``), or a forward from another of
    their addresses whose forwarded header was addressed to it ("Fwd:" from jlee27@umich.edu of mail "To:
    <jlee27@umich.edu>").  ``date`` is the forwarded header's (``NaT`` when it cannot be read).

    Examples
    --------
    >>> text = ("FYI\n---------- Forwarded message ---------\nFrom: Acme <jobs@acme.com>\n"
    ...         "Date: Mon, Sep 8, 2025 at 9:41 AM\nSubject: Interview\nTo: <me@uni.edu>\n\nWe'd like to interview you.")
    >>> display, address, subject, body, date = _forwarded(text, "me@uni.edu", False)
    >>> address, subject, body, str(date.date())
    ('jobs@acme.com', 'Interview', "We'd like to interview you.", '2025-09-08')
    >>> _forwarded(text, "friend@gmail.com", False) is None  # a friend's forward of their own mail
    True
    """
    m = _FORWARD_FROM.search(text)
    if m is None:
        return None
    head, lines = {"from": m.group("value")}, text[m.end() :].split("\n")
    used = 0
    for line in lines[1:8]:
        h = _FORWARD_LINE.match(line)
        if h is None or _FORWARD_KEYS.get(h.group("key").strip().lower()) is None:
            break
        head.setdefault(_FORWARD_KEYS[h.group("key").strip().lower()], h.group("value").strip())
        used += 1
    if "date" not in head or not ("subject" in head or "to" in head):
        return None
    if not own and forwarder.lower() not in head.get("to", "").lower():
        return None
    display, address = email.utils.parseaddr(head["from"].replace("[mailto:", "<").replace("]", ">"))
    if "@" not in address:
        return None
    body = "\n".join(lines[1 + used :])
    body = _QUOTED.split(body, maxsplit=1)[0]
    body = re.sub(r"[ \t\r\f\v]+", " ", re.sub(r"\n\s*\n+", "\n", body)).strip()
    raw = re.sub(r"^[^\d,]*,\s*|\s+(?:at|um|à|a las)\s+|\s+\(?[A-Z]{2,5}\)?$", " ", head["date"]).strip()
    try:
        date = email.utils.parsedate_to_datetime(head["date"])
    except (TypeError, ValueError, IndexError):
        date = None
    if date is None:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            date = pd.to_datetime(raw, errors="coerce")
    date = pd.Timestamp(date) if date is not None and not pd.isna(date) else pd.NaT
    if date is not pd.NaT and date.tzinfo is not None:
        date = date.tz_localize(None)
    return display, address.lower(), head.get("subject", ""), body, date.normalize() if date is not pd.NaT else date


#: A plain part that only points to the HTML one.
_STUB = re.compile(
    r"view (?:this|it|the|our) (?:e-?mail|message|online)|(?:in|with) (?:your|a) (?:web )?browser|html", _I
)
#: A sentence of such a pointer.
_STUB_SENTENCE = re.compile(rf"[^.!\n]*(?:{_STUB.pattern})[^.!\n]*[.!\n]?", _I)


#: A plain part's line broken where its writer's mail program wrapped it (at 72-78 characters, or format=flowed's
#: trailing space; or shorter, where the next line's first word would not have fitted) before a line that goes on with
#: a word: "we have decided to move\nforward with other
#: candidates" is one sentence.  A line that ends a sentence, a short line (a greeting, a signature's, a job site's
#: "Company - City"), a line before a list's dash and a line before a header's ("Date: ...", in a forward's header
#: block) are left as they are, and so is a line before a label's ("District: River City Unified", a job site's
#: card of labelled lines).
_HEADER_KEY = r"(?i:from|to|cc|date|sent|subject|von|an|gesendet|datum|betreff|de|à|envoyé|objet|para|enviado|fecha|asunto|da|data)"
_WRAPPED = re.compile(
    # (a colon ends a line only inside a parenthesis the next line closes: "Policy Officer (Ref:" / "CEC12345) with")
    # (nor does a name's abbreviation end one: "Bewerbung ... bei Dr." / "Oetker")
    rf"(?m)^([^\n]{{40,}}(?:[^\s.?!:;]|(?:(?<=\bDr)|(?<=\bSt)|(?<=\bMt)|(?<=\bFt)|(?<=\bSte))\.|"
    rf":(?=[ \t]*\r?\n[ \t]*[^\n()]{{1,24}}\))))[ \t]*\r?\n(?![ \t]*{_HEADER_KEY} ?:[ \t])(?![ \t]*[A-Z][\w]*(?: [A-Za-z]+){{0,2}}:[ \t])"
    r"(?=[ \t]*(?:[^\W_]|[(\"'«¿¡#$€£]))"
)


def _unwrapped(m) -> str:
    r"""A wrapped line joined to the next: with a space, or none where the wrap broke a word at its hyphen ("a
    full-" / "time position": "full-time"; "Centre-Sud-de-l'Île-de-" / "Montréal").

    >>> _WRAPPED.sub(_unwrapped, "Thank you so much for the offer and your time. I have accepted a full-\ntime role.")
    'Thank you so much for the offer and your time. I have accepted a full-time role.'
    >>> _WRAPPED.sub(_unwrapped, "vielen Dank für Ihre Bewerbung als Industriekauffrau (m/w/d) bei Dr.\nOetker. Wir prüfen")
    'vielen Dank für Ihre Bewerbung als Industriekauffrau (m/w/d) bei Dr. Oetker. Wir prüfen'
    """
    line = m.group(1)
    if len(line) < 54:
        # a shorter line only where the next line's first word would not have fitted on it at 72 ("..., der Limmattal
        # Präzision AG in Dietikon, für die Position" / "Entwicklungsingenieur vorgestellt.")
        word = re.match(r"[ \t]*(\S+)", m.string[m.end() :])
        if not word or len(line) + 1 + len(word.group(1)) <= 72:
            return m.group(0)
    if line[-1] == "-" and line[-2:-1].isalpha() and m.string[m.end() : m.end() + 1].isalpha():
        return line
    return f"{line} "


#: A mail server's banner over mail from outside ("CAUTION: This email originated from outside of the organization.
#: Do not click links ...", "[EXTERNAL]"): a line of its own, about no application.
_BANNER = re.compile(
    r"(?im)^[ \t]*(?:\[?external\]?[ \t]*:?[ \t]*)?(?:caution|warning|attention|notice|achtung)[ \t]*:?[ \t]*"
    r"(?:this|diese) (?:e-?mail|message|nachricht) (?:originated|came|comes|was sent|stammt|kommt) (?:from )?"
    r"(?:outside|von au(?:ß|ss)erhalb)[^\n]*$"
)
#: Where a closing legal notice starts ("CONFIDENTIALITY NOTICE: This e-mail message ... is for the sole use of the
#: intended recipient", "Diese E-Mail enthält vertrauliche Informationen", "Ce message et ses pièces jointes sont
#: confidentiels", "Este mensaje es confidencial"): the organisation's boilerplate, about no application.
_NOTICE = re.compile(
    r"(?im)^[^\n]*?(?:"
    r"confidentiality notice|privileged (?:and|&) confidential|legal disclaimer|^[ \t]*disclaimer\b|"
    r"this (?:e-?mail|message|communication|transmission)[^.\n]{0,80}\b(?:is|are|may be|contains?|may contain) "
    r"(?:intended (?:only|solely|for)|confidential|privileged|for the (?:sole|exclusive))|"
    r"if you (?:are not|have received this (?:e-?mail|message) in error)[^.\n]{0,40}(?:intended|recipient|addressee|"
    r"notify|delete)|"
    r"diese (?:e-?mail|nachricht)[^.\n]{0,60}(?:enthält|kann|könnte) (?:vertrauliche|rechtlich)|"
    r"wenn sie nicht der (?:richtige|beabsichtigte) (?:adressat|empfänger)|"
    r"ce (?:message|courriel|e-?mail)[^.\n]{0,60}(?:sont|est) (?:strictement )?(?:confidentiel|établi)|"
    r"(?:este|el presente) (?:mensaje|correo)[^.\n]{0,60}(?:es|son|contiene|puede contener) "
    r"(?:confidencial|información confidencial|privilegiad)|aviso de confidencialidad"
    r")"
)


#: An employer's standing paragraph, in a receipt's, an invitation's or a refusal's footer or over it: equal
#: opportunity, accommodation, and the warning against recruitment fraud ("Acme will never ask for payment as part
#: of an offer of employment"), whose words are a step's.
_EMPLOYERS_NOTICE = re.compile(
    r"equal (?:employment )?opportunit(?:y|ies)|all qualified applicants|reasonable accommodations?\b|"
    r"(?:never|not) (?:ask|request|require)[^.\n]{0,60}\b(?:payment|money|fees?|bank|financial)|"
    r"(?:recruitment|recruiting|hiring|employment|job offer|job) (?:fraud|scams?)\b|\be-verify\b",
    _I,
)


#: The words one of which every match of :data:`_EMPLOYERS_NOTICE` holds, lower case (looked for first: most mail
#: holds none; ``tests/io/test_mail_phrases.py`` holds the gate to the pattern).
_EMPLOYERS_NOTICE_WORDS = (
    "equal opportunit",
    "equal employment opportunit",
    "all qualified applicants",
    "reasonable accommodation",
    "never ask",
    "never request",
    "never require",
    "not ask",
    "not request",
    "not require",
    "fraud",
    "scam",
    "e-verify",
)


def _without_employers_notice(content) -> str:
    r"""``content`` without an employer's standing paragraph: from the sentence that starts it to its paragraph's
    end.

    >>> _without_employers_notice("Thanks for applying.\nAcme is an Equal Opportunity Employer. We never ask for "
    ...     "payment as part of an offer of employment.\nThe Acme Team")
    'Thanks for applying.\n\nThe Acme Team'
    """
    low = content.lower()
    if not any(word in low for word in _EMPLOYERS_NOTICE_WORDS):
        return content  # (the speed trick beside the search it must equal: none of the words any notice needs)
    m = _EMPLOYERS_NOTICE.search(content)
    while m:
        start = max(content.rfind(c, 0, m.start()) for c in ".!?\n") + 1
        end = content.find("\n", m.end())
        content = content[:start] + (content[end:] if end >= 0 else "")
        m = _EMPLOYERS_NOTICE.search(content, start)
    return content


def _without_notices(content) -> str:
    """A mail's text without a server's banner over it and without a closing legal notice (a notice in the first
    third of the text is left: that is the mail itself speaking)."""
    if "outside" in content or "außerhalb" in content or "ausserhalb" in content:
        content = _BANNER.sub("", content, count=1)
    if not any(word in content for word in _NOTICE_WORDS):
        return content
    m = _NOTICE.search(content, len(content) // 3)
    return content[: m.start()] if m else content


#: One of these is in every notice :data:`_NOTICE` reads (a cheap look first: most mail has none).
_NOTICE_WORDS = (
    "onfiden",
    "ONFIDEN",
    "ntended",
    "NTENDED",
    "isclaimer",
    "ISCLAIMER",
    "ertraulich",
    "rivileg",
    "dressat",
)


def _decoded(part) -> str:
    try:
        data = part.get_payload(decode=True) or b""
        return data.decode(_charset(part) or "utf-8", "replace")
    except (LookupError, ValueError, AssertionError):
        return ""


#: A plain Content-Type ("text/plain; charset=UTF-8", "text/html; charset=\"utf-8\"; format=flowed"): ASCII names
#: and values, no RFC 2231 parts, no comments, no escapes.
_FWS = r"[ \t\r\n]*"  # (a folded header's line break and indent)
_PLAIN_TYPE = re.compile(
    rf"[A-Za-z0-9!#$&^_.+-]+/[A-Za-z0-9!#$&^_.+-]+"
    rf"(?:{_FWS};{_FWS}[A-Za-z0-9_.-]+{_FWS}={_FWS}(?:\"[A-Za-z0-9_.:+/=-]*\"|[A-Za-z0-9_.:+/-]*))*{_FWS}(?:;{_FWS})?"
)
_CHARSET_PARAM = re.compile(rf";{_FWS}charset{_FWS}={_FWS}\"?([A-Za-z0-9_.:+/=-]*)", re.IGNORECASE)


def _charset(part):
    """``part.get_content_charset()``, with a fast path for a plain Content-Type (the speed trick beside the code it
    must equal: the standard library's parameter parsing was a thirtieth of the reading;
    ``tests/io/test_mail_addresses.py`` holds the two equal on every part of the written mailboxes and on odd shapes).

    Examples
    --------
    >>> _charset(email.message_from_string('Content-Type: text/plain; charset="UTF-8"\\n\\nhi'))
    'utf-8'
    """
    raw = _get(part, "Content-Type")
    if raw is None:
        return None
    if type(raw) is not str or not _PLAIN_TYPE.fullmatch(raw):
        return part.get_content_charset()
    m = _CHARSET_PARAM.search(raw)
    return m.group(1).lower() if m else None


def _html_text(content) -> str:
    """HTML as text: block ends are line ends (a job site's "Company - City" cell, a signature's lines), tags go."""
    return _html.unescape(_TAGS.sub(" ", _BLOCK_END.sub("\n", content)))


#: Where a reply's quoted history starts: "On Fri, Sep 20, 2024 Tara wrote:", "Am ... schrieb ...:",
#: "Le ... a écrit :", "El ... escribió:", Outlook's "-----Original Message-----" or "From: ... Sent: ..." (and
#: "Von: ... Gesendet:", "De : ... Envoyé :", "De: ... Enviado el:", "Van: ... Verzonden:", "Da: ... Inviato:").
_QUOTED = re.compile(
    r"(?m)^[ \t]*(?:On [^\n]{5,200}wrote:|Am [^\n]{5,200}schrieb[^\n]{0,100}:|Le [^\n]{5,200}a écrit ?:|"
    r"El [^\n]{5,200}escribió:|-{2,}\s*(?:Original Message|Ursprüngliche Nachricht|Message d'origine|"
    r"Mensaje original)\s*-{2,}|From: [^\n]{1,200}\n\s*(?:Sent|Date): |"
    # the same headers in the account's language: German, French, Spanish or Portuguese, Dutch, Italian
    r"Von: [^\n]{1,200}\n\s*(?:Gesendet|Datum): |De ?: [^\n]{1,200}\n\s*(?:Envoyé|Date|Enviado(?: el)?|Fecha) ?: |"
    r"Van: [^\n]{1,200}\n\s*(?:Verzonden|Datum): |Da: [^\n]{1,200}\n\s*(?:Inviato|Data): )"
)


def _get(msg, name):
    """``msg.get(name)``, from a name → raw value map built once per message (``Message.get`` scans and lowers every
    header name on each call: a tenth of the reading time)."""
    heads = msg.__dict__.get("_offerkit_heads")
    if heads is None:
        heads = {}
        for key, raw in getattr(msg, "_headers", ()):
            heads.setdefault(key.lower(), (key, raw))
        msg.__dict__["_offerkit_heads"] = heads
    found = heads.get(name.lower())
    if found is None:
        return None
    raw = found[1]
    if type(raw) is str and raw.isascii() and msg.policy is compat32:
        return raw  # (compat32's fetch: a value of ASCII alone is returned as it is; surrogates make a Header)
    return msg.policy.header_fetch_parse(*found)


def _header(msg, name) -> str:
    """A header as text, RFC 2047 words decoded ("=?utf-8?q?Ihre_Bewerbung?=" → "Ihre Bewerbung")."""
    try:
        value = _get(msg, name)
        if value is None:
            return ""
        if "=?" not in str(value):
            return str(value)
        return str(email.header.make_header(email.header.decode_header(str(value))))
    except (ValueError, TypeError, IndexError, LookupError, email.errors.HeaderParseError):
        return str(msg.get(name, "") or "")


#: "Acme Recruiting <jobs@acme.com>" or "jobs@acme.com": the shapes nearly every header has (the fast path of
#: :func:`_address`; anything with quotes, comments, groups or several addresses goes to the stdlib parser).
_PLAIN_ADDRESS = re.compile(
    r"[ \t]*(?:(?P<name>[^<>\"(),;:@\[\]\\]*?)[ \t]*<(?P<a>[^<>\s@\"(),;:]+@[^<>\s@\"(),;:]+)>|(?P<bare>[^<>\s@\"(),;:]+@[^<>\s@\"(),;:]+))[ \t]*"
)


def _address(value) -> tuple:
    """``email.utils.parseaddr(value)``, with a fast path for the plain shapes (the speed trick beside the code it
    must equal: ``tests/io/test_mail_addresses.py`` holds them equal on every header of the written mailboxes).

    Examples
    --------
    >>> _address("Acme  Recruiting <jobs@acme.com>"), _address('"Doe, Jane" <jane@x.org>')
    (('Acme Recruiting', 'jobs@acme.com'), ('Doe, Jane', 'jane@x.org'))
    """
    m = _PLAIN_ADDRESS.fullmatch(value)
    if m is None:
        return email.utils.parseaddr(value)
    if m.group("bare") is not None:
        return "", m.group("bare")
    return " ".join(m.group("name").split()), m.group("a")


#: One address in angle brackets after a name with no quotes or other address in it.
_ONE_ANGLE_ADDRESS = re.compile(r"\s*(?P<name>[^<>\"@]*?)\s*<(?P<a>[^<>\s@]+@[^<>\s@]+)>\s*")


def _address_header(msg, name) -> tuple:
    r"""``(display name, address)`` of an address header, its RFC 2047 words decoded after the address is parsed (a
    name with a comma, "=?utf-8?q?Salas=2C_Roc=C3=ADo?=", decoded first would read as two addresses).

    >>> import email
    >>> _address_header(email.message_from_string("From: =?utf-8?q?Salas=2C_Roc=C3=ADo?= <rs@x.pe>\n\n"), "From")
    ('Salas, Rocío', 'rs@x.pe')
    >>> _address_header(email.message_from_string("From: Salas, =?utf-8?q?Roc=C3=ADo?= <rs@x.pe>\n\n"), "From")
    ('Salas, Rocío', 'rs@x.pe')
    """
    value = _get(msg, name)
    raw = "" if value is None else str(value)
    if "=?" not in raw:
        return _address(raw)
    one = _ONE_ANGLE_ADDRESS.fullmatch(raw)
    # ("Salas, =?utf-8?q?Roc=C3=ADo?= <rs@x.pe>", as Python's own generator folds it: one address, its name's comma
    # outside the encoded word)
    display, address = (one.group("name"), one.group("a")) if one else email.utils.parseaddr(raw)
    if "=?" in display:
        try:
            display = str(email.header.make_header(email.header.decode_header(display)))
        except (ValueError, TypeError, IndexError, LookupError, email.errors.HeaderParseError):
            pass
    return " ".join(display.split()), address


#: A directory's "Last, First" display name ("Blake, Karen", "Ruiz Gómez, María José"), not a legal form's comma.
_SURNAME_FIRST = re.compile(
    r"(?P<last>[^\W\d_][\w'’-]*(?: [^\W\d_][\w'’-]*)?),\s*(?P<first>[^\W\d_][\w'’.-]*(?: [^\W\d_][\w'’.-]*)?)"
)


#: Outlook's and Exchange's "Ryan Cho on behalf of Beacon Park Capital Recruiting": the mailbox is the sender.
_ON_BEHALF = re.compile(r"^.+?\s+(?:on behalf of|im auftrag von|de la part de|en nombre de|namens)\s+(?=\S)", re.I)


def _name_first(display, address) -> str:
    """A person's display name in their own order: "Blake, Karen" <karen.blake@...> is "Karen Blake" (a company
    directory's form in Outlook), when the address spells one of the two names; any other name as it is.  A name
    sent "on behalf of" a mailbox is the mailbox's.

    >>> _name_first("Blake, Karen", "karen.blake@svmc.org"), _name_first("Acme, Inc.", "jobs@acme.com")
    ('Karen Blake', 'Acme, Inc.')
    >>> _name_first("Ryan Cho on behalf of Beacon Park Recruiting", "recruiting@beaconpark.com")
    'Beacon Park Recruiting'
    """
    if " " in display and _ON_BEHALF.match(display):
        display = _ON_BEHALF.sub("", display)
    m = _SURNAME_FIRST.fullmatch(display) if "," in display else None
    if m is None or _LEGAL.search(f" {m.group('first')}"):
        return display
    local = re.sub(r"[^a-z]", "", _words(address.split("@", 1)[0]))
    names = [re.sub(r"[^a-z]", "", _words(part)) for part in (m.group("first"), m.group("last"))]
    if not any(n and (n in local or local in n) for n in names):
        return display
    return f"{m.group('first')} {m.group('last')}"


def _local_date(msg, tz):
    """The day a message was sent (its ``Date``) in the person's time zone ``tz`` (a zone's name or a ``tzinfo``;
    ``None``: the header's own offset), a midnight ``Timestamp``; ``NaT`` when unreadable.

    The standard library's ``astimezone`` (the speed trick beside the code it must equal: pandas' ``tz_convert``
    cost a sixteenth of the reading; ``tests/io/test_mail_addresses.py`` holds the two equal on every date of the
    written mailboxes in several zones).

    Examples
    --------
    >>> msg = email.message_from_string("Date: Fri, 12 Dec 2025 23:30:00 -0800\\n\\n")
    >>> _local_date(msg, "Europe/Berlin"), _local_date(msg, "America/Los_Angeles")
    (Timestamp('2025-12-13 00:00:00'), Timestamp('2025-12-12 00:00:00'))

    A message saved without a ``Date`` (some programs' drafts and saved copies) is dated by its last mail server's
    stamp, the first ``Received`` header's, as mail programs date it:

    >>> msg = email.message_from_string("Received: from a.example by mx.example; Tue, 07 Oct 2025 09:12:03 -0700\\n\\n")
    >>> _local_date(msg, "UTC")
    Timestamp('2025-10-07 00:00:00')
    """
    raw = _header(msg, "Date") or _header(msg, "Received").rpartition(";")[2].strip()
    try:
        when = email.utils.parsedate_to_datetime(raw)
    except (TypeError, ValueError, IndexError):
        return pd.NaT
    if when is None:
        return pd.NaT
    zone = _zone(tz) if tz else None
    if when.tzinfo is None or not tz or zone is not None:
        try:
            day = when.astimezone(zone) if zone is not None and when.tzinfo is not None else when
            return pd.Timestamp(day.year, day.month, day.day)
        except (OverflowError, ValueError):
            pass  # (a year pandas or the zone cannot hold: the plain way says what it makes of it)
    return _local_date_plain(when, tz)


@functools.lru_cache(maxsize=16)
def _zone(tz):
    """``tz`` as a ``tzinfo`` the standard library converts to, or ``None`` (a name ``zoneinfo`` does not know)."""
    if isinstance(tz, dt.tzinfo):
        return tz
    try:
        return zoneinfo.ZoneInfo(str(tz))
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, TypeError):
        return None


def _local_date_plain(when, tz):
    """:func:`_local_date` of a parsed ``datetime``, by pandas (``NaT`` for a day it cannot hold: "Fri, 31 Dec 9999
    23:00:00 -1200" is in the year 10000 in Berlin)."""
    try:
        stamp = pd.Timestamp(when)
        if stamp.tzinfo is None:
            return stamp.normalize()
        return stamp.tz_convert(tz).tz_localize(None).normalize() if tz else stamp.tz_localize(None).normalize()
    except (OverflowError, ValueError, NotImplementedError):
        return pd.NaT


def _base_address(address) -> str:
    """The mailbox an address delivers to, for telling the person's own mail: no plus tag.

    (Gmail's dots are kept: the person's own name is read from the address's dotted words.)

    Examples
    --------
    >>> _base_address("tamika.jones+jobs@gmail.com")
    'tamika.jones@gmail.com'
    """
    local, at, domain = address.partition("@")
    return f"{local.split('+', 1)[0]}@{domain}" if at else address
