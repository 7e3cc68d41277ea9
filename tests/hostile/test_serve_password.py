"""`qualcode serve --password`: a login form instead of printed links (issue 11).

A real server process; the password comes from $QUALCODE_SERVE_PASSWORD, so it is not on
the command line that `ps` shows. Without the password every page is 403; a wrong one is
403; the right one sends the browser to that person's secret link, which then works.
"""

from __future__ import annotations

import os
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.hostile.export_kit import build_project
from tests.hostile.serve_kit import free_port, http_get, start_server, stop_server

SECRET = "rätt häst batteri"


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None  # the test reads the 303 itself


def _post(url: str, fields: dict[str, str], origin: str | None = None) -> tuple[int, str, str]:
    """Status, Location and body of a form post (redirects not followed)."""
    data = urllib.parse.urlencode(fields).encode()
    request = urllib.request.Request(url, data=data, method="POST")
    if origin:
        request.add_header("Origin", origin)
    opener = urllib.request.build_opener(_NoRedirect)
    try:
        with opener.open(request, timeout=15) as reply:
            return reply.status, reply.headers.get("Location", ""), reply.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers.get("Location", ""), exc.read().decode()


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, list[str], int]]:
    project = build_project(tmp_path_factory.mktemp("pw") / "p.db")
    port = free_port()
    os.environ["QUALCODE_SERVE_PASSWORD"] = SECRET
    try:
        server, lines = start_server(
            project, "--coder", "karin", "--coder", "lena", "--port", str(port)
        )
    finally:
        del os.environ["QUALCODE_SERVE_PASSWORD"]
    try:
        yield f"http://127.0.0.1:{port}", lines, server.pid
    finally:
        stop_server(server)


def test_only_the_address_is_printed_and_the_password_is_not_in_ps(
    served: tuple[str, list[str], int],
) -> None:
    base, lines, pid = served
    printed = "\n".join(lines)
    assert f"{base}/" in printed and "/s/" not in printed and SECRET not in printed
    command = Path(f"/proc/{pid}/cmdline").read_bytes().decode("utf-8", "replace")
    assert SECRET not in command and "--password" not in command


def test_the_form_is_served_and_nothing_else_without_the_password(
    served: tuple[str, list[str], int],
) -> None:
    base, _, _ = served
    status, headers, body = http_get(f"{base}/")
    assert status == 200 and "type='password'" in body and "karin" in body
    assert "default-src 'none'" in headers["Content-Security-Policy"]
    for path in ("/s/", "/s/guess", "/s/guess/ws", "/static/js/textual.js", "/login"):
        assert http_get(f"{base}{path}")[0] == 403, path


@pytest.mark.parametrize("given", ["", "fel", SECRET.upper(), SECRET + " ", SECRET[:-1]])
def test_a_wrong_password_is_refused(served: tuple[str, list[str], int], given: str) -> None:
    base, _, _ = served
    status, location, body = _post(f"{base}/login", {"password": given, "coder": "karin"})
    assert (status, location) == (403, "") and "wrong password" in body


def test_another_sites_page_cannot_log_in(served: tuple[str, list[str], int]) -> None:
    base, _, _ = served
    status, location, _ = _post(
        f"{base}/login", {"password": SECRET, "coder": "lena"}, origin="http://evil.example"
    )
    assert (status, location) == (403, "")


def test_the_right_password_opens_that_persons_link(served: tuple[str, list[str], int]) -> None:
    base, _, _ = served
    found = {}
    for who in ("karin", "lena"):
        status, location, _ = _post(f"{base}/login", {"password": SECRET, "coder": who})
        assert status == 303 and location.startswith("/s/"), (status, location)
        found[who] = location
        page = http_get(f"{base}{location}")
        assert page[0] == 200 and "textual-terminal" in page[2]
    assert found["karin"] != found["lena"]
    assert _post(f"{base}/login", {"password": SECRET, "coder": "johan"})[0] == 403


def test_password_without_a_terminal_or_too_short_is_one_line(tmp_path: Path) -> None:
    project = build_project(tmp_path / "p.db")
    env = {k: v for k, v in os.environ.items() if k != "QUALCODE_SERVE_PASSWORD"}
    argv = [sys.executable, "-m", "qualcode", "-p", str(project), "serve", "--coder", "lena"]
    done = subprocess.run(
        [*argv, "--password"], stdin=subprocess.DEVNULL, capture_output=True, text=True, env=env
    )
    assert done.returncode == 1 and done.stderr.count("\n") == 1
    assert "QUALCODE_SERVE_PASSWORD" in done.stderr
    env["QUALCODE_SERVE_PASSWORD"] = "kort"
    done = subprocess.run(argv, capture_output=True, text=True, env=env)
    assert done.returncode == 1 and "at least 8" in done.stderr
