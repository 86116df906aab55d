"""Calibration for one person: forecast P(an offer within 60 days) at a cut date, then realise the future.

Each search is one job seeker (offerkit.sample, 60 applications, its own seed) loaded with as_of = the cut
(Dec 5: the holiday window ahead); the forecast is offerkit.simulate; the realised outcome is an offer dated
in the 60 days after the cut (or an offer already open at the cut). Prints the mean predicted (and the forecast on the generator's true
parameters) against the realised rate and the Brier score against the base rate's.

Run: python benchmarks/calibration.py [--searches N] [--cut 2024-12-05]
"""

import argparse
import time
import warnings

import pandas as pd

import offerkit
from offerkit._core.status import application_status



def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--searches", type=int, default=200)
    parser.add_argument("--cut", default="2024-12-05")
    parser.add_argument("--days", type=int, default=60)
    args = parser.parse_args()
    warnings.simplefilter("ignore")
    cut, horizon = pd.Timestamp(args.cut), args.days
    rows = []
    truth = offerkit.SimulationParameters.sample_defaults()
    t0 = time.perf_counter()
    for seed in range(args.searches):
        df = offerkit.sample(applications=60, seed=100 + seed, start="2024-09-02", end="2025-03-31")
        ev = offerkit.load(df).events
        s = offerkit.load(df, as_of=cut)
        end = cut + pd.Timedelta(days=horizon)
        p = offerkit.simulate(s, paths=500, seed=seed, horizon_days=horizon).p_offer_by(end)
        p_true = offerkit.simulate(s, paths=500, seed=seed, horizon_days=horizon, params=truth).p_offer_by(end)
        applied = ev[ev["event"] == "applied"].groupby("application_id")["date"].min()
        before = set(applied[applied <= cut].index)
        later = ev[(ev["event"] == "offer") & (ev["date"] > cut) & (ev["date"] <= cut + pd.Timedelta(days=horizon))
                   & ev["application_id"].isin(before)]
        held = bool((application_status(s)["status"] == "offer").any())
        rows.append((p, p_true, int(len(later) > 0 or held)))
    r = pd.DataFrame(rows, columns=["p", "p_true", "y"])
    base = r["y"].mean()
    print(f"{len(r)} one-person searches cut at {cut.date()} ({time.perf_counter() - t0:.0f} s): "
          f"P(offer within {horizon} days) predicted {r['p'].mean():.3f} (on the true parameters {r['p_true'].mean():.3f}) "
          f"vs realised {base:.3f}; "
          f"Brier {((r['p'] - r['y']) ** 2).mean():.4f} vs base rate {((base - r['y']) ** 2).mean():.4f}")


if __name__ == "__main__":
    main()
