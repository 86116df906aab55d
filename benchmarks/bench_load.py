"""Load speed: offerkit.load vs pandas.read_csv on the same 100,000-event CSV.

Run: python benchmarks/bench_load.py [--events N]
Prints both times (interleaved, best of 7) and their ratio, in one run.
"""

import argparse
import tempfile
from pathlib import Path

import pandas as pd
from _timing import best_of, write_events

import offerkit


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "events.csv"
        n_events = write_events(path, args.events)
        # interleaved, best of 7 each: both see the same machine state
        t_pandas = t_load = float("inf")
        for _ in range(7):
            t_pandas = min(t_pandas, best_of(lambda: pd.read_csv(path), repeat=1))
            t_load = min(t_load, best_of(lambda: offerkit.load(path), repeat=1))
        t_apps = best_of(lambda: offerkit.load(path).applications)
        print(f"events: {n_events}")
        print(f"pandas.read_csv: {t_pandas:.3f} s")
        print(f"offerkit.load: {t_load:.3f} s")
        print(f"offerkit.load + .applications table: {t_apps:.3f} s (ratio {t_apps / t_pandas:.2f})")
        print(f"ratio: {t_load / t_pandas:.2f}")


if __name__ == "__main__":
    main()
