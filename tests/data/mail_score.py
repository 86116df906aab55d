"""The written mailboxes' shared helpers: write one as an mbox, and score a reading against its truth (issue #24)."""

from __future__ import annotations

import mailbox
from pathlib import Path

import pandas as pd

from offerkit._core.vocab import EVENTS
from offerkit._io.mailbox import company_key

#: An employer's standing paragraph: equal opportunity, accommodation and a warning against recruitment fraud, whose
#: words ("interview process", "offer of employment") are a step's.
EQUAL_OPPORTUNITY = (
    "\n\nWe are an Equal Opportunity Employer. All qualified applicants will receive consideration for employment "
    "without regard to race, color, religion, sex, national origin, disability or veteran status. If you need a "
    "reasonable accommodation during the interview process, please let us know. We will never ask for payment or "
    "bank details as part of an offer of employment; beware of recruitment fraud."
)


#: An employer's footer pointing to its careers app, whose words are a job alert's.
CAREERS_APP = "\n\nDownload our careers app to get job alerts and track your application on the go."


#: A tracking system's footer asking about the candidate's experience, whose words are a survey's.
SURVEY_FOOTER = "\n\nHow did we do? Tell us about your candidate experience in a 2-minute survey."
#: An unsubscribe line in a tracking system's or a careers site's own text.
UNSUBSCRIBE_LINE = "\n\nDon't want these emails? Unsubscribe."
#: A recruiter's signature: a scheduling link, and a line of parts with pronouns and a title.
SCHEDULING_LINK = "\n\nBook time with me: https://calendly.com/talent-team/30min"
PARTS_LINE = "\n\nDana Fox (she/her) | Talent Partner | Book a call with me anytime"


def score(reading, messages) -> dict:
    """``{apps_precision, apps_recall, events_precision, events_recall, negatives_read_as_mail, missed, wrong}``.

    ``messages`` is ``[(message, truth)]`` with truth ``(company key, event, "YYYY-MM-DD")`` or
    ``("skip", kind, None)``.  An event counts when its company, event and date (± 1 day) match a truth row
    not matched before.  A negative "read as mail" is a message that should be skipped whose Message-ID is among the events.
    """
    ev = reading.events
    truth = [t for _, t in messages if t[0] != "skip"]
    unknown = {t[1] for t in truth} - set(EVENTS)
    if unknown:  # a truth's mistake, not the reading's (the 588th and 591st first wrote "assessment")
        raise ValueError(f"truth events outside SPEC 3.2's vocabulary: {sorted(unknown)}")
    want_apps = {t[0] for t in truth}
    got_apps = {company_key(c) for c in ev["company"]}
    got = [(company_key(c), e, pd.Timestamp(d)) for c, e, d in zip(ev["company"], ev["event"], ev["date"])]
    used, missed = set(), []
    for key, event, date in truth:
        match = next(
            (
                i
                for i, g in enumerate(got)
                if i not in used and g[0] == key and g[1] == event and abs((g[2] - pd.Timestamp(date)).days) <= 1
            ),
            None,
        )
        if match is None:
            missed.append((key, event, date))
        else:
            used.add(match)
    wrong = [(g[0], g[1], str(g[2].date()), ev["subject"].iloc[i]) for i, g in enumerate(got) if i not in used]
    negatives = [str(m["Message-ID"]).strip() for m, t in messages if t[0] == "skip"]
    read = set(ev["message_id"])
    return {
        "apps_precision": len(want_apps & got_apps) / max(len(got_apps), 1),
        "apps_recall": len(want_apps & got_apps) / max(len(want_apps), 1),
        "events_precision": len(used) / max(len(got), 1),
        "events_recall": len(used) / max(len(truth), 1),
        "negatives_read_as_mail": sum(s in read for s in negatives) / max(len(negatives), 1),
        "missed": missed,
        "wrong": wrong,
    }


