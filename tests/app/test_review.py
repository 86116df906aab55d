"""Weekly review (definitions §4.7): action rules, ICS, safe CSV, HTML escaping in the report."""

import icalendar
import pandas as pd
import pytest

import offerkit
from offerkit._app.cli import main

from ..factory import make_search


def load(rows, columns=("application_id", "company", "event", "date"), **kw):
    return make_search(rows, columns=columns, **kw)


def actions(review, kind):
    a = review.actions
    return a[a["action"] == kind]


def test_follow_up_counts_business_days_across_holidays():
    # applied Fri Dec 20 2024; 5 business days: 23, 24, 26, 27, 30 (Christmas off) -> due Mon Dec 30
    s = load([("a", "Acme", "applied", "2024-12-20")], as_of="2024-12-30")
    fu = actions(offerkit.weekly_review(s), "follow_up")
    assert fu["due"].tolist() == [pd.Timestamp("2024-12-30")]
    assert "5 business days" in fu["reason"].iloc[0]


def test_nudge_resets_the_clock_and_max_nudges_stops():
    s = load([("a", "Acme", "applied", "2024-11-01"), ("a", "Acme", "follow_up", "2024-11-08")], as_of="2024-11-15")
    r = offerkit.weekly_review(s)
    # next nudge 7 business days after Fri Nov 8: Nov 11..19 minus Veterans Day (Nov 11) -> Wed Nov 20
    assert actions(r, "follow_up")["due"].tolist() == [pd.Timestamp("2024-11-20")]
    r = offerkit.weekly_review(s, policy=offerkit.Policy(max_follow_ups=1))
    assert actions(r, "follow_up").empty
    r = offerkit.weekly_review(s, policy=offerkit.Policy(max_follow_ups=0))
    assert actions(r, "follow_up").empty


def test_thank_you_owed_only_without_a_note():
    s = load(
        [
            ("a", "Acme", "applied", "2024-11-01"),
            ("a", "Acme", "interview", "2024-11-14"),
            ("b", "Globex", "applied", "2024-11-01"),
            ("b", "Globex", "interview", "2024-11-14"),
            ("b", "Globex", "thank_you", "2024-11-14"),
            ("c", "Initech", "applied", "2024-11-01"),
            ("c", "Initech", "interview", "2024-11-05"),
        ],
        as_of="2024-11-15",
    )
    ty = actions(offerkit.weekly_review(s), "thank_you")
    assert ty["application_id"].tolist() == ["a"]
    assert ty["due"].tolist() == [pd.Timestamp("2024-11-15")]
    assert actions(offerkit.weekly_review(s, policy=offerkit.Policy(thank_you=False)), "thank_you").empty


def test_ask_process_needs_a_steps_column_and_close_stale():
    rows = [
        ("a", "Acme", "applied", "2024-11-01", ""),
        ("a", "Acme", "interview", "2024-11-10", ""),
        ("b", "Globex", "applied", "2024-11-01", ""),
        ("b", "Globex", "interview", "2024-11-10", "4"),
        ("c", "Initech", "applied", "2024-09-01", ""),
    ]
    s = load(rows, columns=("application_id", "company", "event", "date", "steps"), as_of="2024-11-15")
    r = offerkit.weekly_review(s)
    assert actions(r, "ask_process")["application_id"].tolist() == ["a"]
    assert actions(r, "close_stale")["application_id"].tolist() == ["c"]
    s = load([r[:4] for r in rows], as_of="2024-11-15")
    assert actions(offerkit.weekly_review(s), "ask_process").empty


def test_activity_this_week_vs_four_week_average_and_warning():
    s = load(
        [
            ("a", "Acme", "applied", "2024-11-25"),
            ("b", "B", "applied", "2024-11-27"),
            ("c", "C", "applied", "2024-11-10"),
            ("c", "C", "rejected", "2024-11-28"),
        ],
        as_of="2024-11-29",
    )
    r = offerkit.weekly_review(s)
    act = r.activity.set_index("metric")
    assert act.loc["applications sent", "this_week"] == 2 and act.loc["applications sent", "avg_4w"] == 0.25
    assert act.loc["rejections", "this_week"] == 1
    assert r.warning and "2024-12-18" in r.warning
    assert offerkit.weekly_review(s, as_of="2024-11-20").warning is None


