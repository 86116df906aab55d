"""Event vocabulary, stage ladder and the synonym tables for labels and columns.

Labels and column names are compared after :func:`normalize`: accents folded
(``ä`` → ``a``, ``ß`` → ``ss``), lower case, every character that is not a
letter or a digit removed, so ``"HR/ recruiter call"``, ``"hr recruiter-call"``
and ``"HRRecruiterCall"`` are one key, and ``"Vorstellungsgespräch"`` is
``"vorstellungsgesprach"``.

Besides the events, a label may mean:

* :data:`NOT_APPLIED` — saved, wish list, trash: never applied, not an application;
* :data:`WAITING` — a state that records no event (pending, awaiting
  response, under review, open, active): the application is kept, nothing is
  added, nothing is reported as a problem.

The synonyms are drawn from real trackers and from the common words in
German, French, Spanish and Portuguese.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pandas as pd

__all__ = [
    "DECISIONS",
    "NO_WAIT_AFTER",
    "EVENTS",
    "LADDER",
    "LADDER_DTYPE",
    "OPENING_STAGES",
    "ADVANCING_STAGES",
    "OFFER_RANK",
    "TIE_ORDER",
    "COLUMN_ROLES",
    "NOT_APPLIED",
    "WAITING",
    "ASSESSMENTS",
    "assessment_step",
    "normalize",
    "prefix_label",
    "check_mapping",
    "label_table",
    "column_table",
]

#: The event vocabulary of definitions §3.2, in the order used for the categorical.
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

#: The stage ladder, lowest first: the one definition every table, wait, funnel and simulator reads.
LADDER = ("applied", "screen", "interview", "onsite", "offer")
#: The ladder as an ordered categorical dtype (``stage_reached``, the funnel's ``stage``).
LADDER_DTYPE = pd.CategoricalDtype(list(LADDER), ordered=True)
#: The stages at which a wait opens (definitions §4.1): every rung but the last.
OPENING_STAGES = LADDER[:-1]
#: The stages that answer a wait by advancing it: every rung but the first.
ADVANCING_STAGES = LADDER[1:]
#: The rank of the top rung (an offer); ``accepted`` and ``declined`` sit there too.
OFFER_RANK = len(LADDER) - 1
#: Events that decide an application: nothing follows them (definitions §4.3 ``closed``, ``advanced`` at offer).
DECISIONS = ("rejected", "withdrew", "accepted", "declined")
#: Events after which no wait opens (definitions §4.1): an offer, or a decision.
NO_WAIT_AFTER = ("offer", *DECISIONS)

#: Order of events that share a date (definitions §4.1).
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

_VOCABULARY = Path(__file__).with_name("vocabulary.tsv")


def read_vocabulary(path=_VOCABULARY) -> pd.DataFrame:
    """The vocabulary file: one row per way of writing a status or a column name.

    Columns ``kind`` (``status`` or ``column``), ``meaning`` (an event,
    ``not_applied``, ``waiting`` or a column role), ``lang`` (ISO 639-1) and
    ``text`` (as people write it), plus ``key``, the text after
    :func:`normalize`.  Lines starting with ``#`` are comments.

    Examples
    --------
    >>> v = read_vocabulary()
    >>> v.loc[v["text"] == "Kennenlerngespräch", ["kind", "meaning", "lang", "key"]].values.tolist()
    [['status', 'screen', 'de', 'kennenlerngesprach']]
    >>> sorted(set(v["lang"])) == sorted(["de", "en", "es", "fr", "it", "ja", "nl", "pl", "pt", "tr", "zh"])
    True
    """
    table = pd.read_csv(path, sep="\t", comment="#", dtype=str, keep_default_na=False, quoting=3)
    table["key"] = [normalize(t) for t in table["text"]]
    return table


def _tables():
    vocab = read_vocabulary()
    labels, not_applied, waiting, columns = {}, [], [], {}
    for kind, meaning, key in zip(vocab["kind"], vocab["meaning"], vocab["key"]):
        if kind == "column":
            columns.setdefault(meaning, []).append(key)
        elif meaning == "not_applied":
            not_applied.append(key)
        elif meaning == "waiting":
            waiting.append(key)
        else:
            labels.setdefault(meaning, []).append(key)
    return labels, not_applied, waiting, columns


_NON_ALNUM = re.compile(r"[^0-9a-z]+")
_NON_WORD = re.compile(r"[\W_]+")  # any script's letters and digits are kept (公司名称, Şirket, ステータス)


def _fold_accents(text: str) -> str:
    text = text.replace("ß", "ss").replace("æ", "ae").replace("œ", "oe").replace("ı", "i").replace("ł", "l")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def normalize(text) -> str:
    """Return the matching key of a label or column name (accents folded).

    Parameters
    ----------
    text : object
        A label or column name.

    Returns
    -------
    str
        Lower case, letters and digits only (of any script); accents and
        full-width forms folded.

    Examples
    --------
    >>> normalize("HR/ recruiter call"), normalize("Vorstellungsgespräch")
    ('hrrecruitercall', 'vorstellungsgesprach')
    >>> normalize("Durum / Sonuç"), normalize("公司名称"), normalize("ＯＦＦＥＲ")
    ('durumsonuc', '公司名称', 'offer')
    """
    text = str(text).lower()
    if text.isascii():
        return _NON_ALNUM.sub("", text)
    return _NON_WORD.sub("", _fold_accents(text))


#: The statuses and column names of ``vocabulary.tsv``, read once.
_LABELS, _NOT_APPLIED_LABELS, _WAITING_LABELS, COLUMN_ROLES = _tables()
#: Mapping targets that are not events: a label that means "never applied", or a state that records nothing.
NOT_APPLIED = "_not_applied"
WAITING = "_waiting"


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
    table.update({key: WAITING for key in _WAITING_LABELS})
    for event in EVENTS:
        table[normalize(event)] = event
    check_mapping(mapping)
    for label, event in (mapping or {}).items():
        if event in EVENTS:
            table[normalize(label)] = event
        elif event in _PSEUDO_EVENTS:
            table[normalize(label)] = _PSEUDO_EVENTS[event]
    return table


#: Mapping targets that are not events: a label that means "never applied", or a state that records nothing.
_PSEUDO_EVENTS = {"not_applied": NOT_APPLIED, "waiting": WAITING}


def check_mapping(mapping) -> None:
    """Raise :class:`offerkit.DataError` for a mapping that cannot be meant.

    A target must be an event or a column role; two keys that are one label
    once case, spaces and accents are folded must not disagree; and a column
    role has one column, so two columns mapped to one role are refused.

    Examples
    --------
    >>> check_mapping({"Pending": "waiting", "Day Sent": "applied_date"})
    >>> check_mapping({"Day Sent": "applied"})
    >>> check_mapping({"Pending": "pending"})
    Traceback (most recent call last):
    ...
    offerkit.DataError: mapping {'Pending': 'pending'}: 'pending' is neither an event nor a column role. Events: applied, screen, interview, onsite, offer, rejected, reply, accepted, declined, withdrew, follow_up, thank_you, ghosted, not_applied, waiting. Column roles: candidate, application_id, company, role, source, event, date, applied_date, status_date, outcome, outcome_date.
    >>> check_mapping({"Day": "date", "When": "date"})
    Traceback (most recent call last):
    ...
    offerkit.DataError: mapping: 'Day' and 'When' are both mapped to the date column; a role has one column: keep one of them.
    """
    from .errors import DataError

    if mapping is None:
        return
    if not isinstance(mapping, dict):
        raise DataError(
            f"mapping must be a dict such as {{'Pending': 'waiting', 'Day Sent': 'applied_date'}}, "
            f"not {type(mapping).__name__}"
        )
    valid = set(EVENTS) | set(_PSEUDO_EVENTS) | set(COLUMN_ROLES)
    for key, target in mapping.items():
        if target not in valid:
            raise DataError(
                f"mapping {{{key!r}: {target!r}}}: {target!r} is neither an event nor a column role. "
                f"Events: {', '.join([*_EVENT_ORDER, *_PSEUDO_EVENTS])}. Column roles: {', '.join(COLUMN_ROLES)}."
            )
    seen, roles = {}, {}
    for key, target in mapping.items():
        folded = normalize(key)
        if folded in seen and seen[folded][1] != target:
            first = seen[folded][0]
            raise DataError(
                f"mapping: {first!r} and {key!r} are the same label once case and spaces are set aside, but "
                f"map to {seen[folded][1]!r} and {target!r}: keep one of them."
            )
        seen[folded] = (key, target)
        if target in COLUMN_ROLES:
            if target in roles and normalize(roles[target]) != folded:
                raise DataError(
                    f"mapping: {roles[target]!r} and {key!r} are both mapped to the "
                    f"{target.replace('_', ' ')} column; a role has one column: keep one of them."
                )
            roles.setdefault(target, key)


_EVENT_ORDER = EVENTS  # one list of events (issue #25)


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
    check_mapping(mapping)
    table = ColumnTable({key: role for role, keys in COLUMN_ROLES.items() for key in keys})
    for name, role in (mapping or {}).items():
        if role in COLUMN_ROLES:
            table[normalize(name)] = role
            table.user[normalize(name)] = (name, role)
    return table


class ColumnTable(dict):
    """``{normalized column name: role}``; ``user`` holds the user's own ``{key: (name, role)}``, which win."""

    def __init__(self, *args):
        super().__init__(*args)
        self.user = {}


