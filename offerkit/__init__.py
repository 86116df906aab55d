"""offerkit: a Jupyter analytics kit for job searches.

Load a CSV of job applications, then measure response latency (with
censoring), stage conversion (with intervals) and the December slowdown.
"""

from . import datasets
from ._app.review import WeeklyReview, weekly_review
from ._core.defaults import SAMPLE_DEFAULTS
from ._core.errors import DataError
from ._core.search import JobSearch
from ._core.tables import Table, table_html
from ._core.waits import waits
from ._io.anonymize import anonymize
from ._io.export import to_safe_csv
from ._io.inspect import Inspection, inspect
from ._io.load import load
from ._io.report import ValidationReport
from ._model.effects import followup_effect, ghost_rates, thank_you_effect
from ._model.policy import Policy
from ._model.response import Estimate, ResponseModel, fit_model
from ._model.simulate import Forecast, SimulationParameters, format_percent, simulate
from ._model.slowdown import Slowdown, slowdown
from ._model.wait_more import still_alive, wait_more
from ._plot.activity import plot_activity, plot_outcomes
from ._plot.cohort import plot_candidate_latency, plot_cohort_rates
from ._plot.compare import plot_comparison
from ._plot.forecast import plot_forecast
from ._plot.funnel import plot_conversion_by_month, plot_flow, plot_funnel, plot_shrunk
from ._plot.latency import (
    plot_clocks,
    plot_median_latency,
    plot_survival,
    plot_wait_more,
)
from ._plot.slowdown import (
    plot_factors,
    plot_ghost_rates,
    plot_weekly_rates,
    plot_window_km,
)
from ._plot.tables import use_style as notebook_style
from ._stats.activity import weekly_activity
from ._stats.cohort import cohort_table
from ._stats.compare import Comparison, compare, published_figures
from ._stats.flow import FlowTable, flow, to_sankeymatic
from ._stats.funnel import Shrunk, funnel, funnel_takeaway, shrink
from ._stats.intervals import wilson
from ._stats.latency import latency, latency_takeaway, observed_wait_more, survival
from .datasets import sample

__all__ = [
    # loading, checking and writing data
    "load",
    "inspect",
    "Inspection",
    "ValidationReport",
    "DataError",
    "JobSearch",
    "anonymize",
    "to_safe_csv",
    "datasets",
    "sample",
    "SAMPLE_DEFAULTS",
    # statistics: waits, latency, conversion, activity, cohorts
    "waits",
    "latency",
    "latency_takeaway",
    "survival",
    "observed_wait_more",
    "funnel",
    "funnel_takeaway",
    "shrink",
    "Shrunk",
    "wilson",
    "flow",
    "FlowTable",
    "to_sankeymatic",
    "weekly_activity",
    "cohort_table",
    "compare",
    "Comparison",
    "published_figures",
    # the response model and the forecasts
    "fit_model",
    "ResponseModel",
    "Estimate",
    "slowdown",
    "Slowdown",
    "ghost_rates",
    "followup_effect",
    "thank_you_effect",
    "wait_more",
    "still_alive",
    "simulate",
    "Forecast",
    "SimulationParameters",
    "Policy",
    "format_percent",
    # charts (data first, ax=None, return the Axes)
    "plot_activity",
    "plot_outcomes",
    "plot_funnel",
    "plot_flow",
    "plot_conversion_by_month",
    "plot_survival",
    "plot_clocks",
    "plot_median_latency",
    "plot_wait_more",
    "plot_weekly_rates",
    "plot_factors",
    "plot_window_km",
    "plot_ghost_rates",
    "plot_cohort_rates",
    "plot_candidate_latency",
    "plot_forecast",
    "plot_comparison",
    "plot_shrunk",
    # reports and notebooks
    "weekly_review",
    "WeeklyReview",
    "Table",
    "table_html",
    "notebook_style",
]

__version__ = "0.1.0"
