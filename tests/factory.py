"""The one shared factory of the tests: rows → a loaded JobSearch."""

import pandas as pd

import offerkit

EVENT_LOG = ("application_id", "event", "date")


def make_search(rows, *, columns=EVENT_LOG, **load_kws):
    """Load ``rows`` (tuples in ``columns`` order, an event log by default) with :func:`offerkit.load`.

    ``load_kws`` go to ``offerkit.load`` (``as_of=``, ``errors=``, ``mapping=``, ...).
    """
    return offerkit.load(pd.DataFrame(list(rows), columns=list(columns)), **load_kws)
