"""Root pytest configuration shared by the tests, the doctests and the notebooks."""

import matplotlib
import pandas as pd
import pytest

matplotlib.use("Agg")  # the plot functions' doctests draw without a display


def pytest_configure(config):
    # pandas 3 announces pandas-4 changes with Pandas4Warning; pandas 2.2 has no such class
    # (its FutureWarnings are errors through pyproject.toml), so the filter is added only where it exists.
    if hasattr(pd.errors, "Pandas4Warning"):
        config.addinivalue_line("filterwarnings", "error::pandas.errors.Pandas4Warning")


@pytest.fixture(autouse=True)
def _close_figures():
    """Every test and doctest leaves no figure open behind it."""
    yield
    import matplotlib.pyplot as plt

    plt.close("all")
