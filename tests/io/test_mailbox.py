"""The mailbox as a reader (definitions §3.6, issue #24), on generated mailboxes whose truth is known."""

import sys
import zipfile
from pathlib import Path

import pytest

import offerkit
from offerkit._app.cli import main
from offerkit._io.mailbox import company_key, is_mailbox, read_mailbox

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "data"))
import make_mailbox

TZ = "America/New_York"  # the person's time zone: the truth's dates are theirs


@pytest.fixture(scope="module")
def mail(tmp_path_factory):
    folder = tmp_path_factory.mktemp("mail")
    truth = make_mailbox.build(folder)
    with zipfile.ZipFile(folder / "eml.zip", "w") as z:
        for p in sorted((folder / "eml").iterdir()):
            z.write(p, f"mail/{p.name}")
    return folder, truth


def _found(reading):
    return sorted(
        (a.split("-")[0], e, str(d.date()))
        for a, e, d in zip(reading.events["application_id"], reading.events["event"], reading.events["date"])
    )


@pytest.mark.parametrize("form", ["takeout.mbox", "plain.mbox", "eml", "eml.zip"])
def test_events_found_with_their_dates(mail, form):
    folder, truth = mail
    owner = None if form == "takeout.mbox" else make_mailbox.ME  # Takeout marks sent mail itself
    r = read_mailbox(folder / form, tz=TZ, owner=owner)
    found, want = set(_found(r)), set(truth["events"])
    precision = len(found & want) / len(found)
    recall = len(found & want) / len(want)
    assert precision >= 0.9 and recall >= 0.9, found ^ want
    apps = {a.split("-")[0] for a in r.events["application_id"]}
    assert apps == {t[0] for t in truth["events"]}


def test_alerts_newsletters_and_outreach_are_skipped_by_kind(mail):
    folder, truth = mail
    r = read_mailbox(folder / "takeout.mbox", tz=TZ)
    counts = {}
    for kind in truth["skipped"]:
        counts[kind] = counts.get(kind, 0) + 1
    assert r.skipped == counts
    assert not {"umbrella", "stark", "wayne", "dataweekly"} & {company_key(c) for c in r.events["company"]}


def test_load_reads_a_mailbox_and_times_its_answers(mail):
    folder, _ = mail
    s = offerkit.load(folder / "plain.mbox")
    assert s.report.shape == "event log" and s.report.rows_set_aside == 0
    assert any(f"read as a mailbox: {len(make_mailbox.messages())} message(s)" in n for n in s.report.notes)
    a = s.applications.set_index("company")
    assert a.loc["Hooli", "stage_reached"] == "offer" and a.loc["Acme", "outcome"] == "rejected"
    lat = offerkit.latency(offerkit.waits(s), by="stage").set_index("stage")
    assert lat.loc["applied", "responses"] >= 3  # answers dated by the mails themselves


def test_mail_command_writes_a_reviewable_csv_without_bodies(mail, tmp_path, capsys):
    folder, truth = mail
    out = tmp_path / "apps.csv"
    assert main(["mail", str(folder / "takeout.mbox"), "--out", str(out), "--tz", TZ]) == 0
    text = out.read_text()
    assert "rule" in text.splitlines()[0] and "confidence" in text.splitlines()[0] and "message_id" in text
    assert "Sehr geehrter" not in text and "calendly.com/globex" not in text  # no mail body is written
    s = offerkit.load(out)
    assert len(s.applications) == len({company for company, _e, _d in truth["events"]})  # one per employer
    assert "then: offerkit report" in capsys.readouterr().out


def test_company_names_meet():
    assert company_key("Zillow Group") == company_key("Zillow") == company_key("zillow, inc.")


def test_not_a_mailbox(tmp_path):
    p = tmp_path / "t.csv"
    p.write_text("Company,Date Applied\nA,2025-01-01\n")
    assert not is_mailbox(p) and not is_mailbox(tmp_path / "missing.mbox")
