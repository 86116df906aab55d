"""What-if speed: simulate 25 open applications x 2,000 paths x 180 days; widget redraw time.

Run: python benchmarks/bench_whatif.py
Prints the median of 15 simulate() runs and the median time of 10 slider
changes in the widget panel (simulation + figure redraw).
"""

import statistics
import time
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import pandas as pd  # noqa: E402

import offerkit  # noqa: E402
import offerkit.widgets as widgets  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def main():
    sample = offerkit.load(ROOT / "data" / "sample_applications.csv")
    params = offerkit.SimulationParameters.from_model(offerkit.fit_model(sample), sample)
    dates = pd.date_range("2024-11-18", periods=25, freq="B")
    search = offerkit.load(pd.DataFrame({"application_id": [f"a{i}" for i in range(25)], "company": [f"Co {i}" for i in range(25)],
                                         "event": "applied", "date": dates}), as_of="2024-12-20")
    times = []
    for seed in range(15):
        t0 = time.perf_counter()
        f = offerkit.simulate(search, params=params, paths=2000, horizon_days=180, seed=seed)
        times.append(time.perf_counter() - t0)
    print(f"simulate: {len(f.per_application)} open applications x 2000 paths x 180 days: "
          f"median {1000 * statistics.median(times):.0f} ms (min {1000 * min(times):.0f}, max {1000 * max(times):.0f})")
    panel = widgets.whatif(sample)
    slider = panel.children[0]
    redraw = []
    for value in [3, 4, 6, 7, 8, 9, 10, 11, 12, 5]:
        t0 = time.perf_counter()
        slider.value = value
        redraw.append(time.perf_counter() - t0)
    print(f"widget: slider change -> numbers + figure redrawn: median {1000 * statistics.median(redraw):.0f} ms "
          f"(min {1000 * min(redraw):.0f}, max {1000 * max(redraw):.0f}); open applications {len(panel.compute_result['forecast'].per_application)}")


if __name__ == "__main__":
    main()