def write_mbox(path, msgs) -> Path:
    """Write ``[(message, truth)]`` into one mbox at ``path`` (its folder made); return the path."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    box = mailbox.mbox(path, create=True)
    box.lock()
    try:
        for msg, _ in msgs:
            box.add(msg)
        box.flush()
    finally:
        box.unlock()
        box.close()
    return path


def write_apple_zip(path, msgs) -> Path:
    """Write ``[(message, truth)]`` as Apple Mail exports an inbox (``INBOX.mbox/mbox``), zipped at ``path``; return
    ``path``."""
    import zipfile

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    raw = write_mbox(path.with_suffix(".raw"), msgs)
    with zipfile.ZipFile(path, "w") as z:
        z.write(raw, "INBOX.mbox/mbox")
    raw.unlink()
    return path


def takeout_corpus(positives, negatives, *, owner, own_to, offset, clock, neg_start, neg_step, neg_clock, tag):
    """``[(message, truth)]`` of a Takeout export: ``positives`` ``(company, event, day, sender, subject, body,
    thread)`` (the owner's own under "Sent", addressed as ``own_to[company]``), then ``negatives`` ``(sender,
    subject, kind, body)`` dated from ``neg_start`` every ``neg_step`` days (promotions for shops and newsletters)."""
    import datetime
    from email.message import EmailMessage

    from offerkit._io.mailbox import company_key

    ids = iter(range(1, 10_000))

    def date(day, at):
        d = datetime.date.fromisoformat(day)
        return f"{d:%a}, {d.day:02d} {d:%b} {d.year} {at} {offset}"

    def mail(sender, subject, body, when, thread, labels, to):
        m = EmailMessage()
        m["From"], m["To"], m["Subject"], m["Date"] = sender, to, subject, when
        m["Message-ID"] = f"<{next(ids)}.{tag}@mail.gmail.example>"
        m["X-GM-THRID"] = thread
        m["X-Gmail-Labels"] = labels
        m.set_content(body)
        return m

    out = []
    for company, event, day, sender, subject, body, thread in positives:
        own = sender.endswith(f"<{owner}>")
        to = own_to[company] if own else owner
        labels = "Sent" if own else "Inbox,Category Updates"
        out.append(
            (mail(sender, subject, body, date(day, clock), thread, labels, to), (company_key(company), event, day))
        )
    for i, (sender, subject, kind, body) in enumerate(negatives):
        day = (datetime.date.fromisoformat(neg_start) + datetime.timedelta(days=neg_step * i)).isoformat()
        labels = "Inbox,Category Promotions" if kind in ("shop", "newsletter") else "Inbox"
        out.append(
            (mail(sender, subject, body, date(day, neg_clock), f"negative-{i}", labels, owner), ("skip", kind, None))
        )
    return out


def no_step(msgs, kind="other"):
    """``msgs`` with each positive written with the event ``"skip"`` (mail in an application's thread that is no step:
    an onboarding checklist, the person's counter-offer) turned into a negative of ``kind``.  Returns a new list."""
    return [(m, ("skip", kind, None) if t[1] == "skip" else t) for m, t in msgs]


def outlook_corpus(
    positives, negatives, *, owner, offset, clock, neg_start, neg_step, neg_clock, tag, host="outlook.example"
):
    """``[(message, truth)]`` of Outlook's saved .eml files: no labels, no Delivered-To.  ``positives`` are
    ``(company, event, day, sender, subject, body, to)`` (``to`` None: the owner ``"Name <address>"``);
    ``negatives`` ``(sender, subject, kind, body)`` are dated from ``neg_start`` every ``neg_step`` days."""
    import datetime
    from email.message import EmailMessage

    from offerkit._io.mailbox import company_key

    ids = iter(range(1, 10_000))
    out = []

    def mail(sender, subject, body, day, at, to):
        d = datetime.date.fromisoformat(day)
        m = EmailMessage()
        m["From"], m["To"], m["Subject"] = sender, to, subject
        m["Date"] = f"{d:%a}, {d.day:02d} {d:%b} {d.year} {at} {offset}"
        m["Message-ID"] = f"<{next(ids)}.{tag}@{host}>"
        m.set_content(body)
        return m

    for company, event, day, sender, subject, body, to in positives:
        out.append((mail(sender, subject, body, day, clock, to or owner), (company_key(company), event, day)))
    for i, (sender, subject, kind, body) in enumerate(negatives):
        day = (datetime.date.fromisoformat(neg_start) + datetime.timedelta(days=neg_step * i)).isoformat()
        out.append((mail(sender, subject, body, day, neg_clock, owner), ("skip", kind, None)))
    return out


def write_outlook(folder, msgs, address) -> Path:
    """Save ``[(message, truth)]`` as Outlook's .eml files into ``folder/Inbox`` and ``folder/Sent Items`` (the
    owner's, from ``address``); return ``folder``."""
    folder = Path(folder)
    for i, (m, _) in enumerate(msgs):
        sub = folder / ("Sent Items" if address in str(m["From"]) else "Inbox")
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"{i:03d} {str(m['Subject'])[:30].replace('/', '-')}.eml").write_bytes(bytes(m))
    return folder


