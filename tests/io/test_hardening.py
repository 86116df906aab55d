"""Red-team regressions (issue #17): each case once crashed, leaked or dropped silently."""

import csv
import io
import os

import matplotlib.pyplot as plt
import pandas as pd
import pytest

import offerkit
from offerkit import DataError


def test_dollar_signs_in_names_are_drawn_as_text():
    df = offerkit.sample(candidates=2, applications=30, seed=1)
    df["source"] = df["source"].where(df.index % 2 == 0, "$$x$$")
    df.loc[df["candidate"] == "candidate_02", "candidate"] = "$x_$"
    s = offerkit.load(df)
    ax = offerkit.plot_survival(s, by="source")
    plt.gcf().canvas.draw()  # mathtext would fail here
    assert any("$$x$$" in t.get_text() for t in ax.get_legend().get_texts())
    offerkit.plot_candidate_latency(s, candidate="$x_$")
    plt.gcf().canvas.draw()


def test_a_huge_cell_on_the_record_by_record_path(write_csv):
    big = "x" * 200_000
    text = f'Company,Date Applied,Notes\nAcme,2024-11-01,"{big}\nsecond line"\nGlobex,2024-11-02,short\n'
    s = offerkit.load(write_csv(text))
    assert len(s.applications) == 2 and len(s.events["Notes"].iloc[0]) > 200_000


@pytest.mark.parametrize("header", ["Target ,Target", "notes,notes ", "Status, Status"])
def test_headers_equal_after_trimming_are_made_unique(write_csv, header):
    s = offerkit.load(write_csv(f"Company,Date Applied,{header}\nAcme,2024-11-01,a,b\n"))
    assert len(s.applications) == 1
    assert any("repeated" in n for n in s.report.notes)


def test_dataframe_with_duplicate_labels():
    df = pd.DataFrame([["Acme", "2024-11-01", "x"]], columns=["Company", "Date Applied", "Company"])
    s = offerkit.load(df)
    assert s.applications["company"].tolist() == ["Acme"] and "Company.1" in s.events.columns


def test_weekly_review_on_dateless_data_is_a_clear_error(write_csv):
    s = offerkit.load(write_csv("Company,Applied,Screen,Interview\nAcme,Y,Y,N\nGlobex,Y,N,N\n"))
    assert s.dateless
    with pytest.raises(DataError, match="no dates"):
        offerkit.weekly_review(s)


def test_csv_export_neutralises_formulas_after_any_line_break(tmp_path):
    from offerkit._io.export import to_safe_csv

    payloads = ["Analyst\r=1+1", "ok\n+cmd", "a\r\n@SUM(1)", "x\n-2+3", "=HYPERLINK(1)", "fine"]
    path = tmp_path / "out.csv"
    to_safe_csv(pd.DataFrame({"role": payloads}), path)
    raw = path.read_bytes()
    back = list(csv.reader(io.StringIO(raw.decode(), newline="")))
    cells = [r[0] for r in back[1:]]
    assert len(cells) == len(payloads)  # no line break splits a cell: every cell quoted
    for cell in cells:
        for line in cell.replace("\r", "\n").split("\n"):
            assert not line[:1] in ("=", "+", "-", "@"), repr(cell)


def test_non_regular_files_and_size_limit(tmp_path, monkeypatch):
    with pytest.raises(DataError, match="not a regular file"):
        offerkit.load("/dev/zero")
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    with pytest.raises(DataError, match="not a regular file"):
        offerkit.load(fifo)
    path = tmp_path / "big.csv"
    path.write_text("Company,Date Applied\n" + "Acme,2024-11-01\n" * 100)
    monkeypatch.setenv("OFFERKIT_MAX_BYTES", "100")
    with pytest.raises(DataError, match="OFFERKIT_MAX_BYTES"):
        offerkit.load(path)


def test_folder_lists_what_it_skipped(tmp_path):
    (tmp_path / "ann.csv").write_text("Company,Date Applied\nAcme,2024-11-01\n")
    (tmp_path / "readme.md").write_text("notes")
    (tmp_path / "sub").mkdir()
    (tmp_path / "gone.csv").symlink_to(tmp_path / "nowhere.csv")
    s = offerkit.load(tmp_path)
    note = next(n for n in s.report.notes if "skipped in the folder" in n)
    assert "readme.md" in note and "sub" in note and "gone.csv" in note


def test_ids_repeating_across_candidates_are_not_duplicates():
    rows = [(c, "J001", "Acme", "applied", "2024-11-01") for c in ("ann", "bob", "cy")]
    df = pd.DataFrame(rows, columns=["candidate", "application_id", "company", "event", "date"])
    s = offerkit.load(df)
    assert s.report.ok and len(s.applications) == 3


def test_wide_tables_load_in_linear_time(write_csv):
    import time

    def load_width(n):
        header = "Company,Date Applied," + ",".join(f"extra{i}" for i in range(n))
        row = "Acme,2024-11-01," + ",".join("v" for _ in range(n))
        path = write_csv(header + "\n" + row + "\n" + row.replace("Acme", "Globex") + "\n", name=f"w{n}.csv")
        t0 = time.perf_counter()
        offerkit.load(path)
        return time.perf_counter() - t0

    small, large = load_width(1000), load_width(8000)
    assert large < 20 * small + 1.0  # 8x the columns: roughly 8x the time, not 64x
