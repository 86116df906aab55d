"""Debian's Chromium for the browser tests: where it is and how they launch it (one place for both)."""

import shutil
from pathlib import Path

CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)
#: Playwright's own browser download does not work here; these flags run Debian's headless in a container.
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