def test_ics_has_one_event_per_due_follow_up(tmp_path):
    s = offerkit.load(offerkit.sample(applications=60, seed=3))
    r = offerkit.weekly_review(s)
    path = tmp_path / "r.ics"
    n = r.to_ics(path)
    cal = icalendar.Calendar.from_ical(path.read_bytes())
    events = [c for c in cal.walk("VEVENT")]
    assert n == len(events) == len(actions(r, "follow_up")) > 0
    assert all(str(e["summary"]).startswith("Follow up:") for e in events)
    assert len({str(e["uid"]) for e in events}) == n


def test_reminders_cli(tmp_path, capsys):
    from tests.conftest import ROOT

    out = tmp_path / "rem.ics"
    assert main(["reminders", str(ROOT / "data" / "sample_applications.csv"), "--out", str(out)]) == 0
    assert icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT")


def test_csv_export_neutralises_formulas(tmp_path):
    s = load(
        [
            ("a", '=HYPERLINK("http://x")', "applied", "2024-11-01"),
            ("b", "+cmd", "applied", "2024-11-01"),
            ("c", "@SUM(1)", "applied", "2024-11-01"),
            ("d", "-2+3", "applied", "2024-11-01"),
        ],
        as_of="2024-11-20",
    )
    r = offerkit.weekly_review(s)
    path = tmp_path / "actions.csv"
    r.to_csv(path)
    back = pd.read_csv(path, dtype=str)
    assert set(back["company"]) == {'\'=HYPERLINK("http://x")', "'+cmd", "'@SUM(1)", "'-2+3"}


@pytest.mark.slow
def test_report_escapes_html(report_run):
    from ..conftest import EVIL_COMPANY

    out, _ = report_run
    pages = list(out.glob("*.html"))
    assert len(pages) >= 8  # index + every notebook
    for page in pages:
        assert EVIL_COMPANY not in page.read_text(), page.name
    assert any("&lt;script&gt;alert(1)&lt;/script&gt;" in p.read_text() for p in pages)  # shown, escaped
    text = (out / "index.html").read_text()
    assert "evil.csv" in text and "rows read" in text.lower()


def test_a_screen_booked_after_as_of_is_upcoming_not_a_silence(monkeypatch):
    """definitions §3.5 / 4.7: events after as_of are plans: shown as upcoming, no nudge for them, no part in waits."""
    import pandas as pd

    import offerkit

    monkeypatch.setenv("OFFERKIT_TODAY", "2026-12-04")
    df = pd.DataFrame(
        {
            "application_id": ["x", "x", "y"],
            "company": ["Acme", "Acme", "Globex"],
            "event": ["applied", "screen", "applied"],
            "date": ["2026-11-20", "2026-12-08", "2026-11-25"],
        }
    )
    s = offerkit.load(df)
    r = offerkit.weekly_review(s)
    assert r.upcoming[["company", "event"]].values.tolist() == [["Acme", "screen"]]
    assert "Acme" not in set(r.actions["company"])  # no follow-up asked for a booked screen
    assert "Upcoming" in r._repr_html_() and "screen at Acme" in repr(r)
    w = offerkit.waits(s)
    assert (w["end"] <= pd.Timestamp("2026-12-04")).all()


def test_a_coachs_review_is_a_table_per_candidate():
    """Issue #27 item 10: who has actions due, who stalled, who holds an offer; not pooled actions."""
    import pandas as pd

    import offerkit

    s = offerkit.load(offerkit.sample(candidates=4, applications=30, seed=2))
    r = offerkit.weekly_review(s)
    c = r.by_candidate.set_index("candidate")
    assert sorted(c.index) == s.candidates
    for name in s.candidates:  # each row is that candidate's own review
        own = offerkit.weekly_review(s.for_candidate(name))
        assert c.loc[name, "actions"] == int((own.actions["action"] != "close_stale").sum())
        assert c.loc[name, "open"] == int(own.pipeline["open"].sum())
        last = s.events.loc[s.events["candidate"] == name, "date"].max()
        assert c.loc[name, "stalled"] == ((r.as_of - last).days > 14)
    html = r._repr_html_()
    assert "need you this week" in html and "<th>candidate</th>" in html
    assert offerkit.weekly_review(s.for_candidate(s.candidates[0])).by_candidate is None
    assert isinstance(r.by_candidate["last_activity"].iloc[0], pd.Timestamp)
