"""Which column holds what: roles by name, then by content; stage-date, flag and history columns."""

from __future__ import annotations

import re
import shlex

import numpy as np
import pandas as pd

from ..._core.vocab import NOT_APPLIED, assessment_step, match_label, normalize, prefix_label
from ..dates import MISSING_TOKENS, MONTH_ONLY, NO_YEAR, parse_dates
from ..flags import FLAG_NO, FLAG_YES, flag_columns, is_flag_column, stage_of_header
from ._base import _SPLIT, _STAGE_AFFIX


def _roles(columns, coltable):
    """``{role: column}`` by header; a column the user mapped takes its role before any built-in name."""
    roles = {}
    user = getattr(coltable, "user", {})
    for column in columns:
        key = normalize(column)
        if key in user and user[key][1] not in roles:
            roles[user[key][1]] = column
    for column in columns:
        if normalize(column) in user:
            continue
        role = coltable.get(normalize(column))
        if role and role not in roles:
            roles[role] = column
    return roles


def _stage_columns(frame, roles, labels):
    used = set(roles.values())
    stages = {}
    for column in frame.columns:
        if column in used:
            continue
        key = _STAGE_AFFIX.sub("", normalize(column))
        event = (
            "reply"
            if assessment_step(key)
            else match_label(key, labels) or stage_of_header(column, labels) or stage_of_header(key, labels)
        )
        if not event or event in ("applied", NOT_APPLIED):  # "Date Saved" (a wish-list date) is no stage
            continue
        if is_flag_column(frame[column]):  # "1st Interview" = 1 / blank: a flag, not a date ("1" parses as one)
            continue
        values = frame[column].str.strip()
        values = values[~values.str.lower().isin(MISSING_TOKENS)]
        marks = values.str.lower().isin(FLAG_YES | FLAG_NO)  # "yes" beside dates: the stage, undated
        if marks.any() and not marks.all():
            values = values[~marks]
        if len(values):
            parts = values.str.split(_SPLIT).explode()
            if parse_dates(parts).error.isin(["", NO_YEAR, MONTH_ONLY]).mean() < 0.5:
                continue
        stages[column] = event
    return stages


def _history_columns(f, roles):
    """Columns holding a stage history list such as ``[{'stage': 'Applied', 'date': '2024-11-05'}]``."""
    out = []
    heads = f.iloc[:50].to_numpy(dtype=object)
    for j, column in enumerate(f.columns):
        if column in roles.values():
            continue
        head = heads[:, j]
        if not any(("[" in v or "|" in v) for v in head if isinstance(v, str)):  # cheap: most columns hold neither
            continue
        values = f[column].astype(str).str.strip()
        values = values[values != ""]
        lists = values[values.str.startswith("[")]
        filled = lists[~lists.str.fullmatch(r"\[\s*\]")]  # an empty history says nothing about the column
        if (
            len(values)
            and len(lists) / len(values) > 0.5
            and len(filled)
            and filled.str.contains(
                r"stage|status|event|[\"']type[\"']|[\"']action[\"']", case=False, regex=True
            ).mean()
            >= 0.5
            or len(values)
            and values.str.contains(_PIPE_ENTRY).mean() > 0.5
            and _pipe_dates(values) >= 0.5
        ):
            out.append(column)
    return out


_PIPE_ENTRY = re.compile(r"^[^|;]{4,40}\|[^|;]+(?:;[^|;]{4,40}\|[^|;]+)*;?$")


def _pipe_dates(values) -> float:
    """Share of ``stage|date`` (or ``date|stage``) entries with a date on one side: a history dates its stages,
    while LinkedIn's "Question And Answers" ("Years of experience: 5 | Authorized to work: Yes") only looks like one."""
    entries = values.iloc[:200].str.split(";").explode().str.strip()
    entries = entries[entries.str.contains("|", regex=False)]
    if not len(entries):
        return 0.0
    sides = entries.str.split("|", n=1)
    return max(_date_share(sides.str[0].reset_index(drop=True)), _date_share(sides.str[1].reset_index(drop=True)))


