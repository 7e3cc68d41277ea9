"""The server behind `qualcode serve`: the TUI in a browser, only for the people let in.

textual-serve runs one TUI process per browser tab and relays its terminal over a
websocket. Its own server answers anyone who finds the port and its page loads a web font
from the internet; this server uses its process relay (``AppService``) but (issue 11.10):

* makes one secret token per person (``--coder``, repeatable; without one, a single link
  whose TUI asks who is coding) and prints each link at start:
  ``http://127.0.0.1:PORT/s/TOKEN``;
* answers every request without a valid token, the page, its script and its websocket
  alike, with 403 and one line; tokens are compared in constant time;
* listens on 127.0.0.1 unless ``--host`` is given, and then warns;
* answers only a request that names it by an address, ``localhost``, ``--host`` or this
  machine's name: another site's page whose name was pointed here is refused
  (``web_host.py``);
* serves a page of its own that loads only the bundled script, style sheet and fonts, with
  a Content-Security-Policy that lets the browser load nothing from anywhere else, and no
  Referer that could carry the token away;
* runs at most ``SCREENS`` TUIs per link at once: each websocket starts a TUI process on
  the serving machine, and a link holder opening sockets in a loop started one per socket
  (six sockets, twelve processes, each a Python with Textual), until the server's memory
  ran out (red team 36); one more is refused with 429 and one line until a tab closes.
"""

from __future__ import annotations

import asyncio
import hmac
import html
import json
import secrets
import shlex
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from qualcode.errors import OutputError
from qualcode.project.output_targets import SERVED_VARIABLE

if TYPE_CHECKING:
    from aiohttp import web

REFUSED = "qualcode serve: open the secret link printed when the server started"
SCREENS = 4  # TUIs one link may run at once (tabs, a window on a second screen)
TOO_MANY = "qualcode serve: this link has {n} screens open already; close one (a browser tab) first"


@dataclass(frozen=True, slots=True)
class Session:
    """One person's link: the token in its path and the TUI command it starts."""

    token: str
    coder: str | None
    command: str


def sessions(project: Path, coders: list[str], ui_lang: str | None) -> list[Session]:
    """A fresh secret per person (none named: one link, and the TUI asks who it is)."""
    made = []
    people: list[str | None] = [*coders] or [None]
    for coder in people:
        command = [
            sys.executable,
            "-m",
            "qualcode",
            "-p",
            str(project),
            "tui",
            *(["--coder", coder] if coder else []),
            *(["--ui-lang", ui_lang] if ui_lang else []),
        ]
        # the link's holder is that person: their TUI's own identity, not the server's
        who = f"QUALCODE_CODER={shlex.quote(coder)} " if coder else ""
        served = f"{SERVED_VARIABLE}=1 "  # its exports never replace the server's files
        made.append(Session(secrets.token_urlsafe(24), coder, served + who + shlex.join(command)))
    return made


