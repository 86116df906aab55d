"""Anonymised sharing: a copy of a search with stable pseudonyms."""

from __future__ import annotations

import copy
import hashlib
import re

import numpy as np
import pandas as pd

from .._core.search import JobSearch
from .._core.vocab import normalize

#: Sources that name a channel, not a person: kept as they are when anonymizing.
GENERIC_SOURCES = {
    normalize(s)
    for s in (
        "referral",
        "job board",
        "jobboard",
        "company site",
        "company website",
        "career site",
        "careers page",
        "linkedin",
        "linkedin easy apply",
        "easy apply",
        "indeed",
        "glassdoor",
        "recruiter",
        "agency",
        "staffing agency",
        "monster",
        "ziprecruiter",
        "wellfound",
        "angellist",
        "handshake",
        "dice",
        "hired",
        "otta",
        "welcome to the jungle",
        "email",
        "cold email",
        "networking",
        "career fair",
        "job fair",
        "meetup",
        "twitter",
        "x",
        "hacker news",
        "hn",
        "google",
        "google jobs",
        "other",
        "website",
        "direct",
        "internal",
        "university",
        "school",
        "alumni",
        "friend",
        "stepstone",
        "xing",
        "seek",
        "naukri",
        "reed",
        "totaljobs",
        "otta",
        "builtin",
        "built in",
        "remoteok",
        "weworkremotely",
    )
}
_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"")
#: The parts of a problem text that may quote a cell however it is quoted: the paste-ready command and the
#: nearest known labels (chosen by the cell's text)
_QUOTING_PARTS = re.compile(r"\s*\(CLI: .*?\)(?=;|$| \[)|;\s*closest known:.*$", re.S)


def _scrub(text) -> str:
    """A problem text that quotes no original cell: quoted parts, the --map suggestion and the nearest labels go."""
    return _QUOTED.sub("'…'", _QUOTING_PARTS.sub("", str(text)))


__all__ = ["anonymize"]


def _pseudonym(prefix, value, salt):
    digest = hashlib.sha256(f"{salt}\x1f{value}".encode()).hexdigest()[:8]
    return f"{prefix}-{digest}"


def anonymize(search, *, salt) -> JobSearch:
    """A copy of ``search`` with stable pseudonyms, safe to share.

    Candidates become ``Candidate-xxxxxxxx``, companies ``Company-xxxxxxxx``,
    roles ``Role-xxxxxxxx`` and application ids ``App-xxxxxxxx`` (SHA-256 of
    the salt and the name: the same input and salt always give the same
    pseudonyms; without the salt they cannot be reversed by guessing names).
    A source keeps its name only when it is a generic channel (referral, job
    board, LinkedIn, recruiter, ...), since "referral from <a person>" names
    someone; any other source becomes ``Source-xxxxxxxx``.  Extra input
    columns (notes, URLs, ...) are dropped; the original row number is kept
    (``input_row``) so that events which differed only in a dropped column
    stay distinct and the results are the same before and after.  The
    validation report keeps its counts; its texts are scrubbed: values
    hidden, quoted names in problem texts replaced by ``…``, file names and
    notes (which may quote the file's title line) replaced.

    Parameters
    ----------
    search : JobSearch
    salt : str
        Keep it secret and reuse it to get the same pseudonyms next time.

    Examples
    --------
    >>> import offerkit
    >>> s = offerkit.load(offerkit.sample(applications=10, seed=1))
    >>> a, b = anonymize(s, salt="x"), anonymize(s, salt="x")
    >>> a.events["company"].tolist() == b.events["company"].tolist()
    True
    >>> a.events["company"].iloc[0].startswith("Company-")
    True
    """
    if not salt:
        raise ValueError("anonymize needs a salt (any secret text)")
    ev = search.events
    out = ev[["candidate", "application_id", "company", "role", "source", "event", "date", "row"]].copy()

    def mapped(column, prefix):
        codes, uniques = pd.factorize(out[column].to_numpy(dtype=object))
        names = np.array([_pseudonym(prefix, u, salt) if u != "" else "" for u in uniques], dtype=object)
        return names[codes] if len(codes) else codes

    out["candidate"] = mapped("candidate", "Candidate")
    out["company"] = mapped("company", "Company")
    out["role"] = mapped("role", "Role")
    source = out["source"].to_numpy(dtype=object)
    generic = np.array([normalize(s) in GENERIC_SOURCES or s == "" for s in source], dtype=bool)
    out["source"] = np.where(generic, source, mapped("source", "Source"))
    out["input_row"] = ev["row"].to_numpy()
    ids = (ev["candidate"].astype(str) + "\x1f" + ev["application_id"].astype(str)).to_numpy(dtype=object)
    out["application_id"] = np.array([_pseudonym("App", i, salt) for i in ids], dtype=object) if len(ids) else ids
    report = copy.copy(search.report)
    if report is not None:
        scrub = _scrub
        report.problems = report.problems.assign(
            value="(hidden)", file="(anonymized)", problem=report.problems["problem"].map(scrub)
        )
        rejected = report.rejected[["file", "row", "problem"]].copy()
        report.rejected = rejected.assign(file="(anonymized)", problem=rejected["problem"].map(scrub))
        report.files = ["(anonymized)"]
        report.notes = [
            f"(anonymized: {len(search.report.notes)} note(s) of the original load hidden, "
            "since they may quote the file)"
        ]
    return JobSearch(out, report=report, as_of=search.as_of, country=search.country, stale_after=search.stale_after)
