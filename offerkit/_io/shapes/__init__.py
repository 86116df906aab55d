"""Input shapes (definitions §3.3): which shape a table is, and its rows as raw events.

A raw event is ``_rec`` (the record of the table), ``_label`` (the event text as written), ``_labelcol``,
``_datetext`` (the date as written) and ``_datecol``; the loader (:mod:`offerkit._io.load`) then maps
labels, parses dates and validates.

One module per shape, each with the same small interface (:class:`~._base.Shape`: ``detect`` and
``read``), found by the registry (:mod:`._registry`):

* :mod:`.event_log` — one row per event;
* :mod:`.snapshot` — one row per application with its current status (and stage dates);
* :mod:`.application_table` — one row per application with stage-date columns;
* :mod:`.undated_table` — statuses without any date (funnel only);
* :mod:`.stage_flags` — yes/no stage columns (funnel only);
* :mod:`.transitions` — ``source, target`` flows (funnel only);
* :mod:`.sideways` — one column per date, companies below.

Shared: finding the header (:mod:`._header`), the roles of the columns (:mod:`._columns`), the history,
flag, question and outcome columns beside a one-row-per-application table (:mod:`._extras`), and the
assembly of the events (:mod:`._assemble`).
"""

from ._base import CANONICAL, Context, Shape
from ._registry import SHAPES, detect_shape, table_events

__all__ = ["CANONICAL", "SHAPES", "Context", "Shape", "detect_shape", "table_events"]
