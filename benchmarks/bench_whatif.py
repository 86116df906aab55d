"""What-if speed at the size of a real one-person search: 160 applications cut on Dec 10, 2024.

The search is offerkit.sample(applications=160, start 2024-06-03) as of 2024-12-10: 83 waits are still open
(silent applications stay open until the data closes them, definitions §4.1), more than the 55 of issue #15's
held-out search.  Prints the median of 15 simulate() runs (2,000 paths, 180 days, 200 parameter draws:
uncertainty included) and the median time of 10 slider changes in the widget panel (simulation, numbers
and figure redrawn).

Run: python benchmarks/bench_whatif.py
"""

import contextlib
import io
import statistics
import time
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import offerkit  # noqa: E402
import offerkit.widgets as widgets  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def main():
    search = offerkit.load(offerkit.sample(applications=160, seed=0, start="2024-06-03", end="2024-12-10"))
    offerkit.simulate(search, paths=2000)  # the model fit is cached on the search, as in the panel
    times = []
    for seed in range(15):
        t0 = time.perf_counter()
        f = offerkit.simulate(search, paths=2000, horizon_days=180, seed=seed)
        times.append(time.perf_counter() - t0)
    print(
        f"simulate: {len(f.per_application)} open applications x 2000 paths x 180 days x {f.draws} parameter draws: "
        f"median {1000 * statistics.median(times):.0f} ms (min {1000 * min(times):.0f}, max {1000 * max(times):.0f})"
    )
    panel = widgets.whatif(search)
    slider = panel.children[0]
    redraw = []
    for value in [3, 4, 6, 7, 8, 9, 10, 11, 12, 5]:
        t0 = time.perf_counter()
        with contextlib.redirect_stdout(io.StringIO()):  # outside a notebook the panel's display() prints a repr
            slider.value = value
        redraw.append(time.perf_counter() - t0)
    print(
        f"widget: slider change -> numbers + figure redrawn: median {1000 * statistics.median(redraw):.0f} ms "
        f"(min {1000 * min(redraw):.0f}, max {1000 * max(redraw):.0f}); open applications {len(panel.compute_result['forecast'].per_application)}"
    )


if __name__ == "__main__":
    main()
