"""Generate realistic job searches from the response model of definitions §4.4.

Every parameter has a default calibrated to published figures (see
``data/README.md`` for the sources) and can be overridden by keyword:

========================  ==========================================================
parameter                 meaning (default)
========================  ==========================================================
``ghost``                 share of employers that never answer, per stage
                          (applied .60, screen .15, interview .10, onsite .05)
``ghost_source_factor``   multiplier of ``ghost`` per source (job board 1, company
                          site .9, recruiter .5, referral .4)
``hazard``                λ per stage: daily cloglog hazard on a business day
                          outside the window (applied .13, screen .17,
                          interview .17, onsite .13)
``nonbusiness``           hazard multiplier on weekends and holidays (0.15)
``slowdown``              hazard divisor inside the holiday window (2.4)
``followup_boost``        hazard multiplier on the 5 days after a nudge (1.5)
``window``                the holiday window, month-day (``("12-18", "01-01")``)
``advance``               P(advance | answered) per stage (applied .20, screen .60,
                          interview .60, onsite .45)
``advance_source_factor`` multiplier of the applied-stage ``advance`` per source
                          (job board 1, company site 1.2, recruiter 2.5,
                          referral 3)
``skip_screen``           share of advancing applications that go straight to an
                          interview (0.2)
``rounds``                P(1, 2, 3 interview rounds) (.4, .4, .2)
``accept``                P(accept | offer) (0.8)
``thank_you``             P(thank-you note after an interview or onsite) (0.5)
``follow_up``             P(the candidate nudges a silent wait), per stage
                          (applied .2, later stages .6)
``follow_up_after``       business days of silence before a nudge (5 to 10,
                          drawn per candidate)
``repeat_after``          business days between nudges (7); ``max_follow_ups`` (2)
``withdraw``              daily probability that the candidate withdraws (0.002)
``reply``                 P(a non-deciding "still reviewing" reply in a wait) (0.1)
``ghost_marker``          P(the candidate marks a 30-day silence as ghosted) (0.3)
``sources``               source mix (job board .6, company site .15, referral .15,
                          recruiter .1)
``candidate_spread``      in a cohort, the sd of each candidate's log-normal
                          multipliers of the applied-stage advance
                          (``targeting`` .5), the later-stage advance
                          (``interviewing`` .35) and the applied ghost share
                          (``ghost`` .3): candidates differ, as real ones do
========================  ==========================================================

Examples
--------
>>> import offerkit
>>> events = offerkit.datasets.sample(applications=30, seed=1, ghost={"applied": 0.9})
>>> {"application_id", "event", "date"} <= set(events.columns)
True
"""

from __future__ import annotations

import copy

import numpy as np
import pandas as pd

from ._core.defaults import SAMPLE_DEFAULTS, STAGES
from ._core.timeline import DayTable, dates_of, day_numbers
from ._core.vocab import TIE_ORDER

__all__ = ["sample", "data_or_sample", "SAMPLE_DEFAULTS"]

_PREFIX = [
    "Acme",
    "Globex",
    "Initech",
    "Umbrella",
    "Hooli",
    "Stark",
    "Wayne",
    "Wonka",
    "Tyrell",
    "Cyberdyne",
    "Soylent",
    "Vandelay",
    "Aperture",
    "Oscorp",
    "Monarch",
    "Nakatomi",
    "Gekko",
    "Virtucon",
    "Prestige",
    "Sterling",
    "Pendant",
    "Bluth",
    "Krusty",
    "Duff",
    "Oceanic",
    "Dharma",
    "Massive",
    "Northwind",
    "Contoso",
    "Fabrikam",
    "Tailspin",
    "Wingtip",
    "Litware",
    "Proseware",
    "Adatum",
    "Lucerne",
]
_SUFFIX = [
    "Labs",
    "Systems",
    "Analytics",
    "Health",
    "Bank",
    "Logistics",
    "Energy",
    "Media",
    "Robotics",
    "Foods",
    "Insurance",
    "Retail",
]
_ROLES = [
    "Data Analyst",
    "Data Scientist",
    "Software Engineer",
    "Product Analyst",
    "ML Engineer",
    "Analytics Engineer",
    "BI Developer",
]
_HORIZON = 150  # days simulated per wait


