"""The fast paths of issue #17 give the very answers of the plain ones.

The loader keeps the parser's categories and hands the search its text
codes; per-application tables, the funnel's groups and the model's sources
come from those codes, and reductions go through ``ufunc.at``.  Each is
checked here against the plain computation it replaces, on a messy cohort
(ids repeating across candidates, padded and empty texts).
"""

import numpy as np
import pandas as pd
import pytest

import offerkit
from offerkit._core._kernels import group_reduce
from offerkit._core.search import JobSearch
from offerkit._model.response import fit_model
from offerkit._stats.latency import _at_risk


@pytest.fixture(scope="module")
def cohort_csv(tmp_path_factory):
    df = offerkit.sample(candidates=6, applications=40, seed=5)
    df["application_id"] = df["application_id"].str.replace(r"^C\d+-A", "J", regex=True)  # J001 in every candidate
    rng = np.random.default_rng(0)
    pad = rng.random(len(df)) < 0.2
    df.loc[pad, "company"] = "  " + df.loc[pad, "company"] + " "
    df.loc[rng.random(len(df)) < 0.1, "source"] = ""
    df.loc[rng.random(len(df)) < 0.1, "role"] = " "
    df["zip"] = np.where(rng.random(len(df)) < 0.5, "007", "0100")  # text that looks like numbers stays text
    path = tmp_path_factory.mktemp("fast") / "cohort.csv"
    df.to_csv(path, index=False, lineterminator="\n")
    return path


def test_fast_read_equals_the_general_path(cohort_csv, tmp_path):
    lines = cohort_csv.read_bytes().split(b"\n")
    # blank lines and a row of spaces and empty cells in the middle: skipped on both paths
    lines[10:10] = [b"", b"   ", b",,  ,,,,,"]
    lf = tmp_path / "cohort_blanks.csv"
    lf.write_bytes(b"\n".join(lines))
    crlf = tmp_path / "cohort_crlf.csv"
    crlf.write_bytes(lf.read_bytes().replace(b"\n", b"\r\n"))  # a CR sends it down the general path
    from offerkit._io.read import read_table

    assert read_table(lf).codes and not read_table(crlf).codes  # the two paths really differ
    assert read_table(lf).rows.tolist() == read_table(crlf).rows.tolist()
    fast, general = offerkit.load(lf), offerkit.load(crlf)
    pd.testing.assert_frame_equal(fast.events, general.events)
    assert (fast.report.rows_read, fast.report.rows_loaded) == (general.report.rows_read, general.report.rows_loaded)
    assert set(fast.events["zip"]) == {"007", "0100"}


def _plain(search):
    """The same search without the loader's codes (everything from the texts)."""
    return JobSearch(search.events, report=search.report, as_of=search.as_of)


def test_text_codes_give_the_tables_of_the_plain_search(cohort_csv):
    coded = offerkit.load(cohort_csv)
    assert "event_codes" in coded._memo  # the loader handed its codes over
    plain = _plain(coded)
    assert "event_codes" not in plain._memo
    pd.testing.assert_frame_equal(coded.applications, plain.applications)
    pd.testing.assert_frame_equal(coded.waits, plain.waits)
    for by in ("candidate", "source", "company", "role"):
        pd.testing.assert_frame_equal(offerkit.funnel(coded, by=by), offerkit.funnel(plain, by=by))
    one = coded.for_candidate(coded.candidates[2])
    assert "event_codes" in one._memo
    pd.testing.assert_frame_equal(one.applications, _plain(one).applications)
    pd.testing.assert_frame_equal(offerkit.funnel(one, by="source"), offerkit.funnel(_plain(one), by="source"))


def test_model_sources_from_codes_match_the_texts(cohort_csv):
    coded = offerkit.load(cohort_csv)
    a, b = fit_model(coded), fit_model(_plain(coded))
    assert a.data_.sources == b.data_.sources
    np.testing.assert_allclose(a.summary["estimate"], b.summary["estimate"], rtol=1e-6, atol=1e-8)


def test_group_reduce_equals_reduceat():
    rng = np.random.default_rng(3)
    sizes = rng.integers(1, 6, 200)
    starts = np.r_[0, np.cumsum(sizes)[:-1]]
    group = np.repeat(np.arange(len(sizes)), sizes)
    values = rng.integers(-50, 50, len(group))
    for ufunc in (np.minimum, np.maximum, np.add):
        assert (group_reduce(ufunc, values, group, starts) == ufunc.reduceat(values, starts)).all()
    flags = values > 0
    assert (group_reduce(np.add, flags, group, starts) == np.add.reduceat(flags.astype(int), starts)).all()


