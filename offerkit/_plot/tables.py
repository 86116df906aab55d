"""``offerkit.notebook_style()``: the report's look in a notebook (tables and charts)."""

from __future__ import annotations

import pandas as pd

from .._core.tables import TABLE_CSS, table_html

__all__ = ["use_style"]


def use_style(*, dpi=150):
    """The report's look in a notebook: DataFrames as :func:`table_html`, charts at ``dpi`` in one style.

    Safe outside IPython (then only the chart style is set).  Returns None.

    Parameters
    ----------
    dpi : int, default 150
        Resolution of the charts shown inline.

    Examples
    --------
    >>> import matplotlib as mpl
    >>> use_style(dpi=120)  # offerkit.notebook_style
    >>> mpl.rcParams["figure.dpi"]
    120.0
    """
    import matplotlib as mpl

    from .style import RC

    mpl.rcParams.update({**RC, "figure.dpi": dpi, "savefig.dpi": dpi})
    try:
        from IPython import get_ipython
        from IPython.display import HTML, display
    except ImportError:  # pragma: no cover - IPython ships with the notebooks extra
        return None
    ip = get_ipython()
    if ip is None:
        return None
    ip.display_formatter.formatters["text/html"].for_type(pd.DataFrame, lambda df: table_html(df))
    display(HTML(f"<style>{TABLE_CSS}</style>"))
    return None