def _params(overrides):
    params = copy.deepcopy(SAMPLE_DEFAULTS)
    unknown = set(overrides) - set(params)
    if unknown:
        raise TypeError(f"unknown sample parameter(s): {sorted(unknown)}")
    for key, value in overrides.items():
        if isinstance(params[key], dict) and isinstance(value, dict):
            params[key].update(value)
        else:
            params[key] = value
    return params


def _application_days(rng, n, first, last, table):
    """Weekday-heavy application dates, a little fewer in the holiday window."""
    days = np.arange(first, last + 1)
    weight = np.where(table.is_business(days), 1.0, 0.25) * np.where(table.in_window(days), 0.6, 1.0)
    return np.sort(rng.choice(days, size=n, p=weight / weight.sum()))


def sample(*, candidates=1, applications=150, start="2024-09-02", end="2025-02-28", seed=0, **params):
    """Generate a job search (or a cohort) as a canonical event log.

    Parameters
    ----------
    candidates : int, default 1
        Number of candidates. With more than one, the size of each search
        varies (log-normal around ``applications``, 6 at least) and a
        ``candidate`` column is added.
    applications : int, default 150
        Applications per candidate (the mean, for a cohort).
    start, end : date-like
        Applications are sent between ``start`` and ``end``; ``end`` is the
        as-of date: later events are not in the output (open waits are
        censored there).
    seed : int, default 0
        Same seed, same data (byte for byte once written).
    **params
        Any key of :data:`SAMPLE_DEFAULTS` (see the module docstring);
        dictionaries are merged into the defaults.

    Returns
    -------
    pandas.DataFrame
        Columns ``[candidate,] application_id, company, role, source, event,
        date`` (ISO date text), sorted by application, date and tie order.

    Examples
    --------
    >>> df = sample(applications=20, seed=1)
    >>> df.columns.tolist()
    ['application_id', 'company', 'role', 'source', 'event', 'date']
    >>> int((df["event"] == "applied").sum())
    20
    """
    p = _params(params)
    rng = np.random.default_rng(seed)
    first, last = (int(d) for d in day_numbers([start, end]))
    table = DayTable(first, last + _HORIZON + 30, country=p["country"], window=tuple(p["window"]))
    if candidates > 1:
        sizes = np.maximum(6, np.round(rng.lognormal(np.log(applications) - 0.32, 0.8, size=candidates))).astype(int)
        # candidates truly differ (a coach has someone to find): log-normal multipliers per candidate of the
        # applied-stage advance (CV and targeting), the later-stage advance (interviewing) and the ghost share
        spread = p["candidate_spread"]
        skill = np.exp(
            rng.normal(0.0, [spread["targeting"], spread["interviewing"], spread["ghost"]], size=(candidates, 3))
        )
    else:
        sizes = np.array([applications])
        skill = np.ones((1, 3))
    sources = list(p["sources"])
    source_p = np.array([p["sources"][s] for s in sources], dtype=float)
    apps = []
    for c, size in enumerate(sizes):
        name = f"candidate_{c + 1:02d}" if candidates > 1 else None
        days = _application_days(rng, size, first, last, table)
        comp = rng.integers(0, len(_PREFIX), size), rng.integers(0, len(_SUFFIX), size)
        role = rng.integers(0, len(_ROLES), size)
        src = rng.choice(len(sources), size=size, p=source_p / source_p.sum())
        fu_after = int(rng.integers(p["follow_up_after"][0], p["follow_up_after"][1] + 1))
        rounds = rng.choice([1, 2, 3], size=size, p=np.asarray(p["rounds"]) / np.sum(p["rounds"]))
        for i in range(size):
            app_id = f"{'C%02d-' % (c + 1) if name else ''}A{i + 1:03d}"
            apps.append(
                (
                    name,
                    app_id,
                    f"{_PREFIX[comp[0][i]]} {_SUFFIX[comp[1][i]]}",
                    _ROLES[role[i]],
                    sources[src[i]],
                    int(days[i]),
                    int(rounds[i]),
                    fu_after,
                )
            )
    n = len(apps)
    app_source = np.array([a[4] for a in apps], dtype=object)
    app_skill = np.repeat(skill, sizes, axis=0)  # (n, 3) the candidate's multipliers
    app_rounds = np.array([a[6] for a in apps])
    app_fu = np.array([a[7] for a in apps])
    events = [(i, "applied", apps[i][5]) for i in range(n)]
    # the open waits: application, stage index, interview round, start day
    w_app = np.arange(n)
    w_stage = np.zeros(n, dtype=int)
    w_round = np.zeros(n, dtype=int)
    w_start = np.array([a[5] for a in apps], dtype="int64")
    d = np.arange(1, _HORIZON + 1)
    while len(w_app):
        m = len(w_app)
        stage = np.array(STAGES)[w_stage]
        src = app_source[w_app]
        g = np.array([p["ghost"][s] for s in stage]) * np.array([p["ghost_source_factor"].get(s, 1.0) for s in src])
        g = np.where(w_stage == 0, g * app_skill[w_app, 2], g)
        ghost = rng.random(m) < np.minimum(g, 0.99)
        lam = np.array([p["hazard"][s] for s in stage])
        day = w_start[:, None] + d[None, :]
        mult = np.where(table.is_business(day), 1.0, p["nonbusiness"]) / np.where(
            table.in_window(day), p["slowdown"], 1.0
        )
        # planned nudges: after N business days of silence, then every M, at most K
        nudging = rng.random(m) < np.array([p["follow_up"][s] for s in stage])
        k = np.arange(p["max_follow_ups"])
        nudge_bd = app_fu[w_app][:, None] + k[None, :] * p["repeat_after"]
        nudge_day = np.where(
            nudging[:, None],
            table.add_business_days(np.repeat(w_start, len(k)).reshape(m, -1), nudge_bd),
            np.iinfo("int64").max // 2,
        )
        recent = ((day[:, :, None] > nudge_day[:, None, :]) & (day[:, :, None] <= nudge_day[:, None, :] + 5)).any(
            axis=2
        )
        mult = mult * np.where(recent, p["followup_boost"], 1.0)
        prob = 1 - np.exp(-lam[:, None] * mult)
        hit = rng.random((m, _HORIZON)) < prob
        hit[ghost] = False
        answered = hit.any(axis=1)
        e = np.where(answered, hit.argmax(axis=1) + 1, _HORIZON + 1)
        wd = rng.geometric(p["withdraw"], size=m) if p["withdraw"] > 0 else np.full(m, 10**6)
        withdrew = wd < e
        end_off = np.where(withdrew, wd, e)
        for j in range(m):
            a, s0 = w_app[j], w_start[j]
            for nd in nudge_day[j]:
                if nd < s0 + min(end_off[j], _HORIZON + 1):
                    events.append((a, "follow_up", int(nd)))
            span = min(end_off[j], _HORIZON)
            if span >= 3 and rng.random() < p["reply"]:
                events.append((a, "reply", int(s0 + rng.integers(1, span))))
            if withdrew[j]:
                events.append((a, "withdrew", int(s0 + wd[j])))
            elif not answered[j] and rng.random() < p["ghost_marker"]:
                events.append((a, "ghosted", int(s0 + rng.integers(30, 46))))
        # answers: advance or reject
        done = answered & ~withdrew
        adv_p = np.array([p["advance"][s] for s in stage])
        adv_p = np.where(w_stage == 0, adv_p * np.array([p["advance_source_factor"].get(s, 1.0) for s in src]), adv_p)
        adv_p = adv_p * np.where(w_stage == 0, app_skill[w_app, 0], app_skill[w_app, 1])
        advance = done & (rng.random(m) < np.minimum(adv_p, 0.95))
        answer_day = w_start + e
        for j in np.flatnonzero(done & ~advance):
            events.append((w_app[j], "rejected", int(answer_day[j])))
        nxt_app, nxt_stage, nxt_round, nxt_start = [], [], [], []
        skip = rng.random(m) < p["skip_screen"]
        thank = rng.random(m) < p["thank_you"]
        thank_lag = rng.integers(0, 2, size=m)
        decide_lag = rng.integers(1, 8, size=m)
        accept = rng.random(m) < p["accept"]
        for j in np.flatnonzero(advance):
            a, s, r, day_j = w_app[j], w_stage[j], w_round[j], int(answer_day[j])
            if s == 0:
                ns, nr = (2, 1) if skip[j] else (1, 0)
            elif s == 1:
                ns, nr = 2, 1
            elif s == 2:
                ns, nr = (2, r + 1) if r < app_rounds[a] else (3, 0)
            else:
                events.append((a, "offer", day_j))
                events.append((a, "accepted" if accept[j] else "declined", day_j + int(decide_lag[j])))
                continue
            events.append((a, STAGES[ns], day_j))
            if ns >= 2 and thank[j]:
                events.append((a, "thank_you", day_j + int(thank_lag[j])))
            nxt_app.append(a), nxt_stage.append(ns), nxt_round.append(nr), nxt_start.append(day_j)
        w_app = np.array(nxt_app, dtype=int)
        w_stage = np.array(nxt_stage, dtype=int)
        w_round = np.array(nxt_round, dtype=int)
        w_start = np.array(nxt_start, dtype="int64")
    ev = pd.DataFrame(events, columns=["_app", "event", "_day"])
    ev = ev[ev["_day"] <= last].drop_duplicates()  # e.g. two thank-you notes on one day are one note
    meta = pd.DataFrame(apps, columns=["candidate", "application_id", "company", "role", "source", "_d", "_r", "_f"])
    ev = ev.join(meta, on="_app")
    ev["_tie"] = ev["event"].map({e: i for i, e in enumerate(TIE_ORDER)})
    ev = ev.sort_values(["_app", "_day", "_tie"], kind="stable")
    ev["date"] = dates_of(ev["_day"].to_numpy()).astype("datetime64[D]").astype(str)
    columns = (["candidate"] if candidates > 1 else []) + [
        "application_id",
        "company",
        "role",
        "source",
        "event",
        "date",
    ]
    return ev[columns].reset_index(drop=True)


