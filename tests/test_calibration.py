"""Calibration against realised futures (issue #15): a forecast is a claim about the future, so test it on futures.

Each search is generated whole by ``offerkit.sample`` (the definitions §4.4 model), loaded with ``as_of`` = a cut
date, forecast, and then compared with what the generator realised after the cut.  Checked for one person
alone, for a cohort (``candidate=``), and for ``wait_more``:

* the mean forecast is close to the forecast on the *true* parameters (one person) and to the realised rate;
* the Brier score beats the base rate's (the realised mean, a forecast that knows the answer on average);
* within bins of the forecast, the realised rate is within binomial noise of the forecast.

The tolerances are 3 binomial standard errors plus a small allowance for the structure the simulator does not
model (the generator's source-dependent advance and per-application interview rounds).
"""

import numpy as np
import pandas as pd
import pytest

import offerkit
from offerkit._core.status import application_status
from offerkit._model.simulate import _open_waits

pytestmark = pytest.mark.slow

CUT = pd.Timestamp("2024-12-05")  # the holiday window ahead: the hardest date to forecast from
HORIZON = 60


def realised_offer(full_events, cut_search, candidate=None):
    """1 when an application sent by the cut got an offer in (cut, cut + HORIZON], or an offer was open at the cut."""
    ev = full_events if candidate is None else full_events[full_events["candidate"] == candidate]
    applied = ev[ev["event"] == "applied"].groupby("application_id")["date"].min()
    before = set(applied[applied <= CUT].index)
    later = ev[
        (ev["event"] == "offer")
        & (ev["date"] > CUT)
        & (ev["date"] <= CUT + pd.Timedelta(days=HORIZON))
        & ev["application_id"].isin(before)
    ]
    status = application_status(cut_search)
    if candidate is not None:
        status = status[status["candidate"] == candidate]
    return int(len(later) > 0 or (status["status"] == "offer").any())


def brier(p, y):
    return float(np.mean((np.asarray(p) - np.asarray(y)) ** 2))


def check_bins(p, y, bins, allowance):
    """Realised vs forecast within quantile bins of the forecast: |difference| < 3 SE + allowance."""
    frame = pd.DataFrame({"p": p, "y": y})
    frame["bin"] = pd.qcut(frame["p"].rank(method="first"), bins, labels=False)
    for _, b in frame.groupby("bin"):
        mean_p, mean_y = b["p"].mean(), b["y"].mean()
        se = np.sqrt(max(mean_p * (1 - mean_p), 0.01) / len(b))
        assert abs(mean_y - mean_p) < 3 * se + allowance, (len(b), mean_p, mean_y)


@pytest.fixture(scope="module")
def one_person():
    rows = []
    true = offerkit.SimulationParameters.sample_defaults()
    # 160 people: at 60 (8 offers realised) the forecast's Brier margin over the base rate was 0.002, noise that a
    # prior's width flipped either way; at 160 it is 0.016 (0.111 against 0.128)
    for seed in range(160):
        df = offerkit.sample(applications=60, seed=500 + seed, start="2024-09-02", end="2025-03-31")
        full = offerkit.load(df).events
        s = offerkit.load(df, as_of=CUT)
        end = CUT + pd.Timedelta(days=HORIZON)
        fit = offerkit.simulate(s, paths=400, seed=seed, horizon_days=HORIZON).p_offer_by(end)
        on_truth = offerkit.simulate(s, paths=400, seed=seed, horizon_days=HORIZON, params=true).p_offer_by(end)
        rows.append((fit, on_truth, realised_offer(full, s)))
    return pd.DataFrame(rows, columns=["p", "p_true", "y"])


def test_one_person_forecast_is_close_to_the_true_parameter_forecast(one_person):
    assert abs(one_person["p"].mean() - one_person["p_true"].mean()) < 0.03
    assert abs(one_person["p"].mean() - one_person["y"].mean()) < 0.08


