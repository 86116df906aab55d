"""offerkit: a Jupyter analytics kit for job searches.

Load a CSV of job applications, then measure response latency (with
censoring), stage conversion (with intervals) and the December slowdown.
"""

from ._errors import DataError
from ._load import load
from ._overview import plot_activity, plot_outcomes, weekly_activity
from ._report import ValidationReport
from ._sample import SAMPLE_DEFAULTS, sample
from ._search import JobSearch

__all__ = [
    "DataError",
    "JobSearch",
    "SAMPLE_DEFAULTS",
    "ValidationReport",
    "load",
    "plot_activity",
    "plot_outcomes",
    "sample",
    "weekly_activity",
]

__version__ = "0.1.0"
