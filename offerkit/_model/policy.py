"""A follow-up policy (definitions §4.6)."""

from __future__ import annotations

import dataclasses

__all__ = ["Policy"]


@dataclasses.dataclass(frozen=True)
class Policy:
    """What the job seeker does while waiting.

    Parameters
    ----------
    thank_you : bool, default True
        Send a thank-you note after each interview.
    follow_up_after : int, default 5
        Nudge after this many business days of silence.
    repeat_after : int, default 7
        Nudge again after this many more business days.
    max_follow_ups : int, default 2
        At most this many nudges per wait; 0 never follows up.

    Examples
    --------
    >>> Policy(max_follow_ups=0)
    Policy(thank_you=True, follow_up_after=5, repeat_after=7, max_follow_ups=0)
    """

    thank_you: bool = True
    follow_up_after: int = 5
    repeat_after: int = 7
    max_follow_ups: int = 2

    def __post_init__(self):
        for name in ("follow_up_after", "repeat_after", "max_follow_ups"):
            value = getattr(self, name)
            if not isinstance(value, (int,)) or isinstance(value, bool) or value < 0:
                raise ValueError(f"{name} must be a whole number >= 0, not {value!r}")
        if self.follow_up_after < 1 or self.repeat_after < 1:
            raise ValueError("follow_up_after and repeat_after must be at least 1 business day")