_TRAILING_ROUND = re.compile(r"(round)?\d+$")

#: Assessments as a tracker's steps (normalized): an online test, a coding challenge, an OA.  Sent to most
#: applicants, often automatically, they say the employer answered but has not yet chosen to meet the person;
#: the people who keep trackers do not count them as interviews.  As a step (a tracker's column, "Rejected after
#: assessment", an "OA" status) they read as a ``reply``; the bare status labels "assessment" and "coding
#: challenge" stay interview rounds (definitions §3.2 lists them so).
ASSESSMENTS = frozenset(
    {
        "assessment",
        "assessments",
        "codingchallenge",
        "codingchallenges",
        "oa",
        "oas",
        "onlineassessment",
        "onlineassessments",
        "onlinetest",
        "codingtest",
        "codingassessment",
        "skillsassessment",
        "hackerrank",
        "codesignal",
        "codility",
        "test",
        "tests",
        "oasent",
        "oareceived",
        "oadone",
        "oacompleted",
    }
)


def assessment_step(key: str) -> bool:
    """Whether a normalized header or part of a status names an assessment step (see :data:`ASSESSMENTS`).

    Examples
    --------
    >>> assessment_step("codingchallenge"), assessment_step("oa"), assessment_step("interview")
    (True, True, False)
    """
    return key in ASSESSMENTS or _TRAILING_ROUND.sub("", key) in ASSESSMENTS


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
    numbered = _LEADING_NUMBER.sub("", key)  # a board's numbered stages: "1 - Applied", "4. Offer", "(5) Accepted"
    if numbered != key and numbered in table:
        return table[numbered]
    return None


