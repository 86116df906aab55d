"""Calibration across worlds (issue #26): is one person's forecast honest when their world is not our sample's?

Each case is one job seeker in a world of their own: a region (a hot market, a cold one, a slow corporate
world, a senior candidate with few applications, mostly referrals, long interview processes, strong nudges,
and the generator's default) gives the centre, and every person's parameters are drawn around it (log-normal
multipliers, sd 0.3), so the worlds cover a range, not a point.  The search is generated with
``offerkit.sample`` on those parameters, cut at Dec 5 (the holiday window ahead), and forecast with
``offerkit.simulate`` (the fitted model, its parameter draws).  The yardstick is the same simulator run on the
person's *true* parameters (many paths): the forecast may differ from what happens (that is luck), but it
should not differ from what the truth forecasts by more than its interval says.

Per region and horizon (30, 60, 90 days) it prints the mean |forecast − true-parameter forecast|, the mean
signed error, and how often the 95% interval holds the true-parameter forecast.  The summary gives both readings of
the issue's "mean |forecast − true-parameter forecast|": per person (one person's error, which 10–60
applications cannot bring under about 0.07) and per kind of world (the bias the issue's own figures measure:
"0.34 forecast where the truth gives 0.45" in a hot market).

Run: python benchmarks/calibration.py [--people 40] [--regions hot,cold] [--seed 0]
"""

from __future__ import annotations

import argparse
import copy
import time
import warnings

import numpy as np
import pandas as pd

import offerkit
from offerkit._core.defaults import SAMPLE_DEFAULTS, STAGES

CUT = pd.Timestamp("2024-12-05")
START = "2024-09-02"
HORIZONS = (30, 60, 90)

#: region -> (overrides of the generator's parameters, (fewest, most) applications)
REGIONS = {
    "default": ({}, (25, 60)),
    "hot": (
        {
            "ghost": {"applied": 0.35, "screen": 0.08, "interview": 0.06, "onsite": 0.03},
            "hazard": {"applied": 0.22, "screen": 0.28, "interview": 0.28, "onsite": 0.22},
            "advance": {"applied": 0.45, "screen": 0.7, "interview": 0.65, "onsite": 0.55},
        },
        (20, 50),
    ),
    "cold": (
        {
            "ghost": {"applied": 0.80, "screen": 0.25, "interview": 0.15, "onsite": 0.10},
            "advance": {"applied": 0.10, "screen": 0.40, "interview": 0.35, "onsite": 0.30},
        },
        (40, 90),
    ),
    "senior": (
        {
            "ghost": {"applied": 0.40},
            "advance": {"applied": 0.45, "screen": 0.65, "interview": 0.6, "onsite": 0.5},
            "sources": {"job board": 0.2, "company site": 0.2, "referral": 0.35, "recruiter": 0.25},
        },
        (8, 20),
    ),
    "slow": (
        {"hazard": {"applied": 0.04, "screen": 0.05, "interview": 0.05, "onsite": 0.04}, "rounds": (0.2, 0.4, 0.4)},
        (25, 60),
    ),
    "referrals": ({"sources": {"job board": 0.15, "company site": 0.1, "referral": 0.6, "recruiter": 0.15}}, (15, 40)),
    "long": (
        {
            "rounds": (0.05, 0.25, 0.7),
            "skip_screen": 0.0,
            "hazard": {"applied": 0.10, "screen": 0.12, "interview": 0.10, "onsite": 0.08},
        },
        (25, 60),
    ),
    "nudges": (
        {"followup_boost": 3.0, "follow_up": {"applied": 0.6, "screen": 0.8, "interview": 0.8, "onsite": 0.8}},
        (25, 60),
    ),
}


def _merged(overrides):
    p = copy.deepcopy(SAMPLE_DEFAULTS)
    for key, value in overrides.items():
        if isinstance(p[key], dict) and isinstance(value, dict):
            p[key].update(value)
        else:
            p[key] = value
    return p


def draw_world(region, rng, spread=0.3):
    """One person's world: the region's centre with log-normal multipliers (probabilities on the odds scale)."""
    overrides, (lo, hi) = REGIONS[region]
    p = _merged(overrides)
    jitter = lambda: float(np.exp(rng.normal(0.0, spread)))

    def odds(x, m):
        o = x / (1 - x) * m
        return float(np.clip(o / (1 + o), 0.01, 0.97))

    world = {
        "ghost": {s: odds(p["ghost"][s], jitter()) for s in STAGES},
        "hazard": {s: p["hazard"][s] * jitter() for s in STAGES},
        "advance": {s: odds(p["advance"][s], jitter()) for s in STAGES},
        "slowdown": max(1.0, p["slowdown"] * jitter()),
        "followup_boost": max(1.0, p["followup_boost"] * jitter()),
        "nonbusiness": p["nonbusiness"] * jitter(),
    }
    for key in ("sources", "rounds", "skip_screen", "follow_up"):
        if key in overrides:
            world[key] = overrides[key]
    return world, int(rng.integers(lo, hi + 1))