def test_at_risk_counts_equal_a_sort():
    rng = np.random.default_rng(4)
    for times in (
        rng.integers(0, 60, 500).astype(float),
        rng.random(50) * 9,
        np.array([2.0]),
        np.array([0.0, 0.0, 7.0]),
    ):
        grid = np.unique(np.r_[0.0, times, times + 0.5])
        expected = len(times) - np.searchsorted(np.sort(times), grid, side="left")
        assert (_at_risk(times, grid) == expected).all()


def test_crude_exposure_equals_a_day_by_day_count():
    """The slowdown's days at risk (from per-day counts of starts and ends) against counting each wait's days."""
    import holidays

    search = offerkit.load(offerkit.sample(applications=60, seed=2))
    sd = offerkit.slowdown(search)
    w = search.waits
    w = w[w["days"] >= 1]
    us = holidays.country_holidays("US", years=range(2023, 2027))
    totals = {}
    for start, end in zip(w["start"], w["end"]):
        for day in pd.date_range(start + pd.Timedelta(days=1), end):  # days in (start, end]
            inside = (day.month == 12 and day.day >= 18) or (day.month == 1 and day.day == 1)
            business = day.weekday() < 5 and day.date() not in us
            for clock, counts in (("calendar", True), ("business", business)):
                if counts:
                    key = ("inside" if inside else "outside", clock)
                    totals[key] = totals.get(key, 0) + 1
    crude = sd.crude.set_index(["window", "clock"])["days_at_risk"]
    assert {k: int(v) for k, v in crude.items()} == totals


@pytest.mark.parametrize("quantile", [0.1, 0.5, 0.9])
def test_status_equals_the_timedelta_rule(cohort_csv, quantile):
    from offerkit._core.status import application_status

    search = offerkit.load(cohort_csv)
    gap = (pd.Timestamp(search.as_of) - search.applications["last_stage_date"]).dt.days
    stale_after = int(
        np.sort(gap.dropna().to_numpy())[int(quantile * gap.notna().sum())]
    )  # a gap that occurs: the day itself, where floors and '>' matter
    assert (gap == stale_after).any()
    apps = application_status(search, stale_after=stale_after)
    # the rule as written with pandas Timedeltas: silent when more than stale_after whole days passed
    silent = (gap > stale_after).to_numpy()
    outcome = search.applications["outcome"].to_numpy(dtype=object)
    expected = np.where(np.isin(outcome, ["open", "stale"]), np.where(silent, "stale", "open"), outcome)
    assert (apps["status"].to_numpy(dtype=object) == expected).all()
    assert 0 < (apps["status"] == "stale").sum() < len(apps)


@pytest.mark.parametrize("layout", ["grouped", "long run", "chronological"])
def test_shared_keys_equal_a_hash_of_the_rows(layout):
    from offerkit._io.rules import _MAX_RUN, _shared_keys

    rng = np.random.default_rng(7)
    n = 5000
    group = np.sort(rng.integers(0, 1500, n))  # grouped: non-decreasing, runs of a few rows
    if layout == "long run":
        group[100 : 100 + 3 * _MAX_RUN] = group[100]  # one application with many rows
        group = np.sort(group)
    elif layout == "chronological":
        group = rng.permutation(group)
    codes = [rng.integers(0, 3, n), rng.integers(0, 4, n)]  # few values: many shared keys
    expected = pd.DataFrame({"g": group, "a": codes[0], "b": codes[1]}).duplicated(keep=False).to_numpy()
    assert 0 < expected.sum() < n
    assert (_shared_keys(group, codes) == expected).all()


def test_duplicates_found_whatever_the_row_order(cohort_csv, tmp_path, monkeypatch):
    import offerkit._io.rules as rules

    df = pd.read_csv(cohort_csv, dtype=str, keep_default_na=False)
    picks = [3, 50, 51, 120]
    # each copy right after its original (the file stays grouped by application), then the rows shuffled
    grouped = pd.concat([df.iloc[[i]] if i not in picks else df.iloc[[i, i]] for i in range(len(df))])
    shuffled = grouped.sample(frac=1.0, random_state=0)
    found = []
    for frame in (grouped, shuffled):
        path = tmp_path / "dups.csv"
        frame.to_csv(path, index=False)
        for max_run in (rules._MAX_RUN, 0):  # shifted comparisons when grouped; 0: always hashed
            monkeypatch.setattr(rules, "_MAX_RUN", max_run)
            problems = offerkit.load(path).report.problems
            dup = problems[problems["problem"].str.startswith("duplicate of row")]
            assert len(dup) == 4
            found.append(sorted(dup["row"]))
    assert found[0] == found[1] and found[2] == found[3]


