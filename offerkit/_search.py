"""``JobSearch``: the loaded data, one object per search or cohort."""

from __future__ import annotations

import numpy as np
import pandas as pd

from ._vocab import LADDER

__all__ = ["JobSearch", "stage_rank"]

_LADDER_RANK = {stage: i for i, stage in enumerate(LADDER)}
_TERMINAL = ("rejected", "withdrew", "accepted", "declined")

APPLICATION_COLUMNS = [
    "candidate", "application_id", "company", "role", "source", "applied", "stage_reached",
    "outcome", "last_event", "last_date", "last_stage_date", "followups",
]


def stage_rank(events: pd.Series) -> np.ndarray:
    """Ladder rank of each event (``accepted``/``declined`` count as offer), -1 otherwise."""
    ranks = {**_LADDER_RANK, "accepted": 4, "declined": 4}
    return events.astype(object).map(ranks).fillna(-1).astype("int64").to_numpy()


class JobSearch:
    """A loaded job search (or a cohort of searches).

    Built by :func:`offerkit.load`; holds state (the events, the report, the
    as-of date), so it is a class.

    Attributes
    ----------
    events : pandas.DataFrame
        The canonical event log (SPEC 3.1), extra input columns kept.
    report : ValidationReport
    as_of : pandas.Timestamp
    country : str
        Public-holiday calendar used for business days.
    stale_after : int
        Days of silence after which an open application is called stale.
    """

    def __init__(self, events, *, report=None, as_of=None, country="US", stale_after=30):
        self.events = events
        self.report = report
        self.as_of = pd.Timestamp(as_of) if as_of is not None else events["date"].max()
        self.country = country
        self.stale_after = stale_after
        self._applications = None

    @property
    def limited(self) -> bool:
        """True when the data is a status snapshot (no stage timing)."""
        return bool(self.report is not None and self.report.limited)

    @property
    def applications(self) -> pd.DataFrame:
        """One row per application.

        Columns ``candidate, application_id, company, role, source, applied,
        stage_reached, outcome, last_event, last_date, last_stage_date,
        followups``.  ``outcome`` is the latest of ``rejected``, ``withdrew``,
        ``accepted``, ``declined`` if any; else ``offer`` when an offer is
        open; else ``ghosted`` when a ghosted marker is dated on or after the
        last ladder event; else ``stale`` when more than ``stale_after`` days
        passed from the last ladder event to ``as_of``; else ``open``.
        """
        if self._applications is None:
            self._applications = applications_table(self.events, as_of=self.as_of, stale_after=self.stale_after)
        return self._applications

    @property
    def candidates(self) -> list:
        """The candidates in the data, sorted."""
        return sorted(self.events["candidate"].unique().tolist())

    def __repr__(self) -> str:
        apps = self.events.groupby(["candidate", "application_id"]).ngroups
        n_cand = self.events["candidate"].nunique()
        problems = 0 if self.report is None else len(self.report.problems)
        return (
            f"JobSearch({n_cand} candidate{'s' if n_cand != 1 else ''}, {apps} applications, "
            f"{len(self.events)} events, as of {self.as_of.date()}, {problems} problem(s) reported)"
        )


def applications_table(events: pd.DataFrame, *, as_of, stale_after=30) -> pd.DataFrame:
    """Summarise the event log per application (see ``JobSearch.applications``)."""
    if events.empty:
        return pd.DataFrame(columns=APPLICATION_COLUMNS)
    ev = events
    keys = ["candidate", "application_id"]
    rank = stage_rank(ev["event"])
    event = ev["event"].astype(object)
    date = ev["date"]
    work = pd.DataFrame(
        {
            "candidate": ev["candidate"].to_numpy(), "application_id": ev["application_id"].to_numpy(),
            "rank": rank, "date": date.to_numpy(),
            "applied_date": date.where(event == "applied").to_numpy(),
            "ladder_date": date.where(rank >= 0).to_numpy(),
            "terminal": event.where(event.isin(_TERMINAL)).to_numpy(),
            "ghost_date": date.where(event == "ghosted").to_numpy(),
            "followup": (event == "follow_up").to_numpy(),
        }
    )
    g = work.groupby(keys, sort=True)
    text = ev[keys + ["company", "role", "source"]].copy()
    for column in ("company", "role", "source"):
        text[column] = text[column].where(text[column].astype(str) != "")
    first = text.groupby(keys, sort=True)[["company", "role", "source"]].first().fillna("")
    out = first.reset_index()
    out["applied"] = g["applied_date"].min().to_numpy()
    top = g["rank"].max().clip(lower=0).to_numpy()
    out["stage_reached"] = pd.Categorical.from_codes(top, categories=list(LADDER), ordered=True)
    last = ev.groupby(keys, sort=True).tail(1)  # events are sorted by date and tie order
    out["last_event"] = last["event"].astype(object).to_numpy()
    out["last_date"] = last["date"].to_numpy()
    # date of the last ladder event at the stage reached
    at_top = work["rank"] == g["rank"].transform("max")
    work["top_date"] = work["date"].where(at_top & (work["rank"] >= 0))
    out["last_stage_date"] = work.groupby(keys, sort=True)["top_date"].max().to_numpy()
    last_terminal = work.dropna(subset=["terminal"]).groupby(keys, sort=True)["terminal"].last()
    terminal = last_terminal.reindex(pd.MultiIndex.from_frame(out[keys])).to_numpy()
    ghost = g["ghost_date"].max().to_numpy()
    stage_date = out["last_stage_date"].fillna(out["last_date"]).to_numpy()
    outcome = np.where(pd.notna(terminal), terminal, None)
    outcome = np.where(pd.isna(outcome) & (top == 4), "offer", outcome)
    ghosted = pd.notna(ghost) & (ghost >= stage_date)
    outcome = np.where(pd.isna(outcome) & ghosted, "ghosted", outcome)
    stale = (pd.Timestamp(as_of) - pd.to_datetime(stage_date)).days > stale_after
    outcome = np.where(pd.isna(outcome) & np.asarray(stale), "stale", outcome)
    out["outcome"] = np.where(pd.isna(outcome), "open", outcome).astype(object)
    out["followups"] = g["followup"].sum().to_numpy().astype("int64")
    return out[APPLICATION_COLUMNS]