def localized_labels(msgs, *, sent, inbox, owner):
    """Relabel a Takeout corpus as an account in another language writes it: the owner's mail ("Sent", or from
    ``owner``) under ``sent`` ("Gesendet", "Enviados"), "Inbox" as ``inbox``.  Returns ``msgs``."""
    for m, _ in msgs:
        labels = str(m["X-Gmail-Labels"])
        labels = sent if labels == "Sent" or owner in str(m["From"]) else labels.replace("Inbox", inbox)
        del m["X-Gmail-Labels"]
        m["X-Gmail-Labels"] = labels
    return msgs


def sent_as(msgs):
    """Re-encode the bodies of ``[(message, truth)]`` that start with a mark, as mail is really sent: "HTML:" HTML
    only, "MULTI:" HTML behind a plain part that only says to view it in a browser, "CP1252:" in windows-1252,
    "B64:" base64, "QP:" quoted-printable.  Returns ``msgs``."""
    for msg, _ in msgs:
        body = msg.get_content()
        if body.startswith("MULTI:"):
            msg.set_content("View this email in your browser.")
            msg.add_alternative(body[len("MULTI:") :].strip(), subtype="html")
        elif body.startswith("HTML:"):
            msg.set_content(body[len("HTML:") :].strip(), subtype="html")
        elif body.startswith("CP1252:"):
            msg.set_content(body[len("CP1252:") :], charset="windows-1252")
        elif body.startswith("B64:"):
            msg.set_content(body[len("B64:") :], cte="base64")
        elif body.startswith("QP:"):
            msg.set_content(body[len("QP:") :], cte="quoted-printable")
    return msgs


def threaded_corpus(
    positives, negatives, *, owner, own_to=None, offset, clock, neg_start, neg_step, neg_clock, tag, host
):
    """``[(message, truth)]`` of a plain mbox export (Thunderbird, Apple Mail): no labels, ``Delivered-To`` on
    received mail, replies tied by ``In-Reply-To``/``References``.  ``positives`` are ``(company, event, day,
    sender, subject, body, parent index or None[, to])``: the owner's own mail goes to ``to`` or
    ``own_to[company]``; ``negatives`` ``(sender, subject, kind, body)`` are dated from ``neg_start`` every
    ``neg_step`` days; ``offset(date)`` is the UTC offset of that day ("+0200")."""
    import datetime
    from email.message import EmailMessage

    from offerkit._io.mailbox import company_key

    ids = iter(range(1, 10_000))

    def date(day, at):
        d = datetime.date.fromisoformat(day)
        return f"{d:%a}, {d.day:02d} {d:%b} {d.year} {at} {offset(d)}"

    def mail(sender, subject, body, when, parent, to):
        m = EmailMessage()
        m["From"], m["To"], m["Subject"], m["Date"] = sender, to, subject, when
        m["Message-ID"] = f"<{next(ids)}.{tag}@{host}>"
        if to == owner:
            m["Delivered-To"] = owner
        if parent is not None:
            m["In-Reply-To"] = parent["Message-ID"]
            m["References"] = parent["Message-ID"]
        m.set_content(body)
        return m

    out = []
    for company, event, day, sender, subject, body, parent, *to in positives:
        own = sender.endswith(f"<{owner}>")
        recipient = (to[0] if to and to[0] else own_to[company]) if own else owner
        par = out[parent][0] if parent is not None else None
        out.append((mail(sender, subject, body, date(day, clock), par, recipient), (company_key(company), event, day)))
    for i, (sender, subject, kind, body) in enumerate(negatives):
        day = (datetime.date.fromisoformat(neg_start) + datetime.timedelta(days=neg_step * i)).isoformat()
        out.append((mail(sender, subject, body, date(day, neg_clock), None, owner), ("skip", kind, None)))
    return out


