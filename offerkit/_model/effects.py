"""Ghost rates, the follow-up effect and the thank-you effect (definitions §4.5).

All three are observational: they describe this data, not what would happen
if you changed your behaviour (people who send notes may differ in other ways).
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from scipy import special

from .._core.status import wait_status
from .._core.waits import waits as _waits
from .._stats.intervals import wilson
from .response import STAGES, fit_model

__all__ = ["ghost_rates", "followup_effect", "thank_you_effect"]


def ghost_rates(search, *, by="stage", model=None) -> pd.DataFrame:
    """Share of employers that never answer, per stage (and source), from the response model.

    For each group the rate is the model's ghost probability averaged over
    that group's waits (so ``by="stage"`` reflects this search's source mix);
    the 95% interval comes from 4,000 draws of the parameters from their
    normal approximation (observed information).

    Parameters
    ----------
    search : JobSearch
    by : {"stage", "source"} or list of them, default "stage"
    model : ResponseModel, optional

    Returns
    -------
    pandas.DataFrame
        ``[by...,] waits, ghost, low, high``.

    Examples
    --------
    >>> import offerkit
    >>> t = ghost_rates(offerkit.load(offerkit.sample(applications=80, seed=1)))
    >>> t.columns.tolist()
    ['stage', 'waits', 'ghost', 'low', 'high']
    """
    model = model or fit_model(search)
    keys = [by] if isinstance(by, str) else list(by)
    d = model.data_
    w = d.waits.assign(_stage=d.stage, _source=d.source)
    w["source"] = w["source"].astype(str).where(w["source"].astype(str) != "", "(none)")
    rows = []
    for key, group in w.groupby(keys, observed=True, sort=True):
        key = key if isinstance(key, tuple) else (key,)
        combos = group.groupby(["_stage", "_source"]).size()
        weights = combos.to_numpy() / combos.sum()
        eta_hat, eta_draw = model.ghost_logits(list(combos.index), draws=4000, seed=0)
        est = float(special.expit(eta_hat) @ weights)
        sims = special.expit(eta_draw) @ weights
        rows.append(
            {
                **dict(zip(keys, key)),
                "waits": len(group),
                "ghost": est,
                "low": float(np.quantile(sims, 0.025)),
                "high": float(np.quantile(sims, 0.975)),
            }
        )
    out = pd.DataFrame(rows, columns=keys + ["waits", "ghost", "low", "high"])
    if "stage" in keys:
        out["stage"] = pd.Categorical(out["stage"], categories=list(STAGES), ordered=True)
        out = out.sort_values(keys).reset_index(drop=True)
    return out


def followup_effect(search, *, model=None) -> pd.DataFrame:
    """The follow-up boost exp(β_f): how many times likelier an answer is on the 5 days after a nudge.

    Observational: employers nudged may differ from the others.

    Parameters
    ----------
    search : JobSearch
    model : ResponseModel, optional
        A model already fitted to ``search``; default: fitted here.

    Returns
    -------
    pandas.DataFrame
        One row: ``boost, low, high, nudges, waits_nudged``.

    Examples
    --------
    >>> import offerkit
    >>> t = followup_effect(offerkit.load(offerkit.sample(applications=60, seed=2)))
    >>> t.columns.tolist(), bool(t["low"][0] <= t["boost"][0] <= t["high"][0])
    (['boost', 'low', 'high', 'nudges', 'waits_nudged'], True)
    """
    model = model or fit_model(search)
    boost, low, high = model.followup_boost
    w = model.data_.waits
    return pd.DataFrame(
        [
            {
                "boost": boost,
                "low": low,
                "high": high,
                "nudges": int(w["followups"].sum()),
                "waits_nudged": int((w["followups"] > 0).sum()),
            }
        ]
    )


def thank_you_effect(search, *, within=1, stale_after=None) -> pd.DataFrame:
    """Next-stage conversion after interviews with vs without a thank-you note.

    Every ``interview`` or ``onsite`` event opens a wait (definitions §4.1); it
    counts as *with a note* when a ``thank_you`` is dated within ``within``
    days after it (same day included). The wait advanced if the next answer
    moved the application on; it is closed if rejected, withdrawn, or silent
    for more than ``stale_after`` days; otherwise pending and left out, as in
    the funnel (definitions §4.3).

    Parameters
    ----------
    search : JobSearch
    within : int, default 1
        Days after the interview within which a ``thank_you`` counts as sent for it.
    stale_after : int, optional
        Days of silence that close a wait; default ``search.stale_after`` (30).

    Returns
    -------
    pandas.DataFrame
        ``thank_you`` (True/False), ``advanced, closed, pending, rate, low, high``
        (95% Wilson interval).

    Examples
    --------
    >>> import offerkit
    >>> t = thank_you_effect(offerkit.load(offerkit.sample(applications=80, seed=2)))
    >>> sorted(t["thank_you"].tolist()), t.columns.tolist()
    ([False, True], ['thank_you', 'advanced', 'closed', 'pending', 'rate', 'low', 'high'])
    """
    stale_after = search.stale_after if stale_after is None else stale_after
    w = _waits(search)
    w = w[w["stage"].astype(str).isin(["interview", "onsite"])]
    ev = search.events
    notes = ev[ev["event"] == "thank_you"][["candidate", "application_id", "date"]]
    key = ["candidate", "application_id"]
    pairs = w[key + ["start"]].reset_index().merge(notes, on=key, how="inner")
    delta = (pairs["date"] - pairs["start"]).dt.days
    with_note = set(pairs.loc[(delta >= 0) & (delta <= within), "index"])
    noted = w.index.isin(list(with_note))
    status = wait_status(w, as_of=search.as_of, stale_after=stale_after)
    advanced, closed = status == "advanced", status == "closed"
    rows = []
    for flag in (True, False):
        sel = noted == flag
        k, c = int((advanced & sel).sum()), int((closed & sel & ~advanced).sum())
        pending = int(sel.sum()) - k - c
        rate, low, high = wilson(k, k + c)
        rows.append(
            {"thank_you": flag, "advanced": k, "closed": c, "pending": pending, "rate": rate, "low": low, "high": high}
        )
    return pd.DataFrame(rows)