def test_one_person_forecast_beats_the_base_rate_and_is_calibrated_in_bins(one_person):
    base = one_person["y"].mean()
    assert brier(one_person["p"], one_person["y"]) < brier(np.full(len(one_person), base), one_person["y"])
    check_bins(one_person["p"], one_person["y"], bins=3, allowance=0.05)


def test_cohort_forecast_per_candidate_is_calibrated():
    rows = []
    for seed in (1, 2, 3, 4):
        df = offerkit.sample(
            candidates=30, applications=50, seed=seed, start="2024-09-02", end="2025-03-31", candidate_spread=ALIKE
        )
        full = offerkit.load(df).events
        s = offerkit.load(df, as_of=CUT)
        for who in s.candidates:
            f = offerkit.simulate(s, candidate=who, paths=300, seed=seed, horizon_days=HORIZON)
            rows.append((f.p_offer_by(CUT + pd.Timedelta(days=HORIZON)), realised_offer(full, s, who)))
    r = pd.DataFrame(rows, columns=["p", "y"])
    base = r["y"].mean()
    se = np.sqrt(r["p"].mean() * (1 - r["p"].mean()) / len(r))
    assert abs(r["p"].mean() - base) < 3 * se
    assert brier(r["p"], r["y"]) < brier(np.full(len(r), base), r["y"])
    check_bins(r["p"], r["y"], bins=3, allowance=0.05)


#: Candidates drawn alike (the definitions §4.4 model has no candidate effect). The sample cohort's candidates differ
#: (``candidate_spread``); on such a cohort the pooled model's wait_more is too low in its top decile (0.52
#: forecast vs 0.63 realised, measured on seeds 12 and 13): a per-candidate effect is not modelled yet.
ALIKE = {"targeting": 0.0, "interviewing": 0.0, "ghost": 0.0}


def wait_more_cases(searches, within):
    """Per open wait at the cut: wait_more's P(answer within ``within`` days) and whether it came."""
    rows = []
    for seed, candidates, applications in searches:
        df = offerkit.sample(
            candidates=candidates,
            applications=applications,
            seed=seed,
            start="2024-09-02",
            end="2025-03-31",
            candidate_spread=ALIKE,
        )
        full = offerkit.load(df)
        s = offerkit.load(df, as_of=CUT)
        open_w = _open_waits(s)
        ends = full.waits[["candidate", "application_id", "stage", "start", "end", "observed"]]
        merged = open_w[["candidate", "application_id", "stage", "start", "days"]].merge(
            ends, on=["candidate", "application_id", "stage", "start"], how="left"
        )
        came = merged["observed"].fillna(False).astype(bool) & (merged["end"] <= CUT + pd.Timedelta(days=within))
        table = offerkit.wait_more(s, sorted(set(merged["days"].astype(int))), within=within, draws=50)
        p = merged.assign(days=merged["days"].astype(int), stage=merged["stage"].astype(str)).merge(
            table.assign(stage=table["stage"].astype(str)),
            left_on=["stage", "days"],
            right_on=["stage", "silent_days"],
            how="left",
        )["p_answer"]
        rows += list(zip(p, came.astype(int)))
    return pd.DataFrame(rows, columns=["p", "y"])


@pytest.mark.parametrize("who", ["one person", "cohort"])
def test_wait_more_beats_the_base_rate_and_is_calibrated(who):
    searches = [(700 + i, 1, 80) for i in range(25)] if who == "one person" else [(12, 40, 60), (13, 40, 60)]
    r = wait_more_cases(searches, within=14)
    assert len(r) >= 500
    base = r["y"].mean()
    assert abs(r["p"].mean() - base) < 0.02
    assert brier(r["p"], r["y"]) < 0.85 * brier(np.full(len(r), base), r["y"])
    # the yardstick: every bin of at least 100 cases within 0.08 of its realised rate
    bins = min(10, len(r) // 100)
    frame = r.assign(bin=pd.qcut(r["p"].rank(method="first"), bins, labels=False))
    for _, b in frame.groupby("bin"):
        assert len(b) >= 100
        assert abs(b["y"].mean() - b["p"].mean()) < 0.08, (len(b), b["p"].mean(), b["y"].mean())
