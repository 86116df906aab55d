"""``offerkit report --out`` never harms a user's files (issue #27, items 1-4; definitions §6)."""

import os
import stat

import pytest

import offerkit
from offerkit._app.cli import main

QUIET = {"notebooks": [], "echo": lambda *a, **k: None}


def test_a_folder_with_the_users_files_is_refused_and_left_as_it_was(tmp_path, data, capsys):
    folder = tmp_path / "jobsearch2"
    folder.mkdir()
    (folder / "tracker.csv").write_bytes(data.read_bytes())
    (folder / "cover_letter.txt").write_text("Dear hiring manager")
    assert main(["report", str(folder / "tracker.csv"), "--out", str(folder)]) == 2
    assert sorted(p.name for p in folder.iterdir()) == ["cover_letter.txt", "tracker.csv"]
    assert (folder / "cover_letter.txt").read_text() == "Dear hiring manager"
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "cover_letter.txt" in err[0] and "nothing was touched" in err[0]


def test_a_file_given_as_out_is_refused(tmp_path, data, capsys):
    target = tmp_path / "notes.txt"
    target.write_text("mine")
    assert main(["report", str(data), "--out", str(target)]) == 2
    assert target.read_text() == "mine"
    assert "not a folder" in capsys.readouterr().err


def test_a_second_report_replaces_only_what_the_first_wrote(tmp_path, data):
    from offerkit._app.html_report import run_report

    out = tmp_path / "rep"
    run_report(data, out=out, **QUIET)
    (out / "old_page.html").write_text("x")  # as if an earlier report had written it ...
    import json

    marker = json.loads((out / ".offerkit-report").read_text())
    (out / ".offerkit-report").write_text(json.dumps({**marker, "files": marker["files"] + ["old_page.html"]}))
    (out / "my_notes.txt").write_text("kept")  # ... and a file of the user's, added since
    run_report(data, out=out, **QUIET)
    names = {p.name for p in out.iterdir()}
    assert "old_page.html" not in names and (out / "my_notes.txt").read_text() == "kept"
    assert "index.html" in names


@pytest.mark.slow
@pytest.mark.parametrize("out", ["reports", ".", "sub/dir"])
def test_relative_out_folders_work(tmp_path, data, monkeypatch, out):
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    assert main(["report", str(data), "--out", out, "--anonymize", "--salt", "a-long-private-salt-of-mine"]) == 0
    folder = work / out
    assert (folder / "index.html").is_file() and (folder / "anonymized.csv").is_file()


@pytest.mark.slow
def test_out_in_the_home_folder(tmp_path, data, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert main(["report", str(data), "--out", "~/rep"]) == 0
    assert (tmp_path / "home" / "rep" / "index.html").is_file()


def test_the_report_folder_gets_the_users_normal_permissions(tmp_path, data):
    from offerkit._app.html_report import run_report

    old = os.umask(0o022)
    try:
        run_report(data, out=tmp_path / "rep", **QUIET)
    finally:
        os.umask(old)
    mode = stat.S_IMODE((tmp_path / "rep").stat().st_mode)
    assert mode == 0o755
    assert stat.S_IMODE((tmp_path / "rep" / "index.html").stat().st_mode) == 0o644


@pytest.mark.slow
def test_the_coach_notebook_writes_its_table_with_a_relative_out(tmp_path, monkeypatch):
    path = tmp_path / "cohort.csv"
    offerkit.sample(candidates=3, applications=12, seed=1).to_csv(path, index=False)
    monkeypatch.chdir(tmp_path)
    from offerkit._app.html_report import notebooks_dir, run_report

    nb = notebooks_dir() / "06_coach_cohort.ipynb"
    run_report(path, out="rep", notebooks=[nb], echo=lambda *a, **k: None)
    assert (tmp_path / "rep" / "cohort_table.csv").is_file()
    assert "Traceback" not in (tmp_path / "rep" / "06_coach_cohort.html").read_text()


@pytest.mark.parametrize("command", ["check", "inspect", "report", "reminders", "dashboard"])
def test_every_data_command_takes_the_same_data_options(command):
    from offerkit._app.cli import build_parser

    extra = ["x.csv"]
    args = build_parser().parse_args(
        [
            command,
            *extra,
            "--as-of",
            "2024-12-01",
            "--dayfirst",
            "yes",
            "--country",
            "DE",
            "--map",
            "Pending=waiting",
            "--mapping",
            "m.json",
        ]
    )
    assert (args.as_of, args.dayfirst, args.country, args.map, args.mapping_file) == (
        "2024-12-01",
        True,
        "DE",
        ["Pending=waiting"],
        "m.json",
    )


@pytest.mark.slow
def test_dayfirst_reaches_the_report(tmp_path, capsys):
    """A file whose dates read both ways: refused without --dayfirst, reported with it."""
    path = tmp_path / "both.csv"
    path.write_text(
        "Company,Date Applied,Status\nAcme,03/04/2024,Rejected\nGlobex,05/06/2024,Applied\n"
        "Initech,07/08/2024,Interview\n"
    )
    assert main(["report", str(path), "--out", str(tmp_path / "a")]) == 2
    assert "dayfirst" in capsys.readouterr().err
    assert main(["report", str(path), "--out", str(tmp_path / "b"), "--dayfirst", "yes"]) == 0
    assert (tmp_path / "b" / "index.html").is_file()


def test_version(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    assert capsys.readouterr().out.strip() == f"offerkit {offerkit.__version__}"
