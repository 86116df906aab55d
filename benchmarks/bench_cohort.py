"""Cohort scale: 2,000 candidates x 150 applications (about 1M events), end to end.

load + waits + latency by stage + funnel by candidate + slowdown (model fit
included), against a plain pandas.read_csv of the same file.  The two take
turns (read_csv, pipeline, read_csv, ...) so that both see the same machine;
printed: best against best, the median of the paired ratios, and the first
run (it pays for fresh memory and the first holiday calendar: about 1.3x a
later run), and the peak memory of the process (ru_maxrss) after the first
run.

Run: python benchmarks/bench_cohort.py [--candidates N] [--runs R] (default 5 runs)
(`make bench` also runs ``--candidates 28300 --runs 1``: about 10M events, to show that time and memory stay
linear: 3.2 GB peak here, a few minutes.)
"""

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd

import offerkit

# the coach's merged file: every candidate numbers applications from J001 (ids repeat across candidates),
# roles with commas and quotes; the sample already holds replies, ghosted notes and follow-ups
_MAKE = r"""
import sys, offerkit
total, chunk = int(sys.argv[2]), 2000
for first in range(0, total, chunk):  # in chunks, so that generating 10M events does not need 20 GB
    df = offerkit.sample(candidates=min(chunk, total - first), applications=150, seed=1 + first // chunk)
    if first:
        df["candidate"] = df["candidate"].str.replace("candidate_", f"candidate_{first // chunk}_", regex=False)
    df["application_id"] = df["application_id"].str.replace(r"^C\d+-A", "J", regex=True)
    df["role"] = df["role"].where(df.index % 5 != 0, df["role"] + ', "senior", remote')
    df.to_csv(sys.argv[1], index=False, mode="a" if first else "w", header=not first)
"""


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--candidates", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=5, help="paired runs of read_csv and the pipeline")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "cohort.csv"
        # generated in another process, so that the peak memory below is the pipeline's own
        subprocess.run(
            [sys.executable, "-c", _MAKE, str(path), str(args.candidates)], check=True, stdout=subprocess.DEVNULL
        )
        n_events = sum(1 for _ in open(path)) - 1
        before = None
        reads, runs = [], []
        # read_csv and the pipeline take turns, so that both sides see the same machine (this one is noisy)
        for run in range(max(args.runs, 1)):
            t0 = time.perf_counter()
            pd.read_csv(path)
            reads.append(time.perf_counter() - t0)
            if before is None:
                before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
            t0 = time.perf_counter()  # each run loads the file afresh; the first one also pays for a cold process
            search = offerkit.load(path)
            t_load = time.perf_counter() - t0
            offerkit.latency(offerkit.waits(search), by="stage")
            offerkit.funnel(search, by="candidate")
            sd = offerkit.slowdown(search)
            runs.append((time.perf_counter() - t0, t_load))
            n_waits, factor = sd.model.n_waits_, (sd.factor, sd.low, sd.high)
            del search, sd  # like read_csv's frame, the results are let go before the next run
            if run == 0:
                peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        t_read = min(reads)
        t_all, t_load = min(runs)
        paired = sorted(r[0] / t for r, t in zip(runs, reads))
        print(f"events: {n_events}, candidates: {args.candidates}, waits: {n_waits}")
        print(f"pandas.read_csv (best of {len(reads)}): {t_read:.2f} s")
        print(
            f"offerkit end to end (best of {len(runs)}): {t_all:.2f} s, of which load {t_load:.2f} s; "
            f"first run {runs[0][0]:.2f} s"
        )
        print(
            f"ratio end-to-end / read_csv: best vs best {t_all / t_read:.2f}; median of the {len(runs)} paired runs "
            f"{paired[len(paired) // 2]:.2f}; first run {runs[0][0] / reads[0]:.2f}"
        )
        print(f"peak memory (process max RSS, first run): {peak:.0f} MB (before loading: {before / 1024:.0f} MB)")
        print("slowdown {:.2f} [{:.2f}, {:.2f}]".format(*factor))


if __name__ == "__main__":
    main()
