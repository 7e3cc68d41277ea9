"""`qualcode serve --password`: a guesser cannot buy more tries a second with more addresses.

A wrong try's second holds only its own address, so that a guesser elsewhere does not lock
the team out. But an address is cheap: on the server itself every user can send from any of
127.0.0.1 to 127.255.255.254, and a host on IPv6 is given a whole /64. Sent from a hundred
loopback addresses, a hundred tries were checked in one second (red team 37). The second
now holds the guesser's network: all of loopback IPv4 as one, an IPv6 address's /64, and
an IPv4 address written as IPv6 (``::ffff:127.0.0.2``) as that IPv4 address.

The guarded server's own app on real local sockets (aiohttp's test server); the wrong try's
second is held open by the test through ``PasswordGate.pause``, so nothing here is timed.
"""

from __future__ import annotations

import asyncio

from aiohttp import ClientSession, TCPConnector
from aiohttp.test_utils import TestClient, TestServer

from qualcode.cli.web_login import BUSY, WRONG, guesser
from tests.hostile.gate_kit import SECRET, held_server


async def _login_from(url: str, address: str, password: str) -> tuple[int, str]:
    async with ClientSession(connector=TCPConnector(local_addr=(address, 0))) as session:
        reply = await session.post(
            url, data={"password": password, "coder": "lena"}, allow_redirects=False
        )
        return reply.status, await reply.text()


async def test_the_right_password_from_another_loopback_address_waits_out_the_second() -> None:
    server, held = held_server()
    async with TestClient(TestServer(server.make_app())) as client:
        wrong = asyncio.create_task(
            client.post("/login", data={"password": "fel gissning", "coder": "karin"})
        )
        await held.started.wait()
        url = str(client.make_url("/login"))
        # the guesser's next tries, each from a loopback address of its own: none is checked
        tries = [_login_from(url, f"127.0.0.{n}", SECRET) for n in range(2, 12)]
        assert await asyncio.gather(*tries) == [(429, BUSY)] * 10
        held.release.set()
        reply = await wrong
        assert (reply.status, await reply.text()) == (403, WRONG)
        status, _ = await _login_from(url, "127.0.0.5", SECRET)
        assert status == 303  # the second over, the right password opens the link again


async def test_a_colleague_on_another_network_is_not_held() -> None:
    """One server on IPv4 and IPv6 loopback (as ``--host localhost`` listens): two networks."""
    server, held = held_server("localhost")
    async with (
        TestClient(TestServer(server.make_app(), host="127.0.0.1")) as guessers,
        TestClient(TestServer(server.make_app(), host="::1")) as colleagues,
    ):
        wrong = asyncio.create_task(
            guessers.post("/login", data={"password": "fel gissning", "coder": "karin"})
        )
        await held.started.wait()
        url = str(colleagues.make_url("/login"))
        async with ClientSession() as session:
            reply = await session.post(
                url, data={"password": SECRET, "coder": "lena"}, allow_redirects=False
            )
            assert (reply.status, reply.headers.get("Location")) == (303, "/s/token-lena")
        held.release.set()
        assert (await wrong).status == 403


def test_addresses_are_held_by_their_network() -> None:
    assert guesser("127.0.0.1") == guesser("127.200.3.4") == guesser("::ffff:127.0.0.9")
    assert guesser("2001:db8:1:2::1") == guesser("2001:db8:1:2:ffff:0:0:7")
    assert guesser("2001:db8:1:2::1") != guesser("2001:db8:1:3::1")
    assert guesser("192.0.2.1") == guesser("::ffff:192.0.2.1")
    assert guesser("192.0.2.1") != guesser("192.0.2.2")  # another host on the office network
    assert guesser("::1") != guesser("127.0.0.1")
    assert guesser("fe80::1%eth0") == guesser("fe80::2%eth1")
    assert guesser("") == guesser("")  # a socket without an address (a Unix socket) is one
