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
    # measured (seed 3, 16 people a region) with the interval's control variate: 0.98 on average, 0.875 at the
    # lowest (two people of one cell; over 100 people a region the lowest is 0.93); before it (the plain
    # between-draw variance of ten paths a draw): 0.94 and 0.75, and a cold market's 30 days held 0.88 over 100
    # people; with independent robust priors 0.91 and 0.80; before them (normal priors, a plain Beta conversion
    # prior) 0.68 at the lowest over 60 people
    assert table["coverage"].mean() >= 0.93, table
    assert table["coverage"].min() >= 0.80, table


def test_the_forecast_is_not_biased_far_from_the_true_parameters(table):
    bias = table["mean_error"].abs()
    # 0.019 measured (seed 3, 16 people a region) with draws from the posterior itself (posterior_pool); 0.024
    # with its normal approximation; 0.028 with the hazard prior's log sd 0.9; 0.060 with each stage apart
    assert bias.mean() <= 0.035, table
    # 0.050 at the worst cell of 16 people (0.076 with normal draws, 0.096 with the hazard prior's log sd 0.9;
    # over 100 people a region: hot −0.055 at 60 days, slow +0.026); hot markets and senior searches were
    # forecast 0.12 low before the stages were read together
    assert bias.max() <= 0.09, table


def test_timing_as_well_as_level(table):
    """At 30, 60 and 90 days: an early bias would show at 30 days even when 90 is right."""
    for horizon in (30, 60, 90):
        rows = table.xs(horizon, level="horizon")
        # 0.020 / 0.020 / 0.016 measured (normal draws: 0.030 / 0.025 / 0.018)
        assert rows["mean_error"].abs().mean() <= 0.04, rows
