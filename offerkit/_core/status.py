"""The one status rule: is an application (or a wait) advanced, closed or still pending?

Every analysis that needs it (funnel, flow, thank-you effect, cohort table,
weekly review, simulator) calls these two functions, so the names and the
rule agree everywhere (definitions §4.3).

Application status, one of:

* ``accepted`` — an offer accepted (advanced at ``offer``);
* ``offer`` — an offer made and not yet answered (pending at ``offer``);
* ``rejected``, ``withdrew``, ``declined`` — decided (closed);
* ``ghosted`` — the candidate's ``ghosted`` note dated on or after the last
  ladder event (closed for the funnel; definitions §4.1: it never ends a *wait*, so
  the simulator keeps the application open);
* ``stale`` — silent for more than ``stale_after`` days from the last ladder
  event to ``as_of`` (closed for the funnel);
* ``open`` — none of the above (pending).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .text import str_column

__all__ = ["STATUSES", "CLOSED", "DECIDED", "is_stale", "application_status", "wait_status"]

STATUSES = ("accepted", "offer", "rejected", "withdrew", "declined", "ghosted", "stale", "open")
#: Statuses that close an application at its stage (definitions §4.3 ``closed``).
CLOSED = ("rejected", "withdrew", "declined", "ghosted", "stale")
#: Statuses someone decided: no answer can come any more (the simulator leaves these alone).
DECIDED = ("rejected", "withdrew", "declined", "accepted")


def is_stale(silent_days, stale_after):
    """The stale rule, defined here once (definitions §4.3): silent for *more than* ``stale_after`` days.

    Parameters
    ----------
    silent_days : int or array of int
        Whole days from the last ladder event (or the start of a wait) to ``as_of``.
    stale_after : int
        The search's ``stale_after`` (default 30).

    Returns
    -------
    bool or numpy.ndarray of bool

    Examples
    --------
    >>> is_stale(np.array([29, 30, 31]), 30).tolist()
    [False, False, True]
    """
    return np.asarray(silent_days) > stale_after


def application_status(search, *, stale_after=None) -> pd.DataFrame:
    """The applications table with ``status``, ``rank``, ``accepted``, ``closed`` and ``pending`` columns.

    Parameters
    ----------
    search : JobSearch
    stale_after : int, optional
        Days of silence that close an open application; default
        ``search.stale_after``.

    Returns
    -------
    pandas.DataFrame
        ``search.applications`` plus ``status`` (see the module docstring),
        ``rank`` (0–4, the ladder rank of ``stage_reached``), ``accepted``,
        ``closed`` and ``pending`` (booleans).

    Examples
    --------
    >>> import offerkit, pandas as pd
    >>> df = pd.DataFrame({"application_id": ["a", "a", "b", "c", "c"],
    ...                    "event": ["applied", "rejected", "applied", "applied", "ghosted"],
    ...                    "date": ["2024-11-01", "2024-11-05", "2024-11-01", "2024-12-20", "2024-12-29"]})
    >>> application_status(offerkit.load(df, as_of="2025-01-01"))[["application_id", "status", "closed"]].values.tolist()
    [['a', 'rejected', True], ['b', 'stale', True], ['c', 'ghosted', True]]
    """
    stale_after = search.stale_after if stale_after is None else stale_after
    apps = search.applications  # a shallow copy: the new columns stay on it
    # on the distinct outcomes (a dozen), not on every application's text
    codes, outcomes = search.outcome_codes()
    # whole days from the last stage to as_of (floored, as Timedelta.days), without a Series of Timedeltas
    as_of = pd.Timestamp(search.as_of)
    if pd.isna(as_of):  # dateless data: nothing goes silent
        silent = np.zeros(len(apps), dtype=bool)
    else:
        gap = as_of.to_datetime64().astype("datetime64[ns]") - apps["last_stage_date"].to_numpy().astype(
            "datetime64[ns]"
        )
        silent = ~np.isnat(gap) & is_stale(gap.astype("timedelta64[D]").astype("int64"), stale_after)
    undecided = np.isin(outcomes, ["open", "stale"])[codes]
    labels = np.r_[outcomes, np.array(["stale", "open"], dtype=object)]
    status = np.where(undecided, np.where(silent, len(outcomes), len(outcomes) + 1), codes)
    apps["status"] = str_column(labels[status], index=apps.index)
    apps["rank"] = apps["stage_reached"].cat.codes.astype("int64")
    apps["accepted"] = (labels == "accepted")[status]
    apps["closed"] = np.isin(labels, CLOSED)[status]
    apps["pending"] = ~apps["accepted"] & ~apps["closed"]
    return apps


def wait_status(w: pd.DataFrame, *, as_of, stale_after) -> np.ndarray:
    """``advanced``, ``closed`` or ``pending`` for each wait of :func:`offerkit.waits`.

    A wait is ``advanced`` when answered with a next stage; ``closed`` when
    answered with a rejection, ended by a withdrawal (censored before
    ``as_of``), or silent for more than ``stale_after`` days; else
    ``pending`` — the same rule as :func:`application_status`, one stage at a time.
    """
    advanced = w["response"].eq("advanced").to_numpy()
    censored = ~w["observed"].to_numpy(dtype=bool)
    closed = (
        w["response"].eq("rejected").to_numpy()
        | (censored & (w["end"] < pd.Timestamp(as_of)).to_numpy())
        | (censored & is_stale(w["days"].to_numpy(), stale_after))
    )
    return np.where(advanced, "advanced", np.where(closed, "closed", "pending"))
