"""A tracker and a mailbox read together (issue #24): the tracker's statuses get the mail's dates."""

import sys
from pathlib import Path

import pandas as pd
import pytest

import offerkit
from offerkit._app.cli import main
from offerkit._io.merge import MAX_APART, match_applications

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "data"))
import make_mailbox  # noqa: E402

TRACKER = """Company,Role,Date Applied,Status
Acme Inc.,Data Analyst,2024-11-04,Rejected
Globex,Backend Engineer,2024-11-06,Interviewing
Hooli,Product Analyst,,Offer
Initech,Product Manager,2024-11-11,Applied
Wayne Enterprises,Analyst,2024-11-12,Rejected
"""


@pytest.fixture(scope="module")
def box(tmp_path_factory):
    folder = tmp_path_factory.mktemp("mail")
    make_mailbox.build(folder)
    return folder


@pytest.fixture
def merged(box, tmp_path):
    tracker = tmp_path / "tracker.csv"
    tracker.write_text(TRACKER)
    return offerkit.load([tracker, box / "takeout.mbox"])


def _event(s, company, event):
    ev = s.events
    return ev[(ev["company"] == company) & (ev["event"].astype(str) == event)]


def test_the_tracker_statuses_get_the_mail_dates(merged):
    # the tracker said "Rejected" without a day: the mail's rejection (19 Nov, Pacific time) gives it
    acme = _event(merged, "Acme Inc.", "rejected")
    assert len(acme) == 1 and abs((acme["date"].iloc[0] - pd.Timestamp("2024-11-19")).days) <= 1
    assert _event(merged, "Globex", "interview")["date"].tolist() == [pd.Timestamp("2024-11-14")]
    assert _event(merged, "Hooli", "offer")["date"].tolist() == [pd.Timestamp("2024-12-02")]
    # no mail for Wayne: its rejection stays undated (counted in the funnel, not in latency)
    assert _event(merged, "Wayne Enterprises", "rejected")["date"].isna().all()
    # a tracker date is never changed
    assert _event(merged, "Acme Inc.", "applied")["date"].tolist() == [pd.Timestamp("2024-11-04")]
    # the waits now time the answers
    w = offerkit.waits(merged)
    assert w[(w["company"] == "Acme Inc.") & w["observed"]]["days"].between(15, 16).all()


def test_mail_only_events_and_applications_are_added_and_counted(merged, box):
    companies = set(merged.applications["company"])
    assert {"Siemens", "Danone"} <= companies  # found only in the mail
    mail = offerkit.load(box / "takeout.mbox")
    only_mail = len(mail.applications) - 4  # Acme, Globex, Hooli and Initech are in the tracker too
    assert len(merged.applications) == 5 + only_mail  # no application twice
    assert len(_event(merged, "Hooli", "screen")) == 1  # an event the tracker never noted
    notes = " ".join(merged.report.notes)
    assert "3 of the tracker's 5 undated event(s) got their date from the mail" in notes
    assert f"{only_mail} application(s) found only in the mail added" in notes
    r = merged.report
    assert r.rows_read == r.rows_loaded + r.rows_set_aside == 5 + mail.report.rows_read


def test_the_tracker_wins_over_a_mail_outcome_that_disagrees(box, tmp_path):
    tracker = tmp_path / "t.csv"
    tracker.write_text("Company,Role,Date Applied,Status\nAcme,Data Analyst,2024-11-04,Offer\n")
    s = offerkit.load([tracker, box / "plain.mbox"])
    acme = s.events[s.events["company"] == "Acme"]
    assert set(acme["event"].astype(str)) == {"applied", "offer"}
    assert any("disagree with the tracker" in n for n in s.report.notes)


def test_two_applications_at_one_employer_months_apart_stay_two():
    day = pd.Timestamp
    tracker = pd.DataFrame(
        {
            "application_id": ["t1", "t2"],
            "key": ["acme", "acme"],
            "role_key": ["analyst", "analyst"],
            "applied": [day("2024-03-01"), day("2024-11-04")],
        }
    )
    mail = pd.DataFrame(
        {"application_id": ["m1"], "key": ["acme"], "role_key": ["analyst"], "applied": [day("2024-11-05")]}
    )
    assert match_applications(tracker, mail) == {"m1": "t2"}
    far = mail.assign(applied=[day("2024-11-05") + pd.Timedelta(days=MAX_APART + 200)])
    assert match_applications(tracker, far) == {}
    # roles decide between two applications at one employer
    tracker2 = tracker.assign(role_key=["data analyst", "backend engineer"], applied=[day("2024-11-01")] * 2)
    mail2 = mail.assign(role_key=["backend engineer"])
    assert match_applications(tracker2, mail2) == {"m1": "t2"}


