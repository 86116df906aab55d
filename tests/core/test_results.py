"""Every result object is a dataclass with declared fields, a tidy summary, a readable repr and an HTML repr."""

import dataclasses

import pandas as pd
import pytest

import offerkit
import offerkit.widgets as widgets


@pytest.fixture(scope="module")
def search():
    return offerkit.load(offerkit.sample(applications=60, seed=9, end="2024-12-06"))


def _results(s):
    model = offerkit.fit_model(s)
    return {
        "Slowdown": offerkit.slowdown(s, model=model),
        "Forecast": offerkit.simulate(s, paths=200, model=model),
        "WeeklyReview": offerkit.weekly_review(s),
        "WhatIf": widgets.compute(s, paths=200),
        "Shrunk": offerkit.shrink([1, 5, 9], [4, 10, 30]),
        "FlowTable": offerkit.flow(s),
    }


def test_results_are_uniform(search):
    for name, r in _results(search).items():
        assert type(r).__name__ == name
        assert dataclasses.is_dataclass(r), name
        assert isinstance(r.summary, pd.DataFrame) and len(r.summary), name
        text = repr(r)
        assert text.startswith(name) or text.startswith("Weekly review"), (name, text[:60])
        assert "object at 0x" not in text
        page = r._repr_html_()
        assert "<" in page and "object at 0x" not in page, name


def test_html_repr_escapes(search):
    s = offerkit.shrink([1], [2])
    assert "<table" in s._repr_html_()
    r = offerkit.weekly_review(search)
    bad = dataclasses.replace(r, warning="<script>x</script>")
    assert "<script>x</script>" not in bad._repr_html_()


def test_every_result_plots_itself_and_returns_the_axes():
    """One shape of result: .summary, a readable repr, and .plot(ax=None) returning the Axes it drew on."""
    import matplotlib.pyplot as plt

    import offerkit
    from offerkit._core.result import PLOTS, Result

    s = offerkit.load(offerkit.sample(applications=60, seed=2))
    results = [
        offerkit.slowdown(s),
        offerkit.simulate(s, paths=100, seed=1),
        offerkit.flow(s),
        offerkit.shrink([1, 30], [2, 100]),
        offerkit.compare(s),
        offerkit.weekly_review(s),
    ]
    for r in results:
        _, ax = plt.subplots()
        assert r.plot(ax=ax) is ax, type(r).__name__
        assert ax.has_data() or ax.patches or ax.collections, type(r).__name__
        assert isinstance(r.summary, pd.DataFrame) and repr(r)
    public = {n for n in offerkit.__all__ if isinstance(getattr(offerkit, n), type)}
    result_classes = {n for n in public if issubclass(getattr(offerkit, n), Result)}
    assert result_classes - set(PLOTS) == {"Inspection"}, result_classes - set(PLOTS)
    with pytest.raises(TypeError, match="no chart"):
        offerkit.inspect(offerkit.sample(applications=10, seed=1)).plot()