def _flag_columns(f, roles, labels):
    """Stage columns holding only yes/no flags (a stage-flag grid): ``{column: event}``."""
    return {c: e for c, (e, _q) in flag_columns(f, roles, labels).items()}


_is_flag_column = is_flag_column

_URL = re.compile(r"^(?:https?://|www\.)", re.IGNORECASE)


_NOT_A_DATE_NAME = re.compile(
    r"salar|\bpay\b|compensation|\bcomp\b|wage|\bctc\b|\blpa\b|amount|budget|expect|\brate\b|"
    r"\bdays?\b|count|number|\bno\.?\b|\bid\b|#|score|rating|\bzip\b|postal|phone|[$€£¥₹]",
    re.IGNORECASE,
)

#: The longest span of dates one tracker plausibly holds (in days): a column of numbers spread wider is no dates.
_SEARCH_SPAN_DAYS = 4 * 366


def _date_share(values) -> float:
    """Share of the non-empty cells that parse as dates (0 when there are none; judged on the first 2,000)."""
    values = values.iloc[:2000].astype(str).str.strip()
    values = values[~values.str.lower().isin(MISSING_TOKENS)]
    if not len(values):
        return 0.0
    sample = values.iloc[:200]
    if sample.str.fullmatch(r"\d+(?:\.0+)?").all():
        # whole numbers are dates by content only as Excel serial days of 2000–2049 that lie within a few
        # years of each other (one search): counts, ids, sort keys such as 20241001, and salaries of
        # 45,000–52,000 (nineteen "years" apart) are not
        numbers = pd.to_numeric(sample, errors="coerce")
        inside = (numbers >= 36526) & (numbers <= 54788)
        if inside.any() and numbers[inside].max() - numbers[inside].min() > _SEARCH_SPAN_DAYS:
            return 0.0
        return float(inside.mean())
    return float(parse_dates(sample).error.isin(["", NO_YEAR, MONTH_ONLY]).mean())


def _label_share(values, labels) -> float:
    """Share of the distinct non-empty cells that are known labels (events, waiting states, never-applied)."""
    values = values.to_numpy(dtype=object) if isinstance(values, pd.Series) else values
    distinct = {str(v).strip() for v in set(values[:2000].tolist())} - {""}
    if len(distinct) > 200:  # a status column holds a few values, not hundreds
        return 0.0
    distinct = {v for v in distinct if v.lower() not in MISSING_TOKENS}
    if not distinct:
        return 0.0
    return sum(match_label(normalize(v), labels) is not None for v in distinct) / len(distinct)


#: Words of job titles: a "Name" column full of them is the position (Notion's title column), not a person.
_TITLE_WORDS = re.compile(
    r"\b(?:analyst|engineer|developer|scientist|manager|designer|intern|architect|consultant|"
    r"specialist|lead|director|associate|administrator|coordinator|officer|researcher|"
    r"technician|assistant|head|vp|programmer|writer|editor|marketer|accountant)\b",
    re.IGNORECASE,
)


def _name_as_role(f, roles, notes, name):
    """A column called "Name" that holds job titles is the role, not the candidate (Notion's title column)."""
    column = roles.get("candidate")
    if column is None or normalize(column) != "name" or "role" in roles:
        return
    values = f[column].iloc[:500].astype(str).str.strip()
    values = values[values != ""]
    if len(values) and values.str.contains(_TITLE_WORDS).mean() >= 0.5:
        del roles["candidate"]
        roles["role"] = column
        notes.append(
            f"{name}: column {column!r} holds job titles (e.g. {values.iloc[0][:30]!r}): read as the role, "
            "not as a candidate's name"
        )
    elif "company" not in roles and len(values) >= 3 and values.nunique() / len(values) >= 0.8:
        # a candidate's name repeats on each of their applications; a name per row is the row's title: the employer
        del roles["candidate"]
        roles["company"] = column
        notes.append(
            f"{name}: column {column!r} names a different entry on almost every row "
            f"(e.g. {values.iloc[0][:30]!r}): read as the company, not as a candidate's name"
        )