def test_the_command_line_reads_a_tracker_with_its_mailbox(box, tmp_path, capsys):
    tracker = tmp_path / "tracker.csv"
    tracker.write_text(TRACKER)
    assert main(["check", str(tracker), "--mail", str(box / "takeout.mbox")]) in (0, 1)  # 1: problems listed
    out = capsys.readouterr().out
    assert "snapshot + mailbox" in out and "got their date from the mail" in out


def test_anonymized_merge_keeps_no_sender_or_subject(merged):
    a = offerkit.anonymize(merged, salt="a-long-secret-salt-for-tests")
    assert not {"sender", "subject", "message_id", "rule"} & set(a.events.columns)
    assert not a.events["company"].isin(["Acme Inc.", "Siemens"]).any()


def test_a_cohort_or_two_trackers_are_refused(box, tmp_path):
    tracker = tmp_path / "tracker.csv"
    tracker.write_text(TRACKER)
    with pytest.raises(offerkit.DataError, match="one tracker and one mailbox"):
        offerkit.load([tracker, tracker])


@pytest.mark.slow
def test_a_report_on_a_tracker_and_its_mailbox(box, tmp_path):
    """The latency page is filled from the mail's dates (the tracker alone has none for its answers)."""
    from offerkit._app.html_report import run_report

    tracker = tmp_path / "tracker.csv"
    tracker.write_text(TRACKER)
    index = run_report([tracker, box / "takeout.mbox"], out=tmp_path / "rep", echo=lambda *a, **k: None, notebooks=None)
    page = index.read_text()
    assert "tracker.csv + takeout.mbox" in page and "got their date from the mail" in page
    assert str(tmp_path) not in page  # no absolute path on the page
    latency = (tmp_path / "rep" / "02_response_latency.html").read_text()
    assert "median" in latency.lower()
    # the data overview reports the person's two files (their rows), not the merged copy the pages read
    overview = (tmp_path / "rep" / "00_data_overview.html").read_text()
    assert "tracker.csv" in overview and "takeout.mbox" in overview, overview[:2000]
    assert "tracker_and_mail" not in overview and str(tmp_path) not in overview


def test_inspect_shows_how_the_mail_meets_the_tracker(box, tmp_path, capsys):
    """Every mail application is listed: matched to which tracker row and by what, or found only in the mail."""
    tracker = tmp_path / "tracker.csv"
    tracker.write_text(TRACKER)
    r = offerkit.inspect(tracker, mail=box / "takeout.mbox")
    m = r.matches.set_index("mail_company")
    assert m.loc["Acme", "tracker_company"] == "Acme Inc." and m.loc["Acme", "matched_by"] != "only in the mail"
    assert (r.matches["matched_by"] == "only in the mail").any()  # the mail knows applications the tracker lacks
    matched = r.matches[r.matches["matched_by"] != "only in the mail"]
    assert set(matched["tracker_company"]) <= {"Acme Inc.", "Globex", "Hooli", "Initech", "Wayne Enterprises"}
    assert main(["inspect", str(tracker), "--mail", str(box / "takeout.mbox")]) == 0
    out = capsys.readouterr().out
    assert "tracker + mailbox:" in out and "= Acme Inc." in out and "only in the mail" in out


def test_an_employer_named_by_its_initials_or_its_possessive_meets_its_mail(tmp_path):
    """The tracker says "HMRC" and "Kellogg's"; the mail names "HM Revenue and Customs" in full and "Kellogg" (the
    637th written mailbox): each is one application, whose undated statuses get the mail's dates."""
    import make_sixhundredthirtyseventh_mailbox as corpus

    box = corpus.build(tmp_path / "mail")
    tracker = tmp_path / "tracker.csv"
    tracker.write_text(
        "Company,Role,Date Applied,Status\n"
        "HMRC,Management Accountant,2025-02-05,Interviewing\n"
        "Kellogg's,Management Accountant,2025-02-03,Rejected\n"
    )
    s = offerkit.load([tracker, box])
    companies = set(s.applications["company"])
    assert {"HMRC", "Kellogg's"} <= companies
    assert not {"HM Revenue and Customs", "Kellogg"} & companies, companies
    assert _event(s, "HMRC", "interview")["date"].dt.strftime("%Y-%m-%d").tolist() == ["2025-02-20"]
    assert _event(s, "Kellogg's", "rejected")["date"].dt.strftime("%Y-%m-%d").tolist() == ["2025-02-25"]