def headed(msgs, header="Careers Home | Job Alerts | My Applications\n\n"):
    """``msgs`` with ``header`` (a candidate portal's bar of links) over the plain body of every employer's mail (not
    the person's own, not the negatives), as a portal's HTML mail reads as text.  Returns a new list."""
    return _employers_bodies(msgs, lambda body: header + body)


def signed(msgs, signature, *, who="all"):
    """``msgs`` with ``signature`` ("\\n\\nSenior Talent Acquisition Partner") after the plain body of every employer's
    mail (not the person's own, not the negatives), as a recruiter's mail client adds it; with ``who="people"``, only
    under the mail a person sends (a recruiter's), with ``who="systems"`` only under the rest (a tracking system's,
    a careers site's).  Returns a new list."""
    return _employers_bodies(msgs, lambda body: body + signature, who=who)


def _employers_bodies(msgs, change, *, who="all"):
    """``msgs`` with ``change(body)`` for the plain body of every employer's mail (not the person's own, not the
    negatives; ``who``: "all", "people" or "systems", by the sender's display name).  Returns a new list."""
    import copy
    import email.utils

    from offerkit._io.mail_names import _is_person
    from offerkit._io.mail_senders import _FREEMAIL

    out = []
    for msg, truth in msgs:
        msg = copy.deepcopy(msg)
        own = "Sent" in str(msg.get("X-Gmail-Labels", "")) or truth[1] in OWN_EVENTS
        display, address = email.utils.parseaddr(str(msg["From"]))
        person = _is_person(display, address) if who != "all" else True
        # (a business writing from its own free mailbox, "The Quay Street Kitchen <quaystreetkitchen@gmail.com>",
        # writes by hand as a person does: no system's footer under it)
        system = not person and address.rsplit("@", 1)[-1].lower() not in _FREEMAIL
        chosen = {"all": True, "people": person, "systems": system}[who]
        if (
            truth[0] != "skip"
            and not own
            and chosen
            and not msg.is_multipart()
            and msg.get_content_type() == "text/plain"
        ):
            body = msg.get_content()
            for name in ("Content-Type", "Content-Transfer-Encoding", "MIME-Version"):
                del msg[name]
            msg.set_content(change(body))
        out.append((msg, truth))
    return out


def rewrapped(msgs, width=72):
    """``msgs`` with every plain body hard-wrapped at ``width`` characters, as many mail programs send plain text
    (a phrase can be broken over two lines).  Returns a new list."""
    import copy
    import textwrap

    out = []
    for msg, truth in msgs:
        msg = copy.deepcopy(msg)
        if not msg.is_multipart() and msg.get_content_type() == "text/plain":
            body = msg.get_content()
            for name in ("Content-Type", "Content-Transfer-Encoding", "MIME-Version"):
                del msg[name]
            msg.set_content(
                "\n".join(textwrap.fill(line, width) if line.strip() else line for line in body.split("\n"))
            )
        out.append((msg, truth))
    return out


def tagged(msgs, tag="[EXTERNAL] "):
    """``msgs`` with ``tag`` before the subject of all mail but the person's own, as a company's mail server marks
    mail from outside.  Returns a new list."""
    import copy

    out = []
    for msg, truth in msgs:
        msg = copy.deepcopy(msg)
        if "Sent" not in str(msg.get("X-Gmail-Labels", "")) and truth[1] not in OWN_EVENTS:
            subject = str(msg["Subject"])
            del msg["Subject"]
            msg["Subject"] = tag + subject
        out.append((msg, truth))
    return out


#: The person's own steps (their mail, not an employer's).
OWN_EVENTS = ("thank_you", "follow_up", "withdrew", "accepted", "declined")


def unsubscribable(msgs):
    """``msgs`` with a ``List-Unsubscribe`` header on the employers' automated mail (a tracking system's or a job
    site's, or a role address's: "careers@", "no-reply@"), as bulk senders now add it.  Returns a new list."""
    import copy
    import email.utils

    from offerkit._io.mailbox import _ATS_SET, _ROLE_ADDRESS, _under

    out = []
    for msg, truth in msgs:
        msg = copy.deepcopy(msg)
        address = email.utils.parseaddr(str(msg["From"]))[1].lower()
        automated = _under(address.rsplit("@", 1)[-1], _ATS_SET) or _ROLE_ADDRESS.match(address.split("@")[0])
        if truth[0] != "skip" and truth[1] not in OWN_EVENTS and automated:
            msg["List-Unsubscribe"] = "<mailto:unsubscribe@bounce.example.com?subject=unsubscribe>"
        out.append((msg, truth))
    return out


