"""Mailbox reading speed: a generated mbox of N messages (default 20,000; issue #24 asks 200,000), read by rules.

Prints messages per second and the peak memory (ru_maxrss) of the read.
Run: python benchmarks/bench_mail.py [--messages N]
"""

import argparse
import mailbox
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "data"))

import make_mailbox  # noqa: E402

from offerkit._io.mailbox import read_mailbox  # noqa: E402


def write(path, n, seed=0):
    rng = random.Random(seed)
    templates = [m for m, _ in make_mailbox.messages()]
    box = mailbox.mbox(path, create=True)
    box.lock()
    for i in range(n):
        m = templates[rng.randrange(len(templates))]
        del m["Message-ID"]
        m["Message-ID"] = f"<bench-{i}@mail.example>"
        box.add(m)
    box.flush()
    box.unlock()
    box.close()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--messages", type=int, default=20_000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.mbox"
        t0 = time.perf_counter()
        write(path, args.messages)
        print(
            f"wrote {args.messages:,} messages ({path.stat().st_size / 1e6:.0f} MB) in {time.perf_counter() - t0:.1f} s"
        )
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        t0 = time.perf_counter()
        r = read_mailbox(path, tz="UTC", progress=False)
        took = time.perf_counter() - t0
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(
            f"read {r.messages:,} messages in {took:.1f} s: {r.messages / took:,.0f} messages/s; "
            f"{len(r.events):,} events; peak memory {peak:.0f} MB (before reading {before:.0f} MB)"
        )


if __name__ == "__main__":
    main()
