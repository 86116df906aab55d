"""The report's front page says the same numbers as the pages it links to (issue #27 item 6)."""

import html
import re

import pytest

import offerkit
from offerkit._app.html_report import notebooks_dir, run_report

CARD = re.compile(r"class='headline'[^>]*>(.*?)</div><div>(.*?)</div>", re.DOTALL)


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    out = tmp_path_factory.mktemp("front") / "rep"
    data = out.parent / "tracker.csv"
    offerkit.sample(applications=60, seed=3).to_csv(data, index=False)
    nbs = [
        notebooks_dir() / f for f in ("01_weekly_review.ipynb", "02_response_latency.ipynb", "05_followup_whatif.ipynb")
    ]
    run_report(data, out=out, notebooks=nbs, echo=lambda *a, **k: None)
    pages = {p.name[:2]: html.unescape(p.read_text()) for p in out.glob("0*.html")}
    cards = {label: html.unescape(value) for value, label in CARD.findall((out / "index.html").read_text())}
    return data, cards, pages


@pytest.mark.slow
def test_every_front_page_number_is_on_its_page(report):
    data, cards, pages = report
    n = cards["actions to take"]
    assert f"{n} action{'s' if n != '1' else ''} to take" in pages["01"]
    assert f"Open pipeline: {cards['open applications']} open application" in pages["01"]
    median = cards["median days from applying to an answer"]
    row = re.search(r"<tr><td>applied</td>(.*?)</tr>", pages["02"]).group(1)
    cells = re.findall(r"<td[^>]*>(.*?)</td>", row)
    assert median in cells  # the applied row of the latency table by stage
    ((label, chance),) = [(k, v) for k, v in cards.items() if k.startswith("P(an offer by")]
    assert re.fullmatch(r"\d+(\.\d)?% \(\d+(\.\d)?–\d+(\.\d)?%\)", chance)  # shown with its interval
    assert chance in pages["05"]


@pytest.mark.slow
def test_the_front_page_numbers_are_the_analyses_numbers(report):
    """Independently of the pages: the same numbers the public functions give."""
    data, cards, _ = report
    s = offerkit.load(data)
    review = offerkit.weekly_review(s)
    assert cards["actions to take"] == str(int((review.actions["action"] != "close_stale").sum()))
    assert cards["open applications"] == str(int(review.pipeline["open"].sum()))
    lat = offerkit.latency(offerkit.waits(s), by="stage").set_index("stage")
    assert cards["median days from applying to an answer"] == f"{lat.loc['applied', 'median_days']:g}"


@pytest.mark.slow
def test_the_front_page_opens_with_what_to_do(report):
    """Issue #27: actions first (follow-ups due with company and days silent, thank-you notes, offers), then numbers."""
    data, _, _ = report
    out = data.parent / "rep"
    text = html.unescape((out / "index.html").read_text())
    assert text.index("This week") < text.index("actions to take") < text.index("Analyses")
    s = offerkit.load(data)
    todo = offerkit.weekly_review(s).to_do
    first = todo.sort_values("due").iloc[0]
    assert str(first["company"]) in text.split("Analyses")[0]


@pytest.mark.slow
def test_a_search_that_accepted_an_offer_shows_no_chance_of_one(tmp_path):
    """After an accepted offer the front page said "P(an offer by Dec 31) 0.0%": it now says the search ended."""
    data = tmp_path / "events.csv"
    data.write_text(
        "company,event,date\nAcme,applied,2025-09-01\nAcme,interview,2025-09-15\nAcme,offer,2025-10-20\n"
        "Acme,accepted,2025-10-24\nBirch,applied,2025-09-03\nBirch,rejected,2025-09-20\n"
    )
    out = tmp_path / "rep"
    run_report(data, out=out, notebooks=[], echo=lambda *a, **k: None)
    cards = {label: html.unescape(value) for value, label in CARD.findall((out / "index.html").read_text())}
    assert cards["your search"] == "offer accepted"
    assert not [k for k in cards if k.startswith("P(")]
    assert "from Acme on 2025-10-24" in html.unescape((out / "index.html").read_text())
