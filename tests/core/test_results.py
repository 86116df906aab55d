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
