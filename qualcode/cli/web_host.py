"""`qualcode serve` answers only requests that name it by its own address.

A page on another site can point its own name at this machine after the browser loaded
it (DNS rebinding): its requests then reach the server as from one site, Host and Origin
both 'evil.example:8000', and pass the origin check. From the researcher's own browser
such a page read the login form (the team's names) and posted password guesses, one a
second, and a right one led it to the link and the TUI (red team 37). A browser names
the host it asked for, so a name that is not this server's is refused before any route:
an address written out (IPv4 or IPv6) is this server's or no rebinding at all,
``localhost`` is the browser's own loopback, and a name is answered only when it is
``--host`` or this machine's own name.
"""

from __future__ import annotations

import ipaddress
import socket
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from aiohttp import web

FOREIGN = (
    "qualcode serve: asked for as {name}, not by this server's address; open the address "
    "it printed (to use a name, start it with --host NAME)"
)


def host_name(host: str) -> str:
    """The name in a Host header or ``--host``: no port, no brackets, no trailing dot,
    lower case (a name is the same in any case)."""
    host = host.strip()
    if host.startswith("["):  # [::1]:8000
        return host[1:].split("]", 1)[0].lower()
    if host.count(":") == 1:  # a name or IPv4 with its port; bare IPv6 has several
        host = host.split(":", 1)[0]
    return host.rstrip(".").lower()


@cache
def _machine_names() -> frozenset[str]:
    """This machine's own names, asked once (``getfqdn`` may ask the DNS), and its name on
    the local network (``NAME.local``, as a Mac or Linux announces it)."""
    names = {host_name(n) for n in (socket.gethostname(), socket.getfqdn()) if n}
    return frozenset(names | {f"{n.split('.', 1)[0]}.local" for n in names})


def is_own(host: str, served: str) -> bool:
    """True when a request naming ``host`` asked for this server, listening on ``served``."""
    name = host_name(host)
    if not name or name == host_name(served):
        return True
    try:
        ipaddress.ip_address(name.split("%", 1)[0])
        return True
    except ValueError:
        pass
    if name == "localhost" or name.endswith(".localhost"):
        return True
    return name in _machine_names()


def host_check(served: str) -> Any:
    """The middleware that refuses a request naming another host (403, one line)."""
    from aiohttp import web

    @web.middleware
    async def check(request: web.Request, handler: Any) -> web.StreamResponse:
        if not is_own(request.host, served):
            raise web.HTTPForbidden(text=FOREIGN.format(name=host_name(request.host)))
        response: web.StreamResponse = await handler(request)
        return response

    return check
