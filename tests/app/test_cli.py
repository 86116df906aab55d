"""Command line: exit codes of ``check`` and ``sample``."""

from offerkit._app.cli import main

from ..conftest import ROOT


def test_check_clean_sample_exits_0(capsys):
    assert main(["check", str(ROOT / "data" / "sample_applications.csv")]) == 0
    assert "rows read" in capsys.readouterr().out


def test_check_row_problem_exits_1(write_csv, capsys):
    path = write_csv("Company,Date Applied\nAcme,2024-11-01\nGlobex,2024-13-01\n")
    assert main(["check", str(path)]) == 1
    out = capsys.readouterr().out
    assert "row 3" in out and "2024-13-01" in out


def test_check_fatal_exits_2(write_csv, capsys):
    assert main(["check", str(write_csv("a,b\n1,2\n"))]) == 2
    assert "no date column" in capsys.readouterr().err


def test_dashboard_says_which_port_it_really_uses(monkeypatch, capsys):
    """A taken port: the dashboard moves to the next free one and says so (it used to print the taken one)."""
    import socket
    import subprocess

    from offerkit._app import cli

    taken = socket.socket()
    taken.bind(("127.0.0.1", 0))
    taken.listen()
    port = taken.getsockname()[1]
    calls = []
    monkeypatch.setattr(subprocess, "call", lambda cmd, **kw: calls.append(cmd) or 0)
    try:
        assert cli.main(["dashboard", "--port", str(port), "--no-browser"]) == 0
    finally:
        taken.close()
    out = capsys.readouterr().out
    used = int(out.split("http://127.0.0.1:")[1].split("/")[0])
    assert used != port and f"port {port} is in use" in out
    assert f"--port={used}" in calls[0]


def test_notebooks_command_copies_the_notebooks_with_the_data_set_once(tmp_path, monkeypatch, capsys):
    """definitions §6: offerkit notebooks DIR DATA: all seven read DATA through offerkit.toml; edited notebooks are kept."""
    import offerkit
    from offerkit._app import cli

    data = tmp_path / "mine.csv"
    offerkit.sample(applications=10, seed=1).to_csv(data, index=False)
    folder = tmp_path / "nbs"
    folder.mkdir()
    (folder / "01_weekly_review.ipynb").write_text("my edits")
    assert cli.main(["notebooks", str(folder), str(data)]) == 0
    assert sorted(p.name for p in folder.glob("*.ipynb")) == [
        f"0{i}" + n
        for i, n in enumerate(
            [
                "_data_overview.ipynb",
                "_weekly_review.ipynb",
                "_response_latency.ipynb",
                "_stage_conversion.ipynb",
                "_december_slowdown.ipynb",
                "_followup_whatif.ipynb",
                "_coach_cohort.ipynb",
            ]
        )
    ]
    assert (folder / "01_weekly_review.ipynb").read_text() == "my edits"
    monkeypatch.chdir(folder)
    monkeypatch.delenv("OFFERKIT_DATA", raising=False)
    assert offerkit.datasets.data_or_sample(None) == str(data)
    assert "jupyter lab" in capsys.readouterr().out
