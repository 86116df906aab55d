"""The rules' fast search equals the plain alternation's on every text of the written mailboxes and on generated ones
(issue #24's speed: ``re`` tried each of a rule's hundred phrases at each character; the rule searches were half
the reading time)."""

import importlib
import re
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "data"))

from offerkit._io import (  # noqa: E402
    mail_names,
    mail_own,
    mail_rules,
    mail_senders,
    mail_skips,
    mail_steps,
    mail_text,
    mailbox,
    phrases,  # noqa: E402
)
from offerkit._io.phrases import Phrases, needed_words  # noqa: E402

CORPORA = sorted(p.stem for p in (Path(__file__).resolve().parents[1] / "data").glob("make_*_mailbox.py"))


def _rules():
    """Every phrase pattern of the reader: the rule lists' and its modules' own."""
    found = {}
    for name, value in {
        k: v
        for m in (mail_rules, mail_skips, mail_steps, mail_own, mail_names, mail_senders, mail_text, mailbox)
        for k, v in vars(m).items()
    }.items():
        if isinstance(value, Phrases):
            found[name] = value
        elif isinstance(value, list):
            for i, item in enumerate(value):
                if isinstance(item, tuple) and len(item) == 2 and isinstance(item[1], Phrases):
                    found[f"{name}[{i}] {item[0]}"] = item[1]
    return found


RULES = _rules()


def _same(a, b):
    return (a is None and b is None) or (
        a is not None and b is not None and (a.span(), a.group(0)) == (b.span(), b.group(0))
    )


@pytest.fixture(scope="module")
def texts():
    out = set()
    for name in CORPORA:
        for msg, _ in importlib.import_module(name).messages():
            low = f"{msg['Subject'] or ''}\n{mail_text._text(msg)}".lower()
            out.add(low)
            out.add(mail_rules._firm(low))
    return sorted(out)


def test_every_rule_is_a_phrases_pattern_that_needs_words():
    assert len(RULES) > 40
    # a phrase that needs no word makes its whole rule a plain search: none of the reader's does
    plain = [name for name, rule in RULES.items() if rule._always]
    assert not plain, plain


@pytest.fixture(params=["one pass", "word by word"])
def way(request, monkeypatch):
    """The needed words found both ways: by the Aho-Corasick pass (when installed) and by the plain ``in``."""
    if request.param == "one pass" and phrases._ahocorasick is None:  # pragma: no cover - the CI installs it
        pytest.skip("pyahocorasick is not installed: only the plain look runs")
    monkeypatch.setattr(phrases, "FAST", request.param == "one pass")
    return request.param


def test_the_words_found_in_one_pass_are_those_found_word_by_word(texts, monkeypatch):
    if phrases._ahocorasick is None:  # pragma: no cover
        pytest.skip("pyahocorasick is not installed")
    differ = []
    for text in texts:
        for name, rule in RULES.items():
            monkeypatch.setattr(phrases, "FAST", True)
            fast = set(phrases._words_in(text, rule))
            monkeypatch.setattr(phrases, "FAST", False)
            if fast != set(phrases._words_in(text, rule)):
                differ.append((name, text[:80]))
    assert not differ, differ[:5]


def test_an_equal_text_is_no_stale_one(monkeypatch):
    # the words found are kept per string object: a new string, even one at a freed string's address, is read anew
    monkeypatch.setattr(phrases, "FAST", phrases._ahocorasick is not None)
    rule = Phrases([r"regret to inform", r"not (?:been )?selected"])
    for i in range(40):  # more texts than are kept
        text = "".join(["we regret to inform you ", str(i)]) if i % 2 else "".join(["you were selected ", str(i)])
        assert (rule.search(text) is not None) == bool(i % 2), text
    late = Phrases([r"a word no pattern had before"])  # a pattern made after the first search: its words are found
    assert late.search("here is a word no pattern had before").group(0) == "a word no pattern had before"


def test_the_fast_search_equals_the_alternation_on_every_written_text(texts, way):
    assert len(texts) > 2000
    differ = [
        (name, text[:80])
        for name, rule in RULES.items()
        for text in texts
        if not _same(rule.search(text), rule.regex.search(text))
    ]
    assert not differ, differ[:5]


