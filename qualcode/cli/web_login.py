"""`qualcode serve --password`: a login form instead of printed secret links.

Some people cannot be sent a link (a shared screen, a link that would land in a chat log).
With a password, the server prints only its address; its page is a form that asks for the
password (and, when the server is for several people, who you are) and, when the password
is right, sends the browser on to that person's secret link (``cli/web.py``), which is
never printed. A wrong password is a 403 after a second's wait, and while that second runs
every other try from the same address, over any connection, is refused unchecked (429): a
guesser sending a hundred tries at once still has one checked a second (the wait alone held
each connection, so parallel tries went through at a hundred a second). The second is the
guessing address's own: when it held every address, one wrong try a second from anywhere
kept the whole team from logging in (review 37). An address is the guesser's network, not
the one address: on the server every user can send from any loopback address, and an IPv6
host has a /64, so a second per address let a hundred tries a second through from a hundred
addresses (red team 37). The
comparison takes the same time however much of the password was right (both sides are
hashed, then compared with ``hmac.compare_digest``). The form posts to this server only
(its origin is checked, and its Content-Security-Policy allows nothing else).

The password comes from ``$QUALCODE_SERVE_PASSWORD``, or is typed at a prompt that does not
echo it, so it is never on the command line, where ``ps`` would show it to every user.
"""

from __future__ import annotations

import hashlib
import hmac
import html
import ipaddress
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from aiohttp import web

    from qualcode.cli.web import Session

PASSWORD_VARIABLE = "QUALCODE_SERVE_PASSWORD"
MINIMUM = 8
WRONG = "qualcode serve: wrong password"
BUSY = "qualcode serve: a wrong password was given a moment ago; try again in a second"
_POLICY = (
    "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; "
    "frame-ancestors 'none'"
)


def _digest(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8")).digest()


class PasswordGate:
    """The login form and its check, as routes of the guarded server."""

    def __init__(self, password: str, sessions: list[Session]) -> None:
        self._digest = _digest(password)
        self.sessions = sessions
        # the addresses whose wrong try's second runs: no other try of theirs is checked
        self._pausing: set[str] = set()

    async def pause(self) -> None:
        """The wait after a wrong password (a test holds it open to look inside)."""
        import asyncio

        await asyncio.sleep(1)

    def routes(self) -> list[Any]:
        from aiohttp import web

        return [web.get("/", self.form), web.post("/login", self.login)]

    def matches(self, given: str) -> bool:
        """Constant time: both sides hashed to the same length, then compared."""
        return hmac.compare_digest(_digest(given), self._digest)

    async def form(self, request: web.Request) -> web.Response:
        from aiohttp import web

        people = [s.coder for s in self.sessions if s.coder]
        choose = ""
        if len(people) > 1:
            options = "".join(f"<option>{html.escape(name)}</option>" for name in people)
            choose = f"<label>Who are you <select name='coder'>{options}</select></label><br>"
        body = (
            "<!DOCTYPE html><html><head><meta charset='utf-8'><title>qualcode</title>"
            "<style>body{font-family:sans-serif;margin:3em}</style></head><body>"
            "<form method='post' action='/login'>"
            f"{choose}<label>Password <input type='password' name='password' autofocus></label>"
            " <button>Open</button></form></body></html>"
        )
        return web.Response(text=body, content_type="text/html", headers=_headers())

    async def login(self, request: web.Request) -> web.Response:
        from aiohttp import web

        origin = request.headers.get("Origin")
        if origin is not None and origin.split("://", 1)[-1] != request.host:
            raise web.HTTPForbidden(text=WRONG)  # another site's page cannot log in here
        form = await request.post()
        address = guesser(request.remote or "")
        if address in self._pausing:  # one try a second, however many connections ask
            raise web.HTTPTooManyRequests(text=BUSY, headers={"Retry-After": "1"})
        given, who = form.get("password"), form.get("coder")
        if not isinstance(given, str) or not self.matches(given):
            self._pausing.add(address)
            try:
                await self.pause()
            finally:
                self._pausing.discard(address)
            raise web.HTTPForbidden(text=WRONG)
        people = [s for s in self.sessions if s.coder]
        chosen = self.sessions[0] if len(people) <= 1 else None
        for session in people:
            name = (session.coder or "").encode()
            if isinstance(who, str) and hmac.compare_digest(who.encode(), name):
                chosen = session
        if chosen is None:
            raise web.HTTPForbidden(text="qualcode serve: choose who you are")
        raise web.HTTPSeeOther(f"/s/{chosen.token}", headers=_headers())


def guesser(address: str) -> str:
    """The network a try comes from, which a wrong try's second holds.

    Loopback IPv4 is one network (every user of the server can send from all of 127/8), an
    IPv6 address stands for its /64 (what one host is given), and an IPv4 address written as
    IPv6 is that IPv4 address. Any other IPv4 address is one host; text that is no address
    (a Unix socket's) is itself.
    """
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return address
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    if isinstance(ip, ipaddress.IPv4Address):
        return "127.0.0.0/8" if ip.is_loopback else str(ip)
    if ip.is_loopback:
        return str(ip)
    return str(ipaddress.ip_network(f"{ip}/64", strict=False))


def _headers() -> dict[str, str]:
    return {
        "Referrer-Policy": "no-referrer",
        "Cache-Control": "no-store",
        "Content-Security-Policy": _POLICY,
    }
