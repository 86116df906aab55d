"""offerkit report under faults (issue #17): atomic output, a lock, an execution timeout, one-line interrupts."""

import nbformat
import pytest

from offerkit._app.html_report import run_report


def test_a_failed_run_leaves_the_previous_report(tmp_path, data, monkeypatch):
    out = tmp_path / "rep"
    run_report(data, out=out, notebooks=[], echo=lambda *a, **k: None)
    before = (out / "index.html").read_text()
    import offerkit._app.html_report as hr

    def broken(*a, **k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(hr, "_swap_into_place", broken)
    with pytest.raises(OSError):
        run_report(data, out=out, notebooks=[], echo=lambda *a, **k: None)
    assert (out / "index.html").read_text() == before
    leftovers = [p.name for p in out.iterdir() if p.name.startswith(".offerkit-") and p.name != ".offerkit-report"]
    assert leftovers == []  # no temporary folder, no lock left behind


def test_a_second_report_into_the_same_folder_is_refused(tmp_path, data):
    out = tmp_path / "rep"
    run_report(data, out=out, notebooks=[], echo=lambda *a, **k: None)
    before = sorted(p.name for p in out.iterdir())
    (out / ".offerkit-report.lock").write_text("")
    with pytest.raises(RuntimeError, match="another offerkit report is being written"):
        run_report(data, out=out, notebooks=[], echo=lambda *a, **k: None)
    assert sorted(p.name for p in out.iterdir()) == sorted(before + [".offerkit-report.lock"])


def _notebook(tmp_path, name, code):
    """A notebook of a parameters cell and ``code``, written to ``tmp_path / name``."""
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nb.metadata["language_info"] = {"name": "python"}
    params = nbformat.v4.new_code_cell("data_path = None\nas_of = None\nmapping = None")
    params.metadata["tags"] = ["parameters"]
    nb.cells = [params, nbformat.v4.new_code_cell(code)]
    path = tmp_path / name
    nbformat.write(nb, str(path))
    return path


@pytest.mark.slow
def test_a_cell_past_the_timeout_stops_its_notebook(tmp_path, data):
    path = _notebook(tmp_path, "09_slow.ipynb", "import time\ntime.sleep(60)")
    out = tmp_path / "rep"
    with pytest.raises(RuntimeError, match=r"09_slow.ipynb \(stopped after 3 s"):
        run_report(data, out=out, notebooks=[path], echo=lambda *a, **k: None, timeout=3)
    assert (out / "index.html").exists() and (out / "09_slow.html").exists()


def test_ctrl_c_exits_130_with_one_line(tmp_path, data, monkeypatch, capsys):
    import offerkit._app.html_report as hr
    from offerkit._app.cli import main

    def interrupted(*a, **k):
        raise KeyboardInterrupt

    monkeypatch.setattr(hr, "_write_report", interrupted)
    assert main(["report", str(data), "--out", str(tmp_path / "rep")]) == 130
    assert not (tmp_path / "rep").exists()  # made by this run, left empty: removed
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "interrupted" in err[0]


def test_a_lock_left_by_a_killed_run_is_taken_over(tmp_path, data):
    """Issue #28 item 9: a hard kill leaves a lock; the next run takes it over when its process is gone."""
    import subprocess
    import sys

    out = tmp_path / "rep"
    run_report(data, out=out, notebooks=[], echo=lambda *a, **k: None)
    gone = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True, check=True
    )
    (out / ".offerkit-report.lock").write_text(gone.stdout.strip())  # that process has ended
    said = []
    run_report(data, out=out, notebooks=[], echo=said.append)
    assert any("taken over" in m for m in said) and not (out / ".offerkit-report.lock").exists()
    import os

    (out / ".offerkit-report.lock").write_text(str(os.getpid()))  # a live process holds it
    with pytest.raises(RuntimeError, match=f"process {os.getpid()}"):
        run_report(data, out=out, notebooks=[], echo=lambda *a, **k: None)


@pytest.mark.slow
def test_a_report_where_every_notebook_failed_keeps_the_good_one(tmp_path, data):
    path = _notebook(tmp_path, "09_broken.ipynb", "raise RuntimeError('boom')")
    out = tmp_path / "rep"
    run_report(data, out=out, notebooks=[], echo=lambda *a, **k: None)
    before = (out / "index.html").read_text()
    with pytest.raises(RuntimeError, match="previous report was kept"):
        run_report(data, out=out, notebooks=[path], echo=lambda *a, **k: None)
    assert (out / "index.html").read_text() == before and not (out / "09_broken.html").exists()


def test_one_deadline_bounds_the_whole_report_and_keeps_the_previous_one(tmp_path, data, monkeypatch):
    """Issue #28 item 8: OFFERKIT_TIMEOUT bounded a cell, not the report (a slow load ran on for 99 s)."""
    import time

    import offerkit._app.html_report as hr

    out = tmp_path / "rep"
    run_report(data, out=out, notebooks=[], echo=lambda *a, **k: None)
    before = (out / "index.html").read_text()
    real_load = hr.__dict__.get("load")

    def slow_load(*a, **k):  # the parent's own work (the load) runs past the deadline
        time.sleep(30)

    import offerkit._io.load as load_module

    monkeypatch.setattr(load_module, "load", slow_load)
    monkeypatch.setenv("OFFERKIT_TIMEOUT", "2")
    t0 = time.monotonic()
    with pytest.raises(RuntimeError, match=r"did not finish within 2 s .*previous report was kept"):
        run_report(data, out=out, notebooks=[], echo=lambda *a, **k: None)
    assert time.monotonic() - t0 < 10
    assert (out / "index.html").read_text() == before
    assert not (out / ".offerkit-report.lock").exists()
    assert real_load is None  # html_report imports load where it runs (the patch above reaches it)


def test_the_deadline_caps_each_cell():
    from offerkit._app.html_report import _Deadline

    with _Deadline(None) as clock:
        assert clock.cell_timeout(300) == 300
    with _Deadline(5) as clock:
        assert clock.cell_timeout(300) <= 5 and clock.cell_timeout(2) == 2


def test_a_bad_offerkit_timeout_is_one_line(tmp_path, data, monkeypatch):
    monkeypatch.setenv("OFFERKIT_TIMEOUT", "soon")
    with pytest.raises(RuntimeError, match="OFFERKIT_TIMEOUT='soon' is not a number"):
        run_report(data, out=tmp_path / "rep", notebooks=[], echo=lambda *a, **k: None)
    assert not (tmp_path / "rep").exists()