class GuardedServer:
    """An aiohttp app in which every route needs a session's token."""

    def __init__(
        self, sessions: list[Session], host: str, port: int, password: str | None = None
    ) -> None:
        import textual_serve
        from textual_serve.download_manager import DownloadManager

        from qualcode.cli.web_login import PasswordGate

        self.sessions = sessions
        self.host, self.port = host, port
        # with a password, a login form at / leads to the links, which are not printed
        self.gate = PasswordGate(password, sessions) if password else None
        self.static = (Path(textual_serve.__file__).parent / "static").resolve()
        self.downloads = DownloadManager()
        self.screens = SCREENS
        self.open: dict[str, int] = {}  # a link's token: its TUIs running now

    def session(self, request: web.Request) -> Session:
        from aiohttp import web

        given = request.match_info.get("token", "")
        for session in self.sessions:
            if hmac.compare_digest(given.encode(), session.token.encode()):
                return session
        raise web.HTTPForbidden(text=REFUSED)

    def make_app(self) -> web.Application:
        from aiohttp import web

        from qualcode.cli.web_host import host_check

        # a request naming another site's host is refused first (DNS rebinding: web_host)
        application = web.Application(middlewares=[host_check(self.host)])
        application.add_routes(
            [
                *(self.gate.routes() if self.gate else []),
                web.get("/s/{token}", self.page),
                web.get("/s/{token}/ws", self.websocket),
                web.get("/s/{token}/static/{file:.+}", self.static_file),
                web.route("*", "/{tail:.*}", self.refuse),
            ]
        )
        return application

    async def refuse(self, request: web.Request) -> web.Response:
        from aiohttp import web

        raise web.HTTPForbidden(text=REFUSED)

    async def page(self, request: web.Request) -> web.Response:
        from aiohttp import web

        session = self.session(request)
        base = f"/s/{session.token}"
        socket = f"ws://{request.host}{base}/ws"
        fonts = "".join(
            f"@font-face{{font-family:'Roboto Mono';font-style:{style};"
            f"src:url('{base}/static/fonts/{name}')}}"
            for style, name in (
                ("normal", "RobotoMono-VariableFont_wght.ttf"),
                ("italic", "RobotoMono-Italic-VariableFont_wght.ttf"),
            )
        )
        body = (
            "<!DOCTYPE html><html><head><meta charset='utf-8'><title>qualcode</title>"
            f"<link rel='stylesheet' href='{base}/static/css/xterm.css'>"
            f"<style>{fonts}body{{margin:0;background:#0c181f}}"
            ".textual-terminal{width:100vw;height:100vh}</style>"
            f"<script src='{base}/static/js/textual.js'></script></head><body>"
            f"<div class='textual-terminal' data-session-websocket-url='{html.escape(socket)}'"
            " data-font-size='16'></div></body></html>"
        )
        policy = (
            "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            f"font-src 'self'; img-src 'self' data:; connect-src 'self' {socket}; "
            "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
        )
        return web.Response(text=body, content_type="text/html", headers=_headers(policy))

    async def static_file(self, request: web.Request) -> web.StreamResponse:
        from aiohttp import web

        self.session(request)
        wanted = (self.static / request.match_info["file"]).resolve()
        if not wanted.is_relative_to(self.static) or not wanted.is_file():
            raise web.HTTPNotFound()
        return web.FileResponse(wanted, headers=_headers())

    async def websocket(self, request: web.Request) -> web.WebSocketResponse:
        from aiohttp import web

        session = self.session(request)
        origin = request.headers.get("Origin")
        if origin is not None and origin.split("://", 1)[-1] != request.host:
            raise web.HTTPForbidden(text=REFUSED)  # another site's page cannot drive a TUI
        running = self.open.get(session.token, 0)
        if running >= self.screens:  # counted before any await: no two sockets pass as one
            raise web.HTTPTooManyRequests(text=TOO_MANY.format(n=running))
        self.open[session.token] = running + 1
        try:
            return await self._serve_screen(request, session)
        finally:
            self.open[session.token] -= 1

    async def _serve_screen(self, request: web.Request, session: Session) -> web.WebSocketResponse:
        """One TUI process for this socket, relayed until either side closes."""
        from aiohttp import web
        from textual_serve.app_service import AppService

        socket = web.WebSocketResponse(heartbeat=15)
        await socket.prepare(request)

        async def close() -> None:  # AppService awaits a close that returns nothing
            await socket.close()

        service = AppService(
            session.command,
            write_bytes=socket.send_bytes,
            write_str=socket.send_str,
            close=close,
            download_manager=self.downloads,
        )
        try:
            await service.start(
                _int(request.query.get("width"), 80), _int(request.query.get("height"), 24)
            )
            await _relay(socket, service)
        except asyncio.CancelledError:
            await socket.close()
        finally:
            await service.stop()
        return socket

    def run(self, announce: Any) -> None:
        from aiohttp import web

        try:
            web.run_app(
                self.make_app(),
                host=self.host,
                port=self.port,
                access_log=None,  # the log would show every link, token and all
                print=announce,
            )
        except OSError as exc:
            raise OutputError(
                f"cannot listen on {self.host}:{self.port}: {exc.strerror or exc}"
            ) from None


async def _relay(socket: web.WebSocketResponse, service: Any) -> None:
    """Keys, sizes and focus from the browser to the TUI process."""
    from aiohttp import WSMsgType

    async for message in socket:
        if message.type != WSMsgType.TEXT:
            continue
        try:
            kind, *rest = json.loads(message.data)
        except (ValueError, TypeError):
            continue
        data = rest[0] if rest else None
        if kind == "stdin" and isinstance(data, str):
            await service.send_bytes(data.encode("utf-8"))
        elif kind == "resize" and isinstance(data, dict):
            await service.set_terminal_size(
                _int(data.get("width"), 80), _int(data.get("height"), 24)
            )
        elif kind == "ping":
            await socket.send_json(["pong", data])
        elif kind == "blur":
            await service.blur()
        elif kind == "focus":
            await service.focus()


def _int(value: object, default: int) -> int:
    try:
        return max(1, min(int(str(value)), 1000))
    except ValueError:
        return default


def _headers(policy: str | None = None) -> dict[str, str]:
    headers = {"Referrer-Policy": "no-referrer", "Cache-Control": "no-store"}
    if policy:
        headers["Content-Security-Policy"] = policy
    return headers
