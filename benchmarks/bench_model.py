"""Model speed: fit time on the cohort sample and on ~20,000 waits; slowdown() on the cohort.

Run: python benchmarks/bench_model.py
Also prints the interval coverage of the slowdown and the boost over 20
generated datasets of 2,400 applications (truth: slowdown 3, boost 2).
"""

import time
from pathlib import Path

import offerkit

ROOT = Path(__file__).resolve().parent.parent


def timed(fn, repeat=3):
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - t0)
    return best, out


def main():
    cohort = offerkit.load(ROOT / "data" / "sample_cohort.csv")
    offerkit.waits(cohort)
    t, m = timed(lambda: offerkit.fit_model(cohort))
    print(f"cohort sample: {m.n_waits_} waits, fit {t:.3f} s")

    def fresh_slowdown():
        s = offerkit.load(ROOT / "data" / "sample_cohort.csv")
        return offerkit.slowdown(s)

    t, _ = timed(fresh_slowdown)
    print(f"slowdown() on the cohort sample (load included): {t:.3f} s")
    big = offerkit.load(offerkit.sample(applications=15000, seed=3, slowdown=3, followup_boost=2))
    offerkit.waits(big)
    t, m = timed(lambda: offerkit.fit_model(big))
    print(f"{m.n_waits_} waits: fit {t:.3f} s; slowdown {m.slowdown}, boost {m.followup_boost}")
    hits_sd = hits_fu = 0
    for seed in range(20):
        mm = offerkit.fit_model(
            offerkit.load(offerkit.sample(applications=2400, seed=100 + seed, slowdown=3, followup_boost=2))
        )
        hits_sd += mm.slowdown[1] <= 3 <= mm.slowdown[2]
        hits_fu += mm.followup_boost[1] <= 2 <= mm.followup_boost[2]
    print(f"coverage over 20 datasets of 2,400 applications: slowdown {hits_sd}/20, boost {hits_fu}/20")


if __name__ == "__main__":
    main()
