"""`qualcode serve`: one link runs a few TUIs at once, not one per socket asked (red team 36).

Each websocket on a link starts a TUI process on the serving machine. A link holder
opening sockets in a loop started one per socket (six sockets: twelve processes, each a
Python with Textual loaded) until the lead's machine ran out of memory. A link now runs at
most ``SCREENS`` at once (a few tabs); one more is refused with 429 and one line before any
process starts, and a screen closed makes room again.

The guarded server's own app on a real local socket, its limit set to one so that a single
real TUI (the demo-sized project's, as the link's holder) is started.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import aiohttp
import pytest
from aiohttp.test_utils import TestClient, TestServer

from qualcode.cli.web import SCREENS, GuardedServer, sessions
from tests.hostile.export_kit import build_project

# slow: a real TUI process starts behind the one socket let in; textual-serve leaves its
# finished process's pipe to the garbage collector, which meets the test's loop closed
pytestmark = [
    pytest.mark.slow,
    pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning"),
]


async def test_one_screen_more_than_the_limit_is_refused_until_one_closes(tmp_path: Path) -> None:
    assert SCREENS >= 2  # a second tab is no abuse
    project = build_project(tmp_path / "p.db")
    (link,) = sessions(project, ["karin"], "en")
    server = GuardedServer([link], "127.0.0.1", 0)
    server.screens = 1
    path = f"/s/{link.token}/ws?width=80&height=24"
    async with TestClient(TestServer(server.make_app())) as client:
        first = await client.ws_connect(path)
        assert server.open[link.token] == 1
        with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
            await client.ws_connect(path)
        assert refused.value.status == 429
        assert server.open[link.token] == 1  # the refused socket started nothing
        reply = await client.get(path)  # the refusal's one line, as a plain request reads it
        assert reply.status == 429 and "1 screens open already" in await reply.text()
        await first.close()
        while server.open[link.token]:  # the first screen's TUI is told to quit
            await asyncio.sleep(0.1)
