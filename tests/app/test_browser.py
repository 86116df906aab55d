"""Real-browser test: Voila serves notebook 05; Playwright drives Debian's Chromium."""

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

import offerkit
import offerkit.widgets
from offerkit._app.cli import dashboard_command

from ._chromium import CHROMIUM

pytestmark = pytest.mark.browser


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_http(url, timeout=180):
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=5) as r:
                if r.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
    raise TimeoutError(f"{url} did not answer within {timeout} s")


@pytest.mark.skipif(
    CHROMIUM is None, reason="Debian's chromium is not installed (apt-get install -y chromium); .ci/run installs it"
)
def test_slider_changes_the_offer_probability_and_matches_simulate(tmp_path):
    pytest.importorskip("playwright.sync_api")
    data = tmp_path / "search.csv"
    offerkit.sample(applications=150, seed=12, start="2024-09-02", end="2024-12-06", followup_boost=3.0).to_csv(
        data, index=False
    )
    as_of = "2024-12-06"
    search = offerkit.load(data, as_of=as_of)
    fmt = lambda x: f"{100 * x:.1f}%"
    start_value, new_value = 5, 10
    before = fmt(offerkit.widgets.compute(search, follow_up_after=start_value).p_by_dec31)
    after = fmt(offerkit.widgets.compute(search, follow_up_after=new_value).p_by_dec31)
    assert before != after, "pick data where the follow-up delay matters"

    # the browser runs in its own process under a hard limit: once a CI run waited for good on a playwright driver
    # and a Chromium that were gone. One retry with a fresh server: twice (of ~40 runs, both under heavy load from
    # other jobs) the notebook's kernel stalled for minutes before its first output; the cause is not found
    shot = tmp_path / "dashboard.png"
    for attempt in (1, 2):
        server, port = _serve(data, as_of)
        try:
            run = _drive(f"http://127.0.0.1:{port}/", before, after, new_value - start_value, shot)
        finally:
            _stop(server)
        if run is not None and run.returncode != _NOT_LOADED:
            break
        if attempt == 2:
            pytest.fail(
                "the dashboard did not load twice"
                + (" (the browser was stopped at its time limit)" if run is None else f": {run.stderr[-2000:]}")
            )
    assert run.returncode == 0, run.stderr[-4000:]
    assert run.stdout.strip().splitlines()[-1] == str(new_value)  # the slider's readout
    assert (tmp_path / "dashboard.png").stat().st_size > 10_000


_DRIVER = Path(__file__).with_name("_drive_dashboard.py")
_NOT_LOADED = 3  # _drive_dashboard.NOT_LOADED (not imported: that module imports playwright)
_BROWSER_LIMIT = 420  # seconds: two page loads of 120 s, a slider of 60 s, and room


def _drive(url, before, after, steps, shot):
    """Run the browser in its own process group; None when it ran past the limit and was stopped."""
    cmd = [sys.executable, str(_DRIVER), CHROMIUM, url, before, after, str(steps), str(shot)]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        out, err = proc.communicate(timeout=_BROWSER_LIMIT)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        return None
    return subprocess.CompletedProcess(cmd, proc.returncode, out, err)


def _serve(data, as_of):
    """Start the dashboard (Voila) on a free port and wait until it answers."""
    port = _free_port()
    cmd, env, cwd = dashboard_command(data, port=port, as_of=as_of, open_browser=False)
    server = subprocess.Popen(cmd, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        _wait_http(f"http://127.0.0.1:{port}/")
    except TimeoutError:
        _stop(server)
        raise
    return server, port


def _stop(server):
    server.terminate()
    try:
        server.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.kill()


@pytest.mark.slow
def test_the_dashboard_refuses_requests_without_its_token(tmp_path):
    """Issue #28 item 14: a web page elsewhere cannot read the dashboard: every request needs the token."""
    import urllib.request

    port = _free_port()
    cmd, env, cwd = dashboard_command(None, port=port, open_browser=False, token="s3cret-token-for-test")
    server = subprocess.Popen(cmd, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        _wait_http(f"http://127.0.0.1:{port}/?token=s3cret-token-for-test")
        import http.client

        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        conn.request("GET", "/")  # no token: sent to the login page, the dashboard is not served
        answer = conn.getresponse()
        body = answer.read().decode("utf-8", "replace")
        assert answer.status in (302, 401, 403) and "login" in (answer.getheader("Location") or "") + body
        assert "offerkit" not in body
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/?token=s3cret-token-for-test", timeout=60) as r:
            assert r.status == 200 and "What-if" in r.read().decode("utf-8", "replace")
        # DNS rebinding: a page on attacker.example whose name now points at 127.0.0.1, even with the token
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        conn.request("GET", "/?token=s3cret-token-for-test", headers={"Host": f"attacker.example:{port}"})
        answer = conn.getresponse()
        body = answer.read().decode("utf-8", "replace")
        assert answer.status == 403 and "What-if" not in body
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        conn.request("GET", "/?token=s3cret-token-for-test", headers={"Host": f"localhost:{port}"})
        assert conn.getresponse().status == 200
    finally:
        _stop(server)


def test_the_dashboard_runs_only_a_few_kernels():
    """Issue #28 item 14: every page load started a kernel that was never stopped; a new one now stops the idlest."""
    import asyncio

    from offerkit._app.voila_local import cap_kernels

    class Kernel:
        def __init__(self, t):
            self.last_activity = t

    class Manager:
        def __init__(self):
            self.kernels, self.stopped, self.clock = {}, [], 0

        def list_kernel_ids(self):
            return list(self.kernels)

        def get_kernel(self, k):
            return self.kernels[k]

        async def shutdown_kernel(self, k, now=False):
            self.stopped.append(k)
            del self.kernels[k]

        async def start_kernel(self, **kw):
            self.clock += 1
            k = f"k{self.clock}"
            self.kernels[k] = Kernel(self.clock)
            return k

    m = cap_kernels(Manager(), 3)
    for _ in range(5):
        asyncio.run(m.start_kernel(kernel_name="python3"))
    assert len(m.kernels) == 3 and m.stopped == ["k1", "k2"]  # the longest idle go first
