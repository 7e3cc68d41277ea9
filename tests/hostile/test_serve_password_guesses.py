"""`qualcode serve --password`: a guesser gets one try checked a second, not one a connection.

A wrong password waits a second before its 403, but that wait held only its own connection:
two hundred tries sent at once over a hundred connections were all checked within about two
seconds (red team 36). While a wrong try's second runs, every other try is refused unchecked
(429, one line), the right password too, so no try is checked in parallel; once it is over,
the right password opens its link again. The second holds the guessing network only: held
for every address, one wrong try a second from anywhere locked the whole team out
(test_serve_guesses_from_many_addresses.py lets a colleague on another network in).

The guarded server's own app on a real local socket (aiohttp's test server); the second's
wait is held open by the test through ``PasswordGate.pause``, so nothing here is timed.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from aiohttp.test_utils import TestClient, TestServer

from qualcode.cli.web_login import BUSY, WRONG
from tests.hostile.gate_kit import SECRET, HeldPause, held_server


async def _login(client: TestClient, password: str, who: str = "karin") -> tuple[int, str, str]:
    reply = await client.post(
        "/login", data={"password": password, "coder": who}, allow_redirects=False
    )
    return reply.status, reply.headers.get("Location", ""), await reply.text()


@asynccontextmanager
async def _guarded() -> AsyncIterator[tuple[TestClient, HeldPause]]:
    """A client of the password-guarded server, and the pause its gate holds a wrong try in."""
    server, held = held_server()
    async with TestClient(TestServer(server.make_app())) as client:
        yield client, held


async def test_tries_during_a_wrong_ones_second_are_refused_unchecked() -> None:
    async with _guarded() as (client, held):
        wrong = asyncio.create_task(_login(client, "fel gissning"))
        started = asyncio.create_task(held.started.wait())
        await asyncio.wait({wrong, started}, return_when=asyncio.FIRST_COMPLETED)
        assert held.started.is_set(), "the wrong try was answered without the gate's pause"
        # the right password, sent while the wrong one's second runs, is not even checked
        assert await _login(client, SECRET) == (429, "", BUSY)
        many = await asyncio.gather(*(_login(client, f"gissning {n}") for n in range(20)))
        assert {status for status, _, _ in many} == {429}
        held.release.set()
        assert await wrong == (403, "", WRONG)
        status, location, _ = await _login(client, SECRET, "lena")
        assert (status, location) == (303, "/s/token-lena")


async def test_a_right_password_alone_is_not_kept_waiting() -> None:
    async with _guarded() as (client, held):
        status, location, _ = await _login(client, SECRET)
        assert (status, location) == (303, "/s/token-karin")
        assert not held.started.is_set()
