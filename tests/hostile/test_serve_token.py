"""Issue 11.10: `qualcode serve` lets in only the people holding a secret link.

A real server process on a free localhost port, real HTTP requests and a real websocket:
without the token, or with a wrong one, every page, file and websocket is refused (403,
one line); with it, the page loads nothing from outside and the websocket drives a real
TUI as that person. Bad options are one line and exit 1.
"""

from __future__ import annotations

import asyncio
import socket
import time
from collections.abc import Iterator
from pathlib import Path

import aiohttp
import pytest

from tests.hostile.export_kit import build_project, fails
from tests.hostile.serve_kit import free_port, http_get, start_server, stop_server


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_project(tmp_path_factory.mktemp("serve") / "p.db")


@pytest.fixture(scope="module")
def served(project: Path) -> Iterator[tuple[str, dict[str, str]]]:
    """A server for karin and lena: its base URL and each person's link."""
    port = free_port()
    server, lines = start_server(
        project, "--coder", "karin", "--coder", "lena", "--port", str(port)
    )
    links = {
        line.split(":", 1)[0].strip(): line.split(": ", 1)[1]
        for line in lines
        if line.startswith("  ")
    }
    try:
        yield f"http://127.0.0.1:{port}", links
    finally:
        stop_server(server)


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
    status, _, body = http_get(base + path)
    assert status == 403
    assert body.count("\n") == 0 and "secret link" in body


def test_a_token_one_character_off_is_refused(served: tuple[str, dict[str, str]]) -> None:
    _, links = served
    link = links["karin"]
    wrong = link[:-1] + ("a" if link[-1] != "a" else "b")
    assert http_get(wrong)[0] == 403
    assert http_get(link + "x")[0] == 403


def test_the_page_loads_nothing_from_outside(served: tuple[str, dict[str, str]]) -> None:
    _, links = served
    status, headers, page = http_get(links["karin"])
    assert status == 200
    assert "http://" not in page and "https://" not in page and "//fonts" not in page
    policy = headers["Content-Security-Policy"]
    assert "default-src 'none'" in policy and "https:" not in policy
    assert headers["Referrer-Policy"] == "no-referrer"
    token = links["karin"].rsplit("/", 1)[1]
    for asset in ("js/textual.js", "css/xterm.css", "fonts/RobotoMono-VariableFont_wght.ttf"):
        assert f"/s/{token}/static/{asset}" in page
        assert http_get(f"{links['karin']}/static/{asset}")[0] == 200


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
    port = free_port()
    server, lines = start_server(
        project, "--coder", "karin", "--host", "127.0.0.2", "--port", str(port)
    )
    try:
        link = next(line.split(": ", 1)[1] for line in lines if line.startswith("  karin"))
        assert link.startswith(f"http://127.0.0.2:{port}/s/")
        assert http_get(link)[0] == 200
        assert http_get(f"http://127.0.0.2:{port}/")[0] == 403
    finally:
        err = stop_server(server)
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
