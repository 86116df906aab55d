"""offerkit: a Jupyter analytics kit for job searches.

Load a CSV of job applications, then measure response latency (with
censoring), stage conversion (with intervals) and the December slowdown.
"""

from ._cohort import anonymize, cohort_table, plot_candidate_latency
from ._effects import followup_effect, ghost_rates, thank_you_effect
from ._errors import DataError
from ._flow import FlowTable, flow, to_sankeymatic
from ._funnel import funnel, shrink, wilson
from ._latency import latency, survival, wait_more
from ._load import load
from ._model import ResponseModel, fit_model
from ._overview import plot_activity, plot_outcomes, weekly_activity
from ._plot_funnel import plot_conversion_by_month, plot_flow, plot_funnel
from ._plot_latency import (
    plot_clocks,
    plot_median_latency,
    plot_survival,
    plot_wait_more,
)
from ._plot_slowdown import (
    plot_factors,
    plot_ghost_rates,
    plot_weekly_rates,
    plot_window_km,
)
from ._policy import Policy
from ._report import ValidationReport
from ._review import WeeklyReview, weekly_review
from ._sample import SAMPLE_DEFAULTS, sample
from ._search import JobSearch
from ._simulate import Forecast, SimulationParameters, simulate
from ._slowdown import Slowdown, slowdown
from ._waits import waits

__all__ = [
    "DataError",
    "FlowTable",
    "Forecast",
    "JobSearch",
    "Policy",
    "ResponseModel",
    "SimulationParameters",
    "Slowdown",
    "SAMPLE_DEFAULTS",
    "ValidationReport",
    "WeeklyReview",
    "anonymize",
    "cohort_table",
    "fit_model",
    "flow",
    "followup_effect",
    "funnel",
    "ghost_rates",
    "latency",
    "load",
    "plot_activity",
    "plot_candidate_latency",
    "plot_clocks",
    "plot_conversion_by_month",
    "plot_factors",
    "plot_flow",
    "plot_funnel",
    "plot_ghost_rates",
    "plot_median_latency",
    "plot_outcomes",
    "plot_survival",
    "plot_wait_more",
    "plot_weekly_rates",
    "plot_window_km",
    "sample",
    "shrink",
    "simulate",
    "slowdown",
    "survival",
    "thank_you_effect",
    "to_sankeymatic",
    "wait_more",
    "waits",
    "weekly_activity",
    "weekly_review",
    "wilson",
]

__version__ = "0.1.0"
