"""An export made through a `qualcode serve` link warns of a key word that is both a real
name and another name's pseudonym (a key saved before 6487100), as the CLI and the TUI do:
a link runs the TUI, whose reports screen asks the service (Project.key_clash_words).

A real server process, a real websocket and the keys a person presses in the browser: P
(reports), c (codings), Enter (the path offered); then what the served TUI draws is read
for the warning, the lead's naming the word and a coder's telling her to ask the lead."""

from __future__ import annotations

import asyncio
import json
import re
import time
from collections.abc import Iterator
from pathlib import Path

import aiohttp
import pytest

from tests.conftest import team_project
from tests.hostile.serve_kit import free_port, start_server, stop_server

pytestmark = pytest.mark.slow  # a server and a whole TUI per link

# what a terminal's escape sequences leave out of the words drawn
ESCAPES = re.compile(rb"\x1b\[[0-9;?]*[A-Za-z]|\x1b[()][A-Z0-9]|\x1b\][^\x07]*\x07")


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, dict[str, str]]]:
    """A server for lena (the lead) and karin on a project whose key holds 'Vera' both as
    a real name and as Anna Berg's pseudonym: the project's folder and each link."""
    path = tmp_path_factory.mktemp("served") / "p.db"
    made, doc = team_project(path)
    unit = made.units(doc)[0]
    made.add_coding(doc, unit.start, unit.end, "mission", "karin")
    with made, made.store.transaction():
        made.store.pseudonyms.set("Anna Berg", "Vera", "person", "lena")
        made.store.pseudonyms.set("Vera", "IP2", "person", "lena")
    port = free_port()
    server, lines = start_server(path, "--coder", "lena", "--coder", "karin", "--port", str(port))
    links = {
        line.split(":", 1)[0].strip(): line.split(": ", 1)[1]
        for line in lines
        if line.startswith("  ")
    }
    try:
        yield path.parent, links
    finally:
        stop_server(server)


async def _export_codings(link: str) -> str:
    """Press P, c and Enter on the served TUI; the words it draws after Enter."""
    async with (
        aiohttp.ClientSession() as session,
        session.ws_connect(link + "/ws?width=120&height=40") as ws,
    ):
        drawn = b""

        async def drawing(word: bytes) -> bool:
            nonlocal drawn
            deadline = time.monotonic() + 90
            while time.monotonic() < deadline:
                try:
                    message = await asyncio.wait_for(ws.receive(), 3)
                except TimeoutError:
                    continue
                if message.type == aiohttp.WSMsgType.BINARY:
                    drawn += message.data
                    if word in ESCAPES.sub(b"", drawn):
                        return True
                elif message.type != aiohttp.WSMsgType.TEXT:
                    return False
            return False

        for key, shown in (("", b"Reports"), ("P", b"Frequencies"), ("c", b"codings.xlsx")):
            if key:
                drawn = b""
                await ws.send_str(json.dumps(["stdin", key]))
            assert await drawing(shown), ESCAPES.sub(b"", drawn)[-2000:]
        drawn = b""
        await ws.send_str(json.dumps(["stdin", "\r"]))
        await drawing(b"pseudonym key holds")
        return ESCAPES.sub(b"", drawn).decode("utf-8", "replace")


def test_the_lead_is_told_the_word(served: tuple[Path, dict[str, str]]) -> None:
    folder, links = served
    said = asyncio.run(_export_codings(links["lena"]))
    assert "Wrote" in said and (folder / "p-codings.xlsx").is_file()
    assert "The pseudonym key holds “Vera” both as a real name" in said, said[-2000:]
    assert "Anna Berg" not in said


def test_a_coder_is_told_to_ask_the_lead(served: tuple[Path, dict[str, str]]) -> None:
    folder, links = served
    said = asyncio.run(_export_codings(links["karin"]))
    assert (folder / "p-karin-codings.xlsx").is_file()
    assert "The pseudonym key holds a word both as a real name" in said, said[-2000:]
    assert "Vera" not in said