def test_event_lookups_on_codes_equal_the_texts():
    from offerkit._core.search import event_is, lookup_events, stage_rank
    from offerkit._core.vocab import EVENT_DTYPE

    rng = np.random.default_rng(2)
    names = list(EVENT_DTYPE.categories)
    texts = pd.Series(rng.choice(names + [None], 2000)).astype(object)
    coded = texts.astype(EVENT_DTYPE)
    assert coded.isna().any() and coded.cat.codes.dtype == np.int8
    for wanted in (("applied",), ("rejected", "withdrew", "accepted", "declined"), ()):
        assert (event_is(coded, wanted) == texts.isin(wanted).to_numpy()).all()
    table = {"screen": 1, "interview": 2, "offer": 4}
    assert (lookup_events(coded, table, -1) == np.array([table.get(t, -1) for t in texts])).all()
    assert (stage_rank(coded) == stage_rank(texts)).all()


@pytest.mark.parametrize("layout", ["runs", "sorted", "shuffled", "wide range", "one run", "one value"])
def test_first_seen_codes_equal_factorize(layout):
    from offerkit._core._kernels import first_seen_codes

    rng = np.random.default_rng(9)
    runs = np.repeat(rng.permutation(400), rng.integers(1, 6, 400))  # each key in one block, blocks in any order
    key = {
        "runs": runs,
        "sorted": np.sort(runs),
        "shuffled": rng.permutation(runs),
        "wide range": runs * 10**9,
        "one run": np.arange(50),
        "one value": np.full(30, 5),
    }[layout]
    assert (first_seen_codes(key) == pd.factorize(key)[0]).all()
    assert first_seen_codes(np.array([], dtype="int64")).tolist() == []


_BODY = "".join(
    f"candidate_{i % 3},J{i:03d},Acme {i % 7},Analyst,referral,applied,2024-11-{1 + i % 28:02d}\n" for i in range(60)
)
_HEAD = "candidate,application_id,company,role,source,event,date\n"
_WIDE_HEAD = "Company,Date Applied," + ",".join(f"note {j}" for j in range(250)) + "\n"
_WIDE_ROW = 'Acme,2024-11-04,"x, y"' + "," * 249 + "\n"


@pytest.mark.parametrize(
    "content",
    [
        _HEAD + _BODY,  # plain, many pieces
        _HEAD + _BODY.rstrip("\n"),  # no line break at the end
        _HEAD
        + _BODY
        + 'candidate_0,J900,"Initech, Inc.","Analyst ""senior""",referral,applied,2024-11-30\n',  # late quotes
        _HEAD
        + _BODY
        + 'candidate_0,J901,Initech,"two\nlines",referral,applied,2024-11-30\n',  # a late cell over two lines
        _HEAD
        + _BODY.replace("\n", "\r\n", 1)
        + "candidate_0,J902,Initech,Analyst,referral,applied,2024-11-30\r\n",  # a late CR
        _HEAD + _BODY + "candidate_0,J903,Café Ünïon,Analyst,referral,applied,2024-11-30\n",  # late non-ASCII
        _HEAD.rstrip("\n")
        + ","
        + ",".join(f"extra {j}" for j in range(30))
        + "\n"
        + _BODY,  # a header longer than a piece
        "\n\n  \n",  # blank
        _WIDE_HEAD + _WIDE_ROW * 3,  # a wide table (object read, line count checked)
        _WIDE_HEAD
        + _WIDE_ROW
        + _WIDE_ROW.replace("Acme", '"Acme\nCorp"')
        + _WIDE_ROW,  # ... with a cell over two lines
    ],
)
def test_reading_a_file_in_pieces_equals_reading_it_whole(tmp_path, monkeypatch, content):
    """The path is scanned in pieces and parsed from disk; a file object is scanned whole: same table."""
    import offerkit._io.read as read
    from offerkit import DataError

    path = tmp_path / "t.csv"
    path.write_bytes(content.encode("utf-8"))
    monkeypatch.setattr(read, "_CHUNK", 64)  # a few lines per piece, so that every feature falls in a later one

    def table(source):
        try:
            t = read.read_table(source, name="t.csv")
        except DataError as exc:
            return str(exc)
        return t.frame.to_dict("list"), t.rows.tolist(), t.notes, t.problems

    import io

    assert table(path) == table(io.BytesIO(path.read_bytes()))
    if content.strip():
        assert isinstance(table(path), tuple)
        # the fast path (the parser's codes) exactly where the file is plain ASCII in one line per record
        plain = (
            content.isascii()
            and "\r" not in content
            and "two\nlines" not in content
            and len(content.split("\n")[0]) < 64
        )  # (a header line longer than a piece: the general path)
        assert bool(read.read_table(path).codes) == plain
    if content.startswith(_WIDE_HEAD):
        monkeypatch.setattr(read, "_CHUNK", 1 << 22)  # the header fits: the fast path decides, wide
        rows = read.read_table(path).rows.tolist()
        assert rows == ([2, 3, 4] if "Acme\nCorp" not in content else [2, 3, 5])  # the record over two lines
