"""A summary page as headless Chromium lays it out, for the tests that check what a
co-author's browser shows: a probe script written into a copy of the page leaves its
measurements in the DOM Chromium dumps. One place for the command line, so every such
test runs the browser alike."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def probed_dom(page: Path, probe: str, width: int) -> str:
    """The DOM of ``page`` after ``probe`` (a ``<script>``) ran at the end of its body, in
    a window ``width`` pixels wide; the probed copy is written beside the page."""
    copy = page.with_name(f"probe_{page.name}")
    copy.write_text(page.read_text("utf-8").replace("</body>", probe + "</body>"), "utf-8")
    return subprocess.run(
        [
            str(CHROMIUM),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            f"--window-size={width},1200",
            "--dump-dom",
            copy.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout
