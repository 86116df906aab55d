"""The documented defaults: the generating parameters of the sample data, which are also the response model's priors.

One table, defined here in ``_core`` so that the model (``_model``), the
simulator and the sample generator (``offerkit.datasets``) all read the same
numbers without importing each other.  The sources of every figure are in
``data/README.md``.
"""

from __future__ import annotations

from .vocab import OPENING_STAGES

__all__ = ["SAMPLE_DEFAULTS", "STAGES", "SOURCE_CHANNELS", "channel_of"]

#: The stages at which a wait opens (definitions §4.1), in ladder order: the vocabulary's one definition.
STAGES = OPENING_STAGES

SAMPLE_DEFAULTS = {
    "ghost": {"applied": 0.60, "screen": 0.15, "interview": 0.10, "onsite": 0.05},
    "ghost_source_factor": {"job board": 1.0, "company site": 0.9, "recruiter": 0.5, "referral": 0.4},
    "hazard": {"applied": 0.13, "screen": 0.17, "interview": 0.17, "onsite": 0.13},
    "nonbusiness": 0.15,
    "slowdown": 2.4,
    "followup_boost": 1.5,
    "window": ("12-18", "01-01"),
    "advance": {"applied": 0.20, "screen": 0.60, "interview": 0.60, "onsite": 0.45},
    "advance_source_factor": {"job board": 1.0, "company site": 1.2, "recruiter": 2.5, "referral": 3.0},
    "skip_screen": 0.2,
    "rounds": (0.4, 0.4, 0.2),
    "accept": 0.8,
    "thank_you": 0.5,
    "follow_up": {"applied": 0.2, "screen": 0.6, "interview": 0.6, "onsite": 0.6},
    "follow_up_after": (5, 10),
    "repeat_after": 7,
    "max_follow_ups": 2,
    "withdraw": 0.002,
    "reply": 0.1,
    "ghost_marker": 0.3,
    "sources": {"job board": 0.6, "company site": 0.15, "referral": 0.15, "recruiter": 0.1},
    "country": "US",
    "candidate_spread": {"targeting": 0.5, "interviewing": 0.35, "ghost": 0.3},
}


#: Source names (matching keys: lower case, letters and digits) read as one of the documented channels of
#: ``SAMPLE_DEFAULTS["ghost_source_factor"]``; the response model centres a source's ghost prior on its channel.
SOURCE_CHANNELS = {
    "referral": (
        "referral",
        "referred",
        "referredby",
        "employeereferral",
        "internalreferral",
        "friend",
        "friendreferral",
        "networking",
        "network",
        "alumni",
        "personalreferral",
    ),
    "recruiter": (
        "recruiter",
        "agency",
        "staffingagency",
        "recruitingagency",
        "headhunter",
        "recruiterinmail",
        "inboundrecruiter",
        "recruiteroutreach",
        "thirdpartyrecruiter",
    ),
    "company site": (
        "companysite",
        "companywebsite",
        "careersite",
        "careerspage",
        "careerpage",
        "website",
        "direct",
        "companycareers",
        "careers",
    ),
    "job board": (
        "jobboard",
        "linkedin",
        "linkedineasyapply",
        "easyapply",
        "indeed",
        "glassdoor",
        "monster",
        "ziprecruiter",
        "wellfound",
        "angellist",
        "dice",
        "otta",
        "handshake",
        "stepstone",
        "seek",
        "reed",
        "totaljobs",
        "builtin",
        "googlejobs",
        "jobsite",
    ),
}
_CHANNEL_OF = {key: channel for channel, keys in SOURCE_CHANNELS.items() for key in keys}


def channel_of(source) -> str | None:
    """The documented channel a source name stands for (see :data:`SOURCE_CHANNELS`), or None.

    Examples
    --------
    >>> channel_of("LinkedIn"), channel_of("Referral"), channel_of("Carol")
    ('job board', 'referral', None)
    """
    key = "".join(ch for ch in str(source).lower() if ch.isalnum())
    return _CHANNEL_OF.get(key)