#: The quoted history a reply carries as Outlook writes it in German, French, Spanish, Dutch and Italian (its
#: headers in the account's language), quoting an earlier mail whose words would read as another step.
QUOTES = [
    "\n\n________________________________\nVon: Recruiting <jobs@earlier.example>\nGesendet: Montag, 6. Oktober 2025 "
    "10:12\nAn: {to}\nBetreff: Ihre Bewerbung\n\n",
    "\n\n________________________________\nDe : Recrutement <jobs@earlier.example>\nEnvoyé : lundi 6 octobre 2025 "
    "10:12\nÀ : {to}\nObjet : Votre candidature\n\n",
    "\n\n________________________________\nDe: Reclutamiento <jobs@earlier.example>\nEnviado el: lunes, 6 de "
    "octubre de 2025 10:12\nPara: {to}\nAsunto: Tu candidatura\n\n",
    "\n\n________________________________\nVan: Recruitment <jobs@earlier.example>\nVerzonden: maandag 6 oktober "
    "2025 10:12\nAan: {to}\nOnderwerp: Uw sollicitatie\n\n",
    "\n\n________________________________\nDa: Selezione <jobs@earlier.example>\nInviato: lunedì 6 ottobre 2025 "
    "10:12\nA: {to}\nOggetto: La tua candidatura\n\n",
]
#: What the quoted mail says: a no and a withdrawal, in every language the reader knows.
QUOTED_TEXT = (
    "We regret to inform you that we will not be moving forward. Leider haben wir uns für einen anderen Kandidaten "
    "entschieden. I have accepted another offer and would like to withdraw my application."
)


def quoting(msgs):
    """``msgs`` with a quoted history under the plain body of every mail of an application (the person's own and
    the employers'), its headers in Outlook's other languages in turn (:data:`QUOTES`).  Returns a new list."""
    import copy

    out = []
    for i, (msg, truth) in enumerate(msgs):
        msg = copy.deepcopy(msg)
        if truth[0] != "skip" and not msg.is_multipart() and msg.get_content_type() == "text/plain":
            body = msg.get_content()
            for name in ("Content-Type", "Content-Transfer-Encoding", "MIME-Version"):
                del msg[name]
            quote = QUOTES[i % len(QUOTES)].format(to=str(msg["To"]))
            msg.set_content(body + quote + QUOTED_TEXT)
        out.append((msg, truth))
    return out


#: How tracking systems and careers sites name an employer in a sender's display name.
DISPLAY_NAMES = ["{} Recruiting", "{} Hiring Team", "Careers at {}", "{} via Greenhouse", "The {} Talent Team"]


def renamed(msgs):
    """``msgs`` with the display name of every automated employer mail that names its company (a tracking system's,
    a job site's or a role address's: "Acme <no-reply@greenhouse.io>") written as other systems write it ("Acme
    Recruiting", "Careers at Acme", "Acme via Greenhouse", ...; :data:`DISPLAY_NAMES` in turn).  Returns a new
    list."""
    import copy
    import email.utils

    from offerkit._io.mailbox import _ATS_SET, _ROLE_ADDRESS, _under, company_key

    out = []
    for i, (msg, truth) in enumerate(msgs):
        msg = copy.deepcopy(msg)
        name, address = email.utils.parseaddr(str(msg["From"]))
        automated = _under(address.lower().rsplit("@", 1)[-1], _ATS_SET) or _ROLE_ADDRESS.match(address.split("@")[0])
        if truth[0] != "skip" and truth[1] not in OWN_EVENTS and automated and company_key(name) == truth[0]:
            del msg["From"]
            msg["From"] = email.utils.formataddr((DISPLAY_NAMES[i % len(DISPLAY_NAMES)].format(name), address))
        out.append((msg, truth))
    return out


