"""Fits the model layer keeps: one per search, estimator and holiday window.

A :class:`~offerkit.JobSearch` owns only what is derived from its events (the
sorted events, the waits, the applications table).  Fitting the response
model or the simulator's parameters belongs to this layer; since a search
never changes, a fit can be kept for as long as the search lives and shared by
every function that needs it (the simulator, ``wait_more``, ``still_alive``,
the what-if widgets).  The key is always ``(kind, holiday_window(window))``, so
the two documented forms of a window find the same fit.  The fits are held
weakly by search: they go when the search goes.
"""

from __future__ import annotations

import weakref

from .._core.timeline import holiday_window

__all__ = ["fitted"]

_FITS: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()

#: What this layer fits.
KINDS = ("response model", "simulation parameters")


def fitted(search, kind: str, window, fit):
    """The ``kind`` fit of ``search`` for ``window``, made by ``fit(window)`` the first time.

    Parameters
    ----------
    search : JobSearch
    kind : {"response model", "simulation parameters"}
    window : holiday window
        Either documented form; normalised by :func:`~offerkit._core.timeline.holiday_window`.
    fit : callable
        ``fit(window)`` returns the fit (called with the normalised window).

    Examples
    --------
    >>> import offerkit
    >>> s = offerkit.load(offerkit.sample(applications=20, seed=1))
    >>> calls = []
    >>> a = fitted(s, "response model", ("12-18", "01-01"), lambda w: calls.append(w) or len(calls))
    >>> b = fitted(s, "response model", ["12-18", "01-01"], lambda w: calls.append(w) or len(calls))
    >>> a, b, calls
    (1, 1, [('12-18', '01-01')])
    """
    if kind not in KINDS:
        raise ValueError(f"kind={kind!r}: one of {', '.join(KINDS)}")
    window = holiday_window(window)
    per_search = _FITS.setdefault(search, {})
    key = (kind, window)
    if key not in per_search:
        per_search[key] = fit(window)
    return per_search[key]
