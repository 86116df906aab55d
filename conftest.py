"""Root pytest configuration shared by the tests, the doctests and the notebooks."""

import pandas as pd


def pytest_configure(config):
    # pandas 3 announces pandas-4 changes with Pandas4Warning; pandas 2.2 has no such class
    # (its FutureWarnings are errors through pyproject.toml), so the filter is added only where it exists.
    if hasattr(pd.errors, "Pandas4Warning"):
        config.addinivalue_line("filterwarnings", "error::pandas.errors.Pandas4Warning")
