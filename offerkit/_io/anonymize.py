"""Anonymised sharing: a copy of a search with stable pseudonyms."""

from __future__ import annotations

import copy
import hashlib

import numpy as np
import pandas as pd

from .._core.search import JobSearch

__all__ = ["anonymize"]


def _pseudonym(prefix, value, salt):
    digest = hashlib.sha256(f"{salt}\x1f{value}".encode()).hexdigest()[:8]
    return f"{prefix}-{digest}"


def anonymize(search, *, salt) -> JobSearch:
    """A copy of ``search`` with stable pseudonyms, safe to share.

    Candidates become ``Candidate-xxxxxxxx``, companies ``Company-xxxxxxxx``
    and application ids ``App-xxxxxxxx`` (SHA-256 of the salt and the name:
    the same input and salt always give the same pseudonyms; without the salt
    they cannot be reversed by guessing names).  Extra input columns (notes,
    URLs, ...) are dropped, and so are the original texts in the validation
    report's ``problems`` and ``rejected``; the counts stay.

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
    ids = (ev["candidate"].astype(str) + "\x1f" + ev["application_id"].astype(str)).to_numpy(dtype=object)
    out["application_id"] = np.array([_pseudonym("App", i, salt) for i in ids], dtype=object) if len(ids) else ids
    report = copy.copy(search.report)
    if report is not None:
        report.problems = report.problems.assign(value="(hidden)")
        report.rejected = report.rejected[["file", "row", "problem"]].copy()
        report.files = ["(anonymized)"]
    return JobSearch(out, report=report, as_of=search.as_of, country=search.country, stale_after=search.stale_after)