def true_parameters(world):
    """The simulator's parameters for a generated world (what a forecast that knew the world would run on).

    The generator's per-source applied advance is averaged over the answered applied waits of the world's source
    mix, and its interview rounds become the interview → interview / onsite transition shares.
    """
    p = _merged(world)
    g = p["ghost"]["applied"]
    odds = {s: (g * f / (1 - g * f)) / (g / (1 - g)) for s, f in p["ghost_source_factor"].items()}
    mix = p["sources"]
    answered = {s: mix[s] * (1 - g * p["ghost_source_factor"].get(s, 1.0)) for s in mix}
    total = sum(answered.values())
    adv0 = sum(
        w / total * min(0.95, p["advance"]["applied"] * p["advance_source_factor"].get(s, 1.0))
        for s, w in answered.items()
    )
    rounds = np.asarray(p["rounds"], dtype=float) / np.sum(p["rounds"])
    more = float(np.dot(rounds, np.arange(len(rounds))))  # interview → interview moves per application
    transitions = {
        "applied": {"screen": 1 - p["skip_screen"], "interview": p["skip_screen"]},
        "screen": {"interview": 1.0},
        "interview": {"interview": more / (more + 1), "onsite": 1 / (more + 1)},
        "onsite": {"offer": 1.0},
    }
    transitions["applied"] = {k: v for k, v in transitions["applied"].items() if v > 0}
    return offerkit.SimulationParameters(
        ghost=dict(p["ghost"]),
        hazard=dict(p["hazard"]),
        beta_nonbusiness=float(np.log(p["nonbusiness"])),
        beta_window=-float(np.log(p["slowdown"])),
        beta_followup=float(np.log(p["followup_boost"])),
        advance={**p["advance"], "applied": adv0},
        transitions=transitions,
        ghost_source_odds=odds,
    )


def one_case(region, seed, *, paths=600, true_paths=4000):
    """Forecast and true-parameter forecast at 30/60/90 days for one person of ``region``; None if nothing is open."""
    rng = np.random.default_rng([seed, sum(map(ord, region))])
    world, n = draw_world(region, rng)
    df = offerkit.sample(applications=n, seed=seed, start=START, end=CUT, **world)
    s = offerkit.load(df, as_of=CUT)
    f = offerkit.simulate(s, paths=paths, seed=seed, horizon_days=max(HORIZONS))
    if f.held_offer:
        return None  # an offer in hand: P(an offer) is 1 for both
    t = offerkit.simulate(s, paths=true_paths, seed=seed + 1, horizon_days=max(HORIZONS), params=true_parameters(world))
    rows = []
    for h in HORIZONS:
        e, lo, hi = f.interval(CUT + pd.Timedelta(days=h))
        rows.append(
            {
                "region": region,
                "seed": seed,
                "applications": n,
                "horizon": h,
                "p": e,
                "low": lo,
                "high": hi,
                "p_true": t.p_offer_by(CUT + pd.Timedelta(days=h)),
            }
        )
    return rows


def run(regions, people, seed=0, **kws):
    rows = []
    for region in regions:
        for i in range(people):
            case = one_case(region, seed * 100_000 + i, **kws)
            rows += case or []
    return pd.DataFrame(rows)


def summarise(r):
    """Per region and horizon: mean |error|, mean error (and its standard error), coverage of the true-parameter
    forecast, mean width."""
    r = r.assign(
        err=r["p"] - r["p_true"],
        covered=(r["low"] <= r["p_true"] + 1e-9) & (r["p_true"] <= r["high"] + 1e-9),
        width=r["high"] - r["low"],
    )
    return r.groupby(["region", "horizon"]).agg(
        people=("p", "size"),
        mean_abs_error=("err", lambda e: e.abs().mean()),
        mean_error=("err", "mean"),
        # the mean error's own noise: with 55-60 people a kind's bias moves by about 0.015-0.02 between seeds
        se=("err", lambda e: e.std(ddof=1) / np.sqrt(max(len(e), 1))),
        coverage=("covered", "mean"),
        width=("width", "mean"),
        p=("p", "mean"),
        p_true=("p_true", "mean"),
    )


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=40)
    parser.add_argument("--regions", default=",".join(REGIONS))
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--paths", type=int, default=2000)  # simulate()'s own default: what a user gets
    args = parser.parse_args()
    warnings.simplefilter("ignore")
    t0 = time.perf_counter()
    r = run(args.regions.split(","), args.people, args.seed, paths=args.paths)
    table = summarise(r)
    pd.set_option("display.width", 160)
    print(table.round(3).to_string())
    by_region = table.groupby("region")["mean_abs_error"].mean()
    bias = table["mean_error"].abs()  # how far a kind of world's forecasts sit from its truth, on average
    print(
        f"\nper person: mean |forecast − true-parameter forecast| over regions {by_region.mean():.3f}, worst region "
        f"{by_region.max():.3f} ({by_region.idxmax()})\n"
        f"per kind of world: |mean forecast − mean true-parameter forecast| {bias.mean():.3f} on average over "
        f"regions and horizons, worst {bias.max():.3f} ({'/'.join(map(str, bias.idxmax()))})\n"
        f"coverage lowest {table['coverage'].min():.2f} ({'/'.join(map(str, table['coverage'].idxmin()))}); "
        f"{time.perf_counter() - t0:.0f} s"
    )


if __name__ == "__main__":
    main()