def data_or_sample(data_path=None):
    """``data_path`` itself, or — when it is None — the file set once for the notebooks, or the kit's sample.

    Where ``data_path`` is None, the data is, in order: the ``OFFERKIT_DATA``
    environment variable; ``data_path`` in an ``offerkit.toml`` in the
    working folder (``offerkit notebooks DIR DATA`` writes one beside the
    copied notebooks, so all seven read the same file; a relative path is
    relative to that file); else the sample job search, ``sample(seed=7)``:
    the same events as ``data/sample_applications.csv`` in the repository,
    generated, so that the notebooks run from an installed package with no
    data file at hand.

    Examples
    --------
    >>> data_or_sample("my.csv")
    'my.csv'
    >>> len(data_or_sample(None)) > 100
    True
    """
    import os

    if data_path is not None and str(data_path) != "":
        return data_path
    if os.environ.get("OFFERKIT_DATA"):
        return os.environ["OFFERKIT_DATA"]
    settings = notebook_settings()
    if settings.get("data_path"):
        return settings["data_path"]
    return sample(seed=7)


SETTINGS_FILE = "offerkit.toml"


def notebook_settings(folder=None) -> dict:
    """The settings of ``offerkit.toml`` in ``folder`` (default: the working folder), ``{}`` when there is none.

    ``data_path`` is made absolute (relative to the file).  A file that cannot
    be read raises ``ValueError`` naming it.
    """
    import tomllib
    from pathlib import Path

    path = Path(folder or Path.cwd()) / SETTINGS_FILE
    if not path.is_file():
        return {}
    try:
        settings = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ValueError(f'{path}: cannot be read ({exc}); write it as data_path = "my_applications.csv"') from None
    if settings.get("data_path"):
        data = Path(str(settings["data_path"])).expanduser()
        settings["data_path"] = str(data if data.is_absolute() else (path.parent / data).resolve())
    return settings
