"""Flow of applications from ``applied`` through the stages to outcomes (Sankey data)."""

from __future__ import annotations

import dataclasses

import pandas as pd

from .._core.result import Result
from .._core.status import application_status
from .._core.vocab import LADDER

__all__ = ["flow", "FlowTable", "to_sankeymatic"]

OUTCOME_NODES = ("rejected", "ghosted", "stale", "withdrew", "pending", "accepted", "declined")


@dataclasses.dataclass(repr=False)
class FlowTable(Result):
    """Result of :func:`flow`: applications moving between stages and into outcomes.

    Attributes
    ----------
    table : pandas.DataFrame
        ``source_node, target_node, count``, one row per link (also ``summary``).

    Examples
    --------
    >>> import offerkit
    >>> s = offerkit.load(offerkit.sample(applications=60, seed=2))
    >>> t = offerkit.flow(s)
    >>> links = t.summary
    >>> int(links.loc[links["source_node"] == "applied", "count"].sum()) == len(s.applications)
    True
    """

    table: pd.DataFrame

    @property
    def summary(self) -> pd.DataFrame:
        return self.table

    def __len__(self) -> int:
        return len(self.table)

    def _headline(self) -> str:
        applied = int(self.table.loc[self.table["source_node"] == "applied", "count"].sum())
        return f"FlowTable({applied} applications, {len(self.table)} links)"

    def to_sankeymatic(self) -> str:
        """The flow as SankeyMATIC text (``source [count] target`` per line)."""
        return to_sankeymatic(self.table)


def to_sankeymatic(table) -> str:
    """Format a flow table for https://sankeymatic.com (paste into its input box).

    Parameters
    ----------
    table : FlowTable or pandas.DataFrame
        :func:`offerkit.flow`'s result, or a frame with ``source_node,
        target_node, count``.

    Examples
    --------
    >>> t = pd.DataFrame({"source_node": ["applied"], "target_node": ["rejected"], "count": [3]})
    >>> to_sankeymatic(t)
    'applied [3] rejected'
    """
    lines = []
    for row in table.itertuples(index=False):
        src = str(row.source_node).replace("[", "(").replace("]", ")")
        dst = str(row.target_node).replace("[", "(").replace("]", ")")
        lines.append(f"{src} [{int(row.count)}] {dst}")
    return "\n".join(lines)


def _outcome(apps):
    """Where each application ended, as an outcome node: its status (``open`` and an open ``offer`` are ``pending``)."""
    return apps["status"].replace({"open": "pending", "offer": "pending"})


def flow(search, *, stale_after=None) -> FlowTable:
    """Counts of applications moving between stages and into outcomes.

    Every application runs along the ladder up to the stage it reached (skipped
    stages count as passed, as in the funnel), then into one outcome node:
    ``rejected``, ``withdrew``, ``ghosted`` (a ghosted marker, or silent for
    more than ``stale_after`` days), ``pending``, and after an offer
    ``accepted`` or ``declined``.  Node totals therefore equal the funnel's
    ``reached`` counts.

    Parameters
    ----------
    search : JobSearch
    stale_after : int, optional

    Returns
    -------
    FlowTable
        ``.table``: ``source_node, target_node, count``; ``.to_sankeymatic()``
        gives text for SankeyMATIC.

    Examples
    --------
    >>> import offerkit
    >>> s = offerkit.load(offerkit.sample(applications=40, seed=1))
    >>> f = flow(s)
    >>> int(f.table.loc[f.table["source_node"] == "applied", "count"].sum())
    40
    """
    apps = application_status(search, stale_after=stale_after)
    rank = apps["rank"].to_numpy()
    outcome = _outcome(apps).to_numpy()
    rows = []
    for i, stage in enumerate(LADDER[:-1]):
        nxt = int((rank > i).sum())
        if nxt:
            rows.append((stage, LADDER[i + 1], nxt))
        at = rank == i
        for node in OUTCOME_NODES:
            count = int((at & (outcome == node)).sum())
            if count:
                rows.append((stage, node, count))
    at = rank == len(LADDER) - 1
    for node in OUTCOME_NODES:
        count = int((at & (outcome == node)).sum())
        if count:
            rows.append(("offer", node, count))
    return FlowTable(pd.DataFrame(rows, columns=["source_node", "target_node", "count"]))
