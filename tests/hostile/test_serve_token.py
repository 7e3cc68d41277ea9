"""Issue 11.10: `qualcode serve` lets in only the people holding a secret link.

A real server process on a free localhost port, real HTTP requests and a real websocket:
without the token, or with a wrong one, every page, file and websocket is refused (403,
one line); with it, the page loads nothing from outside and the websocket drives a real
TUI as that person. Bad options are one line and exit 1.
"""

from __future__ import annotations

import asyncio
import queue
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import aiohttp
import pytest

from tests.hostile.export_kit import build_project, fails


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _start(project: Path, *args: str) -> tuple[subprocess.Popen[str], list[str]]:
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
    err = _stop(server)
    raise AssertionError(f"the server did not start: {seen} {err}")


def _stop(server: subprocess.Popen[str]) -> str:
    """Stop the server; its stderr (stdout belongs to the reading thread)."""
    server.terminate()
    try:
        server.wait(timeout=15)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()
    return server.stderr.read() if server.stderr else ""


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_project(tmp_path_factory.mktemp("serve") / "p.db")


@pytest.fixture(scope="module")
def served(project: Path) -> Iterator[tuple[str, dict[str, str]]]:
    """A server for karin and lena: its base URL and each person's link."""
    port = _free_port()
    server, lines = _start(project, "--coder", "karin", "--coder", "lena", "--port", str(port))
    links = {
        line.split(":", 1)[0].strip(): line.split(": ", 1)[1]
        for line in lines
        if line.startswith("  ")
    }
    try:
        yield f"http://127.0.0.1:{port}", links
    finally:
        _stop(server)


def _get(url: str) -> tuple[int, dict[str, str], str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as reply:
            return reply.status, dict(reply.headers), reply.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read().decode("utf-8", "replace")


def test_one_link_per_person_on_localhost(served: tuple[str, dict[str, str]]) -> None:
    base, links = served
    assert set(links) == {"karin", "lena"}
    assert all(link.startswith(f"{base}/s/") for link in links.values())
    tokens = {link.rsplit("/", 1)[1] for link in links.values()}
    assert len(tokens) == 2 and all(len(t) >= 32 for t in tokens)


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/s/",
        "/s/not-the-token",
        "/s/not-the-token/ws",
        "/s/not-the-token/static/js/textual.js",
        "/static/js/textual.js",
        "/ws",
        "/download/x",
    ],
)
def test_without_the_token_everything_is_refused(
    served: tuple[str, dict[str, str]], path: str
) -> None:
    base, _ = served
    status, _, body = _get(base + path)
    assert status == 403
    assert body.count("\n") == 0 and "secret link" in body


def test_a_token_one_character_off_is_refused(served: tuple[str, dict[str, str]]) -> None:
    _, links = served
    link = links["karin"]
    wrong = link[:-1] + ("a" if link[-1] != "a" else "b")
    assert _get(wrong)[0] == 403
    assert _get(link + "x")[0] == 403


def test_the_page_loads_nothing_from_outside(served: tuple[str, dict[str, str]]) -> None:
    _, links = served
    status, headers, page = _get(links["karin"])
    assert status == 200
    assert "http://" not in page and "https://" not in page and "//fonts" not in page
    policy = headers["Content-Security-Policy"]
    assert "default-src 'none'" in policy and "https:" not in policy
    assert headers["Referrer-Policy"] == "no-referrer"
    token = links["karin"].rsplit("/", 1)[1]
    for asset in ("js/textual.js", "css/xterm.css", "fonts/RobotoMono-VariableFont_wght.ttf"):
        assert f"/s/{token}/static/{asset}" in page
        assert _get(f"{links['karin']}/static/{asset}")[0] == 200


async def _websocket(url: str, origin: str | None = None) -> tuple[int, bytes]:
    """Connect, collect what the TUI draws for a while; the status is 101 or the refusal."""
    headers = {"Origin": origin} if origin else {}
    async with aiohttp.ClientSession() as session:
        try:
            async with session.ws_connect(url, headers=headers) as ws:
                drawn = b""
                deadline = time.monotonic() + 60
                while b"karin" not in drawn and time.monotonic() < deadline:
                    try:
                        message = await asyncio.wait_for(ws.receive(), 5)
                    except TimeoutError:
                        continue
                    if message.type == aiohttp.WSMsgType.BINARY:
                        drawn += message.data
                    elif message.type != aiohttp.WSMsgType.TEXT:
                        break
                return 101, drawn
        except aiohttp.WSServerHandshakeError as exc:
            return exc.status, b""


def test_websocket_needs_the_token_and_drives_the_tui_as_that_person(
    served: tuple[str, dict[str, str]],
) -> None:
    base, links = served
    assert asyncio.run(_websocket(f"{base}/s/not-the-token/ws"))[0] == 403
    karin = links["karin"] + "/ws?width=100&height=30"
    assert asyncio.run(_websocket(karin, origin="http://evil.example"))[0] == 403
    status, drawn = asyncio.run(_websocket(karin))
    assert status == 101 and b"karin" in drawn


def test_another_host_is_served_with_a_warning(project: Path) -> None:
    port = _free_port()
    server, lines = _start(project, "--coder", "karin", "--host", "127.0.0.2", "--port", str(port))
    try:
        link = next(line.split(": ", 1)[1] for line in lines if line.startswith("  karin"))
        assert link.startswith(f"http://127.0.0.2:{port}/s/")
        assert _get(link)[0] == 200
        assert _get(f"http://127.0.0.2:{port}/")[0] == 403
    finally:
        err = _stop(server)
    assert "warning: listening on 127.0.0.2" in err


def test_bad_options_are_one_line(project: Path) -> None:
    assert fails(project, "serve", "--coder", "nobody").startswith("unknown coder 'nobody'")
    assert fails(project, "serve", "--port", "70000") == "--port 70000: use 1-65535"
    assert fails(project, "serve", "--ui-lang", "de") == "--ui-lang 'de': use en or sv"


def test_a_port_in_use_is_one_line(project: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        line = fails(project, "serve", "--coder", "karin", "--port", str(port))
    assert line.startswith(f"cannot listen on 127.0.0.1:{port}")
