"""Calibration across worlds (issue #26): one person's forecast against the forecast on their world's true parameters.

The worlds are drawn around kinds of market that differ from the sample generator's defaults
(``benchmarks/calibration.py``: hot, cold, slow, senior...), each person with parameters of their own.  A forecast
cannot know one person's world from 10–60 applications, so the check is honesty, not precision: the 95% interval
holds the true-parameter forecast for most people in every kind of world, and the forecast is not far off on
average.  The thresholds are the issue's goals loosened to what the model reaches today (see the issue note):
a regression guard that fails when priors drift back to one world.
"""

import importlib.util
import pathlib
import warnings

import pytest

pytestmark = pytest.mark.slow

_PATH = pathlib.Path(__file__).resolve().parents[2] / "benchmarks" / "calibration.py"


@pytest.fixture(scope="module")
def harness():
    spec = importlib.util.spec_from_file_location("offerkit_calibration", _PATH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def table(harness):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        r = harness.run(list(harness.REGIONS), people=16, seed=3, paths=400)
    return harness.summarise(r)


def test_the_interval_holds_the_true_parameter_forecast_in_every_kind_of_world(table):
    # measured (seed 3, 16 people a region) with the robust priors: 0.91 on average, 0.80 at the lowest;
    # before them (normal priors, a plain Beta conversion prior) 0.68 at the lowest over 60 people a region
    assert table["coverage"].mean() >= 0.88, table
    assert table["coverage"].min() >= 0.75, table


def test_the_forecast_is_not_biased_far_from_the_true_parameters(table):
    bias = table["mean_error"].abs()
    assert bias.mean() <= 0.07, table  # 0.060 measured (seed 3, 16 people a region)
    # hot markets and senior searches are still forecast ~0.12 low at 60–90 days (issue #26 note): the guard
    # is that no kind of world is off by more than that
    assert bias.max() <= 0.15, table


def test_timing_as_well_as_level(table):
    """At 30, 60 and 90 days: an early bias would show at 30 days even when 90 is right."""
    for horizon in (30, 60, 90):
        rows = table.xs(horizon, level="horizon")
        assert rows["mean_error"].abs().mean() <= 0.07, rows