_POSTING_NAMES = {
    normalize(n)
    for n in (
        "url",
        "job url",
        "job link",
        "link",
        "posting",
        "posting url",
        "job posting",
        "application url",
        "application link",
        "listing",
        "listing url",
        "job page",
        "posting link",
        "apply link",
        "jd link",
        "job listing",
    )
}

_POSTING_URL = re.compile(r"^https?://[^/\s]+/\S*\d\S{3,}$", re.IGNORECASE)


def _posting_as_id(f, roles, notes, name):
    """A job-posting URL names its application where the file has no id: two rows of one posting are one application.

    Only a column named like a link whose filled cells are URLs of a posting
    (a path with a number, as ATS job pages have), when some URL repeats.
    """
    if "application_id" in roles or len(f) < 2:
        return
    for column in f.columns:
        if normalize(column) not in _POSTING_NAMES or column in roles.values():
            continue
        values = f[column].astype(str).str.strip()
        filled = values[(values != "") & ~values.str.lower().isin(MISSING_TOKENS)]
        if len(filled) < 2 or filled.str.match(_POSTING_URL).mean() < 0.8:
            continue
        repeated = int(filled.duplicated().sum())
        if repeated and filled.nunique() / len(filled) >= 0.8:
            roles["application_id"] = column
            notes.append(
                f"{name}: column {column!r} holds job-posting links and has no id beside it: a link that "
                f"repeats is one application ({repeated} row(s) repeat an earlier posting)"
            )
        return


def _twin_columns(f, roles, notes, name):
    """Say when a column used for a role has a twin of the same header ('date' and 'date.1') that disagrees."""
    for role, column in roles.items():
        twin = f"{column}.1"
        if twin not in f.columns:
            continue
        a = f[column].astype(str).str.strip().to_numpy(dtype=object)
        b = f[twin].astype(str).str.strip().to_numpy(dtype=object)
        differ = np.flatnonzero((a != b) & (a != "") & (b != ""))
        if len(differ):
            i = int(differ[0])
            notes.append(
                f"{name}: two columns are named {column!r} and disagree on {len(differ)} row(s) (first: record "
                f"{i + 2}, {a[i]!r} against {b[i]!r}): the first is used as the {role.replace('_', ' ')}; "
                f"rename one, or map the other with --map {shlex.quote(f'{column}.1={role}')}"
            )


def _notes_not_outcome(f, roles, labels, notes, name):
    """An "Outcome" column of sentences ("Process closed after the interview. Feedback ...") is notes, not statuses."""
    column = roles.get("outcome")
    if column is None:
        return
    values = f[column].astype(str).str.strip()
    distinct = [v for v in pd.unique(values.to_numpy(dtype=object)[:5000]) if v and v.lower() not in MISSING_TOKENS]
    if len(distinct) < 10:
        return
    known = sum(match_label(normalize(v), labels) is not None or prefix_label(v, labels) is not None for v in distinct)
    dated = _date_share(pd.Series(distinct, dtype=object))
    if known / len(distinct) < 0.3 and dated < 0.5:
        del roles["outcome"]
        notes.append(
            f"{name}: column {column!r} holds free text ({len(distinct)} different notes, {known} of them "
            "statuses): kept as a column of notes, not read as outcomes"
        )


