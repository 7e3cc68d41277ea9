"""`qualcode serve` answers only when asked for by its own address (DNS rebinding).

A page on another site can point its own name at 127.0.0.1 once the browser has loaded it
(DNS rebinding). Its requests then reach the server on port 8000 as from the same site:
Host and Origin both read 'evil.example:8000', so the origin check passed. The page read
the login form (the team's names) and posted guesses at the password from the researcher's
own browser, one a second for as long as the tab stayed open; a right guess sent it on to
the link, and the websocket let it drive the TUI (red team 37). A request naming a host
that is not an address, not ``localhost``, not ``--host`` and not this machine's name is
now refused in one line, before any route.

The guarded server's own app on a real local socket (aiohttp's test server).
"""

from __future__ import annotations

import socket

import pytest
from aiohttp.test_utils import TestClient, TestServer

from qualcode.cli.web import GuardedServer, Session
from qualcode.cli.web_host import FOREIGN, is_own

SECRET = "rätt häst batteri"
PEOPLE = [Session("token-karin", "karin", "true"), Session("token-lena", "lena", "true")]


@pytest.mark.parametrize("path", ["/", "/s/token-karin", "/s/token-karin/static/js/textual.js"])
async def test_a_page_asked_for_by_another_sites_name_is_refused(path: str) -> None:
    for password in (SECRET, None):
        server = GuardedServer(PEOPLE, "127.0.0.1", 0, password)
        async with TestClient(TestServer(server.make_app())) as client:
            reply = await client.get(
                path,
                headers={"Host": "evil.example:8000", "Origin": "http://evil.example:8000"},
            )
            text = await reply.text()
            assert (reply.status, text) == (403, FOREIGN.format(name="evil.example")), path
            assert "karin" not in text


async def test_a_guess_posted_under_another_sites_name_is_not_checked() -> None:
    server = GuardedServer(PEOPLE, "127.0.0.1", 0, SECRET)
    async with TestClient(TestServer(server.make_app())) as client:
        reply = await client.post(
            "/login",
            data={"password": SECRET, "coder": "karin"},
            headers={"Host": "evil.example:8000", "Origin": "http://evil.example:8000"},
            allow_redirects=False,
        )
        assert reply.status == 403
        assert "Location" not in reply.headers


@pytest.mark.parametrize(
    ("served", "asked"),
    [
        ("127.0.0.1", "127.0.0.1:{port}"),
        ("127.0.0.1", "localhost:{port}"),
        ("127.0.0.1", "LOCALHOST.:{port}"),
        ("127.0.0.1", "[::1]:{port}"),
        ("0.0.0.0", "192.0.2.7:{port}"),
        ("analys.example.org", "analys.example.org:{port}"),
        ("analys.example.org", "Analys.Example.org.:{port}"),
    ],
)
async def test_its_own_addresses_and_names_are_answered(served: str, asked: str) -> None:
    server = GuardedServer(PEOPLE, served, 0, SECRET)
    async with TestClient(TestServer(server.make_app())) as client:
        host = asked.format(port=client.port)
        reply = await client.get("/", headers={"Host": host})
        assert reply.status == 200, host
        reply = await client.post(
            "/login",
            data={"password": SECRET, "coder": "lena"},
            headers={"Host": host, "Origin": f"http://{host}"},
            allow_redirects=False,
        )
        assert (reply.status, reply.headers.get("Location")) == (303, "/s/token-lena")


def test_this_machines_own_names_are_its_own() -> None:
    short = socket.gethostname().split(".", 1)[0]
    for name in (socket.gethostname(), f"{short}.local", f"{short.upper()}.LOCAL:8000"):
        assert is_own(name, "0.0.0.0"), name
    assert not is_own(f"{short}.evil.example", "0.0.0.0")