def encoded_headers(msgs):
    """``msgs`` with every subject and display name written as RFC 2047 encoded words (``=?UTF-8?B?...?=``), as
    many systems send any header, ASCII or not.  Returns a new list."""
    import copy
    import email.header
    import email.utils

    def enc(text, header):  # folded encoded words, stored raw (the message's policy keeps short raw lines as they are)
        return email.header.Header(text, "utf-8", header_name=header).encode(linesep="\n") if text else text

    out = []
    for msg, truth in msgs:
        msg = copy.deepcopy(msg)
        subject = str(msg["Subject"] or "")
        name, address = email.utils.parseaddr(str(msg["From"]))
        raw = {"subject": enc(subject, "Subject"), "from": f"{enc(name, 'From')}\n <{address}>" if name else address}
        msg._headers = [(k, raw.get(k.lower(), v)) for k, v in msg._headers]
        out.append((msg, truth))
    return out


def surnames_first(msgs):
    """``msgs`` with a person's display name written "Last, First" (a company directory's form in Outlook: "Blake,
    Karen" <karen.blake@...>) on every mail from a person.  Returns a new list."""
    import copy
    import email.utils

    from offerkit._io.mailbox import company_key

    out = []
    for msg, truth in msgs:
        msg = copy.deepcopy(msg)
        name, address = email.utils.parseaddr(str(msg["From"]))
        words = name.lower().split()
        local = address.split("@")[0].lower()
        person = len(words) == 2 and company_key(name) != truth[0]
        if person and local in {f"{words[0]}.{words[1]}", f"{words[0]}{words[1]}", f"{words[0][0]}{words[1]}"}:
            del msg["From"]
            first, last = name.split()
            msg["From"] = email.utils.formataddr((f"{last}, {first}", address))
        out.append((msg, truth))
    return out


def undisclosed(msgs):
    """``msgs`` with the automated employer mail (a tracking system's, a role address's) sent to
    "undisclosed-recipients:;" (a bulk sender's Bcc).  Returns a new list."""
    import copy
    import email.utils

    from offerkit._io.mailbox import _ATS_SET, _ROLE_ADDRESS, _under

    out = []
    for msg, truth in msgs:
        msg = copy.deepcopy(msg)
        address = email.utils.parseaddr(str(msg["From"]))[1].lower()
        automated = _under(address.rsplit("@", 1)[-1], _ATS_SET) or _ROLE_ADDRESS.match(address.split("@")[0])
        if truth[1] not in OWN_EVENTS and automated:
            del msg["To"]
            msg["To"] = "undisclosed-recipients:;"
        out.append((msg, truth))
    return out


def redated(msgs):
    """``msgs`` with every Date header in another program's form, in turn: a zone's name after the offset ("+0200
    (CEST)"), no day name, "GMT" for "+0000" after moving the time to UTC, a one-digit day.  Returns a new list."""
    import copy
    import email.utils

    out = []
    for i, (msg, truth) in enumerate(msgs):
        msg = copy.deepcopy(msg)
        raw = str(msg["Date"])
        when = email.utils.parsedate_to_datetime(raw)
        form = i % 4
        if form == 0:
            new = raw + " (CEST)"
        elif form == 1:
            new = raw.split(", ", 1)[-1]
        elif form == 2:
            new = email.utils.format_datetime(when.astimezone(__import__("datetime").timezone.utc), usegmt=True)
        else:
            new = f"{when:%a}, {when.day} {when:%b %Y %H:%M:%S %z}"
        del msg["Date"]
        msg["Date"] = new
        out.append((msg, truth))
    return out


def _rebodied(msgs, rebody, *, skip_own=False):
    """``msgs`` with every plain-text mail of an application (but the person's own under Gmail's Sent label, when
    ``skip_own``) given a new body by ``rebody(msg, body)``, its old content headers removed first.  Returns a new
    list."""
    import copy

    out = []
    for msg, truth in msgs:
        own = "Sent" in str(msg.get("X-Gmail-Labels", ""))
        msg = copy.deepcopy(msg)
        if (
            truth[0] != "skip"
            and not (skip_own and own)
            and not msg.is_multipart()
            and msg.get_content_type() == "text/plain"
        ):
            body = msg.get_content()
            for name in ("Content-Type", "Content-Transfer-Encoding", "MIME-Version"):
                del msg[name]
            rebody(msg, body)
        out.append((msg, truth))
    return out


