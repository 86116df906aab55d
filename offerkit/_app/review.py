"""The Friday review (definitions §4.7): this week vs the last four, the open pipeline, an action list."""

from __future__ import annotations

import dataclasses
import html
import re

import numpy as np
import pandas as pd

from .._core.result import Result
from .._core.status import application_status
from .._core.tables import table_html
from .._core.timeline import DEFAULT_WINDOW, dates_of, day_numbers, day_table_for, holiday_window, next_window
from .._core.waits import waits as _waits
from .._io.export import atomic_write, to_safe_csv
from .._model.policy import Policy
from .._stats.activity import ACTIVITY

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x85\u2028\u2029]")  # line breaks of any kind too

__all__ = ["weekly_review", "WeeklyReview"]

ACTION_COLUMNS = ["application_id", "company", "stage", "action", "due", "reason"]


def _to_ts(day):
    return pd.Timestamp(dates_of([int(day)])[0])


@dataclasses.dataclass(repr=False)
class WeeklyReview(Result):
    """Result of :func:`weekly_review`.

    Attributes
    ----------
    as_of : pandas.Timestamp
    activity : pandas.DataFrame
        ``metric, this_week, avg_4w``.
    pipeline : pandas.DataFrame
        ``stage, open`` — open applications by the stage they reached.
    actions : pandas.DataFrame
        ``application_id, company, stage, action, due, reason`` (plus
        ``candidate``), sorted by due date.
    warning : str or None
        Set when the holiday window starts within 21 days.
    policy : Policy
    stale_after : int
        Days of silence after which an open application is called stale.
    open_applications : pandas.DataFrame
        The open waits one by one with "still alive?":
        ``application_id, company, stage, silent_days, p_alive, low, high``
        (plus ``candidate``), the response model's P(the employer will still
        answer | the silence so far) with its 95% interval, least likely
        first (see :func:`offerkit.still_alive`).
    upcoming : pandas.DataFrame
        Events dated after ``as_of`` (a screen booked for next Tuesday):
        ``application_id, company, event, date`` (plus ``candidate``), soonest
        first.  They are plans: no action is due for them yet.

    Examples
    --------
    >>> import offerkit
    >>> s = offerkit.load(offerkit.sample(applications=60, seed=2))
    >>> r = offerkit.weekly_review(s)
    >>> 'action' in r.actions.columns
    True
    """

    as_of: pd.Timestamp
    activity: pd.DataFrame
    pipeline: pd.DataFrame
    actions: pd.DataFrame
    warning: str | None
    policy: Policy
    stale_after: int = 30
    open_applications: pd.DataFrame = dataclasses.field(default_factory=lambda: pd.DataFrame(columns=ALIVE_COLUMNS))
    upcoming: pd.DataFrame = dataclasses.field(default_factory=lambda: pd.DataFrame(columns=UPCOMING_COLUMNS))
    by_candidate: pd.DataFrame = None

    @property
    def to_do(self) -> pd.DataFrame:
        """The actions to take (every action but closing long silences), as the review page lists them."""
        return self.actions[self.actions["action"] != "close_stale"]

    @property
    def open_total(self) -> int:
        """Open applications (the pipeline's total), as the review page and the front page say."""
        return int(self.pipeline["open"].sum())

    @property
    def summary(self) -> pd.DataFrame:
        """``action, count``: how many actions of each kind are due."""
        counts = self.actions["action"].value_counts()
        return pd.DataFrame({"action": counts.index.astype(str), "count": counts.to_numpy()})

    def __repr__(self):
        lines = [f"Weekly review as of {self.as_of.date()}"]
        for r in self.activity.itertuples(index=False):
            lines.append(f"  {r.metric:<18} this week {r.this_week:>3}   4-week average {r.avg_4w:5.1f}")
        lines.append(
            "  open pipeline: " + ", ".join(f"{r.stage} {r.open}" for r in self.pipeline.itertuples(index=False))
        )
        counts = self.actions["action"].value_counts()
        lines.append("  actions: " + (", ".join(f"{k} {v}" for k, v in counts.items()) or "none"))
        if len(self.upcoming):
            lines.append(
                "  upcoming: "
                + ", ".join(
                    f"{r.event} at {r.company or r.application_id} on {r.date.date()}"
                    for r in self.upcoming.head(5).itertuples(index=False)
                )
            )
        if self.warning:
            lines.append(f"  ! {self.warning}")
        return "\n".join(lines)

    def _repr_html_(self):
        """The review for a notebook: the numbers, the actions due (follow-ups first), stale ones folded into one line.

        For a cohort it opens with the table per candidate, and the actions name their candidate.
        """
        esc = html.escape
        parts = [f"<h4>Weekly review as of {esc(str(self.as_of.date()))}</h4>"]
        if self.by_candidate is not None:
            c = self.by_candidate
            need = int(((c["actions"] > 0) | c["stalled"] | c["offer"]).sum())
            shown = c.assign(
                offer=c["offer"].map({True: "holds one", False: ""}),
                stalled=c["stalled"].map({True: "stalled", False: ""}),
                last_activity=c["last_activity"].dt.strftime("%Y-%m-%d"),
            )
            parts.append(
                f"<p><b>{need} of {len(c)} candidate{'s' if len(c) != 1 else ''} need you this week</b> "
                "(actions due, an offer held, or stalled: nothing sent or heard for 14 days)</p>"
                + table_html(
                    shown.rename(
                        columns={
                            "open": "open applications",
                            "actions": "actions to take",
                            "last_activity": "last activity",
                        }
                    ),
                    max_rows=30,
                )
            )
        if self.warning:
            parts.append(f"<p><b>{esc(self.warning)}</b></p>")
        if len(self.upcoming):
            items = "".join(
                f"<li>{esc(str(r.event))} at {esc(str(r.company or r.application_id))} on "
                f"{esc(r.date.strftime('%a %d %b'))}</li>"
                for r in self.upcoming.head(10).itertuples(index=False)
            )
            parts.append(f"<p><b>Upcoming</b> (planned after {esc(str(self.as_of.date()))}):</p><ul>{items}</ul>")
        parts.append(table_html(self.activity.rename(columns={"this_week": "this week", "avg_4w": "4-week average"})))
        pipe = self.pipeline[self.pipeline["open"] > 0]
        if len(pipe):
            n = self.open_total
            parts.append(
                f"<p>Open pipeline: {n} open application{'s' if n != 1 else ''} ("
                + ", ".join(f"{esc(str(r.stage))} {int(r.open)}" for r in pipe.itertuples(index=False))
                + ")</p>"
            )
        acts = self.actions
        if not len(acts):
            parts.append("<p><b>0 actions to take</b> this week.</p>")
            return "".join(parts)
        order = {"answer_offer": 0, "thank_you": 1, "follow_up": 2, "ask_process": 3, "close_stale": 4}
        acts = acts.assign(_o=acts["action"].map(order).fillna(9)).sort_values(["_o", "due"], kind="stable")
        now = acts[acts["action"] != "close_stale"].drop(columns="_o")
        stale = acts[acts["action"] == "close_stale"].drop(columns="_o")
        cols = (["candidate"] if self.by_candidate is not None else []) + [
            "company",
            "stage",
            "action",
            "due",
            "reason",
        ]
        if not len(now):
            parts.append("<p><b>0 actions to take</b> this week.</p>")
        if len(now):
            table = now[cols].assign(due=now["due"].dt.strftime("%a %d %b"))
            parts.append(
                f"<p><b>{len(now)} action{'s' if len(now) != 1 else ''} to take</b></p>"
                + table_html(
                    table, max_rows=25, limit=200, more="write them all to a CSV file with the review's to-CSV method"
                )
            )
        alive = self.open_applications
        if len(alive):
            shown = pd.DataFrame(
                {
                    "company": alive["company"],
                    "stage": alive["stage"].astype(str),
                    "silent": alive["silent_days"].map(lambda d: f"{d} days"),
                    "still alive?": [
                        f"{100 * p:.0f}% ({100 * lo:.0f}–{100 * hi:.0f}%)"
                        for p, lo, hi in zip(alive["p_alive"], alive["low"], alive["high"])
                    ],
                }
            ).iloc[::-1]
            likely = int((alive["p_alive"] >= 0.5).sum())
            parts.append(
                f"<details><summary>{len(alive)} silence{'s' if len(alive) != 1 else ''} waiting for an answer, "
                f"{likely} still more likely than not to end in one — the model's chance that each employer "
                "still answers, given the silence so far"
                f"</summary>{table_html(shown, max_rows=100, limit=100, more='the review object keeps the whole list')}</details>"
            )
        if len(stale):
            folded = table_html(
                stale[cols].assign(due=stale["due"].dt.strftime("%a %d %b")),
                max_rows=100,
                limit=100,
                more="write them all to a CSV file with the review's to-CSV method",
            )
            parts.append(
                f"<details><summary>{len(stale)} application{'s' if len(stale) != 1 else ''} silent for over "
                f"{self.stale_after} days — "
                f"close them (mark them ghosted and stop counting on them)</summary>{folded}</details>"
            )
        return "".join(parts)

    def to_csv(self, path):
        """Write the action list as CSV, safe to open in a spreadsheet (formulas neutralized)."""
        to_safe_csv(self.actions, path)

    def to_ics(self, path, *, kinds=("follow_up",)):
        """Write the due follow-ups as all-day calendar reminders (one VEVENT each).

        Returns
        -------
        int
            The number of events written.
        """
        import icalendar

        cal = icalendar.Calendar()
        cal.add("prodid", "-//offerkit//weekly review//EN")
        cal.add("version", "2.0")
        n = 0
        today = pd.Timestamp(self.as_of).normalize()
        clean = lambda text: _CONTROL.sub(" ", str(text))  # no control characters in calendar text
        for r in self.actions[self.actions["action"].isin(kinds)].itertuples(index=False):
            event = icalendar.Event()
            company = clean(r.company or r.application_id)
            due = max(pd.Timestamp(r.due), today)  # an overdue follow-up is due today, not in the past
            overdue = f"overdue since {pd.Timestamp(r.due).date()}: " if pd.Timestamp(r.due) < today else ""
            event.add("summary", f"Follow up: {company} ({clean(r.stage)})")
            event.add("dtstart", due.date())
            event.add("dtend", (due + pd.Timedelta(days=1)).date())
            event.add("description", clean(f"{overdue}{r.reason} (application {r.application_id})"))
            event.add("uid", clean(f"{r.candidate}-{r.application_id}-{r.stage}-{pd.Timestamp(r.due).date()}@offerkit"))
            event.add("dtstamp", pd.Timestamp(self.as_of).to_pydatetime())
            cal.add_component(event)
            n += 1
        data = cal.to_ical()
        atomic_write(path, lambda tmp: tmp.write_bytes(data))
        return n


