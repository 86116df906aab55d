"""Yes/no columns: stage flags (``1st Interview`` = ``1``) and questions (``Selected for interview?`` = ``No``).

A column is a *flag column* when its header names a stage or an outcome
(in any language of the vocabulary, with a leading ordinal such as ``1st``
or ``Second`` allowed) and every cell is yes/no-like: ``yes``/``no``,
``ja``/``nein``, ``oui``/``non``, ``sí``/``no``, ``sim``/``não``,
``tak``/``nie``, ``evet``/``hayır``, ``是``/``否``, ``TRUE``/``FALSE``,
``1``/``0``, ``x``, ``✓``, ``skip`` or blank.  A yes gives that stage's
event, undated.

A *question column* asks whether the employer chose to go on
(``Selected for interview?``, ``Invited?``, ``Shortlisted?``, ``Offered?``):
a yes gives the stage asked about and a no is a **rejection** at that
point, both dated by the row's response date where the table has one.  A
no in a plain stage column (``Interview: No``, ``Interviewed?: N``) only
says the stage was not reached (yet): it is no rejection.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from .._core.vocab import NOT_APPLIED, assessment_step, match_label, normalize

__all__ = ["FLAG_NO", "FLAG_YES", "flag_columns", "flag_value", "is_flag_column", "question_event"]

FLAG_YES = {
    "y",
    "yes",
    "x",
    "true",
    "1",
    "✓",
    "✔",
    "✅",
    "☑",
    "done",
    "reached",
    "passed",
    "pass",
    "ja",
    "j",
    "oui",
    "si",
    "sí",
    "sim",
    "tak",
    "evet",
    "是",
    "有",
    "○",
    "◯",
    "〇",
    "はい",
    "yes!",
    "completed",
    "1.0",
}
FLAG_NO = {
    "n",
    "no",
    "false",
    "0",
    "",
    "-",
    "n/a",
    "na",
    "none",
    "null",
    "nein",
    "non",
    "não",
    "nao",
    "nie",
    "hayır",
    "hayir",
    "否",
    "无",
    "×",
    "✗",
    "✘",
    "いいえ",
    "skip",
    "skipped",
    "0.0",
    "—",
    "–",
    "expired",
    "missed",
    "cancelled",
    "canceled",
}

_ORDINAL = re.compile(r"^(?:\d{1,2}(?:st|nd|rd|th)?|first|second|third|fourth|fifth|next)(?=[a-z])")
_QUESTION = re.compile(
    r"^(?:was|were|did|do|got|get|had|have|has|been|i|we|am|is|are|be)*"
    r"(selected|invited|shortlisted|offered|progressed|advanced|movedforward|passed)"
    r"(?:for|to|into|an|a|the|back|on|at)*(.*?)$"
)


def flag_value(text):
    """True for a yes-like cell, False for a no-like or blank one, None for anything else.

    Examples
    --------
    >>> [flag_value(v) for v in ["Yes", "nein", "", "TRUE", "✓", "Skip", "2024-11-05"]]
    [True, False, False, True, True, False, None]
    """
    value = str(text).strip().lower()
    if value in FLAG_YES:
        return True
    if value in FLAG_NO:
        return False
    return None


def is_flag_column(values) -> bool:
    """Whether every distinct cell of ``values`` is yes/no-like (blank included)."""
    return all(flag_value(v) is not None for v in pd.unique(values))


#: An answer hint in a header: "Interview? (Y/N)", "Offer [yes/no]", "Rejected (1/0)".
_HINT = re.compile(
    r"[\(\[]\s*(?:y|yes|j|ja|oui|sí|si|sim|tak|evet|true|1|x|✓)\s*[/|,]\s*"
    r"(?:n|no|nein|non|não|nao|nie|hayır|false|0|-|blank)?\s*[\)\]]",
    re.I,
)


def _without_hint(column) -> str:
    return _HINT.sub(" ", str(column)).strip()


def stage_of_header(column, labels):
    """The event a column header names (``1st Interview`` → interview, ``Tech Exam`` → interview), or None.

    An answer hint in the header is left out: ``Interview? (Y/N)`` names the interview.

    Examples
    --------
    >>> from offerkit._core.vocab import label_table
    >>> stage_of_header("Interview? (Y/N)", label_table()), stage_of_header("2nd Interview", label_table())
    ('interview', 'interview')
    """
    key = normalize(_without_hint(column))
    if assessment_step(key) or assessment_step(_ORDINAL.sub("", key)):
        return "reply"  # a tracker's "Coding Challenge" / "OA" column: the employer answered, no interview yet
    event = match_label(key, labels)
    if event is None:
        stripped = _ORDINAL.sub("", key)
        if stripped != key:
            event = match_label(stripped, labels)
    return event


def question_event(column, labels):
    """The stage a question header asks about (``Selected for interview?`` → interview), or None.

    Examples
    --------
    >>> from offerkit._core.vocab import label_table
    >>> t = label_table()
    >>> question_event("Selected for interview?", t), question_event("Offered?", t), question_event("Company", t)
    ('interview', 'offer', None)
    """
    m = _QUESTION.match(normalize(_without_hint(column)))
    if not m:
        return None
    verb, rest = m.groups()
    if verb == "offered":
        return "offer"
    event = stage_of_header(rest, labels) if rest else None
    if event in ("screen", "interview", "onsite", "offer"):
        return event
    if rest in ("", "nextround", "nextstage", "round2", "secondround"):
        return "interview"
    return None


def flag_columns(f, roles, labels):
    """``{column: (event, is_question)}`` of the yes/no columns of ``f`` not already given a role."""
    used = set(roles.values())
    out = {}
    for column in f.columns:
        if column in used:
            continue
        question = question_event(column, labels)
        event = question or stage_of_header(column, labels)
        if event is None or event == NOT_APPLIED:
            continue
        if is_flag_column(f[column]):
            out[column] = (event, question is not None)
    return out


def flag_events(f, flags, *, date_col=None, with_applied=False):
    """Raw events of flag columns: each yes its stage; each no to a question a rejection.

    Dated by ``date_col`` (the row's response date) for questions, undated otherwise.
    """
    parts = []
    if with_applied:
        parts.append(
            pd.DataFrame(
                {"_rec": np.arange(len(f)), "_label": "applied", "_labelcol": "", "_datetext": "", "_datecol": ""}
            )
        )
    dates = f[date_col].to_numpy(dtype=object) if date_col else None
    for column, (event, question) in flags.items():
        if event == "applied":
            continue
        cells = f[column].astype(str).str.strip().str.lower()
        yes = cells.isin(FLAG_YES).to_numpy()
        said_no = (cells.isin(FLAG_NO) & (cells != "")).to_numpy() if question else np.zeros(len(f), dtype=bool)
        for mask, label in ((yes, event), (said_no, "rejected")):
            recs = np.flatnonzero(mask)
            if not len(recs):
                continue
            dated = question and dates is not None
            parts.append(
                pd.DataFrame(
                    {
                        "_rec": recs,
                        "_label": label,
                        "_labelcol": column,
                        "_datetext": dates[recs] if dated else "",
                        "_datecol": date_col if dated else "",
                    }
                )
            )
    if not parts:
        return pd.DataFrame(columns=["_rec", "_label", "_labelcol", "_datetext", "_datecol"])
    return pd.concat(parts, ignore_index=True)
