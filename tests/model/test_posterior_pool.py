"""The forecast's parameter draws come from the response model's posterior, not its normal approximation (#26)."""

import warnings

import numpy as np
import pytest

import offerkit
from offerkit._model.response import ResponseModel


@pytest.fixture(scope="module")
def model():
    # a slow employer world, three months of one person's search: few answers, long silences
    df = offerkit.sample(
        applications=30, seed=4, start="2024-09-02", end="2024-12-05", hazard={"applied": 0.04, "screen": 0.05}
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return ResponseModel().fit(offerkit.load(df, as_of="2024-12-05"))


def test_batched_log_posterior_equals_the_model_row_by_row(model):
    # the seam: the weights' batched evaluation must equal the plain one the fit minimises
    theta = np.random.default_rng(0).multivariate_normal(model.theta_, 2 * model.cov_, size=300)
    plain = np.array([model._lik(t)[0] for t in theta])
    np.testing.assert_allclose(model._lik.values(theta), plain, rtol=1e-10, atol=1e-9)
    np.testing.assert_allclose(model._lik.values(theta, chunk=50), plain, rtol=1e-10, atol=1e-9)  # in chunks


def test_pool_is_a_weighted_sample_cached_on_the_fit(model):
    theta, w = model.posterior_pool()
    assert theta.shape == (len(w), len(model.theta_))
    assert w.min() >= 0 and w.sum() == pytest.approx(1.0)
    assert model.pool_ess_ >= 100  # enough distinct draws to carry an interval
    assert model.posterior_pool()[0] is theta  # drawn once per fit


def test_the_log_hazard_posterior_mean_sits_below_its_mode(model):
    # independent reason: with k answers over exposure E a rate's posterior is about Gamma(k, E), and the mean of
    # log λ under it, ψ(k) − log E, is below its mode log(k/E); the normal approximation puts them together
    theta, w = model.posterior_pool()
    j = model.names_.index("hazard_applied")
    assert w @ theta[:, j] < model.theta_[j] - 0.05
