"""`qualcode serve` answers on localhost."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from qualcode import Project
from tests.conftest import small_codebook


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_serve_answers_on_localhost(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    with Project.create(path) as project:
        project.apply_codebook(small_codebook())
        project.add_coder("karin")
    port = _free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "qualcode",
            "-p",
            str(path),
            "serve",
            "--coder",
            "karin",
            "--port",
            str(port),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        body = ""
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"http://localhost:{port}/", timeout=2) as reply:
                    body = reply.read().decode("utf-8", errors="replace")
                    break
            except OSError:
                time.sleep(0.3)
        assert "qualcode" in body
    finally:
        server.terminate()
        server.wait(timeout=10)
