"""Event vocabulary, stage ladder and the synonym tables for labels and columns.

Labels and column names are compared after :func:`normalize`: lower case with
every character that is not a letter or a digit removed, so ``"HR/ recruiter
call"``, ``"hr recruiter-call"`` and ``"HRRecruiterCall"`` are one key.
"""

from __future__ import annotations

import re

import pandas as pd

__all__ = [
    "DECISIONS",
    "NO_WAIT_AFTER",
    "EVENTS",
    "LADDER",
    "TIE_ORDER",
    "COLUMN_ROLES",
    "normalize",
    "label_table",
    "column_table",
]

#: The event vocabulary of SPEC 3.2, in the order used for the categorical.
EVENTS = (
    "applied",
    "screen",
    "interview",
    "onsite",
    "offer",
    "rejected",
    "reply",
    "accepted",
    "declined",
    "withdrew",
    "follow_up",
    "thank_you",
    "ghosted",
)

#: The stage ladder, lowest first.
LADDER = ("applied", "screen", "interview", "onsite", "offer")
#: Events that decide an application: nothing follows them (SPEC 4.3 ``closed``, ``advanced`` at offer).
DECISIONS = ("rejected", "withdrew", "accepted", "declined")
#: Events after which no wait opens (SPEC 4.1): an offer, or a decision.
NO_WAIT_AFTER = ("offer", *DECISIONS)

#: Order of events that share a date (SPEC 4.1).
TIE_ORDER = (
    "applied",
    "screen",
    "interview",
    "onsite",
    "offer",
    "reply",
    "thank_you",
    "follow_up",
    "ghosted",
    "rejected",
    "accepted",
    "declined",
    "withdrew",
)

EVENT_DTYPE = pd.CategoricalDtype(list(EVENTS))

_LABELS = {
    "applied": [
        "applied", "apply", "application", "applicationsent", "applicationsubmitted",
        "submitted", "sent", "appliedonline", "applieddate",
    ],
    "screen": [
        "screen", "screening", "phonescreen", "phonecall", "phoneinterview",
        "recruitercall", "recruiterscreen", "hrcall", "hrrecruitercall",
        "recruiterhrcall", "hrscreen", "initialcall", "introcall",
    ],
    "interview": [
        "interview", "interviews", "interviewing", "technicalinterview", "techinterview",
        "techscreen", "technicalscreen", "hiringmanager", "hiringmanagerinterview",
        "assessment", "codingchallenge", "takehome", "takehomeassignment",
        "videointerview", "secondinterview", "firstinterview", "oa", "onlineassessment", "hirevue",
        "technical", "technicalround", "caseinterview", "casestudy", "managerinterview",
    ],
    "onsite": [
        "onsite", "finalround", "finalinterview", "panel", "panelinterview",
        "superday", "onsiteinterview", "final",
    ],
    "offer": ["offer", "offerreceived", "offered", "gotoffer", "offermade", "negotiating", "negotiation", "offerstage",
              "joboffer", "verbaloffer", "writtenoffer"],
    "rejected": [
        "rejected", "rejection", "reject", "autorejected", "autorejection",
        "notselected", "declinedbyemployer", "turneddown", "denied", "notmovingforward", "rejectedbyemployer",
        "unsuccessful", "positionfilled", "noloc",
    ],
    "reply": ["reply", "response", "stillreviewing", "responded", "replied", "update", "underreview", "inreview",
              "reviewing", "applicationreceived", "acknowledged"],
    "accepted": ["accepted", "offeraccepted", "accept", "hired"],
    "declined": ["declined", "offerdeclined", "decline", "declinedoffer"],
    "withdrew": ["withdrew", "withdrawn", "withdraw", "withdrawal", "withdrewapplication", "iwithdrew", "candidatewithdrew"],
    "follow_up": ["followup", "followupemail", "followupsent", "nudge", "followedup"],
    "thank_you": ["thankyou", "thankyounote", "thankyouemail", "thankyousent", "thanks"],
    "ghosted": ["ghosted", "noresponse", "noreply", "noanswer", "ghost", "silent"],
}

