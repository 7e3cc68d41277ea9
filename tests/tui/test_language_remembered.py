"""`L` is remembered for the login, as its coder is: the next session opens in it.

A Swedish coder pressed `L` every session, since her choice lasted only until she quit
while her coder was remembered in the project file (tui45). ``--ui-lang`` still wins for
its session, and another login keeps its own; a colleague whom $QUALCODE_CODER names on
someone else's login leaves that login's language as it was, as she leaves its coder."""

from __future__ import annotations

import getpass
from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import ValidationError
from qualcode.tui.app import build_app

pytestmark = pytest.mark.slow  # drives the whole app (run_test)


async def _session(path: Path, ui_lang: str | None, *keys: str) -> str:
    """One session as karin: ``keys`` pressed on the documents list; its language at the end."""
    app = build_app(path, "karin", ui_lang)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        if keys:
            await pilot.press(*keys)
            await pilot.pause()
        return app.t.lang


async def test_the_language_chosen_with_l_opens_the_next_session(
    project_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("QUALCODE_CODER", raising=False)
    assert await _session(project_file, None) == "en"
    assert await _session(project_file, None, "L") == "sv"
    assert await _session(project_file, None) == "sv"  # remembered
    assert await _session(project_file, "en") == "en"  # --ui-lang wins for its session
    assert await _session(project_file, None) == "sv"  # and changes nothing kept
    assert await _session(project_file, None, "L") == "en"
    assert await _session(project_file, None) == "en"
    with Project.open(project_file) as project:
        assert project.remembered_language(getpass.getuser()) == "en"
        assert project.remembered_language("someone-else") is None  # a login's own


def test_a_language_without_words_is_refused(project_file: Path) -> None:
    with Project.open(project_file) as project:
        with pytest.raises(ValidationError, match="interface language 'xx'"):
            project.remember_language("karin-login", "xx")
        assert project.remembered_language("karin-login") is None


async def test_a_colleague_named_by_the_variable_leaves_the_logins_language(
    project_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The login's choices are its owner's (``_remember``, eyes35): karin, coding an
    afternoon on it with $QUALCODE_CODER, pressed `L` and its owner's next session opened
    in her language (review45)."""
    login = getpass.getuser()
    with Project.open(project_file) as project:
        project.remember_language(login, "sv")  # the owner reads Swedish
    monkeypatch.setenv("QUALCODE_CODER", "karin")
    assert await _session(project_file, None, "L") == "en"  # her switch stands for her
    with Project.open(project_file) as project:
        assert project.remembered_language(login) == "sv"
