"""Fixtures shared by the report tests."""

import pytest

import offerkit


@pytest.fixture
def data(tmp_path):
    """A small one-person tracker (15 generated applications) written as CSV."""
    path = tmp_path / "tracker.csv"
    offerkit.sample(applications=15, seed=2).to_csv(path, index=False)
    return path
