"""Latency speed: waits + latency by stage on 1,000,000 events.

Run: python benchmarks/bench_latency.py [--events N]
Prints the load time, the waits + latency time, and the ratio of the latter
to pandas.read_csv of the same file (best of 3 each).
"""

import argparse
import tempfile
import time
from pathlib import Path

import pandas as pd
from _timing import best_of, write_events

import offerkit


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=1_000_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "events.csv"
        n_events = write_events(path, args.events)
        t_read = best_of(lambda: pd.read_csv(path))
        t0 = time.perf_counter()
        search = offerkit.load(path)
        t_load = time.perf_counter() - t0

        def run():
            # as right after load(): the loader's sorted order is kept, waits are computed afresh
            search._cache.pop("waits", None)
            search._applications = None
            offerkit.latency(offerkit.waits(search), by="stage")

        t_lat = best_of(run)
        n_waits = len(offerkit.waits(search))
        print(f"events: {n_events}, waits: {n_waits}")
        print(f"pandas.read_csv: {t_read:.3f} s")
        print(f"offerkit.load: {t_load:.3f} s")
        print(f"waits + latency by stage: {t_lat:.3f} s")
        print(f"ratio (waits + latency) / read_csv: {t_lat / t_read:.2f}")


if __name__ == "__main__":
    main()