_LEADING_NUMBER = re.compile(r"^\d{1,2}(?=[^\d])")


_WORDS = re.compile(r"[\W_]+")


def prefix_label(text: str, table: dict, *, min_length=5):
    """The event of the longest run of leading *words* of ``text`` that is a known label, or ``None``.

    "Interview with the hiring manager" → interview and "Rejected - after
    the screen" → rejected: a known label followed by more words.  A longer
    *word* is not a known label ("offerr", "Interviewer" are reported as
    unknown, never guessed: definitions §3.2), and never-applied labels only match
    exactly.  Labels of fewer than ``min_length`` letters ("open", "no")
    never claim a longer status, and a sentence (more than six words, over
    60 characters, or with a full stop inside) is a note, not a status.

    Examples
    --------
    >>> t = label_table()
    >>> prefix_label("Interview with hiring manager", t), prefix_label("Phone screen w/ Jane", t)
    ('interview', 'screen')
    >>> prefix_label("offerr", t), prefix_label("Interviewer left", t), prefix_label("blorp foo", t)
    (None, None, None)
    """
    text = str(text)
    words = [w for w in _WORDS.split(text) if w]
    if len(words) > 6 or len(text) > 60 or ". " in text.strip():  # a sentence of notes, not a status
        return None
    if len(words) > 1 and words[0].lower() in _HELPER_VERBS:
        # an activity log's "Got rejected", "Received offer", "Sent thank you note", "Had phone screen": the
        # status after the verb ("got" and "had" alone never claim one)
        rest = normalize(" ".join(words[1:]))
        event = match_label(rest, table) if len(rest) >= 3 else None
        if event is None:
            event = prefix_label(" ".join(words[1:]), table, min_length=min_length)
        if event is not None and event != NOT_APPLIED:
            return event
    for n in range(len(words) - 1, 0, -1):
        key = normalize(" ".join(words[:n]))
        event = match_label(key, table) if len(key) >= min_length else None
        if event is not None and event != NOT_APPLIED:
            return event
    return None


#: Verbs that start an activity log's entry before its status ("Got rejected", "Scheduled interview").
_HELPER_VERBS = {
    "got",
    "had",
    "sent",
    "received",
    "did",
    "completed",
    "scheduled",
    "booked",
    "attended",
    "finished",
    "took",
    "passed",
}

_REPEATS = re.compile(r"([a-z])\1+")
_TRIPLE = re.compile(r"([a-z])\1\1")


def fuzzy_label(key: str, table: dict):
    """Map a label with a typo to an event, or ``None`` (documented fuzzy rule).

    1. A letter written three times or more (``reeejected``): repeated
       letters collapse and the result is matched exactly against the
       collapsed synonyms.
    2. Otherwise, a label of at least 6 letters within a similarity ratio of
       0.88 (``difflib``) of exactly one event's synonyms is mapped to it
       (``rejcted`` → ``rejected``), unless the label is that synonym with
       letters added at its end (``offerr`` stays unknown).

    Everything else stays unknown and is reported.  Every fuzzy match is
    listed in the validation report's notes.

    Examples
    --------
    >>> t = label_table()
    >>> fuzzy_label("reeejected", t), fuzzy_label("intervew", t), fuzzy_label("blorp", t), fuzzy_label("offerr", t)
    ('rejected', 'interview', None, None)
    """
    import difflib

    if not key:
        return None
    if _TRIPLE.search(key):  # an emphatic spelling ("reeejected"): its letters run three times or more
        collapsed = _REPEATS.sub(r"\1", key)
        by_collapsed = {}
        for k, event in table.items():
            by_collapsed.setdefault(_REPEATS.sub(r"\1", k), set()).add(event)
        if collapsed in by_collapsed and len(by_collapsed[collapsed]) == 1:
            return next(iter(by_collapsed[collapsed]))
    if len(key) < 6:
        return None
    # a known label with letters added at its end is a longer word, not a typo ("offerr"): never guessed
    close = [c for c in difflib.get_close_matches(key, list(table), n=5, cutoff=0.88) if not key.startswith(c)]
    events = {table[c] for c in close}
    return events.pop() if len(events) == 1 else None