def test_a_match_is_the_alternations_own():
    rule = Phrases([r"not (?:be )?selected", r"not\b", r"(?<!pas )d'accepter"])
    m = rule.search("you were not selected; we will not be selected")
    assert m.re is rule.regex and m.group(0) == "not selected" and m.start() == 9
    # two phrases at one place: the earlier phrase wins, as in the alternation
    assert rule.search("not here").group(0) == "not"
    # a look-behind sees before the start it is searched from
    assert rule.search("je ne suis pas d'accepter") is None
    assert rule.search("ravie d'accepter").start() == 6


def test_the_needed_words_are_read_from_the_pattern():
    assert needed_words(r"(?:not|n't|unable to)\s+(?:move|moving)\b[^.\n]{0,40}\bforward") == ("forward",)
    assert needed_words(r"a(?<!\wa)pplica") == ("applica",)  # across a look-behind
    assert needed_words(r"(?:the )?offer") == ("offer",)  # an optional group is not needed
    assert needed_words(r".{0,9}") is None


PIECES = sorted({w for rule in RULES.values() for w in rule._words})


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(st.sampled_from(PIECES), st.sampled_from([" ", ".", "\n", "not ", "n't ", "we ", "your "])),
        max_size=12,
    ),
    st.sampled_from(sorted(RULES)),
)
def test_the_fast_search_equals_the_alternation_on_generated_text(pieces, name):
    # (the way the words are looked for is the module's: one pass when pyahocorasick is installed)
    text = "".join(pieces)
    rule = RULES[name]
    assert _same(rule.search(text), rule.regex.search(text)), (name, text)


def test_a_search_from_a_position_is_the_alternations():
    rule = RULES[next(iter(RULES))]
    text = "we regret to inform you. job alert: 3 new jobs for you"
    for pos in range(len(text)):
        assert _same(rule.search(text, pos), rule.regex.search(text, pos))
    assert re.compile(rule.pattern).pattern == rule.regex.pattern  # everything else is the compiled pattern's


def test_the_relay_names_searched_lowered_equal_the_case_blind_pattern(way):
    """``_RELAY_NAMES`` is looked for as words in the lower-cased name first; found or not, it is the plain case-blind
    pattern's answer on every sender's display name and subject of the written mailboxes, and on names made of its
    own words in other cases."""
    from email.utils import parseaddr

    relay = mail_names._RELAY_NAMES
    names = set()
    for name in CORPORA:
        for msg, _ in importlib.import_module(name).messages():
            display, address = parseaddr(str(msg["From"] or ""))
            names.update((display, address, str(msg["Subject"] or "")))
    names.update(
        [
            "Sarah Lee via Greenhouse",
            "NHS",
            "nhs jobs",
            "Civil Service",
            "GREENHOUSE",
            "Viable Foods",
            "Lever Brothers",
            "Indeed Hiring",
            "Seek Ltd",
            "seeker",
            "ADP Recruiting",
            "adpt",
            "Dice",
            "Dicey",
            "Gusto",
            "Gusto Pizza",
            "Careers Service",
            "Built In Chicago",
            "built-in",
            "TES",
            "Tes Jobs",
            "REMOTE",
            "remote work",
            "İstanbul",
        ]
    )
    assert len(names) > 3000
    differ = [n for n in names if bool(relay.search(n)) != bool(relay.plain.search(n))]
    assert not differ, differ[:10]


def test_the_words_looked_for_first_are_in_every_notice_and_job_label(texts):
    """The gates before two case-blind searches (an employer's standing notice, a labelled job number) hold: each
    match, lower-cased, holds one of the gate's words, on every written mail and on the patterns' own phrases."""
    from offerkit._io import mail_text

    extra = [
        "Acme is an EQUAL OPPORTUNITY employer",
        "We will NEVER ASK for payment",
        "Job Scams",
        "E-Verify",
        "Requisition ID: R-102938",
        "JOB #: 2025-0042",
        "Announcement Number: NE25-112233",
        "Selection process 25-CSD-EA-NHQ-0123456",
        "Campaign Ref. No. SW25-0142",
    ]
    for text in [*texts, *extra]:
        for m in mail_text._EMPLOYERS_NOTICE.finditer(text):
            assert any(w in m.group(0).lower() for w in mail_text._EMPLOYERS_NOTICE_WORDS), m.group(0)
        for m in mail_names._LABELLED_CODE.finditer(text):
            assert any(w in m.group(0).lower() for w in mail_names._CODE_LABEL_WORDS), m.group(0)
    assert mail_names._labelled_codes("Requisition ID: R-102938") == {"R-102938"}
