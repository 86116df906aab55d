"""A common face for result objects: a tidy ``summary``, ``.plot()``, a readable repr and an HTML repr."""

from __future__ import annotations

import html
import re

import pandas as pd

__all__ = ["Result", "register_plot"]

#: The chart of each result class, by class name.  The charts live in ``offerkit/_plot`` (and the what-if
#: panel's in ``widgets``), above the layers that define the results, so they register here when imported.
PLOTS: dict = {}


def register_plot(class_name: str):
    """Decorator: the decorated ``plot_*`` function is ``.plot()`` of results of class ``class_name``."""

    def register(func):
        PLOTS[class_name] = func
        return func

    return register


class Result:
    """Mixin for the kit's result dataclasses.

    A subclass defines ``summary`` (a property or field holding a tidy
    DataFrame) and ``_headline()`` (one line saying what it is); the mixin
    gives ``repr`` (headline + summary table), ``_repr_html_`` (the same,
    escaped, with no index) for notebooks, and ``plot(ax=None, **kws)``: the
    chart registered for the class (:func:`register_plot`), returning the Axes.
    """

    def plot(self, ax=None, **kws):
        """Draw this result with its ``plot_*`` function and return the Axes.

        Parameters
        ----------
        ax : matplotlib.axes.Axes, optional
            Where to draw; default a new figure.
        **kws
            Passed to the chart function (its ``*_kws`` dicts and options).

        Returns
        -------
        matplotlib.axes.Axes
        """
        func = PLOTS.get(type(self).__name__)
        if func is None:
            raise TypeError(
                f"{type(self).__name__} has no chart of its own: read its summary "
                "(its parts are tables; see the plot_* functions of offerkit for charts of the search)"
            )
        return func(self, ax=ax, **kws)

    def _headline(self) -> str:  # pragma: no cover - every subclass overrides
        return type(self).__name__

    def __repr__(self) -> str:
        table = self.summary
        body = table.to_string(index=False) if isinstance(table, pd.DataFrame) and len(table) else ""
        return self._headline() + ("\n" + body if body else "")

    def _repr_html_(self) -> str:
        from .tables import table_html

        table = self.summary
        body = table_html(table) if isinstance(table, pd.DataFrame) and len(table) else ""
        # for people, not a repr: "Slowdown(factor 2.4 ...)" reads "Slowdown: factor 2.4 ..."
        title = re.sub(r"^(\w+)\((.*)\)$", lambda m: f"{m.group(1)}: {m.group(2)}", self._headline(), flags=re.S)
        return f"<div class='offerkit-result'><p><b>{html.escape(title)}</b></p>{body}</div>"