def _activity(events, as_of):
    date = events["date"]
    this = (date > as_of - pd.Timedelta(days=7)) & (date <= as_of)
    prev = (date > as_of - pd.Timedelta(days=35)) & (date <= as_of - pd.Timedelta(days=7))
    event = events["event"].astype(str)
    rows = []
    for metric, kinds in ACTIVITY.items():
        hit = event.isin(kinds)
        rows.append((metric, int((hit & this).sum()), float((hit & prev).sum()) / 4))
    return pd.DataFrame(rows, columns=["metric", "this_week", "avg_4w"])


def weekly_review(search, *, as_of=None, policy=None, window=DEFAULT_WINDOW, stale_after=None) -> WeeklyReview:
    """The Friday review (definitions §4.7).

    Parameters
    ----------
    search : JobSearch
    as_of : date-like, optional
        The review date; default ``search.as_of``. Events after it are ignored.
    policy : Policy, optional
        Default ``Policy()``: nudge after 5 business days of silence, again
        after 7, at most 2.
    window : (str, str), default ("12-18", "01-01")
        The holiday window, month-day (for the 21-day warning), as everywhere in the kit.
    stale_after : int, optional
        Default ``search.stale_after`` (30).

    Returns
    -------
    WeeklyReview

    Notes
    -----
    Actions:

    * ``follow_up`` — an open wait silent for ``follow_up_after`` business
      days with no nudge since (after a nudge, ``repeat_after`` more), while
      fewer than ``max_follow_ups`` nudges were sent; listed when due by
      ``as_of`` + 7 days (``due`` may be past: overdue).
    * ``thank_you`` — a screen, interview or onsite in the last 2 days with no
      note since (only when ``policy.thank_you``).
    * ``ask_process`` — at interview stage with no known number of steps, when
      the data has a ``steps`` column.
    * ``answer_offer`` — an offer is open with no decision yet: ask for the
      deadline, decide, negotiate.
    * ``close_stale`` — open and silent for more than ``stale_after`` days:
      mark it ghosted (and stop counting on it).

    Examples
    --------
    >>> import offerkit
    >>> r = weekly_review(offerkit.load(offerkit.sample(applications=40, seed=3)))
    >>> r.actions.columns.tolist()[:6]
    ['application_id', 'company', 'stage', 'action', 'due', 'reason']
    """
    policy = policy or Policy()
    window = holiday_window(window)
    if search.dateless:
        from .._core.errors import DataError

        raise DataError(
            "this data has no dates (stage flags, a transition table or statuses without dates): the weekly review needs "
            "dates to know what is due; the funnel works. Add dates to get the review."
        )
    stale_after = search.stale_after if stale_after is None else stale_after
    as_of = pd.Timestamp(search.as_of if as_of is None else as_of).normalize()
    if as_of != search.as_of:
        search = search.replace(as_of=as_of)
    events = search.events
    activity = _activity(events, as_of)
    apps = application_status(search, stale_after=stale_after)
    open_apps = apps[apps["pending"]]
    pipeline = open_apps["stage_reached"].value_counts().reindex(apps["stage_reached"].cat.categories, fill_value=0)
    pipeline = pipeline.rename_axis("stage").reset_index(name="open")
    actions = []
    w = _waits(search)
    open_w = w[~w["observed"] & (w["end"] == as_of)]
    closed_keys = set(zip(apps.loc[apps["closed"], "candidate"], apps.loc[apps["closed"], "application_id"]))
    fu = events[events["event"] == "follow_up"]
    last_fu = fu.groupby(["candidate", "application_id"])["date"].max()
    as_day = int(day_numbers([as_of])[0])
    if len(open_w):
        start = day_numbers(open_w["start"])
        table = day_table_for(np.r_[start, as_day], country=search.country, pad=30)
        for (cand, app, company, stage), s, n_fu in zip(
            open_w[["candidate", "application_id", "company", "stage"]].itertuples(index=False, name=None),
            start,
            open_w["followups"],
        ):
            if (cand, app) in closed_keys or n_fu >= policy.max_follow_ups:
                continue
            last = last_fu.get((cand, app))
            ref = s if last is None or pd.isna(last) or last < _to_ts(s) else int(day_numbers([last])[0])
            gap = policy.follow_up_after if ref == s else policy.repeat_after
            due = int(table.add_business_days(np.array([ref]), np.array([gap]))[0])
            if due <= as_day + 7:
                silent = int(table.business_between(np.array([ref]), np.array([as_day]))[0])
                what = (
                    "since the last nudge"
                    if ref != s
                    else ("since applying" if str(stage) == "applied" else f"since the {stage}")
                )
                days = f"{silent} business day{'s' if silent != 1 else ''}"
                reason = (
                    f"silent {days} {what}; policy: nudge after {gap}"
                    if due <= as_day
                    else f"nudge on {_to_ts(due).date()} if still silent ({days} {what} so far; policy: after {gap})"
                )
                actions.append((cand, app, company, str(stage), "follow_up", _to_ts(due), reason))
    if policy.thank_you:
        recent = events[
            events["event"].isin(["screen", "interview", "onsite"]) & (events["date"] >= as_of - pd.Timedelta(days=2))
        ]
        notes = events[events["event"] == "thank_you"].groupby(["candidate", "application_id"])["date"].max()
        for r in recent.itertuples(index=False):
            note = notes.get((r.candidate, r.application_id))
            if note is not None and note >= r.date:
                continue
            actions.append(
                (
                    r.candidate,
                    r.application_id,
                    r.company,
                    str(r.event),
                    "thank_you",
                    r.date + pd.Timedelta(days=1),
                    f"{r.event} on {r.date.date()} and no thank-you note since",
                )
            )
    if "steps" in events.columns:
        steps = (
            events.assign(_s=events["steps"].astype(str).str.strip())
            .groupby(["candidate", "application_id"])["_s"]
            .agg(lambda s: (s != "").any())
        )
        for r in open_apps[open_apps["stage_reached"] == "interview"].itertuples(index=False):
            if not steps.get((r.candidate, r.application_id), False):
                actions.append(
                    (
                        r.candidate,
                        r.application_id,
                        r.company,
                        "interview",
                        "ask_process",
                        as_of,
                        "number of interview steps unknown: ask the recruiter what comes next",
                    )
                )
    for r in apps[apps["status"] == "offer"].itertuples(index=False):
        since = r.last_stage_date.date() if pd.notna(r.last_stage_date) else "an unknown date"
        actions.append(
            (
                r.candidate,
                r.application_id,
                r.company,
                "offer",
                "answer_offer",
                as_of,
                f"an offer is open (since {since}): ask for the deadline, decide, negotiate",
            )
        )
    stale = apps[apps["status"] == "stale"]
    for r in stale.itertuples(index=False):
        days = (as_of - r.last_stage_date).days
        actions.append(
            (
                r.candidate,
                r.application_id,
                r.company,
                str(r.stage_reached),
                "close_stale",
                as_of,
                f"silent {days} days (more than {stale_after}): mark it ghosted and move on",
            )
        )
    upcoming = _upcoming(search, as_of)
    if len(upcoming):  # a screen booked for next week is an answer on its way: no nudge, not stale
        booked = set(zip(upcoming["candidate"], upcoming["application_id"]))
        actions = [a for a in actions if not (a[4] in ("follow_up", "close_stale") and (a[0], a[1]) in booked)]
    actions = pd.DataFrame(actions, columns=["candidate"] + ACTION_COLUMNS)
    actions = actions.sort_values(["due", "action", "application_id"], kind="stable").reset_index(drop=True)
    actions = actions[ACTION_COLUMNS + ["candidate"]]
    warning = None
    start, _ = next_window(as_of, window)
    if 0 <= (start - as_of).days <= 21:
        warning = (
            f"The holiday window starts on {start.date()} ({(start - as_of).days} days): decisions stall until "
            "January. Push for the next step now."
        )
    return WeeklyReview(
        as_of=as_of,
        activity=activity,
        pipeline=pipeline,
        actions=actions,
        warning=warning,
        policy=policy,
        stale_after=stale_after,
        open_applications=_still_alive(search, window),
        upcoming=upcoming,
        by_candidate=_by_candidate(search, apps, actions, events, as_of),
    )