def html_quoting(msgs):
    """``msgs`` with the plain body of every mail of an application sent as HTML only, with Gmail's quoted history
    under it (``<div class="gmail_quote">On ... wrote:<blockquote>``, quoting :data:`QUOTED_TEXT`), as Gmail on
    the web writes a reply.  Returns a new list."""
    import html

    def rebody(msg, body):
        paragraphs = "".join(f"<div>{html.escape(p)}</div><div><br></div>" for p in body.split("\n"))
        quote = (
            '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Mon, Oct 6, 2025 at 10:12 AM '
            'Recruiting &lt;jobs@earlier.example&gt; wrote:<br></div><blockquote class="gmail_quote" '
            f'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204)">{QUOTED_TEXT}</blockquote>'
            "</div>"
        )
        msg.set_content(f'<div dir="ltr">{paragraphs}</div><br>{quote}', subtype="html")

    return _rebodied(msgs, rebody)


def html_templated(msgs):
    """``msgs`` with every application mail but the person's own sent as HTML only, laid out as tracking systems
    lay theirs out: a hidden preheader repeating the first sentence, nested layout tables, a logo, a paragraph per
    block of text, a "View your application" button, and a small-print footer.  Returns a new list."""
    import html

    def rebody(msg, body):
        first = body.strip().split("\n")[0]
        blocks = "".join(
            f'<p style="margin:0 0 16px 0">{"<br>".join(html.escape(line) for line in block.split(chr(10)))}</p>'
            for block in body.strip().split("\n\n")
        )
        page = (
            '<!DOCTYPE html><html><head><meta charset="utf-8"><style>p{color:#333333}</style></head><body>'
            '<div style="display:none;max-height:0;overflow:hidden">'
            f"{html.escape(first)}{'&zwnj;&nbsp;' * 20}</div>"
            '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">'
            '<table role="presentation" width="600"><tr><td style="padding:24px 0">'
            '<img src="https://cdn.example/logo.png" alt="Logo" width="120"></td></tr>'
            f'<tr><td style="padding:24px;font-family:Arial,sans-serif;font-size:15px">{blocks}</td></tr>'
            '<tr><td style="padding:0 24px 24px"><a href="https://careers.example/candidate/home" '
            'style="background:#0057b8;color:#ffffff;padding:12px 20px;text-decoration:none">View your '
            "application</a></td></tr>"
            '<tr><td style="padding:24px;font-size:11px;color:#999999">Please do not reply to this email. '
            "Questions? Visit our help centre.</td></tr></table></td></tr></table></body></html>"
        )
        msg.set_content(page, subtype="html")

    return _rebodied(msgs, rebody, skip_own=True)


def plain_stubbed(msgs):
    """``msgs`` with every application mail but the person's own sent as ``multipart/alternative`` whose plain part
    is only a stub ("This message contains HTML content ...") and whose HTML part holds the text, as some tracking
    systems send it.  Returns a new list."""
    import html

    def rebody(msg, body):
        msg.set_content("This message contains HTML content. Please view it in an HTML-capable email client.\n")
        paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in body.split("\n\n"))
        msg.add_alternative(f"<html><body>{paragraphs}</body></html>", subtype="html")

    return _rebodied(msgs, rebody, skip_own=True)


def attached(msgs, filename="Job_Description.pdf"):
    """``msgs`` with every application mail carrying a small PDF attachment named ``filename`` (a job description,
    a benefits overview: no step's name).  Returns a new list."""
    import copy

    out = []
    for msg, truth in msgs:
        msg = copy.deepcopy(msg)
        if truth[0] != "skip" and not msg.is_multipart() and msg.get_content_type() == "text/plain":
            msg.add_attachment(
                b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", maintype="application", subtype="pdf", filename=filename
            )
        out.append((msg, truth))
    return out


def crlf(msgs):
    """``msgs`` with every application mail's text written with Windows line ends (``\\r\\n``), as some
    Outlook exports keep them inside the body.  Returns a new list."""
    return _rebodied(msgs, lambda msg, body: msg.set_content(body.replace("\n", "\r\n"), cte="base64"))