def _content_roles(f, roles, labels, notes, name):
    """Give roles by content to the columns the names did not place (definitions §3.3: names are not enough).

    * a date column: when no column is named as a date, the column whose
      cells parse as dates most often (at least 60%) becomes the date;
    * the status: when no column is named as one, the column whose distinct
      values are known labels most often (at least 60%);
    * the company: when no column is named as one, a column without a header
      holding text (not dates, not links, mostly distinct).

    Every choice is written to the notes with its evidence.
    """
    keys = {normalize(c) for c in f.columns}
    if "target" in keys and ("source" in keys or "from" in keys):  # a transition table: nothing to find by content
        return roles
    for role in ("applied_date", "date", "status_date", "outcome_date"):
        column = roles.get(role)
        if column is None:
            continue
        values = f[column].iloc[:500].astype(str).str.strip()  # a sample is enough to see dates
        filled = values[(values != "") & ~values.str.lower().isin(MISSING_TOKENS)]
        others = [c for c in f.columns if c != column]  # another column, a role or not, that holds the dates
        if len(filled) and _date_share(filled) < 0.3 and any(_date_share(f[c]) >= 0.6 for c in others):
            # named like a date ("Applied?") but holding flags or text, while another column holds dates
            del roles[role]
            notes.append(
                f"{name}: column {column!r} is named like a date but holds no dates "
                f"(e.g. {filled.iloc[0][:20]!r}): not used as the {role.replace('_', ' ')}"
            )
    _name_as_role(f, roles, notes, name)
    _notes_not_outcome(f, roles, labels, notes, name)
    _posting_as_id(f, roles, notes, name)
    _twin_columns(f, roles, notes, name)
    used = set(roles.values())
    free = [c for c in f.columns if c not in used]
    if not {"applied_date", "date", "status_date"} & set(roles) and free:
        # a column named for money or a count ("Salary", "Days since applied", "Job ID") is never the date
        shares = {c: (0.0 if _NOT_A_DATE_NAME.search(str(c)) else _date_share(f[c])) for c in free}
        best = max(shares, key=shares.get)
        if shares[best] >= 0.6:
            roles["date"] = best
            used.add(best)
            notes.append(
                f"{name}: column {best!r} chosen as the date by content ({shares[best]:.0%} of its cells are dates)"
            )
    free = [c for c in f.columns if c not in used]
    if "event" not in roles and free:
        arr = f[free].to_numpy(dtype=object)[:2000]
        shares = {c: _label_share(arr[:, j], labels) for j, c in enumerate(free)}
        # a column of yes/no answers ("Interview: Yes") is a flag or a question, not the status
        shares = {c: s for c, s in shares.items() if s >= 0.6 and _date_share(f[c]) < 0.5 and not is_flag_column(f[c])}
        if shares:
            best = max(shares, key=shares.get)
            if shares[best] >= 0.6:
                roles["event"] = best
                used.add(best)
                notes.append(
                    f"{name}: column {best!r} chosen as the status by content "
                    f"({shares[best]:.0%} of its distinct values are known statuses)"
                )
    if "company" not in roles:
        for c in [c for c in f.columns if c not in used and re.fullmatch(r"column \d+", c)]:
            values = f[c].astype(str).str.strip()
            filled = values[values != ""]
            if not len(filled) or _date_share(filled) >= 0.5 or filled.str.match(_URL).mean() > 0.5:
                continue
            if filled.nunique() / len(filled) >= 0.5 and filled.str.fullmatch(r"[\d.,\s]+").mean() < 0.5:
                roles["company"] = c
                notes.append(
                    f"{name}: {c!r} (no header) chosen as the company by content (text, "
                    f"{filled.nunique()} distinct values in {len(filled)} rows)"
                )
                break
    return roles


def _mostly_distinct(f, keys, roles, labels) -> bool:
    """Whether an event+date table is really one row per application (a snapshot), judged by content.

    An event log repeats its application keys (an ``applied`` row, then the
    answers); a status sheet names each application once.  A sheet counts as
    a snapshot when fewer than a third of its application keys appear on
    more than one row, or when its keys repeat but it holds no ``applied``
    label at all (every row is some application's current status).
    """
    counts = keys.value_counts()
    if float((counts > 1).mean()) < 1 / 3:  # most applications named once: a status sheet
        return True
    applied = {str(v).strip() for v in pd.unique(f[roles["event"]])}
    return not any(match_label(normalize(v), labels) == "applied" for v in applied)