def _by_candidate(search, apps, actions, events, as_of, *, stalled_after=14):
    """The coach's table (one row per candidate), or None for one person."""
    if len(search.candidates) < 2:
        return None
    todo = actions[actions["action"] != "close_stale"].groupby("candidate").size()
    open_ = apps[apps["pending"]].groupby("candidate").size()
    offer = apps[apps["status"] == "offer"].groupby("candidate").size()
    moving = events[events["event"].astype(str) != "ghosted"]
    last = moving.groupby("candidate")["date"].max()
    out = pd.DataFrame({"candidate": search.candidates})
    out["open"] = out["candidate"].map(open_).fillna(0).astype(int)
    out["actions"] = out["candidate"].map(todo).fillna(0).astype(int)
    out["offer"] = out["candidate"].map(offer).fillna(0).astype(int) > 0
    out["last_activity"] = pd.to_datetime(out["candidate"].map(last))
    out["stalled"] = (as_of - out["last_activity"]).dt.days > stalled_after
    need = (out["actions"] > 0) | out["stalled"] | out["offer"]
    out = out.assign(_n=need).sort_values(["_n", "offer", "stalled", "actions"], ascending=False, kind="stable")
    return out.drop(columns="_n").reset_index(drop=True)


UPCOMING_COLUMNS = ["application_id", "company", "event", "date", "candidate"]


