"""The mailbox as one more reader (definitions §3.6, issue #24): a job search read from the emails themselves, offline.

Inputs: an mbox (a Google Takeout ``All mail Including Spam and Trash.mbox``
or any other), a folder of ``.eml`` files, a single ``.eml``, or a ``.zip``
of either.  Messages are read one at a time (``mailbox.mbox`` keeps only a
table of contents; a zip's mbox is copied to a temporary file piece by
piece), with a ``tqdm`` progress bar on long mailboxes.

Which messages matter is decided by rules, never a model and never the
network:

* **skipped, counted by kind**: job alerts, "your application was viewed"
  notices, recruiters' cold outreach, newsletters (a ``List-Unsubscribe``
  header without an application phrase);
* **employer events** by phrase, in English, German, French and Spanish,
  checked in this order: rejection, offer, onsite/final, interview (an
  assessment is an interview round, definitions §3.2), screen, "still reviewing"
  (a reply), application received (applied); a sender on an
  application-tracking system's domain (Greenhouse, Lever, Workday, Ashby,
  SmartRecruiters, iCIMS, SuccessFactors, Taleo, Workable, Teamtailor,
  Personio, Jobvite, LinkedIn, Indeed, ...) raises the confidence;
* **the person's own mail** (From the owner's address, or Takeout's
  ``Sent`` label): thank-you notes, follow-ups and withdrawals.

The company comes from the subject or body ("Thank you for applying to
Acme", "Ihre Bewerbung bei Acme"), else the sender's display name ("Acme
Recruiting"), else a Workday tenant or the sender's own domain; names are
compared without legal suffixes ("Zillow" and "Zillow Group" meet).  A
message that names no company takes its thread's (``In-Reply-To``,
``References``, ``X-GM-THRID``).  Each event is dated by the message's
``Date`` header in the person's time zone (``tz``, default the machine's).

The result is an event log with, per row, the rule that fired, a confidence,
the sender, the subject and the Message-ID, for the user to review
(``offerkit mail MBOX --out FILE.csv``); mail bodies are never kept.

One module for each part of the reading: :mod:`.mail_files` (the files a mailbox comes in, read in the order
sent), :mod:`.mail_text` (a mail's words, headers and day), :mod:`.mail_names` (which employer a mail is about),
:mod:`.mail_senders` (the domains of tracking systems, job sites and free mail), :mod:`.mail_skips` (the mail that
is no application, by kind), :mod:`.mail_steps` (an employer's steps by phrase), :mod:`.mail_own` (the person's own
mail by phrase), :mod:`.mail_rules` (the patterns the reading asks of a mail's words: conditions, signatures,
calendars, subjects, attachments, labels, and :func:`~.mail_rules.first_rule`); this one reads each message in turn
and gathers the event log.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import email
import email.errors
import email.header
import email.parser
import email.utils
import mailbox as _mailbox
import os
import re
import zipfile
from pathlib import Path

import pandas as pd

from .._core.errors import DataError
from .mail_agencies import _AGENCY, _CLIENT, _CLIENT_NOUN, _submits_to_client
from .mail_domains import _abbreviated_by, _company_domain, _domain_name, _is_board
from .mail_files import (
    Recipients,
    _messages,
    is_mailbox,
)
from .mail_keys import _NAME_ENDINGS, company_key
from .mail_names import (
    _ACCOUNT,
    _CLIENT_LABEL,
    _COMPETITION_TITLE,
    _CUSTOMER_ADDRESS,
    _DASHED_TITLE,
    _PERSON,
    _PROGRAM,
    _ROLE,
    _ROLE_ADDRESS,
    _SCHEDULERS,
    _SUBJECT_ROLE,
    _TITLE_NAMED,
    _UNDER_REVIEW,
    _abbreviation_closed,
    _clean_role,
    _client_named_later,
    _company_from,
    _document_title,
    _domain_role_company,
    _greets,
    _in_address,
    _is_person,
    _job_codes,
    _labelled_codes,
    _named_company,
    _named_submission,
    _one_company,
    _role_words,
    _same_role,
    _signer_company,
    _subject_title,
    _unshouted,
)
from .mail_own import (
    _FOLLOW_UP_RULES,
    _INFORMAL_YES,
    _MET,
    _PAST_MEETING,
    _PROMO,
    _THANKS_FOR_INVITATION,
    OWN_RULES,
)
from .mail_roles import (
    _ROLE_TITLE,
    _is_role,
)
from .mail_rules import (
    _AGENCY_SUBMISSION,
    _ANSWERS_YOU,
    _BULK_SENDER,
    _CONTEXT,
    _EXTERNAL_TAG,
    _GENERIC_INTERVIEW,
    _INTERVIEW_NOUN,
    _INTERVIEWERS,
    _JOB_CONTEXT,
    _JOB_WORDS,
    _LAST_STEP,
    _NAMED_SCREEN,
    _NAMED_TEST,
    _OFFER_SUBJECT,
    _ONBOARDING,
    _PITCH,
    _RECRUITER_VOICE,
    _REPLY_SUBJECT,
    _ROUNDLESS_CALL,
    _SCHEDULING,
    _SCREEN_RULES,
    _STEP_ORDER,
    _SUBMISSION_CONTEXT,
    _TASK,
    _TEST_WORDS,
    _UNSUBSCRIBE,
    _VALEDICTION_LINE,
    _YOUR_APPLICATION,
    ATTACHMENT_RULES,
    SUBJECT_RULES,
    _attachments,
    _brings_interviewers,
    _calendar,
    _sent_label,
    _without_footer,
    _without_signature,
    first_rule,
)
from .mail_same import (
    _initials_spelled,
    _institution_named,
    _same_company,
    _signed_in_full,
)
from .mail_senders import (
    _ATS_SET,
    _ESIGN_SET,
    _FREEMAIL,
    _under,
)
from .mail_skips import (
    _SCAM_ASK,
    SKIP_RULES,
)
from .mail_steps import (
    _COMPLETE_TEST,
    _RECEIPT,
    _SENT_TO,
    _SORRY_ALONE,
    EVENT_RULES,
    _waits,
)
from .mail_text import (
    _FORWARD_SUBJECT,
    _PLAIN,
    _address,
    _address_header,
    _base_address,
    _forwarded,
    _header,
    _local_date,
    _name_first,
    _text,
)
from .phrases import _I

__all__ = ["MailReading", "is_mailbox", "read_mailbox"]

MAIL_COLUMNS = [
    "candidate",
    "application_id",
    "company",
    "role",
    "event",
    "date",
    "confidence",
    "rule",
    "sender",
    "subject",
    "message_id",
]


@dataclasses.dataclass
class MailReading:
    """What :func:`read_mailbox` found: the events, and the messages skipped by kind."""

    events: pd.DataFrame
    messages: int
    skipped: dict
    notes: list

    def summary_line(self) -> str:
        skipped = ", ".join(f"{n} {k}" for k, n in sorted(self.skipped.items(), key=lambda kv: -kv[1]))
        apps = self.events["application_id"].nunique() if len(self.events) else 0
        return (
            f"read as a mailbox: {self.messages} message(s), {len(self.events)} event(s) of {apps} application(s)"
            + (f"; skipped: {skipped}" if skipped else "")
        )


def read_mailbox(path, *, owner=None, tz=None, progress=None) -> MailReading:
    """Read a mailbox into an event log (see the module docstring for the rules).

    Parameters
    ----------
    path : str or path
        An mbox, an ``.eml``, a folder of ``.eml`` files or a ``.zip`` of either.
    owner : str, optional
        The person's address(es), comma-separated: their own mail (thank-you
        notes, follow-ups, withdrawals).  Without it, Takeout's ``Sent``
        label marks the person's own mail.
    tz : str, optional
        The person's time zone for the messages' dates (default: this machine's).
    progress : bool, optional
        A ``tqdm`` progress bar (default: for mailboxes of over 2,000 messages).

    Returns
    -------
    MailReading
    """
    tz = tz or _local_zone()
    owners = {_base_address(a.strip().lower()) for a in str(owner).split(",") if a.strip()} if owner else set()
    rows, skipped, threads, messages, ids = [], {}, {}, 0, set()
    iterator = _messages(path)
    bar = None
    big = Path(path).is_file() and os.path.getsize(path) > 20_000_000
    if progress or (progress is None and big):
        try:
            from tqdm.auto import tqdm

            # (counted by hand: the export's recipients, read before its first message, are no message)
            bar = tqdm(desc="reading mail", unit=" messages", mininterval=1.0)
        except ImportError:  # pragma: no cover - tqdm comes with the notebook tools
            pass
    try:
        for msg in iterator:
            if isinstance(msg, Recipients):  # the whole export's recipients, counted before its first message
                counted = threads.setdefault(("to recipients",), Recipients(threads.setdefault(("to counts",), {})))
                counted.merge(msg)
                threads[("to top",)] = max(counted.counts.items(), key=lambda kv: kv[1])
                threads[("to counted",)] = True
                continue
            messages += 1
            if bar is not None:
                bar.update(1)
            message_id = _header(msg, "Message-ID").strip()
            if message_id:
                # one message in two files (a Takeout export by label: "Inbox.mbox" and "Important.mbox"; a folder
                # exported twice) is read once
                if message_id in ids:
                    skipped["duplicate"] = skipped.get("duplicate", 0) + 1
                    continue
                ids.add(message_id)
            row = _read_one(msg, owners, tz, threads, skipped)
            if row is not None:
                rows.append(row)
    except (OSError, _mailbox.Error, zipfile.BadZipFile, UnicodeError) as exc:
        raise DataError(
            f"{path}: this mailbox cannot be read ({type(exc).__name__}: {exc}). Export it again as an "
            "mbox (Google Takeout: Mail) or as .eml files."
        ) from None
    finally:
        if bar is not None:
            bar.close()
    if messages == 0:
        raise DataError(
            f"{path}: no mail messages in it (an mbox starts with a 'From ' line; .eml files are one message "
            "each). Export the mail again as an mbox (Google Takeout: Mail; Apple Mail: Export Mailbox) or as "
            ".eml files."
        )
    events = pd.DataFrame(rows, columns=MAIL_COLUMNS)
    notes = []
    if len(events):
        events = events.sort_values(["date", "application_id"], kind="stable").reset_index(drop=True)
        # one spelling per employer, its fullest ("Helix" from an early mail, "Helix Technologies" from a later one)
        spelled = {**threads.get(("names",), {}), **threads.get(("fuller names",), {})}
        # (and a name a job site writes in capitals, "TURIA INDUSTRIAL SA", as its words are usually written)
        events["company"] = [_unshouted(spelled.get(company_key(c), c)) for c in events["company"]]
        # an application has one screen, one final round, one offer and one answer to it (definitions §3.2: an
        # interview may repeat); a later mail about one already read (a call moved, a calendar's reminder, an
        # e-signature request for the offer made on the phone) is no new step
        events = _assessment_day_before_the_final(events)
        again = (
            (events["event"].isin(_ONCE) & events.duplicated(["application_id", "event"]))
            | _booked_again(events)
            | _asked_then_submitted(events)
        )
        if again.any():
            skipped["repeated step"] = skipped.get("repeated step", 0) + int(again.sum())
            events = events[~again].reset_index(drop=True)
    return MailReading(events=events, messages=messages, skipped=skipped, notes=notes)


def _asked_then_submitted(events):
    """Which rows of ``events`` are a staffing recruiter's request for the right to represent the person ("Are you okay
    with me submitting you to Leidos? I need your right to represent") that the same recruiter's submission to that
    client follows within three days ("you've been submitted to Leidos"): one application, sent when submitted (alone,
    the request is read as the application, as the recruiter sends it once the person says yes).  The rows of the
    request's application are given the submission's (``events`` is changed in place)."""
    asked = (events["event"] == "applied") & events["rule"].str.contains(r"right to represent|\brtr\b", na=False)
    out = pd.Series(False, index=events.index)
    for i in events.index[asked]:
        later = events[
            # (by its name: the request held the client under the agency's name until the submission named it)
            (events["company"] == events.at[i, "company"])
            & (events["event"] == "applied")
            & (events["sender"] == events.at[i, "sender"])
            & (events.index > i)
            & ((events["date"] - events.at[i, "date"]).dt.days.between(0, 3))
            & ~events["rule"].str.contains(r"right to represent|\brtr\b", na=False)
        ]
        if len(later):
            out[i] = True
            # (and the rows held under the request's application, the client named later, are the submission's)
            events.loc[events["application_id"] == events.at[i, "application_id"], "application_id"] = later[
                "application_id"
            ].iloc[0]
    return out


def _booked_again(events):
    """Which rows of ``events`` are a scheduling tool's booking of an interview round already read a day before or the
    same day (a calendar's invitation, then Calendly's "Confirmed: Portfolio Review between ..."): a round may repeat
    (definitions §3.2), but one round's two notices are one step."""
    booked = (events["event"] == "interview") & events["sender"].str.contains(_SCHEDULERS, na=False)
    out = pd.Series(False, index=events.index)
    for i in events.index[booked]:
        earlier = events[
            (events["application_id"] == events.at[i, "application_id"])
            & (events["event"] == "interview")
            & (events.index < i)
            & ((events.at[i, "date"] - events["date"]).dt.days.between(0, 1))
        ]
        out[i] = len(earlier) > 0
    return out


def _assessment_day_before_the_final(events):
    """``events`` with an assessment centre read as the final round turned into an interview round where a later mail
    of its application names the final round ("Virtual Assessment Centre", then "Final Stage: Partner Interview"):
    SPEC 3.2's onsite is the final round, and an assessment day is one only when nothing follows it."""
    onsite = events.index[events["event"] == "onsite"]
    if len(onsite) < 2:
        return events
    for _, rows in events.loc[onsite].groupby("application_id", sort=False):
        if (
            len(rows) > 1
            and _ASSESSMENT_DAY.search(rows["rule"].iloc[0].split(";", 1)[0])
            and any(re.search(r"\bfinal\b", rule.split(";", 1)[0]) for rule in rows["rule"].iloc[1:])
        ):
            first = rows.index[0]
            events.loc[first, "event"] = "interview"
            events.loc[first, "rule"] = (
                "interview (an assessment day before the final round): " + events.loc[first, "rule"].split(": ", 1)[-1]
            )
    return events


#: The person asking for more once an offer is made ("Is there any flexibility on the base?", "a counter-offer").
_NEGOTIATES = re.compile(
    r"\b(?:any )?flexibility (?:on|in|with|around)\b|\bis there (?:any )?(?:room|wiggle room)\b|\bcounter[- ]?offer\b|"
    r"\bcould you (?:match|go to|do)\b[^.?\n]{0,30}\d|\bcompeting (?:offer|conversation|process)\b|\bnegotiat\w*"
)


#: A survey's question about a round, not a step ("How was your interview experience?").
_ASKS_ABOUT_A_ROUND = re.compile(
    r"\bhow (?:did|was|were) (?:your|the) (?:interviews?|interview experience)\b|\binterview experience\b|"
    r"\brate (?:your|the) interview\b"
)


#: A waiting list or a ranking, after an application's review ("placed you on our interview waitlist").
_WAITING_LIST = re.compile(r"wait ?list|waiting list|rank(?:ing)? list")


def _call_with_interviewer(low) -> bool:
    """Whether a lower-case mail names a call with someone to be interviewed by ("a 30 min Teams call with their FD,
    Mark Doyle"), the words right after its "call with".

    >>> _call_with_interviewer("a 30 min teams call with their fd, mark doyle, on monday"), _call_with_interviewer(
    ...     "a quick call with me this week")
    (True, False)
    """
    return any(
        _INTERVIEWERS.search(low[m.end() : m.end() + 40])
        for m in re.finditer(r"\bcall with (?=the |their |our |its )", low)
    )


#: A call named as the first one ("Intro Call", "introductory call", "initial call"): a screen, whenever it comes.
_FIRST_CALL = re.compile(r"\b(?:intro|introductory|initial) (?:phone |video |zoom |teams )?(?:call|chat)\b")
#: An assessment day's rule: the final round when nothing follows it, a round before the final one when a later mail
#: names that.
_ASSESSMENT_DAY = re.compile(r"assessment[- ]?(?:centre|center|day)", _I)
#: The steps an application takes once.
_ONCE = ("screen", "onsite", "offer", "accepted", "declined", "withdrew")


def _welcomed(match) -> bool:
    """Whether an event rule's match is only a welcome ("welcome aboard"), no offer's word."""
    return match is not None and match.group(0) == "welcome aboard"


def _local_zone():
    try:
        return dt.datetime.now().astimezone().tzinfo
    except (OSError, ValueError):  # pragma: no cover
        return None


#: Newsletter platforms: their mail is a publication, whoever signs it.
_BULK_DOMAINS = (
    "substack.com",
    "beehiiv.com",
    "mailchimp.com",
    "mcsv.net",
    "convertkit.com",
    "medium.com",
    "ghost.io",
    "buttondown.email",
    "mailerlite.com",
    "sendinblue.com",
    "hubspotemail.net",
)


_BULK_SET = frozenset(_BULK_DOMAINS)


#: A bar of three or more links on a line of its own, after the subject ("careers home | job alerts | my
#: applications"): a portal's navigation, not the mail's words.
_LINK_BAR = re.compile(r"(?m)(?<=\n)[ \t]*[^\n|]{1,40}(?:\|[^\n|]{1,40}){2,}[ \t]*$")


def _without_link_bars(low) -> str:
    """``low`` without its bars of links (the subject, its first line, is kept)."""
    return _LINK_BAR.sub("", low) if low.count("|") >= 2 else low


def _in_a_closing_paragraph(pattern, low) -> bool:
    """Whether the words ``pattern`` first finds in ``low`` are a closing paragraph's of their own (the last 400
    characters), after a step's words in the paragraphs before it: a footer's ask ("How did we do? Tell us about
    your candidate experience"), not the mail's."""
    m = pattern.search(low)
    line = low.rfind("\n", 0, m.start()) + 1
    before = low[:line]
    return (
        0 < line
        and len(low) - line <= 400
        and (
            first_rule(EVENT_RULES, before)[1] is not None
            or any(p.search(before[: before.find("\n")]) for _, p in SUBJECT_RULES)  # ("Interview - Data Analyst")
            or _waits(before)
            or bool(_AGENCY_SUBMISSION.search(before) or _submits_to_client(before))
        )
    )


#: A meeting service's invitation, sent by the service or pasted by the organiser, and the topic it gives.
_MEETING_INVITE = re.compile(
    r"inviting you to a scheduled zoom meeting|has invited you to (?:a )?(?:microsoft teams |teams |webex )?meeting|"
    r"microsoft teams meeting|join zoom meeting"
)
_MEETING_TOPIC = re.compile(
    r"(?:^|\n)\s*(?:topic|meeting topic|thema|sujet|tema|onderwerp)\s*:\s*([^\n]{3,120})|"
    r"has invited you to (?!a (?:microsoft teams |teams |webex )?meeting\b)([^.\n]{3,120})"
)
#: The meeting services' own senders: their name is no employer's.
_MEETING_SERVICE = re.compile(
    r"^(?:no-?reply@zoom\.us|no-?reply@(?:email\.)?teams\.microsoft\.com|(?:messenger|no-?reply)@webex\.com)$", _I
)

#: A meeting service's own word that a meeting is booked ("Your meeting has been scheduled", Google Calendar's
#: "You have been invited to the following event").
_MEETING_BOOKED = re.compile(
    r"your meeting (?:has been|is|was) (?:scheduled|booked|confirmed)|you have been invited to the following event"
)

#: Those applied: a refusal that speaks of them chose among them ("we will be pursuing other applicants").
_AMONG_APPLICANTS = re.compile(r"\b(?:applicants|candidates|candidats|candidatos|candidatas|bewerber)")


#: A round named as technical: "Fachgespräch", "technical interview", "entretien technique", "entrevista técnica".
_TECHNICAL_ROUND = re.compile(
    r"fachgespräch|fachinterview|technische[sn]? (?:gespräch|interview)|technical interview|entretien technique|"
    r"entrevista técnica"
)
#: A recruiter's signature line: "Recruiter, Brightwave", "Senior Technical Recruiter | Lumen".
_RECRUITER_SIGNS = re.compile(
    r"^[ \t]*(?:(?:senior|sr\.?|lead|technical|university|campus|corporate|executive) )*(?:recruiter|talent acquisition"
    r"(?: partner| specialist| manager)?|talent partner|recruiting (?:coordinator|partner|manager))\b",
    re.M,
)


def _invites_before(low, pattern) -> bool:
    """Whether ``low`` invites to a round (screen, interview, onsite) before the words ``pattern`` finds in it (or
    without them: a subject's "Invitation to an interview and reference check")."""
    name, m = first_rule(EVENT_RULES, low)
    found = pattern.search(low)
    return name in ("screen", "interview", "onsite") and m is not None and (found is None or m.start() < found.start())


def _names_a_step(low) -> bool:
    """Whether a mail names a step after an application ("Einladung zum Einstellungstest", "selected for
    indenture"); a lone "unfortunately" ("Unfortunately your cart expired") names none."""
    name, m = first_rule(EVENT_RULES, low)
    return name in ("screen", "interview", "onsite", "offer", "rejected") and not (
        name == "rejected" and _SORRY_ALONE.fullmatch(m.group(0))
    )


#: "applying for a ...", "your application for an ...": what follows names the thing applied for.
_A_THING_APPLIED_FOR = re.compile(r"\bappl(?:ying|ied|ication) for (?:a|an) ")
#: The first interview by name: "an initial interview", "initial phone interview".
_INITIAL_INTERVIEW = re.compile(r"\binitial (?:phone |telephone |hr |screening )?interview\b")


def _names_itself(company, subject, body) -> bool:
    """Whether the mail spells the name its sender gave ("Pinecone Labs - Product Designer" from pineconelabs.io): a
    new employer then, not an earlier application of the same title."""
    squeezed = re.sub(r"[^a-z0-9]", "", company.lower())
    return len(squeezed) >= 4 and squeezed in re.sub(r"[^a-z0-9]", "", f"{subject} {body[:3000]}".lower())


def _bulk(msg, address, body, *, header=True):
    """Mailing-list mail: a ``List-Unsubscribe`` header (unless ``header`` is false), a bulk sender ("newsletter@",
    a newsletter platform), or an unsubscribe line."""
    domain = address.rsplit("@", 1)[-1]
    return bool(
        (header and _header(msg, "List-Unsubscribe"))
        or _BULK_SENDER.match(address.split("@", 1)[0])
        or _under(domain, _BULK_SET)
        or _UNSUBSCRIBE.search(body[-1500:].lower())
    )


#: An interview's word, for a school's admission mail.
_INTERVIEW = re.compile(r"interview\w*|entrevista\w*|entretien\w*")
#: A display name's relay: "Dana Reyes via LinkedIn".
_VIA = re.compile(r"\s+via\s+.*$", _I)
#: A school's interview for a place, no job's: "la entrevista de admisión", "an admissions interview".
_ADMISSION_INTERVIEW = re.compile(
    r"(?:entrevista|interview|entretien|gespräch) (?:de |d'|for )?admis\w*|admissions? interview|"
    # (a school's "parent interview", a child's place)
    r"\b(?:parent|parents'?|family|student) interview"
)
#: An application for something that is no job ("Your employee housing application has been received", "your
#: application for the Chase Sapphire Preferred card"): not the job's, from whomever (a button's "View your
#: application" names nothing).
_OTHER_APPLICATION = re.compile(
    r"(?:housing|rental|lease|tenancy|apartment|residential|card|loan|credit) application|application (?:for|to) "
    r"(?!(?:the |a |an |our |this )?(?:[\w/-]+ ){0,4}(?:role|position|job|opening|vacancy|post)\b)"
)


def _name_in_full(threads, key, name) -> None:
    """Keep ``name`` as the application ``key``'s fuller name (given to all its rows at the end) when it is longer
    than the one kept."""
    fuller = threads.setdefault(("fuller names",), {})
    if len(name) > len(fuller.get(key, "")):
        fuller[key] = name


#: A meeting at the employer's own premises, which no screen is ("at their King Street office", "en sus oficinas",
#: "dans leurs locaux", "in ihrem Büro", "in person").
_AT_THEIR_OFFICE = re.compile(
    r"\b(?:at|in) (?:their|our) (?:[\w-]+ ){0,3}(?:office|offices|premises|headquarters|hq|site|store|clinic|plant)\b|"
    r"\bin[- ]person\b|\ben (?:sus|nuestras) (?:oficinas|instalaciones)\b|\bpresencial\b|"
    r"\bdans (?:leurs|nos) (?:locaux|bureaux)\b|\ben présentiel\b|\bin (?:ihrem|unserem|ihren|unseren) "
    r"(?:büro|büros|räumen|räumlichkeiten)\b|\bvor ort\b|"
    # ("¿podrías pasarte por el almacén de Alzira el martes 13 a las 17:00?")
    r"\b(?:pasarte|pasaros|pasarse|pásate|pasate|acercarte|acércate|venir|vente) (?:por|a) (?:el|la|los|las|al|"
    r"nuestr[ao]s?) (?:[\w-]+ ){0,2}(?:almacén|oficinas?|tienda|local|fábrica|nave|restaurante|hotel|clínica|taller|"
    r"sede|bodega|obra|planta)\b"
)
#: The person themselves put forward, which no one does but for a job ("I submitted you to Whitmore Kane LLP").
_PERSON_SUBMITTED = re.compile(
    r"\b(?:submitted|put|presented|introduced|represented|registered|recommended|proposed) you\b|"
    r"\byou(?:'re| are|'ve been| have been) (?:now |officially |formally )?submitted\b"
)
#: A recruiter's own posting for a client she does not name ("Thanks for applying to my Senior Data Engineer position.
#: My client is a fast-growing fintech"): the application is the client's, held under the agency's name until named.
_POSTED_FOR_CLIENT = re.compile(
    r"\b(?:my|our) client(?:,| is| here is)? (?:a|an|one of)\b|\b(?:mon|notre) client(?:,| est)? (?:une?|l'un)\b|"
    r"\b(?:mi|nuestro) cliente(?:,| es)? (?:una?)\b|\b(?:mein|unser) (?:kunde|mandant)(?:,| ist)? (?:eine?)\b"
)
#: A person's profile in the words of a consultant (a job's context where no job word is written: "ich habe Ihr
#: Profil heute an die Brenner Maschinenbau GmbH übermittelt" under the subject "Konstrukteur").
_PROFILE_SENT = re.compile(r"\b(?:ihr|ihre|ihren|dein|deine|votre|ton|tu|su) (?:profil|perfil)\b")


def _accepted_elsewhere(company, body) -> bool:
    """Whether the person's ``body`` names ``company`` only as the employer whose job they took ("I have accepted a
    position with Katy ISD and must withdraw my application").

    >>> _accepted_elsewhere("Katy ISD", "I have accepted a position with Katy ISD and must withdraw my application.")
    True
    >>> _accepted_elsewhere("Xero", "I've accepted an offer at Atlassian, so please withdraw me from the Xero process.")
    False
    """
    if not company or body.count(company) != 1:
        return False
    return bool(
        re.search(
            r"\b(?:accepted|taken|signed|accepting|taking) (?:a|an|another|the) (?:[\w-]+ ){0,3}(?:position|offer|role|job|"
            r"post|contract)(?: [\w-]+){0,4} (?:with|at|from|in) (?:the )?" + re.escape(company),
            body,
            _I,
        )
    )


def _seen_company(subject, body, display, address, threads, *, named=None):
    """Whether the mail's company already has an application in this mailbox (or its writer wrote about one).

    ``named`` is ``_company_from(subject, body, display, address, threads[("domains",)])`` when the caller has it
    already (the reader asks for both: one reading, not two)."""
    person = re.sub(r"\s+via\s+.*$", "", display, flags=_I).strip().lower()
    if person and person in threads.get(("persons",), {}):
        return True  # an agency recruiter writing from Gmail about the application she wrote about before
    if person and threads.get(("agency clients",), {}).get(person):
        # the recruiter who submitted the person to a client, writing again in a new mail with no word of
        # applications: "Angebot Otto" / "Otto möchte Ihnen ein Angebot machen"
        return True
    by_code = threads.get(("codes",))
    if by_code and any(code in by_code for code in _job_codes(f"{subject}\n{body[:3000]}")):
        return True  # a notice naming the announcement number of an application here
    company, how = named or _company_from(subject, body, display, address, threads.get(("domains",)))
    names = threads.get(("names",), {})
    own_domain = _company_domain(address)
    # (a client an agency named later is an application here too, held under the agency's name until the end:
    # "Offer Letter" from the client's own careers address, with an unsubscribe line)
    clients = threads.get(("client keys",), {})
    return (
        (
            bool(company)
            and (
                company_key(company) in names
                or company_key(company) in clients
                or bool(_same_company(company, names))
                or (how != "subject or body" and bool(_named_company(subject, "", names)))
            )
        )
        or bool(
            # arsd.k12.co.us: Aurora Ridge School District (a name read from the domain was tested above)
            own_domain and how not in ("sender's domain", "") and _domain_spells_applied(own_domain, names, threads)
        )
        or bool(
            # a job site's subject naming a company applied to that no cue of its own read: Kalibrr's "You have been
            # shortlisted by Island BPO Solutions", sent with its mailing list's header
            not company
            and _is_board(address.rsplit("@", 1)[-1].lower())
            and re.search(r"\b(?:you|your)\b", subject, _I)  # (the subject about the person, not "X salaries: ...")
            and _named_company(subject, "", names)
        )
    )


def _short_named(subject, names) -> str:
    """The one company applied to whose name a capitalised word of ``subject`` shortens ("Irwell" for Irwell Energy).

    >>> _short_named("Irwell - second stage", {"irwellenergy": "Irwell Energy", "pennine": "Pennine"})
    'Irwell Energy'
    """
    hits = {_same_company(w, names) for w in re.findall(r"\b[A-Z][\w&'-]{4,}", subject)} - {""}
    return hits.pop() if len(hits) == 1 else ""


def _domain_spells_applied(domain, names, threads):
    """``_same_company(_domain_name(domain), names)``, remembered per domain until a new company is applied to."""
    memo = threads.setdefault(("domain spells",), {})
    hit = memo.get(domain)
    if hit is None or hit[0] != len(names):
        hit = memo[domain] = (len(names), _same_company(_domain_name(domain), names))
    return hit[1]


#: Texting's short forms in a founder's or a recruiter's quick mail, and the words the rules know them by.
_SHORTHAND_WORDS = {
    "w/": "with",
    "ur": "your",
    "thx": "thanks",
    "tmrw": "tomorrow",
    "mins": "minutes",
    "min": "minute",
    "fwd": "forward",
    "mgr": "manager",
    "eng": "engineering",
    "sesh": "session",
    "walkthru": "walkthrough",
    "ppl": "people",
    "rn": "right now",
    "lmk": "let me know",
    "gonna": "going to",
    "wanna": "want to",
}
_SHORTHAND = re.compile(
    r"(?<![\w/@.-])(?:w/|(?:ur|thx|tmrw|mins?|fwd|mgr|eng|sesh|walkthru|ppl|rn|lmk|gonna|wanna)\b)(?![@/.]\w)"
)
#: ... and "u" for "you" after an English word only (Dutch writes "u" for the formal "you": "niet op u gevallen").
_SHORTHAND_YOU = re.compile(
    r"\b(can|will|would|could|are|do|did|for|with|to|about|meeting|meet|see|thank|love|have|if|when|tell|let|got|ask|"
    r"call|ping|hear|help|send|show) u\b(?![@/.]\w)"
)
#: ... found first with a cheap look (most mail has none).
_SHORTHAND_HINT = re.compile(r"\bw/|\b(?:u|ur|thx|tmrw|fwd|mgr|sesh|ppl|rn|lmk|gonna|wanna)\b")


def _in_full(low) -> str:
    """Lower-case ``low`` with texting's short forms written out ("chat w/ our eng manager + a live coding sesh", "can
    u do a 20 min zoom tmrw").

    >>> _in_full("can u do a 20 min zoom tmrw? chat w/ our eng mgr")
    'can you do a 20 minute zoom tomorrow? chat with our engineering manager'
    >>> _in_full("see www.u.example or mail u@x.example; plan b/w")
    'see www.u.example or mail u@x.example; plan b/w'
    >>> _in_full("helaas is onze keuze niet op u gevallen")  # (Dutch "u")
    'helaas is onze keuze niet op u gevallen'
    """
    if not _SHORTHAND_HINT.search(low):
        return low
    low = _SHORTHAND_YOU.sub(r"\1 you", low) if " u" in low else low
    return _SHORTHAND.sub(lambda m: _SHORTHAND_WORDS[m.group(0)], low)


def _recipient_wrote_of(msg, threads):
    """The company the person's own mail's recipient wrote about before (a recruiter's, or the one client an agency's
    consultant submitted the person to), or ``None``."""
    to_display = _address_header(msg, "To")[0].strip().lower()
    if not to_display:
        return None
    to_person = threads.get(("persons",), {}).get(to_display)
    clients = threads.get(("agency clients",), {}).get(to_display, ())
    if not to_person and len(clients) == 1:
        # ("please withdraw me from the Potomac Cyber process" to the recruiter who submitted her to that client
        # alone)
        (to_person,) = clients
    return to_person


def _read_one(msg, owners, tz, threads, skipped):
    subject = _EXTERNAL_TAG.sub("", re.sub(r"\s+", " ", _header(msg, "Subject").translate(_PLAIN)).strip())
    display, address = _address_header(msg, "From")
    address = address.lower()
    display = _name_first(display, address)
    labels = _header(msg, "X-Gmail-Labels").lower()
    # the mailbox's owner: given, or the address the received mail was delivered to (a Thunderbird or
    # Apple Mail export has no Gmail labels); the person's own mail is from that address
    delivered = threads.setdefault(("delivered to",), set())
    me = _base_address(address)  # ("tamika.jones+jobs@gmail.com" is delivered to tamika.jones@gmail.com)
    for name in ("Delivered-To", "X-Original-To", "Envelope-To"):
        to = _base_address(_address_header(msg, name)[1].lower())
        if to and to != me:
            delivered.add(to)
    # without those headers (a folder of .eml files saved from Outlook): the address most received mail is to
    to_counts = threads.setdefault(("to counts",), {})
    top = threads.get(("to top",), ("", 0))
    to_header = _header(msg, "To")
    recipients = (
        [_base_address(a.lower()) for _, a in email.utils.getaddresses([to_header]) if a]
        if "," in to_header or ";" in to_header
        else [_base_address(a.lower()) for a in [_address(to_header)[1]] if a]
    )
    if len(recipients) == 1 and recipients[0] != me and not threads.get(("to counted",)):
        n = to_counts[recipients[0]] = to_counts.get(recipients[0], 0) + 1
        if n > top[1]:
            top = threads[("to top",)] = (recipients[0], n)
    own = (
        me in owners
        or (not owners and me in delivered)
        or (not owners and not delivered and me == top[0] and top[1] >= 3)
        or _sent_label(labels)
    )
    body = _text(msg)
    forwarded = _forwarded(_text(msg, whole=True), address, own) if _FORWARD_SUBJECT.match(subject) else None
    if forwarded is not None:
        # "Fwd: Interview invitation" from the person's university address, or their own forward: the step is the
        # forwarded mail's, read as it arrived (its sender, subject, text and date)
        display, address, subject, body, forward_date = forwarded
        own = _base_address(address) in owners or _base_address(address) in delivered
        labels = ""
    calendar, subject, body = _calendar(msg, subject, body)
    # an invitation's title names both sides ("Lena Ferreira x Kiezkraft - Intro"): its sender names the employer
    # (but Google Calendar's own notice names no one: "Invitation: Pat Doe <> Tidewater Labs - Hiring Manager Interview"
    # names the employer beside the person)
    named_by = "" if calendar == "invitation" and not address.startswith("calendar-notification@") else subject
    if calendar == "change":
        # "Updated invitation: ... @ Fri Oct 17", "Canceled event:", "Accepted:": a step already read from its
        # invitation (or the person's own answer to it), not a new one
        skipped["calendar update"] = skipped.get("calendar update", 0) + 1
        return None
    memo = []

    def seen():  # whether the mail's company has an application here: asked up to four times, computed once
        if not memo:
            memo.append(_seen_company(named_by, body, display, address, threads, named=read_company()))
        return memo[0]

    company_read = []

    def read_company():  # the company the mail names and how (for others' mail): read when first asked, once (the
        # mail's reading changes nothing it depends on before its company is taken)
        if not company_read:
            company_read.append(_company_from(named_by, body, display, address, threads.setdefault(("domains",), {})))
        return company_read[0]

    text = f"{subject}\n{body}"  # the subject is a sentence of its own
    message_id = _header(msg, "Message-ID").strip()
    refs = " ".join(_header(msg, h) for h in ("In-Reply-To", "References")).split()
    thread = _header(msg, "X-GM-THRID").strip()
    if forwarded is not None:  # a forward starts a thread of its own: the forwarded mail's is not in it
        thread, refs = "", []
    known = next((threads[r] for r in [thread, *refs] if r and r in threads), None)
    date = _local_date(msg, tz)
    if forwarded is not None and forward_date is not pd.NaT:
        date = forward_date
    domain = address.rsplit("@", 1)[-1]
    ats = _under(domain, _ATS_SET)
    esign = _under(domain, _ESIGN_SET)  # (a lease comes through DocuSign as an offer does)
    domains = threads.setdefault(("domains",), {})
    low = _in_full(text.lower())  # the rules are lower case: one lowering instead of case-blind searches
    submitted = []

    def submission():  # an agency's submission to its client, by its usual words or by any sentence that says the
        # person's papers were sent to a client: looked for when first asked, once
        if not submitted:
            found = None
            if not own:
                # (a reply's subject repeats the thread's first words: "RE: Leidos - Systems Engineer - right to
                # represent" over "Leidos would like to schedule a technical interview" is no second submission)
                said = _in_full(body.lower()) if _REPLY_SUBJECT.match(subject) else low
                found = (
                    _AGENCY_SUBMISSION.search(said)
                    or _submits_to_client(said)
                    # (or to an employer it names, "Lindqvist & Berg now have your CV", not from a tracking system)
                    or ((_named_submission(body, subject, display, address) or (None,))[0] if not ats else None)
                )
            if found and not (
                _CLIENT_NOUN.search(low)
                # (the person sent, not their details: "I submitted you to Whitmore Kane LLP's corporate group")
                or _PERSON_SUBMITTED.search(found.group(0).lower())
                or _SUBMISSION_CONTEXT.search(low)
                or _PROFILE_SENT.search(low)
                or _AGENCY.search(domain.split(".")[0])  # (an agency's own domain: its mail is about jobs)
                # (or a job's title for its subject: "Responsable achats" over "Votre dossier est bien parti chez ...")
                or _is_role(re.sub(r"^(?:\s*(?:re|aw|wg|tr|sv|fwd?|antw)\s?:)+\s*", "", subject, flags=re.I))
            ):
                # a submission about a job: to a client, or beside a job's word ("your details have been passed to
                # Harbor Mutual Insurance" is a quote's, "your application has been forwarded to Riverside Animal
                # Shelter" an adoption's)
                found = None
            held = threads.get(("agency placeholders",), ())  # (an agency's own name, held for a client not named)
            applied = {k: v for k, v in threads.get(("names",), {}).items() if k not in held}
            if found and domain and _same_company(_domain_name(domain), applied):
                # an employer applied to passing the papers on within itself ("reviewed by Human Resources and
                # forwarded to the principal of Saguaro Middle School", from hr@dvusd.example): no agency's sending
                found = None
            submitted.append(found)
        return submitted[0]

    about_yours = bool(_YOUR_APPLICATION.search(low))
    if own:
        rules = OWN_RULES
    else:
        # (a portal's bar of links, "Careers Home | Job Alerts | My Applications", names no kind of mail)
        bare = _without_link_bars(low)
        for kind, pattern in SKIP_RULES:
            if not pattern.search(bare):
                continue
            if (
                kind == "job alert"
                and (
                    any(p.search(subject.lower()) for n, p in EVENT_RULES if n == "rejected")
                    or (
                        about_yours
                        and first_rule(EVENT_RULES, low)[0] in ("screen", "interview", "onsite", "offer", "rejected")
                    )
                    or (about_yours and _SENT_TO.search(low))
                    # "Thank you for applying ... Download our careers app to get job alerts": the alert's words in the
                    # second half of an employer's own mail about an application (a footer's), or after a step's
                    or (
                        (known or about_yours or seen() or (ats and not _is_board(domain)))
                        and (
                            pattern.search(bare).start() >= len(bare) // 2
                            # (a step's, not a receipt's thanks: "Thank you for your interest ... joining our Talent
                            # Community" is the sign-up)
                            or first_rule(EVENT_RULES, bare[: pattern.search(bare).start()])[0] not in ("", "applied")
                        )
                    )
                )
            ):
                # "Unfortunately ... new jobs for you": a step of your application that suggests other jobs; a job
                # site's receipt ("Application submitted ... The following items were sent to Sorrel Health") with
                # its "Jobs for you" footer
                continue
            if kind == "job scam" and (
                known or re.search(r"\b(?:never|not|no|don't|do not|won't|will not)\b[^.!?\n]{0,60}\bfees?\b", low)
            ):
                continue  # (an application's own thread; a footer's "we will never ask you to pay a processing fee")
            if kind == "cold outreach" and (known or about_yours or seen() or submission()):
                continue  # a recruiter of a company you applied to, writing about it
            if kind == "not a job application" and (
                (ats and not esign)
                or _is_board(domain)  # (a job site's mail is about a job: "interested in your application for
                # Leasing Agent")
                # (a school's mail about admission: its interviews are for a place, "Interview invitation: MBA program")
                or _JOB_WORDS.search(
                    _ADMISSION_INTERVIEW.sub("", low) if "admission" not in low else _INTERVIEW.sub("", low)
                )
                or submission()
                or (not _OTHER_APPLICATION.search(low) and seen())
            ):
                # (an apartment community applied to for a leasing consultant's job: "come by the leasing office
                # to meet our community manager"; but a resort's "Your employee housing application" is a flat's)
                continue
            if kind == "not about an application" and (ats or known or about_yours or submission()):
                continue
            if kind == "employment service" and (known or about_yours):
                continue
            read = first_rule(EVENT_RULES, low) if kind == "profile reminder" else ("", None)
            if read[0] in ("offer", "rejected", "onsite") and not _welcomed(read[1]):
                # ("complete your profile in our portal so we can send your offer letter": the offer; an agency's
                # "Welcome aboard! Finish your skills checklists" welcomes to its own books, no offer)
                continue
            if kind == "freelance platform" and (ats or known):
                continue  # (an employer's own tracking system writing about a job at a freelance marketplace)
            if kind == "personal" and (ats or known or seen() or submission()):
                continue  # (a recruiter of a company applied to: "how did the interview go? they'd like a second")
            if kind == "networking" and (
                known
                or first_rule(EVENT_RULES, low)[0] in ("offer", "rejected")
                or (seen() and not re.search(r"\binfo(?:rmational)? (?:interview|chat|call)", low))
            ):
                # an application's own thread, an answer that decides, or a coffee chat with a company applied to
                # (its recruiter's first call); an informational interview is networking wherever it comes from
                continue
            if kind == "interview practice" and (known or seen()):
                continue  # (an interview platform's own "try a free practice interview" names no application)
            if kind == "reference check" and (
                own
                # "the panel is still completing referee checks, so we won't advise outcomes until next week": a wait
                or ((known or seen()) and _waits(body.lower()))
                or first_rule(EVENT_RULES, low)[0] in ("offer", "rejected", "reply")
                or _OFFER_SUBJECT.search(subject.lower())
                # ("You are invited to an interview with the board on May 13; we will also conduct reference checks":
                # the invitation, named before the checks)
                or _invites_before(low, pattern)
            ):
                continue  # "our offer is subject to satisfactory reference checks": the offer
            if kind == "status notice" and first_rule(EVENT_RULES, low)[0] in (
                "screen",
                "interview",
                "onsite",
                "offer",
                "rejected",
            ):
                continue  # "your application status has changed: we have selected another candidate"
            if kind == "status notice" and not seen() and _RECEIPT.search(low):
                # the first mail of an application, a receipt that says where it went ("Thank you for applying ...
                # Your application has been forwarded to the hiring team")
                continue
            if (
                kind == "status notice"
                and _is_board(domain)
                and not seen()
                and re.search(r"\bapplication\b[^.\n]{0,80}\b(?:has been|was) (?:sent|submitted|delivered)", low)
            ):
                # a job site's first word of an application: "Your application for Backend Engineer II at Nilgiri
                # Fintech has been sent to the hiring team" (a later one, after the receipt, is a status notice)
                continue
            if (
                kind == "survey"
                and not _is_board(domain)  # a job site's "how was your interview?" is its survey
                and (ats or known or seen())
                and first_rule(EVENT_RULES, low)[0] in ("screen", "interview", "onsite", "offer", "rejected")
                # (not a survey about the round: "How was your interview experience? Please take our 3-minute survey")
                and not _ASKS_ABOUT_A_ROUND.search(low)
            ):
                continue  # "our online assessment, which includes ... a work style survey": the step, not a survey
            if kind == "survey" and (
                # (not a survey whose subject is the survey's: "Tell us about your interview experience")
                (_in_a_closing_paragraph(pattern, bare) and not pattern.search(subject.lower())) or submission()
            ):
                # "Thanks for applying ... How did we do? Tell us about your candidate experience": a footer's ask,
                # after the mail's own step (or under an agency's submission, "Ihr Profil liegt nun bei der ...")
                continue
            kind = "not about an application" if kind == "personal" else kind  # (counted with a relative's mail)
            skipped[kind] = skipped.get(kind, 0) + 1
            return None
        if "spam" in {label.strip() for label in labels.split(",")} and not known and not ats and not seen():
            # Gmail's own verdict on mail about no application of yours: "following your application on Indeed, we
            # are pleased to offer you the position ... reply with your bank details" (an employer's refusal that
            # landed in Spam names an application here and is read, and so is a tracking system's mail)
            skipped["spam"] = skipped.get("spam", 0) + 1
            return None
        promo = any(c in labels for c in ("category promotions", "category social", "category forums"))
        # (a List-Unsubscribe header alone is a weaker sign: tracking systems' and careers sites' mail carries one
        # too, since the big mailboxes asked bulk senders for it; from a company applied to, it is that application's)
        # (and so is an unsubscribe line in the mail's own text, from a sender that is no mailing platform)
        bulk = promo or _bulk(msg, address, "", header=False)
        lined = not bulk and not _header(msg, "List-Unsubscribe") and _UNSUBSCRIBE.search(body[-1500:].lower())
        listed = not bulk and (_header(msg, "List-Unsubscribe") or lined)
        # (or its receipt: "te has inscrito en la oferta ... de Cobalt Insurtech" from a job site)
        if (
            (bulk or listed)
            and not (
                ats
                or known
                or about_yours
                # (an agency's submission, with its mailing tool's unsubscribe line: "Your profile has been shortlisted and
                # forwarded to our client ... Don't want these emails? Unsubscribe.")
                or (listed and submission())
                # (or its form naming the client on a line of its own: "Candidate: ...\nClient: Discovery\nStatus: ...")
                or (listed and _CLIENT_LABEL.search(body[:3000]))
                # (or a meeting service's booking, a bulk sender's header or line under it, whose topic names a company
                # applied to: Zoom's "Your meeting has been scheduled. Topic: Airtable Interview - Hiring Manager Round")
                or (
                    listed
                    and _MEETING_BOOKED.search(low)
                    and _named_company(subject, body, threads.get(("names",), {}))
                )
                or (
                    listed
                    and (
                        # (an unsubscribe line from a company applied to is its application's mail when it speaks of
                        # one, or names a step of it: "Einladung zum Einstellungstest", "Selected for indenture"; a
                        # shop's "Oferta exclusiva ... Darse de baja" from El Corte Inglés is its shop's)
                        (seen() and (not lined or _CONTEXT.search(low) or _names_a_step(low)))
                        # (or an answer to one: a refusal, "we will be pursuing other applicants", from careers@)
                        # (an unsubscribe line's own mail must answer the person: "deine Bewerbung", not a shop's "oferta";
                        # a refusal that chose among applicants answers one of them: "pursuing other applicants")
                        or (
                            (event_read := first_rule(EVENT_RULES, low)[0]) in ("applied", "rejected", "reply")
                            and (
                                (_ANSWERS_YOU if lined else _CONTEXT).search(low)
                                or (event_read == "rejected" and _AMONG_APPLICANTS.search(low))
                            )
                        )
                    )
                )
            )
        ):
            # a newsletter, a podcast, interview tips: mailing-list mail that speaks of no application of yours
            skipped["newsletter"] = skipped.get("newsletter", 0) + 1
            return None
        rules = EVENT_RULES
    event, rule, yes_only = "", "", False
    # a reply's subject names the step it answers ("RE: ... phone screen" inviting to the next round): its body
    # is read first, the subject only when the body names no step
    reply = bool(_REPLY_SUBJECT.match(subject))
    name, m = first_rule(rules, _in_full(body.lower()) if reply else low)
    if m is not None and not own and name in ("screen", "interview"):
        read = m.string
        start = read.rfind("\n", 0, m.start()) + 1
        end = read.find("\n", m.end())
        signed_at = len(_without_signature(read))
        if m.start() >= signed_at and re.search(
            r"https?://|www\.|\.com/", read[start : end if end >= 0 else len(read)]
        ):
            # "Best,\nDana Fox\nTalent Partner\nBook time with me: calendly.com/...": a scheduling link among the
            # writer's closing lines, on every mail they send, is no step; the mail above it is read (the link is
            # the mail's own step when nothing above it is one and no valediction closes it)
            earlier = first_rule(rules, read[:start])
            if (
                earlier[0] not in ("", "applied")
                or _VALEDICTION_LINE.search(read[:start])
                # (a receipt signed above the link: "... within two weeks.\n\nRecruiting Section\nBook time with me")
                or (earlier[0] == "applied" and re.search(r"[^\W\d_]", read[signed_at:start]))
                # (a wait, or a subject that names the step: read as they are without the link)
                or (
                    not earlier[0]
                    and (_waits(read[:start]) or any(p.search(subject.lower()) for _, p in SUBJECT_RULES))
                )
            ):
                name, m = earlier
    scheduled = (  # a round-less scheduling phrase ("book a time", "videollamada de 20 minutos")
        m.group(0) if m is not None and (m.re is _SCHEDULING.regex or _ROUNDLESS_CALL.fullmatch(m.group(0))) else ""
    )
    if m:
        event, rule = name, f"{name}: {m.group(0)[:40]!r}"
        yes_only = name == "accepted" and bool(_INFORMAL_YES.fullmatch(m.group(0)))  # (a yes to an offer only)
        if name == "rejected" and re.search(r"on hold|paused", m.group(0)) and _waits(body.lower()):
            # "the role is on hold while leadership finalizes the budget; I expect to know more by the end of the
            # month": a pause with news to come, and when, is a wait
            event, rule = "reply", f"reply (a pause, news to come): {m.group(0)[:40]!r}"
        elif name == "rejected" and _SORRY_ALONE.fullmatch(m.group(0)) and _waits(body.lower()):
            # "Nothing to report yet, unfortunately - I'll let you know the moment I hear anything": sorry about a wait
            event, rule = "reply", f"reply (sorry about a wait): {m.group(0)!r}"
        thanked = m.string[m.start() : m.end() + 20]  # ("thank you for the interview| invitation")
        if own and name == "thank_you" and _THANKS_FOR_INVITATION.search(thanked) and not _MET.search(low):
            # "thank you for the invitation to interview! I booked Wednesday": an answer to the invitation, before
            # any meeting, is no thank-you note
            event, rule = "", ""
        elif own and name == "thank_you" and _NEGOTIATES.search(low):
            # "Thanks so much for the call. Is there any flexibility on the base?": an answer to an offer that asks
            # for more is no thank-you note (nor a step)
            event, rule = "", ""
        elif own and name == "thank_you" and _PAST_MEETING.search(low):
            later = first_rule(_FOLLOW_UP_RULES, low)
            if later[1] is not None:
                # "thanks again for the call last week; I wanted to check in on next steps": the thanks looks
                # back, the mail asks where things stand
                event, rule = "follow_up", f"follow_up (a later check-in): {later[1].group(0)[:40]!r}"
        if (
            name == "interview"
            and not _INTERVIEW_NOUN.search(low)  # "an interview with the data team", "una entrevista"
            and not _TEST_WORDS.search(m.group(0))  # an online assessment, a case study: a round, whoever sends it
            # (and a next step named as one: "El próximo paso es completar una evaluación psicotécnica online")
            and not (
                re.fullmatch(r"(?:siguiente|próxim[oa]|next) (?:etapa|fase|paso|step)\b.*", m.group(0))
                and _TEST_WORDS.search(m.string, m.end(), m.end() + 80)
            )
            and not _NAMED_TEST.search(low)  # "shortlisted: kindly complete the psychometric assessment"
            # (in the mail's own words: a signature's "Talent Acquisition Partner" is the writer's title, whatever
            # step the mail is about)
            and _RECRUITER_VOICE.search(_without_signature(low))
            and not _INTERVIEWERS.search(low)
        ):
            # "I'm on the recruiting team; can we grab 20 minutes to talk?": a recruiter's call is the screen
            event, rule = "screen", f"screen (a recruiter's call): {m.group(0)[:40]!r}"
        if name == "interview" and (
            # (a later mail from a company already applied to, "Thanks for applying to the Herald. As a next step,
            # complete a two-hour edit and writing test", sends a round)
            (
                _COMPLETE_TEST.fullmatch(m.group(0))
                and _RECEIPT.search(low)
                # (a later mail from a company already applied to, a person's or its tracking system's: "Thank you
                # for your application. As the next step, please complete our SQL assessment", a week on)
                and not (reply or seen())
            )
            # "We have received your application ... Your aptitude test is scheduled for January 18": a receipt
            # whose subject says so, booking the test everyone takes
            or (_TEST_WORDS.search(m.group(0)) and EVENT_RULES[-1][1].search(subject.lower()) and _RECEIPT.search(low))
        ):
            # "thanks for applying ... next, please complete our game-based assessment": the receipt that sends the
            # test to everyone who applies is the application; a later mail sending one is a round
            event, rule = "applied", f"applied (a receipt sending a test): {m.group(0)[:40]!r}"
        if (
            name == "onsite"
            and _LAST_STEP.fullmatch(m.group(0))
            # (the body's task, not the thread's subject: "RE: next step: case study" over "Last step is a final round
            # with our founders on site")
            and _TASK.search(lowered_body := body.lower())
            # (nor a visit: "Ton étude de cas a convaincu l'équipe ! Il reste une dernière étape : rencontrer l'équipe
            # dans nos locaux")
            and not re.search(
                # ("a case study presentation to the team at our Munich office")
                r"\bfinal (?:round|interview|stage)|\bon[- ]?site\b|\bdans nos (?:locaux|bureaux)\b|\bin our offices?\b|"
                r"\bat our (?:[\w-]+ )?(?:office|offices|headquarters|hq|campus)\b|"
                r"\ben nuestras oficinas\b|\bin unseren? (?:büro|räumen)\b|\bvor ort\b",
                lowered_body,
            )
        ):
            # "como último paso ... te enviamos un caso práctico": a test sent as the last step is a round of
            # assessment (definitions §3.2), not a final round to attend
            event, rule = "interview", f"interview (a test as the last step): {_TASK.search(low).group(0)[:40]!r}"
    if (
        event == "interview"
        and not own
        and _GENERIC_INTERVIEW.fullmatch(m.group(0))
        and first_rule(_SCREEN_RULES, subject.lower())[0]
        and not _INTERVIEWERS.search(subject.lower())
    ):
        # a scheduling tool's "Interview Confirmation: Recruiter Call with Larkspur Robotics": the round the
        # subject names is the step
        named = first_rule(_SCREEN_RULES, subject.lower())[1].group(0)
        event, rule = "screen", f"screen (the round the subject names): {named!r}"
    if (
        event == "interview"
        and not own
        and _GENERIC_INTERVIEW.fullmatch(m.group(0))
        and _GENERIC_INTERVIEW.search(subject.lower())  # (the tool's: "Interview Invitation: Brightwave - ...")
        and (in_body := _in_full(body.lower()))
        and not _INTERVIEW_NOUN.search(in_body)
        and not _INTERVIEWERS.search(_without_signature(in_body))
        and first_rule(_SCREEN_RULES, in_body)[0]
        # (a recruiter's: a search committee's "30-minute video conversation" is its first interview, whoever signs)
        and (_RECRUITER_VOICE.search(in_body) or _RECRUITER_SIGNS.search(in_body))
        and not re.search(r"\b(?:committee|chair|panel|faculty|professor)\b", in_body)
    ):
        # Greenhouse's "Interview Invitation" over every round: a body that asks only for "a 30-minute call with me
        # to learn more about your background" is the recruiter's screen
        named = first_rule(_SCREEN_RULES, in_body)[1].group(0)
        event, rule = "screen", f"screen (the call the body names): {named[:40]!r}"
    if event in ("", "screen", "interview", "reply") and not own and not known and submission():
        # "thank you for your time on the phone today; I have submitted your CV to my client, Jacaranda": the
        # agency's own call came first, the mail is the application to its client
        event, rule = "applied", f"applied (an agency's submission): {submission().group(0)[:40]!r}"
    if event == "reply" and not own and not known and EVENT_RULES[-1][1].search(low):
        # "thank you for applying; your application is under review": the first mail of an application (not a
        # waiting list's, "thank you for your application ... we have placed you on our interview waitlist": a step
        # after the review, whose receipt came from elsewhere)
        if not seen() and not _WAITING_LIST.search(low):
            event, rule = "applied", f"applied: {EVENT_RULES[-1][1].search(low).group(0)[:40]!r}"
    if (
        event
        and not own
        and not ats
        and not known
        and not _CONTEXT.search(low)
        and not submission()  # ("habe ich Ihr Profil an unseren Kunden ... weitergeleitet")
        # (a job site's, whatever its words: LinkedIn's "Tu solicitud se ha enviado a Cabify")
        and not _is_board(domain)
        # an employer you applied to, unless it writes as a shop, a bank, an airline or a calendar does, from an
        # address for its customers ("Unfortunately, one or more items in your order were cancelled" from
        # orders@oe.target.com, Google Calendar's "Dinner with Sam" to someone who applied to Google)
        and (not seen() or _CUSTOMER_ADDRESS.match(address.split("@", 1)[0]))
        # (but Google Calendar's "Invitation: Halcyon Studio x Pat Doe - Portfolio review", whose topic names a
        # company applied to, is that company's invitation)
        and not (
            address.startswith("calendar-notification@") and _named_company(subject, "", threads.get(("names",), {}))
        )
    ):
        # "Unfortunately your discount expires", "pleased to offer you 20% off": an event phrase in a mail that
        # speaks of no application, from no tracking system and in no application's thread is not one
        event = ""
    board = _is_board(domain)
    if (
        event == "applied"
        and not own
        and not ats
        and not board  # (a job board's receipt is for a job: Glassdoor's "Your application was sent to ...")
        and not known
        # ("thank you for applying for a Boston Public Library eCard", "your application for a reduced fare
        # CharlieCard": applying for a thing is no word of a job; "applying for a position" keeps its noun)
        and not _JOB_CONTEXT.search(_A_THING_APPLIED_FOR.sub(" ", low))
        and not _JOB_WORDS.search(low)  # (a job's word in another language: "uw sollicitatie voor de functie")
        and not _ROLE_TITLE.search(low)
        and not submission()
        and not seen()
    ):
        # "Your application for a replacement Medicare card has been received": a receipt that speaks of no job,
        # no title and no employer applied to, from no tracking system, is some other application
        skipped["not a job application"] = skipped.get("not a job application", 0) + 1
        return None
    if event and not own and not known and not ats and _SCAM_ASK.search(low) and not seen():
        # "We are pleased to offer you the position ... We will send you a check to purchase your home office
        # equipment from our approved vendor": the job scam's ask, from any address
        skipped["job scam"] = skipped.get("job scam", 0) + 1
        return None
    if event == "offer" and not own and not known and domain in _FREEMAIL and not seen():
        # an offer from a free mailbox to an application this mailbox never saw ("Dear Applicant, we are pleased to
        # offer you the position of Remote Payroll Assistant ... your bank details"): the job scam's shape
        skipped["job scam"] = skipped.get("job scam", 0) + 1
        return None
    if (
        event
        and not own
        and not known
        and domain in _FREEMAIL
        and not _ANSWERS_YOU.search(low)
        and not seen()
        and not (event == "applied" and submission())  # (a recruiter's own Gmail: "I've now put you forward to ...")
    ):
        # "¡Mucha suerte con las entrevistas!" from a relative: a stranger's free mailbox, in no thread of yours,
        # answering nothing you sent, is no employer's step
        skipped["not about an application"] = skipped.get("not about an application", 0) + 1
        return None
    if (
        event in ("screen", "interview", "onsite")
        and not own
        and not _ROLE_ADDRESS.match(address.split("@", 1)[0])
        and not known
        and (board or not ats)
        and not _ANSWERS_YOU.search(low)
        and _PITCH.search(_without_signature(low))  # (a signature's "We're hiring!" pitches nothing)
        and not seen()
    ):
        # "I'm hiring for a Senior Data Scientist; open to a quick call?": an invitation from a stranger that
        # answers nothing the person sent (no application, CV or thread of theirs) is a recruiter's outreach
        skipped["cold outreach"] = skipped.get("cold outreach", 0) + 1
        return None
    if not event and not own and not reply and (ats or known or seen()):
        # no phrase, but mail about an application whose subject names its step ("Offer for Data Analyst",
        # "Entrevista - Analista"): the subject's word, with less confidence
        for name, pattern in SUBJECT_RULES:
            m = pattern.search(subject.lower())
            if m and not _PROMO.search(low):
                event, rule = name, f"{name} (the subject's word): {m.group(0)[:40]!r}"
                break
    if not event and not own and _MEETING_INVITE.search(low):
        # "Dana Fox is inviting you to a scheduled Zoom meeting. Topic: Interview - Pat Doe / Data Analyst", Teams'
        # "Dana Fox (Acme Robotics) has invited you to Data Analyst Interview": the meeting's topic names the step
        topic = _MEETING_TOPIC.search(low)
        for name, pattern in SUBJECT_RULES if topic else ():
            m = pattern.search(topic.group(1) or topic.group(2))
            if m:
                event, rule = name, f"{name} (a meeting's topic): {m.group(0)[:40]!r}"
                break
    if (
        not event
        and not own
        and calendar == "invitation"
        and (ats or known or seen())
        # (not Google Calendar's "Dinner with Sam" to someone who applied to Google: an invitation from a calendar
        # service's own address speaks of an application, or is no step)
        and (ats or known or _CONTEXT.search(low) or not _CUSTOMER_ADDRESS.match(address.split("@", 1)[0]))
    ):
        # "Invitation: Maya / Acme - Research Portfolio Review @ Thu Oct 16": an employer's calendar invitation
        # is a conversation; its round is where the application stands (the first one after applying is the screen)
        event, rule = "interview", f"interview (a calendar invitation): {subject[:40]!r}"
        scheduled = subject
    if not event and not own and not reply and (ats or known or seen()):
        # the step is in an attachment's name ("Please find attached a letter." with Offer_Letter.pdf, Absage.pdf)
        files = " ".join(re.sub(r"[_.\-]+", " ", f).lower() for f in _attachments(msg))
        for name, pattern in ATTACHMENT_RULES:
            m = pattern.search(files) if files else None
            if m:
                event, rule = name, f"{name} (an attachment's name): {m.group(0)[:40]!r}"
                break
    if (
        not event
        and not own
        and not reply
        and ats
        and not known
        and _UNDER_REVIEW.search(low)
        and not esign  # (DocuSign's "review and sign" is no review of an application)
        and not _ACCOUNT.search(low)
        and not seen()
    ):
        # a tracking system's first mail about an employer that names no step but a review ("Congratulations on
        # taking the first step toward joining Okta! Our talent team is reviewing your profile"): the application
        m = _UNDER_REVIEW.search(low)
        event, rule = "applied", f"applied (a tracking system's first mail, a review): {m.group(0)[:40]!r}"
    if (
        not event
        and not own
        and (known or seen())
        # (from a company applied to that is also a shop or a carrier: "Your shipment is delayed. We'll update you
        # as soon as it's back on track" speaks of no application, and no person writes it)
        and (known or ats or _CONTEXT.search(low) or _is_person(display, address))
        and _waits(body.lower())
    ):
        # "Things are moving a little slower than we hoped, but I expect to have more clarity by next Wednesday":
        # a later mail about an application that says news will come, and when, is a wait (phrases miss most of
        # them: 10 of 10 new ones before this)
        event, rule = "reply", "reply (news to come, and when)"
    if not event:
        if not own and _bulk(msg, address, body):
            skipped["newsletter"] = skipped.get("newsletter", 0) + 1
        else:
            skipped["not about an application"] = skipped.get("not about an application", 0) + 1
        return None
    company, how = read_company() if not own else _company_from(subject, body, "", "")
    if own and event == "withdrew" and how == "subject or body" and _accepted_elsewhere(company, body):
        # "I have accepted a position with Katy ISD and must withdraw my application", to St. John's: the employer
        # the person accepted is not the one they withdraw from (the recipient's, below)
        company, how = "", ""
    if company and (
        re.fullmatch(r"[\d\s#/.,-]+", company)
        # ("Invitation to interview - SW25-0142": a campaign's reference, letters and digits, is no employer)
        # (not "1-800-FLOWERS": a word among the parts)
        or re.fullmatch(
            r"(?=(?:[A-Z/-]*\d){3})(?!.*(?:^|[-/])[A-Z]{4,}(?:[-/]|$))[A-Z\d]+(?:[-/][A-Z\d]+)+", company.strip()
        )
        # ("Status of my application - DT20251234567": a registration number, a few letters before many digits)
        or re.fullmatch(r"[A-Z]{0,4}\d{5,}[A-Z\d]*", company.strip())
        # ("Arla - 2nd": a round's ordinal)
        or re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)", company.strip(), re.I)
    ):
        # ERAS's "submitted to the 42 programs you selected": a number is no employer ("3M" is one)
        company, how = "", ""
    program = _PROGRAM.search(company) if company else None
    if program and program.start() > 0:
        # "Application received - Northern Grid Graduate Scheme 2026": the employer, not its programme
        company = company[: program.start()].strip()
    if company and not own and how in ("sender's domain", "subject or body", "sender's name"):
        # "Mayo" from mayo.edu, "On behalf of Mayo Clinic" in the mail: the institution's whole name
        company = _institution_named(company, f"{subject}\n{body[:3000]}") or company
        # ("Thanks for applying to Fenwick Data", signed "Fenwick Data & Analytics Partners Ltd": the signature's)
        company = _signed_in_full(company, _without_footer(body)) or company
    if company and not own and len(company) <= 7:
        # "Thank you for applying to P&G" over "... to Procter & Gamble": the name the initials stand for
        company = _initials_spelled(company, f"{subject}\n{body[:3000]}") or company
    own_names = threads.setdefault(("own names",), set())  # the person's own name, as their own mail gives it
    if own and display:
        own_names.add(company_key(display))
    own_name = (
        bool(company)
        and (
            company_key(company) in own_names
            or _in_address(company, [*owners, *delivered, top[0]])
            # ("Please DocuSign: Offer Letter - Priya Venkataraman" to "Hi Priya": the person greeted, named in full)
            or (not own and _greets(body[:3000], company))
        )
    )
    if own_name:
        # "Product Designer - Jordan Blake" (the person's subject, and the reply's): their name is no employer
        company, how = ("", "") if own else _company_from("", body, display, address, domains)
    if own and not company:
        to_display, to_address = _address_header(msg, "To")
        company, how = _company_from("" if own_name else subject, "", to_display, to_address, domains)
        if how in ("sender's domain", "sender's address"):
            # "Carolina Mills Capital's growth fund" in a mail to carolinamillscap.com, "a server at The Lark Bistro"
            # to thelarkbistro@gmail.com (an address's run of words, which no split of its letters spells right)
            company = _abbreviated_by(company, body[:3000]) or company
        to_person = _recipient_wrote_of(msg, threads)
        by_subject = _named_company(subject, "", threads.get(("names",), {})) if to_person and not own_name else ""
        if (
            by_subject
            and (not company or how == "sender's domain")
            and company_key(by_subject) != company_key(to_person)
        ):
            # "RE: Hydro-Québec - analyste" to the recruiter who last wrote of another client: the client the
            # subject names, one applied to
            company, how = by_subject, "name of a company applied to"
        elif to_person and (not company or how == "sender's domain"):
            # her thanks to the agency recruiter's Gmail: the company that recruiter wrote about
            company, how = to_person, "recipient's earlier mail"
    elif own and how == "subject or body" and event == "applied" and not known:
        # "Assistant - Motion Picture Literary - Naomi Feld" sent to jalbright@meridianartists.com: a subject's part
        # that the employer's own domain the person wrote to does not spell is a desk or a team, not the employer
        to_display, to_address = _address_header(msg, "To")
        to_domain = _company_domain(to_address.lower())
        if (
            to_domain
            and not _AGENCY.search(to_domain.split(".")[0])
            and company_key(company)[:4] not in company_key(_domain_name(to_domain))
            and not _same_company(_domain_name(to_domain), {company_key(company): company})
            and not _abbreviated_by(_domain_name(to_domain), company)
        ):
            named, by = _company_from("", "", to_display, to_address, domains)
            if by == "sender's domain":
                company, how = named, "recipient's domain"
    names = threads.setdefault(("names",), {})  # the companies applied to so far, by key
    unnamed = threads.setdefault(("unnamed clients",), {})  # an agency's writer → its application of no client
    writer = _VIA.sub("", display).strip().lower()
    client_named = False
    if (
        not own
        and writer in unnamed
        and how == "subject or body (an agency's client)"
        and company
        and company_key(company) not in company_key(body[:3000])
    ):
        # "RE: Account Executive - Denver" from the recruiter who kept her client unnamed: the subject's part she
        # did not name it by is the job's place; the body may name the client ("Granite Peak Software loved your
        # background")
        company, how = "", ""
    if not own and writer in unnamed and "agency's client" not in how:
        # "Good news, our client Pasig Harbor Outsourcing would like to interview you", "The firm is Ridgeway
        # Capital": the writer who submitted the person to a client it did not name now names it
        m = _CLIENT.search(body[:3000])
        named = (
            _abbreviation_closed(m.group("name").strip().rstrip("."))
            if m and not _is_role(m.group("name"))
            else _client_named_later(body, unnamed[writer], display)
        )
        # (the applications by name, but the one this writer's unnamed client holds: "the client is Lucerne Private
        # Bank" names the application held as "Private Banking", its subject's words)
        held = company_key(unnamed[writer])
        known_names = {k: n for k, n in threads.get(("names",), {}).items() if k != held}
        if named and (company_key(named) in known_names or _same_company(named, known_names)):
            # "Irwell Energy's client feedback is really positive" from the recruiter who also sent the CV to a client
            # she has not named yet: a client applied to by name is that application's, not the unnamed one's
            named = ""
        if named:
            company, how = named, "subject or body (an agency's client)"
    if not own and not company and event == "applied" and submission() and _is_person(display, address):
        # a recruiter writing from a personal address ("markv.recruits@gmail.com") who "endorsed your application to
        # our client, a US healthcare account": the application is the client's, named after the recruiter until the
        # client is named
        company, how = f"{_VIA.sub('', display).strip()}'s client", "an agency's submission, its client not yet named"
    if (
        not own
        and event == "applied"
        and (submission() or (company and _POSTED_FOR_CLIENT.search(low)))
        and "agency's client" not in how
    ):
        # "he presentado su candidatura a nuestro cliente, una multinacional del sector energético": an agency's
        # submission to a client it does not name yet (the application goes by the agency's name for now)
        unnamed[writer] = company
        threads.setdefault(("agency placeholders",), set()).add(company_key(company))
        if how in ("sender's domain", "sender's name"):
            # (the agency's own name holds the place: no earlier application's title takes it, "Project Coordinator -
            # health" from an agency after a university's "Project Coordinator")
            how = "an agency's submission, its client not yet named"
    elif (
        not own
        and how == "subject or body (an agency's client)"
        and writer in unnamed
        # (a second submission, to a client named at once, is an application of its own: "I've now submitted your CV
        # to Fenwick Energy" from the consultant still holding "a leading media group")
        and not (event == "applied" and submission())
    ):
        # "ya le puedo decir que el cliente es Helios Energía": the same writer names the client; the application
        # is the one submitted, and the client's name is its (given to all its rows at the end)
        # (the client's name replaces the agency's, however long each)
        threads.setdefault(("fuller names",), {})[company_key(unnamed[writer])] = company
        # (and later mail naming the client, "Proposition d'embauche - Atlas Phosphates Industries", is the same
        # application's, held under the agency's name until the end)
        threads.setdefault(("client keys",), {})[company_key(company)] = company_key(unnamed[writer])
        company, how = unnamed.pop(writer), "an agency's submission, its client named later"
        client_named = True
    if (
        reply
        and how == "subject or body"
        and company_key(company) not in names
        # (but the person's own short name for one: "RE: Supply Chain Manager - EGA", Emirates Global Aluminium's)
        and not (own and _same_company(company, names))
    ):
        # "RE: Assistant - Motion Picture Literary - Naomi Feld" signed "Human Resources | Meridian Artists Agency":
        # a reply's subject that names no company applied to is the person's words; its text names the employer
        # (the person's own reply: its text, never the person's own address)
        company, how = _company_from("", body, *(("", "") if own else (display, address)), domains)
    if known and (
        not company
        or how in ("sender's domain", "Workday tenant")
        # (the person's answer in the thread of one of the several clients a recruiter wrote about: "Yes! Please accept
        # it for me" in the BSW offer's thread, after the same recruiter's word on Houston Methodist)
        or (how == "recipient's earlier mail" and company_key(company) != company_key(known[0]))
        or (reply and company_key(company) not in names)
        # "Sarah Lee <no-reply@us.greenhouse-mail.io>" in the thread of Brightloop's application: a recruiter
        # writing through the tracking system, not an employer named "Sarah Lee"
        or (how == "sender's name" and ats and company_key(company) not in names and _PERSON.match(company))
        # "NHS Scotland Recruitment <noreply@jobtrain.co.uk>" in the thread of NHS Lothian's application: the
        # tracking system's account for many employers, not one applied to
        or (how == "sender's name" and ats and company_key(company) not in names and not _same_company(company, names))
    ):
        # the thread's application outranks a guess from the sender, and a reply's subject naming no company
        # applied to ("Re: SDE 2 - Backend | Sarathi Cloud" read as "Backend")
        thread_key, words = company_key(known[0]), known[0].lower().split()
        spelled = [company_key(" ".join(company.split()[:n])) for n in range(1, len(company.split()))]
        # "VCA" at vca.com, "Interview with VCA Anderson Mill": a domain that is the short name whole is a brand's,
        # and a longer name a subject or a text gives is one of its places (a signature's may still be its fuller)
        to = _address_header(msg, "To")[1] if own else address
        brands = how == "subject or body" and company_key(_domain_name(_company_domain(to.lower()) or "")) == thread_key
        # (and the person's reply to "Lone Star Airways Inflight Recruitment": a department's display name, no fuller)
        short_kept = brands or (own and how == "sender's name")
        if (
            company
            and not short_kept
            and (
                (company.lower().split()[: len(words)] == words and len(company.split()) > len(words))
                or (len(words) == 1 and thread_key in spelled)
                # "Austinvetemergency" (the domain the person wrote to), "Austin Veterinary Emergency & Specialty" in
                # the answer's signature: the domain shortens the name's first words
                or (len(words) == 1 and company.startswith(_abbreviated_by(known[0], company) or "\0"))
            )
        ):
            # "Eko Agro" named from the person's first mail, "Eko Agro Processing Ltd" in the employer's signature;
            # "Lakeshorelogistics" (the domain the person wrote to), "Lakeshore Logistics Tech" in the answer's
            # signature: the fuller name is the application's (given to all its rows at the end)
            _name_in_full(threads, thread_key, company)
        elif (
            company
            and len(words) == 1
            and company_key(company).startswith(thread_key)
            and company_key(company)[len(thread_key) :] in _NAME_ENDINGS
        ):
            # "Bluebird" in the person's own mail, bluebirdhealth.com answering: the domain's name ends on a word
            # of names ("Health", "Labs", "Group"), and "Bluebird Health" is the application's
            _name_in_full(threads, thread_key, f"{known[0]} {company_key(company)[len(thread_key) :].capitalize()}")
        company, how = known[0], "thread"
    persons = threads.setdefault(("persons",), {})  # who wrote about which company
    by_title = threads.setdefault(("titles",), {})  # the job titles applications named, and their companies
    titles = [t.lower() for t in _TITLE_NAMED.findall(f"{subject}\n{body[:3000]}")]
    dashed = [t.lower() for t in _DASHED_TITLE.findall(body[:3000])] if " - " in body[:3000] else []
    if "ompetition" in body[:3000] or "ampaign" in body[:3000]:
        titles += [t.lower() for t in _COMPETITION_TITLE.findall(body[:3000]) if t.lower() not in titles]
    if own and event != "applied" and not known and (not company or company_key(company) not in names):
        # the person's follow-up or withdrawal names a place, not the employer ("Shift Manager - Summerlin" to
        # summerlin@cactusflowercafe.com; "Front Desk Manager - The Vantage"): the application it is about is the
        # one its recipient's domain, or else its title, names
        to_domain = _company_domain(_address_header(msg, "To")[1].lower())
        named = _same_company(_domain_name(to_domain), names) if to_domain else ""
        by_subject = _one_company(by_title.get(_subject_title(subject), ()), names)
        # (or the title its text names: "I would like to withdraw from the Statistician (Graduate) competition")
        by_text = (
            _one_company({c for t in [*titles, *dashed] for c in by_title.get(t, ())}, names)
            if titles or dashed
            else ""
        )
        if named:
            company, how = named, "recipient's domain"
        elif by_subject or by_text:
            company, how = by_subject or by_text, "title of an application"
    if not own and how in ("subject or body", "signature") and company_key(company) not in names and not known:
        # "Oferta - Analista de Marketing Digital" from marta@naranjadigital.es: a name a cue read in a title, from
        # a domain that spells a company applied to, is that company's title, not a new employer
        own_domain = _company_domain(address)
        spelled = _same_company(_domain_name(own_domain), names) if own_domain else ""
        if spelled and not _same_company(company, names):
            company, how = spelled, "sender's domain"
    person = re.sub(r"\s+via\s+.*$", "", display, flags=_I).strip().lower()
    placeholder = company_key(company) in threads.get(("agency placeholders",), ())
    # (the one client a recruiter submitted the person to: "unserem Kunden, der Krauss-Maffei Wegmann")
    one_client = threads.get(("agency clients",), {}).get(person, ())
    if (
        not own
        and how == "subject or body (an agency's client)"
        and company_key(company) not in names
        and (person in persons or len(one_client) == 1)
        and company in subject
        and company not in body
    ):
        # "RE: BA contract - Canary Wharf" from the recruiter who has named her client (Barclays) before, "AW:
        # Konstruktionsingenieur - München" from the one who submitted the CV to KMW: a part of the subject no company
        # applied to, which the mail's own text never names, is the job's place, and the writer's client the mail's
        company, how = persons.get(person) or next(iter(one_client)), "sender's earlier mail"
    if not own and how == "subject or body (an agency's client)" and company_key(company) not in names:
        # "Great news - final round at Schwab" from the recruiter who submitted the person to Charles Schwab: a whole
        # word of one of the clients she submitted to is that client (a firm called by its founder's surname); and of
        # a client named after the submission ("I just heard back from Ally" after "the client, Ally Financial")
        fuller = threads.get(("fuller names",), {})
        clients = set(one_client) | {fuller.get(k, "") for k in threads.get(("client keys",), {}).values()} - {""}
        word = re.compile(rf"(?<![\w&'-]){re.escape(company)}(?![\w&'-])")
        whole = {c for c in clients if c != company and word.search(c)}
        if len(whole) == 1:
            company, how = whole.pop(), "client the sender submitted to"
    if (
        not own
        and (
            how in ("", "sender's name", "sender's domain", "Workday tenant")
            # (or an agency's own signature: "Joe Reilly / Account Manager, Meridian Health IT", writing for a colleague
            # who submitted the person to Lakeshore Health)
            or (how == "signature" and _company_domain(address) in threads.get(("agency domains",), ()))
        )
        # (or the agency's own name, held for a client it has not named: "Irwell Energy - client feedback" from the
        # recruiter who sent the CV to Irwell Energy and to an unnamed retailer)
        and (company_key(company) not in names or placeholder)
    ):
        # a guess from the sender that names no company applied to: "Sable & Finch - échange" from
        # claire@sableetfinch.fr, "Julien Gagnon via DocuSign" sending "Lettre d'offre Maplewave"
        named = (
            _named_company(subject, body, names)
            # ("Irwell - second stage": the short name of a client applied to, in the agency's subject)
            or (_short_named(subject, names) if placeholder else "")
            or _same_company(company, names)
            # ("Kirkland - screening interview" from the legal recruiter who submitted the person to Sidley Austin and
            # to Kirkland & Ellis: one of her clients by its short name)
            or _short_named(subject, {company_key(c): c for c in threads.get(("agency clients",), {}).get(person, ())})
        )
        if named:
            company, how = named, "name of a company applied to"
        elif esign and _is_person(person.title(), "x@x") and _signer_company(person, body, names):
            # "Dana Fox via DocuSign" sending "Offer Letter - Data Analyst.pdf": the employer is the one the
            # service's own line "Dana Fox / dana.fox@acmerobotics.com" gives, not the person
            company, how = _signer_company(person, body, names), "signer's address"
        elif person in persons:
            company, how = persons[person], "sender's earlier mail"
        elif len(threads.get(("agency clients",), {}).get(person, ())) == 1:
            # "Great news! The ICU manager at Lehigh wants to do a quick phone interview" from the travel recruiter
            # who submitted the person to Lehigh Regional Hospital, and to no other client: that client's
            (company,) = threads[("agency clients",)][person]
            how = "client the sender submitted to"
        elif (
            how in ("sender's domain", "sender's name")
            and not _names_itself(company, subject, body)
            and _one_company(
                by_title.get(_subject_title(subject) or _REPLY_SUBJECT.sub("", subject).strip().lower(), ()), names
            )
        ):
            # ("Research Fellow in Plant Ecology", the whole subject, from "UNT HR", after jobs.ac.uk's receipt for
            # that title at the University of Northumbria Tyne)
            # "Pharmacy Technician Trainee - offer" from amir@riversiderx.com: a domain naming no company applied to,
            # in a mail whose subject is the title of one earlier application (of Riverside Pharmacy), is that one's
            title = _subject_title(subject) or _REPLY_SUBJECT.sub("", subject).strip().lower()
            company, how = _one_company(by_title[title], names), "title of an application"
        elif how == "sender's domain" and _domain_role_company(company, subject, body, by_title, names):
            # "Poste d'analyste AQ" from julie@logimtl.ca after "Analyste assurance qualité chez Logiciels
            # Mont-Royal": a domain that starts as the company's name does, about the same role written another way
            company, how = _domain_role_company(company, subject, body, by_title, names), "title of an application"
    if not company and not own:
        # a relay's bare mail naming no company but the title of one earlier application ("thank you for your
        # interest in the Product Data Analyst position. Unfortunately ..."): that application's
        named = _one_company({c for t in titles for c in by_title.get(t, ())}, names)
        if named:
            company, how = named, "title of an application"
    by_code = threads.setdefault(("codes",), {})  # the job codes mail named, and their companies
    codes = _job_codes(f"{subject}\n{body[:3000]}")
    guessed = how in ("sender's domain", "sender's name") and company_key(company) not in names
    if (not company or guessed) and not own and codes:
        # "Your application for the Program Analyst position (VA-25-DE-12877) was not referred": a notice naming
        # no employer but the announcement, requisition or job number an earlier mail of one employer named
        # (a code several applications share, a pay plan's "GS-0343-12", tells them apart from no one); and a
        # manager's "Interview - Policy Analyst (EC-04) - 25-ECC-EA-NCR-612204" from ec.gc.ca, whose domain names no
        # company applied to: the process's number outranks the guess
        named = _one_company({c for code in codes for c in by_code.get(code, ()) if len(by_code[code]) == 1}, names)
        if named:
            company, how = named, "job number of an application"
    documents = threads.setdefault(("documents",), {})  # an e-signed document's title, and its company
    document = _document_title(subject, body) if esign else ""
    if document in documents:
        # DocuSign's "Completed: Offer Letter - Priya Raman - UX Researcher", naming no company (the subject's name
        # after its dash is the person's): the company whose "... sent you a document to review and sign" named it
        company, how = documents[document], "document sent earlier"
    if not company and not own and address.rsplit("@", 1)[-1].lower() in _FREEMAIL:
        # "Javi Ortega <barpulpo.chi@gmail.com>": a free mailbox named for a company applied to is that company's
        local = re.split(r"[._\d-]+", address.split("@", 1)[0].lower())
        named = [names[k] for k in names if len(k) >= 5 and k in local]
        if len(named) == 1:
            company, how = named[0], "sender's address"
    if company and not own and _MEETING_SERVICE.match(address) and company_key(company) not in names:
        company = ""  # a meeting service's own invitation names an employer in its topic, one applied to, or none
    if not company:
        skipped["no company named"] = skipped.get("no company named", 0) + 1
        return None
    if document:
        documents.setdefault(document, company)
    client_keys = threads.get(("client keys",), {})
    held = client_keys.get(company_key(company))
    if held is None and client_keys and company and company_key(company) not in names:
        # ("Segunda entrevista - Puerto Turia" after "se trata de Puerto Turia Logística": the client's short name)
        named = _same_company(company, {k: k for k in client_keys})
        held = client_keys.get(named) if named else None
    if held in names and company_key(company) not in names:
        company = names[held]  # a client named later, by its name: the application held under the agency's
    if company_key(company) not in names:
        same = _same_company(company, names)
        if (
            same
            and not own
            and how == "signature"
            and " " not in same
            and company.startswith(_abbreviated_by(same, company) or "\0")
        ):
            # "Meridianartists" (the domain the person wrote to), "Meridian Artists Agency" in the answer's
            # signature: the fuller name is the application's (given to all its rows at the end)
            _name_in_full(threads, company_key(same), company)
        company = same or company  # "Redline" in a mail about Redline Robotics
    if client_named:
        persons[writer] = company
    key = company_key(company)
    if len(company.split()) > len(names.get(key, "").split()):
        names[key] = company  # "Pinecrest Analytics" (a subject) outranks "Pinecrestanalytics" (a domain)
    company = names[key]  # one spelling per employer in the reading
    head = company.split()
    if not own and len(head) == 2 and re.fullmatch(r"[A-Z]{2,4}", head[0]):
        # "LDM Grenoble" (the person's mail to recrutement@ldm-grenoble.fr), then "Le secrétariat du Laboratoire
        # Dauphiné Matériaux": the name its initials stand for is the application's (given to all its rows)
        full = _initials_spelled(head[0], body[:3000])
        if full:
            _name_in_full(threads, key, full)
    sender_domain = _company_domain(address)
    if not own and _is_person(person.title(), address) and how != "subject or body (an agency's client)":
        persons.setdefault(person, company)
    elif not own and how == "subject or body (an agency's client)":
        # (an agency's writer may submit the person to several clients: its later mail naming none is about the
        # client only while there is one)
        threads.setdefault(("agency clients",), {}).setdefault(person, set()).add(company)
        if sender_domain:
            threads.setdefault(("agency domains",), set()).add(sender_domain)
    # (a display name at the employer's own domain names it too: "CIUSSS du Nord-de-l'Île" <recrutement@ciusss-
    # nordmtl.gouv.qc.ca>, then its recruiter's own mail from there)
    if (
        sender_domain
        and not own
        and how in ("subject or body", "sender's name")
        and not _AGENCY.search(sender_domain)
        # (nor an agency's known by its submissions: halelegalsearch.com writes of many clients)
        and sender_domain not in threads.get(("agency domains",), ())
    ):
        prior = domains.setdefault(sender_domain, company)  # later mail from this domain (a recruiter's own) names it
        if (
            prior
            and company_key(prior) != company_key(company)
            and not _same_company(company, {company_key(prior): prior})
        ):
            # a law school's career office writing through Symplicity for Whitcomb & Reyes, then for Ashford Pell: a
            # domain whose mail names two employers is a relay's, no one employer's
            domains[sender_domain] = ""
    role_match = _ROLE.search(subject) or _ROLE.search(body[:2000])
    role = _clean_role(role_match.group("role")) if role_match else ""
    role = role or (known[1] if known else "")
    if not role:
        m = _SUBJECT_ROLE.search(subject)  # "Application received - Data Engineer"
        if m and _is_role(m.group("role")) and company_key(m.group("role")) != company_key(company):
            role = m.group("role").strip()
    if not role:
        # "We've received your application for Analytics Engineer.": the title after applying, to its sentence's end
        role = next(
            (
                _clean_role(t)
                for t in _TITLE_NAMED.findall(f"{subject}\n{body[:2000]}")
                if _clean_role(t) and company_key(t) != company_key(company)
            ),
            "",
        )
    for title in [*titles, role.lower()] if role else titles:
        by_title.setdefault(title, set()).add(company)
    for title in dashed if not own else ():
        # ("Registered Nurse - Emergency (QLD/MNHHS654321)": for the person's thanks "for the Registered Nurse -
        # Emergency position", sent to a panel member's own address)
        by_title.setdefault(title, set()).add(company)
    for code in codes:
        by_code.setdefault(code, set()).add(company)
    key = company_key(company)
    for ref in [message_id, thread, *refs]:
        if ref:
            threads[ref] = (company, role)
    confidence = round(
        min(
            0.99,
            (0.6 if ats or own else 0.45)
            + (0.3 if how == "subject or body" else 0.15 if how else 0)
            + (0.05 if known else 0),
        ),
        2,
    )
    app_id = key + (f"-{re.sub(r'[^a-z0-9]+', '-', role.lower()).strip('-')}" if role else "")
    seen = threads.setdefault(("company", key), [])
    if role and app_id not in seen:
        # one role, written two ways ("Graduate Analyst" and "Canalside Consulting Graduate Analyst", "Senior
        # Financial Analyst (Req 25001234)", "Front Desk Coordinator - Dublin, OH"): the words of one hold the
        # other's, once the employer's name and a title's tags are left out
        mine, words_of = _role_words(role, company), threads.setdefault(("role words",), {})
        app_id = next((a for a in seen if a != key and _same_role(mine, words_of.get(a, set()))), app_id)
        words_of.setdefault(app_id, mine)
    named_role = ""
    if not role and len([a for a in seen if a != key]) > 1:
        # "Portfolio review - Senior Product Designer" from the recruiter of a company applied to twice: the mail names
        # one of its roles (whose words it holds all of, the longest such), that role's application
        held = _role_words(f"{subject} {body[:2000]}", company)
        words_of = threads.setdefault(("role words",), {})
        named = [a for a in seen if a != key and words_of.get(a) and words_of[a] <= held]
        named_role = max(named, key=lambda a: len(words_of[a])) if named else ""
        if len([a for a in named if len(words_of[a]) == len(words_of.get(named_role, ()))]) > 1:
            named_role = ""  # (two roles of the same length both named: neither)
    if named_role:
        app_id = named_role
    elif not role and seen:  # a mail naming no role belongs to the company's latest application
        app_id = seen[-1]
    elif role and seen == [key]:  # the first mail named no role: this one names it (one application)
        app_id = key
    # a job's labelled number ("Job ID: 2876543", "Req 250914", "Announcement Number: EPA-OMS-25-0412") names its
    # application: a mail naming only the number is that one's, and two numbers are two applications however alike
    # their titles ("Data Engineer II, Fulfillment Analytics" and "Data Engineer II, Ads Measurement")
    labelled = _labelled_codes(f"{subject}\n{body[:3000]}")
    code_app = threads.setdefault(("code app",), {})
    app_codes = threads.setdefault(("app codes",), {})
    # (looked up, a number may go unlabelled: "the Data Engineer II role on Ads Measurement (2881190)")
    mentioned = labelled | {c.upper() for c in codes} | set(re.findall(r"\b\d{5,}\b", f"{subject}\n{body[:3000]}"))
    by_number = next((code_app[c] for c in sorted(mentioned) if code_app.get(c, "").startswith(key)), "")
    thread_app = threads.setdefault(("thread app",), {})
    in_thread = next((thread_app[r] for r in [thread, *refs] if r and r in thread_app), "")
    if by_number:
        app_id = by_number
    elif known and in_thread.startswith(key) and in_thread in seen:
        app_id = in_thread  # a reply in an application's thread is that application's, whatever title it repeats
    elif labelled and app_codes.get(app_id) and not labelled & app_codes[app_id]:
        app_id = f"{app_id}-{min(labelled).lower()}"
    for c in labelled:
        code_app.setdefault(c, app_id)
    if labelled:
        app_codes.setdefault(app_id, set()).update(labelled)
    for ref in [message_id, thread, *refs]:
        if ref:
            thread_app[ref] = app_id
    if app_id not in seen:
        seen.append(app_id)
    furthest = threads.setdefault(("furthest step",), {})  # each application's furthest step read so far
    tests_only = threads.setdefault(("tests only",), set())  # applications whose rounds so far were tests alone
    if (
        event == "screen"
        and not own
        and _STEP_ORDER.get(furthest.get(app_id), 0) >= _STEP_ORDER["screen"]
        # (a scheduling tool's booking of the call asked for: "New Event: Jordan Blake - 20 Minute Intro Call")
        and (not (_NAMED_SCREEN.search(low) or _FIRST_CALL.search(low)) or _INTERVIEWERS.search(low))
        # (a new graduate's "online assessment" first, then the campus recruiter's "20 minutes to chat": after
        # tests alone, the first call is the screen)
        and app_id not in tests_only
    ):
        # ("a technical phone interview with an engineer" after the recruiter's call is an interview round)
        # "a 30-minute call with Dana" after the screen: a second call is an interview round
        event, rule = "interview", f"interview (a call after the screen): {rule.split(': ', 1)[-1]}"
    if (
        event == "screen"
        and not own
        # (or a call, a conversation with them: "a 30-minute conversation with our SDR Manager, Luis", "a 30 min Teams
        # call with their FD")
        and (
            re.search(r"interview|conversation|call with|chat with|meeting with", rule)
            or (" call" in rule and _call_with_interviewer(low))
        )
        and _brings_interviewers(body.lower())
        and _STEP_ORDER.get(furthest.get(app_id), 0) < _STEP_ORDER["screen"]
    ):
        # "their program manager has Tuesday at 1 for a phone interview", "Telefoninterview mit dem Abteilungsleiter":
        # a phone interview with the one who decides is an interview round, not a recruiter's screen
        event, rule = "interview", f"interview (a phone interview with a manager): {rule.split(': ', 1)[-1]}"
    receipt = EVENT_RULES[-1][1].search(subject.lower()) if scheduled and app_id not in furthest else None
    if event in ("screen", "interview") and not own and receipt:
        # "Application received - Scioto Grocers ... Next, pick a time to come to our hiring event": the receipt of
        # an application, inviting its next step (the step is the mail that books it)
        event, rule = "applied", f"applied (a receipt inviting a next step): {receipt.group(0)[:40]!r}"
    if (
        event == "interview"
        and not own
        and scheduled
        and furthest.get(app_id, "applied") == "applied"
        and not _brings_interviewers(body.lower())
        # (not at the employer's: "les gustaría conocerte el martes a las 10:00 en sus oficinas de la Castellana")
        and not _AT_THEIR_OFFICE.search(body.lower())
    ):
        # "Thanks for applying! Would you be free for a chat this Thursday?": the first conversation after
        # applying, named by no round and with no interviewer, is the screen
        event, rule = "screen", f"screen (a first conversation): {scheduled[:40]!r}"
    if (
        event == "onsite"
        and not own
        and not re.search(r"\bfinal (?:round|interview|stage)", low)  # ("bring you in for our final round")
        and (
            (
                # ("zu einem Gespräch bei uns im Büro": the German office visit the same)
                re.match(
                    r"onsite: '(?:bring you in|in-?person interview|working interview|in unser|zu uns ins|bei uns im)",
                    rule,
                )
                and furthest.get(app_id, "applied") == "applied"
            )
            # "come by the shop and meet the crew leads" after a phone call: the first meeting in person
            or (
                re.match(r"onsite: 'come (?:by|down|in|to our)", rule)
                and furthest.get(app_id, "applied") in ("applied", "screen")
            )
        )
    ):
        # "We'd like to bring you in to meet our Director of Rooms", "your in-person interview is confirmed", "come
        # in Tuesday for a 2-hour working interview" answering the application itself: the first interview, in
        # person (after earlier rounds the same words bring a candidate to the final one)
        event, rule = "interview", f"interview (in person, the first round): {rule.split(': ', 1)[-1]}"
    if (
        event == "onsite"
        and not own
        and re.match(r"onsite: '(?:in unser|zu uns ins|bei uns im|bei uns vor ort|gespräch\w* vor ort)", rule)
        and _TECHNICAL_ROUND.search(low)
        and not re.search(r"\bfinal|letzte|abschließend", low)
    ):
        # "wie besprochen möchten wir Sie zu einem Fachgespräch mit unserem Data-Team einladen ... bei uns im Büro": the
        # round the mail names (a technical interview, §3.2) is the step; the office is only where it is held
        event, rule = (
            "interview",
            f"interview (a technical round, in the office): {_TECHNICAL_ROUND.search(low).group(0)!r}",
        )
    if (
        event in ("onsite", "interview")
        and not own
        and furthest.get(app_id, "applied") == "applied"
        and _INITIAL_INTERVIEW.search(low)
        and not _TEST_WORDS.search(low)  # ("an initial interview and exam": a test makes it a round, §3.2)
        and not _brings_interviewers(body.lower())
    ):
        # "We would like to invite you for an initial interview via phone", "come to our office for an initial
        # interview and assessment": the first interview after applying, with no manager named, is the screen
        # (Philippine and Indian recruiters' word for it)
        event, rule = "screen", f"screen (an initial interview): {rule.split(': ', 1)[-1]}"
    if event == "accepted" and own and yes_only and furthest.get(app_id) != "offer":
        # "Tuesday works - let's do it!": a yes to an interview's time, not to an offer (none was made)
        skipped["not about an application"] = skipped.get("not about an application", 0) + 1
        return None
    if event == "withdrew" and own and (furthest.get(app_id) == "offer" or _OFFER_SUBJECT.search(subject.lower())):
        # "j'ai décidé de ne pas y donner suite" answering an offer: withdrawing from an offer is declining it
        event, rule = "declined", f"declined (a withdrawal from an offer): {rule.split(': ', 1)[-1]}"
    if (
        event == "applied"
        and not own
        and known
        and _STEP_ORDER.get(furthest.get(app_id), 0) >= _STEP_ORDER["screen"]
        and not rule.startswith("applied (an agency")
    ):
        # "Got your submission - thank you! The team will review it": in the thread of an application past its
        # first answer, receiving something is an answer that decides nothing, not a second application
        event, rule = "reply", f"reply (a receipt in the thread): {rule.split(': ', 1)[-1]}"
    via_board = threads.setdefault(("applied via a job site",), set())  # applications a job site's receipt began
    mailed = threads.setdefault(("applied by mail",), set())  # applications that began with the person's own mail
    if event == "applied" and own:
        mailed.add(app_id)
    elif event == "applied" and app_id in mailed and not rule.startswith("applied (an agency"):
        # "Application for Marketing Manager" sent by the person, then the employer's "we have received your
        # application and it is now under review": the answer to an application made by mail decides nothing
        event, rule = "reply", f"reply (a receipt of an application made by mail): {rule.split(': ', 1)[-1]}"
    if (
        event == "applied"
        and not own
        and app_id in furthest
        and not rule.startswith("applied (an agency")
        # (or the employer's own receipt of an application a job site sent: "Nous avons bien reçu votre dossier" days
        # after jobup's "Votre candidature a été envoyée"; two receipts from one system are two roles)
        and (
            _waits(body.lower())
            or (furthest.get(app_id) == "applied" and app_id in via_board and not _is_board(domain) and not ats)
        )
    ):
        # "Thanks for hanging in there ... our team is carefully working through every application": a later mail
        # of an application already received that says news will come is a wait, not a second receipt
        event, rule = "reply", f"reply (a later receipt, news to come): {rule.split(': ', 1)[-1]}"
    if event == "applied" and not own and _is_board(domain):
        via_board.add(app_id)
    if (
        event == "offer"
        and not own
        and (_ONBOARDING.search(rule) or "welcome aboard" in rule)
        and (furthest.get(app_id) == "offer" or _ONBOARDING.search(subject.lower()))
    ):
        # "Congratulations on your offer! Please complete the background check authorization", "Welcome aboard!
        # Kindly upload your certificates": after the offer, or under a subject that names the paperwork
        # ("Pre-onboarding documents"), an "offer" read from its paperwork's words is no offer of its own
        skipped["onboarding"] = skipped.get("onboarding", 0) + 1
        return None
    read = threads.setdefault(("read",), set())
    if forwarded is not None and (app_id, event, date) in read:
        # the person's forward of a mail read already ("Mom, look!!" with the offer): no second step
        skipped["forward of a mail read"] = skipped.get("forward of a mail read", 0) + 1
        return None
    read.add((app_id, event, date))
    if event == "interview" and furthest.get(app_id, "applied") == "applied" and _TEST_WORDS.search(rule):
        tests_only.add(app_id)
    elif event in ("screen", "interview", "onsite") and not (event == "interview" and _TEST_WORDS.search(rule)):
        tests_only.discard(app_id)
    if _STEP_ORDER.get(event, 0) > _STEP_ORDER.get(furthest.get(app_id), 0):
        furthest[app_id] = event
    return {
        "candidate": "me",
        "application_id": app_id,
        "company": company,
        "role": role,
        "event": event,
        "date": date,
        "confidence": confidence,
        "rule": f"{rule}; company from {'' if how.startswith('an ') else 'the '}{how}"
        + ("; read from your forward of it" if forwarded is not None else ""),
        "sender": address,
        "subject": subject[:200],
        "message_id": message_id,
    }


def mailbox_events(path, **kwargs) -> pd.DataFrame:
    """The mailbox's event log with ISO dates (what ``offerkit mail`` writes and ``load`` reads)."""
    reading = read_mailbox(path, **kwargs)
    out = reading.events.copy()
    out["date"] = pd.to_datetime(out["date"]).dt.strftime("%Y-%m-%d")
    out.attrs["summary"] = reading.summary_line()
    return out


def raw_mailbox(path, name=None):
    """The mailbox as a :class:`RawTable` for the loader (one more reader), with its reading in the notes."""
    from .read import raw_from_frame

    reading = read_mailbox(path)
    if not len(reading.events):
        raise DataError(
            f"{path}: a mailbox of {reading.messages} message(s), but no application mail was found in it "
            f"(skipped: {reading.skipped or 'none'}). offerkit reads mail from application-tracking "
            "systems and employers in English, German, French and Spanish."
        )
    frame = reading.events.copy()
    frame["date"] = pd.to_datetime(frame["date"]).dt.strftime("%Y-%m-%d")
    raw = raw_from_frame(frame, name=name or os.fspath(path))
    raw.notes.append(reading.summary_line() + "; mail bodies are not kept")
    return raw
