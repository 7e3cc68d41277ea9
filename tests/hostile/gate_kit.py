"""What the `serve --password` guessing tests share: the guarded server with two people and
a password, whose gate holds a wrong try's second open until the test lets it end, so that
nothing in those tests is timed."""

from __future__ import annotations

import asyncio

from qualcode.cli.web import GuardedServer, Session

SECRET = "rätt häst batteri"
PEOPLE = [Session("token-karin", "karin", "true"), Session("token-lena", "lena", "true")]


class HeldPause:
    """The wrong try's second, open until the test lets it end."""

    def __init__(self) -> None:
        self.started = asyncio.Event()
        self.release = asyncio.Event()

    async def __call__(self) -> None:
        self.started.set()
        await self.release.wait()


def held_server(host: str = "127.0.0.1") -> tuple[GuardedServer, HeldPause]:
    """The password-guarded server for karin and lena, and the pause its gate holds in."""
    server = GuardedServer(PEOPLE, host, 0, SECRET)
    assert server.gate is not None
    held = HeldPause()
    server.gate.pause = held  # type: ignore[method-assign]
    return server, held
