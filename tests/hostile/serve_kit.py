"""What the `qualcode serve` tests share: a real server process on a free localhost port,
started until it prints its links and stopped, and a plain HTTP GET that returns refusals
as answers instead of raising."""

from __future__ import annotations

import queue
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(project: Path, *args: str) -> tuple[subprocess.Popen[str], list[str]]:
    """Start ``qualcode serve`` and return it with the lines it printed up to 'Ctrl+C'."""
    server = subprocess.Popen(
        [sys.executable, "-m", "qualcode", "-p", str(project), "serve", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    lines: queue.Queue[str | None] = queue.Queue()

    def read() -> None:  # a thread: a buffered pipe and select() do not mix
        assert server.stdout is not None
        for line in server.stdout:
            lines.put(line.rstrip("\n"))
        lines.put(None)

    threading.Thread(target=read, daemon=True).start()
    seen: list[str] = []
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            line = lines.get(timeout=1)
        except queue.Empty:
            continue
        if line is None:
            break
        seen.append(line)
        if line.startswith("Ctrl+C"):
            return server, seen
    server.kill()
    err = stop_server(server)
    raise AssertionError(f"the server did not start: {seen} {err}")


def stop_server(server: subprocess.Popen[str]) -> str:
    """Stop the server; its stderr (stdout belongs to the reading thread)."""
    server.terminate()
    try:
        server.wait(timeout=15)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()
    return server.stderr.read() if server.stderr else ""


def http_get(url: str) -> tuple[int, dict[str, str], str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as reply:
            return reply.status, dict(reply.headers), reply.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read().decode("utf-8", "replace")
