"""A stage-flag grid: one row per application, a yes/no column per stage, no dates (funnel only)."""

from __future__ import annotations

from ..._core.vocab import normalize
from ..flags import flag_events
from ._base import Shape
from ._columns import _flag_columns, _history_columns, _is_flag_column


def detect(raw, roles, labels) -> bool:
    f = raw.frame
    applied = roles.get("applied_date")
    if (
        applied
        and "event" not in roles
        and _is_flag_column(f[applied])
        and len(_flag_columns(f, {k: v for k, v in roles.items() if k != "applied_date"}, labels)) >= 2
    ):
        roles.pop("applied_date")  # an "Applied" column of Y/N flags: a stage-flag grid
        return True
    # otherwise only where no dated shape applies: no status with a date, no date, no history, no flow
    if "event" in roles and {"applied_date", "date", "status_date"} & set(roles):
        return False
    if "applied_date" in roles or "date" in roles or _history_columns(f, roles):
        return False
    keys = {normalize(c) for c in f.columns}
    if "target" in keys and ("source" in keys or "from" in keys):
        return False
    return len(_flag_columns(f, roles, labels)) >= 2


def read(ctx):
    stages = _flag_columns(ctx.frame, ctx.roles, ctx.labels)
    ctx.stages.update(stages)
    ctx.notes.append(f"{ctx.name}: stage flags without dates: funnel only, latency and the slowdown are unavailable")
    return _events_flags(ctx.raw, stages)


def _events_flags(raw, flags):
    return flag_events(raw.frame, {c: (e, False) for c, e in flags.items()}, with_applied=True)


SHAPE = Shape("stage flags", order=10, detect=detect, read=read, dateless=True)