def _upcoming(search, as_of):
    """Events after ``as_of``: the load's scheduled ones (plans) and, for a review dated earlier, the later events."""
    parts = []
    scheduled = getattr(search.report, "scheduled", None) if search.report is not None else None
    if scheduled is not None and len(scheduled):
        mine = scheduled[scheduled["candidate"].isin(set(search.candidates))] if "candidate" in scheduled else scheduled
        parts.append(mine[UPCOMING_COLUMNS])
    later = search.events[search.events["date"] > as_of]
    if len(later):
        parts.append(later[UPCOMING_COLUMNS].assign(event=later["event"].astype(str)))
    if not parts:
        return pd.DataFrame(columns=UPCOMING_COLUMNS)
    out = pd.concat(parts, ignore_index=True)
    return out[out["date"] > as_of].sort_values("date", kind="stable").reset_index(drop=True)


ALIVE_COLUMNS = ["application_id", "company", "stage", "silent_days", "p_alive", "low", "high", "candidate"]


def _still_alive(search, window):
    """The review's "still alive?" table; empty (with a note in the docs) when the data cannot fit a model."""
    from .._core.errors import DataError
    from .._model.wait_more import still_alive

    try:
        t = still_alive(search, window=window)
    except DataError:
        return pd.DataFrame(columns=ALIVE_COLUMNS)
    return t[ALIVE_COLUMNS].reset_index(drop=True)
