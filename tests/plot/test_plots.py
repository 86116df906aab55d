"""definitions §7 for every plot: data first, ax=None, returns the Axes it drew on; a stage is drawn in its colour; n in the title."""

import re

import matplotlib.colors as mcolors
import matplotlib.pyplot as plt
import pytest

import offerkit
from offerkit._plot.style import OUTCOME_COLORS, STAGE_COLORS

N_IN_TITLE = re.compile(r"\bn\s*=\s*\d+")


@pytest.fixture(scope="module")
def data():
    s = offerkit.load(offerkit.sample(candidates=2, applications=80, seed=2))
    m = offerkit.fit_model(s)
    return s, m, offerkit.slowdown(s, model=m)


PLOTS = {
    "plot_survival": lambda s, m, sd, ax: offerkit.plot_survival(s, by="stage", ax=ax),
    "plot_median_latency": lambda s, m, sd, ax: offerkit.plot_median_latency(s, by="stage", ax=ax),
    "plot_wait_more": lambda s, m, sd, ax: offerkit.plot_wait_more(s, ax=ax),
    "plot_funnel": lambda s, m, sd, ax: offerkit.plot_funnel(s, ax=ax),
    "plot_flow": lambda s, m, sd, ax: offerkit.plot_flow(s, ax=ax),
    "plot_conversion_by_month": lambda s, m, sd, ax: offerkit.plot_conversion_by_month(s, ax=ax),
    "plot_activity": lambda s, m, sd, ax: offerkit.plot_activity(s, ax=ax),
    "plot_outcomes": lambda s, m, sd, ax: offerkit.plot_outcomes(s, ax=ax),
    "plot_candidate_latency": lambda s, m, sd, ax: offerkit.plot_candidate_latency(s, candidate="candidate_01", ax=ax),
    "plot_cohort_rates": lambda s, m, sd, ax: offerkit.plot_cohort_rates(s, axes=[ax, ax.figure.add_subplot(2, 2, 4)])[
        0
    ],
    "plot_weekly_rates": lambda s, m, sd, ax: offerkit.plot_weekly_rates(sd, ax=ax),
    "plot_factors": lambda s, m, sd, ax: offerkit.plot_factors(sd, ax=ax),
    "plot_window_km": lambda s, m, sd, ax: offerkit.plot_window_km(sd, ax=ax),
    "plot_ghost_rates": lambda s, m, sd, ax: offerkit.plot_ghost_rates(s, model=m, ax=ax),
    "plot_forecast": lambda s, m, sd, ax: offerkit.plot_forecast(
        offerkit.simulate(s.for_candidate("candidate_01"), paths=100, seed=1), ax=ax
    ),
    "plot_comparison": lambda s, m, sd, ax: offerkit.plot_comparison(offerkit.compare(s), ax=ax),
    "plot_shrunk": lambda s, m, sd, ax: offerkit.plot_shrunk(offerkit.shrink([1, 30], [2, 100]), ax=ax),
}


def test_every_public_plot_is_covered():
    public = {n for n in offerkit.__all__ if n.startswith("plot_")} - {"plot_clocks"}  # plot_clocks: two panels, below
    assert public == set(PLOTS)


@pytest.mark.parametrize("name", sorted(PLOTS))
def test_returns_the_given_axes_with_n_in_the_title(name, data):
    fig, ax = plt.subplots()
    out = PLOTS[name](*data, ax)
    assert out is ax
    assert N_IN_TITLE.search(ax.get_title()), ax.get_title()


def _rgb(c):
    return tuple(round(v, 3) for v in mcolors.to_rgb(c))


STAGE_DRAWN = {  # plots whose legend or bars name stages: each must use the style table's colour
    "plot_survival": "legend",
    "plot_wait_more": "legend",
    "plot_funnel": "bars",
    "plot_ghost_rates": "bars",
    "plot_outcomes": "legend",
}


@pytest.mark.parametrize("name", sorted(STAGE_DRAWN))
def test_stages_and_outcomes_in_their_colours(name, data):
    fig, ax = plt.subplots()
    PLOTS[name](*data, ax)
    table = {**STAGE_COLORS, **OUTCOME_COLORS}
    checked = 0
    if STAGE_DRAWN[name] == "legend":
        handles, labels = ax.get_legend_handles_labels()
        for h, label in zip(handles, labels):
            key = label.split(" (")[0]
            if key in table:
                c = h.get_color() if hasattr(h, "get_color") else h.patches[0].get_facecolor()
                assert _rgb(c) == _rgb(table[key]), (label, c)
                checked += 1
    else:
        ticks = [t.get_text().split("\n")[0].split("\u2192")[0] for t in ax.get_xticklabels()]
        bars = [p for p in ax.patches if p.get_width() > 0][: len(ticks)]
        for label, bar in zip(ticks, bars):
            assert _rgb(bar.get_facecolor()) == _rgb(STAGE_COLORS[label]), label
            checked += 1
    assert checked >= 2


def test_plot_clocks_draws_two_panels_with_n(data):
    s, _, _ = data
    fig, axes = plt.subplots(1, 2)
    out = offerkit.plot_clocks(s, axes=axes)
    assert list(out) == list(axes)
    assert all(N_IN_TITLE.search(a.get_title()) for a in axes)


def test_weekly_counts_are_drawn_from_zero_in_whole_numbers():
    """Two weeks of 4 and 3 applications: an axis from 3.0 to 4.0 in steps of 0.2 would draw a cliff."""
    import pandas as pd

    df = pd.DataFrame(
        {
            "Company": list("ABCDEFG"),
            "Date Applied": ["2024-11-04"] * 4 + ["2024-11-11"] * 3,
        }
    )
    ax = offerkit.plot_activity(offerkit.load(df))
    assert ax.get_ylim()[0] == 0
    assert all(float(t).is_integer() for t in ax.get_yticks())
    plt.close(ax.figure)