#: Roles a column can play, with the names (normalized) that claim them.
COLUMN_ROLES = {
    "candidate": ["candidate", "name", "client", "student", "candidatename", "person"],
    "application_id": ["applicationid", "appid", "id", "jobid", "application", "appno"],
    "company": ["company", "companyname", "employer", "organization", "organisation", "org", "employername"],
    "role": ["role", "jobtitle", "position", "rolename", "title", "job", "positiontitle", "jobname", "jobposition",
             "positionname", "jobrole", "roletitle", "opening", "vacancy"],
    "source": ["source", "channel", "appliedvia", "via", "applicationsource", "appliedthrough", "platform", "foundvia",
               "foundon", "howapplied", "applicationmethod", "leadsource", "jobsource", "jobboard"],
    "event": ["event", "stage", "status", "step", "eventtype", "currentstatus", "list", "pipelinestage",
              "applicationstatus", "jobstatus", "currentstage", "listname", "stagename", "statusname", "pipeline",
              "currentlist"],
    "date": ["date", "eventdate", "when", "day"],
    "applied_date": [
        "dateapplied", "appliedon", "applicationdate", "applieddate", "applied",
        "dateofapplication", "appliedat", "datesubmitted", "submittedon", "applydate", "submitteddate",
    ],
    "status_date": [
        "statusdate", "lastupdated", "dateupdated", "updated", "updatedon",
        "laststatusdate", "statusupdated", "lastupdate", "updatedat", "lastmodified", "modified", "laststatuschange",
        "lastmoved", "datemoved", "movedon", "lastcontact", "lastcontacted", "lastcontactdate", "lastactivity",
        "lastactivitydate", "statuschanged", "statuschangedate", "dateoflaststatuschange", "lastupdatedat",
        "lastedited", "lasteditedtime",
    ],
}

#: Statuses of jobs saved but never applied to (tracker wish lists): such rows are set aside.
NOT_APPLIED = "_not_applied"
_NOT_APPLIED_LABELS = ["wishlist", "saved", "bookmarked", "interested", "toapply", "applying", "draft", "watching",
                       "notapplied", "notyetapplied", "planned"]

_NON_ALNUM = re.compile(r"[^0-9a-z]+")


def normalize(text) -> str:
    """Return the matching key of a label or column name.

    Parameters
    ----------
    text : object
        A label or column name.

    Returns
    -------
    str
        Lower case, letters and digits only.

    Examples
    --------
    >>> normalize("HR/ recruiter call")
    'hrrecruitercall'
    """
    return _NON_ALNUM.sub("", str(text).lower())


def label_table(mapping=None) -> dict:
    """Return the label synonym table ``{normalized label: event}``.

    Parameters
    ----------
    mapping : dict, optional
        Extra ``{label: event}`` pairs; they override the built-in ones.
        Pairs whose value is not an event are ignored here (they are column
        synonyms, see :func:`column_table`).

    Examples
    --------
    >>> label_table({"Got a call": "screen"})["gotacall"]
    'screen'
    """
    table = {key: event for event, keys in _LABELS.items() for key in keys}
    table.update({key: NOT_APPLIED for key in _NOT_APPLIED_LABELS})
    for event in EVENTS:
        table[normalize(event)] = event
    for label, event in (mapping or {}).items():
        if event in EVENTS:
            table[normalize(label)] = event
    return table


def column_table(mapping=None) -> dict:
    """Return the column synonym table ``{normalized name: role}``.

    Parameters
    ----------
    mapping : dict, optional
        Extra ``{column name: role}`` pairs, ``role`` one of
        :data:`COLUMN_ROLES`.

    Examples
    --------
    >>> column_table()["dateapplied"]
    'applied_date'
    """
    table = {key: role for role, keys in COLUMN_ROLES.items() for key in keys}
    for name, role in (mapping or {}).items():
        if role in COLUMN_ROLES:
            table[normalize(name)] = role
    return table


_TRAILING_ROUND = re.compile(r"(round)?\d+$")


def match_label(key: str, table: dict):
    """Return the event for a normalized label, or ``None``.

    ``interview2`` and ``interviewround2`` match ``interview``.

    Examples
    --------
    >>> match_label("interview3", label_table())
    'interview'
    """
    if key in table:
        return table[key]
    stripped = _TRAILING_ROUND.sub("", key)
    if stripped and stripped in table:
        return table[stripped]
    return None


_REPEATS = re.compile(r"([a-z])\1+")


def fuzzy_label(key: str, table: dict):
    """Map a label with a typo to an event, or ``None`` (documented fuzzy rule).

    1. Repeated letters collapse (``reeejected`` → ``rejected``) and the
       result is matched exactly against the collapsed synonyms.
    2. Otherwise, a label of at least 6 letters within a similarity ratio of
       0.88 (``difflib``) of exactly one event's synonyms is mapped to it
       (``rejcted`` → ``rejected``).

    Everything else stays unknown and is reported.  Every fuzzy match is
    listed in the validation report's notes.

    Examples
    --------
    >>> t = label_table()
    >>> fuzzy_label("reeejected", t), fuzzy_label("intervew", t), fuzzy_label("blorp", t)
    ('rejected', 'interview', None)
    """
    import difflib

    if not key:
        return None
    collapsed = _REPEATS.sub(r"\1", key)
    by_collapsed = {}
    for k, event in table.items():
        by_collapsed.setdefault(_REPEATS.sub(r"\1", k), set()).add(event)
    if collapsed in by_collapsed and len(by_collapsed[collapsed]) == 1:
        return next(iter(by_collapsed[collapsed]))
    if len(key) < 6:
        return None
    close = difflib.get_close_matches(key, list(table), n=5, cutoff=0.88)
    events = {table[c] for c in close}
    return events.pop() if len(events) == 1 else None
