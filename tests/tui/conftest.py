"""The TUI tests' shared set-up: one small project built once per run, copied per test.

Importing a transcript runs spaCy, so the project most screens start from (the tiny
codebook, coder karin and one Swedish interview) is built once per session and each test
gets its own copy to change; a test file that needs more overrides ``project_file``.
"""

from __future__ import annotations

import shutil
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest

from qualcode import Project
from tests.conftest import SV_TEXT, small_codebook
from tests.pending_kit import suggestion_row, write_pending
from tests.project.team_kit import agreed_and_decided

# a question and an answer, one sentence each
SHORT_TALK = "I: Hur länge har du arbetat här?\nR: I tre år, på barn och unga.\n"


@pytest.fixture(scope="session")
def tui_base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Built once and never opened for writing: tests change copies of it."""
    path = tmp_path_factory.mktemp("tui") / "base.db"
    with Project.create(path) as project:
        project.apply_codebook(small_codebook())
        project.add_coder("karin")
        project.import_text("aby_01.txt", SV_TEXT, lang="sv", attributes={"municipality": "Åby"})
    return path


@pytest.fixture
def project_file(tui_base: Path, tmp_path: Path) -> Path:
    """A private copy of the shared small project."""
    path = tmp_path / "tui.db"
    shutil.copy(tui_base, path)
    return path


@pytest.fixture
def read_only_copy(tui_base: Path, tmp_path: Path) -> Iterator[Path]:
    """A copy of the shared small project on a disk mounted read-only (read-only media;
    a full disk or a colleague holding the file refuse a write alike): what the TUI
    must keep a coder's typed words through. Skipped where mounting is not allowed."""
    from tests.hostile.disk_kit import read_only_tmpfs

    def fill(disk: Path) -> None:
        shutil.copy(tui_base, disk / "tui.db")

    for disk in read_only_tmpfs(tmp_path / "media", "8m", fill):
        yield disk / "tui.db"


@pytest.fixture
def lead_and_coder(tmp_path: Path) -> Path:
    """A team of two, lena (lead) and karin (coder), and one short Swedish interview: what
    the tests of `w`, who may switch coder and what its dialog says, start from."""
    path = tmp_path / "team.db"
    with Project.create(path) as project:
        project.add_coder("lena", role="lead")
        project.add_coder("karin")
        project.import_text("aby_01.txt", SHORT_TALK, lang="sv")
    return path


@pytest.fixture
def decided(tmp_path: Path) -> Path:
    """A team project where karin and johan coded ip1.txt with mission ("Uppdrag") while
    blind and lena decided a case with a rationale (``agreed_and_decided``): the trail the
    audit screen's tests read."""
    path = tmp_path / "team.db"
    project, _ = agreed_and_decided(path)
    project.close()
    return path


@pytest.fixture
def karins_text(tmp_path: Path) -> Callable[..., Path]:
    """Make a project of one text and one coder: the tiny codebook, karin, and the text
    imported (``name`` and ``text`` given: as pasted; a file's path: through its reader).
    The transcript tests each start from such a project; its path is returned."""

    def make(source: str | Path, text: str | None = None, *, lang: str = "sv") -> Path:
        path = tmp_path / "one_text.db"
        with Project.create(path) as project:
            project.apply_codebook(small_codebook())
            project.add_coder("karin")
            if isinstance(source, Path):
                report = project.import_files([source], lang=lang)
                assert not report.failed, report
            else:
                assert text is not None, "a pasted text needs its words"
                project.import_text(source, text, lang=lang)
        return path

    return make


@asynccontextmanager
async def karins_coding_screen(
    path: Path,
    size: tuple[int, int] = (80, 24),
    ui_lang: str = "en",
    keymap: dict[str, str] | None = None,
) -> AsyncIterator[tuple[Any, Any, Any]]:
    """The app as karin at ``size`` (with ``keymap``, as keys.toml remaps them), her first
    document open on the coding screen: ``(pilot, app, screen)``."""
    from qualcode.tui.app import build_app

    app = build_app(path, "karin", ui_lang, keymap=keymap)
    async with app.run_test(size=size) as pilot:
        yield pilot, app, await open_first_document(pilot, app)


@asynccontextmanager
async def documents_screen(
    path: Path, coder: str, ui_lang: str = "en", size: tuple[int, int] = (120, 30)
) -> AsyncIterator[tuple[Any, Any, Any]]:
    """The app as ``coder`` at ``size`` on the documents list, the screen it opens on, once
    painted: ``(pilot, app, screen)``. Some seventy tests began so, each spelling it out."""
    from qualcode.tui.app import build_app
    from qualcode.tui.screens.documents import DocumentsScreen

    app = build_app(path, coder, ui_lang)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, DocumentsScreen), app.screen
        yield pilot, app, app.screen


async def open_first_document(pilot: Any, app: Any) -> Any:
    """From the documents list (the screen a coder starts on), Enter opens the first
    document; the coding screen is returned. Typed ``Any`` so each test keeps its own
    ``CodingScreen`` checks without importing the app here."""
    from qualcode.tui.screens.coding import CodingScreen
    from qualcode.tui.screens.documents import DocumentsScreen

    await pilot.pause()
    assert isinstance(app.screen, DocumentsScreen)
    await pilot.press("enter")
    await pilot.pause()
    screen = app.screen
    assert isinstance(screen, CodingScreen)
    return screen


def screen_rows(view: Any) -> list[Any]:
    """Each row the transcript view draws now, top to bottom (a ``Strip``: ``.text`` its
    characters, gutter included): what the reader sees, as the tests of its layout read it."""
    return [view.render_line(y) for y in range(view.size.height)]


def notifications(app: Any) -> list[str]:
    """The notifications the app has shown, as their text."""
    return [str(n.message) for n in app._notifications]


def names_file(note: str, target: Path) -> bool:
    """Whether ``note`` ends naming ``target`` as a toast says a path (tui/toast_path.py):
    whole, or the file's name whole after the last of its folders that fit and "…"."""
    shown = note.split()[-1]
    whole = str(target)
    return shown == whole or (shown.startswith("…/") and whole.endswith(shown[1:]))


def wrote(said: list[str], target: Path, word: str = "Wrote") -> bool:
    """Whether a note in ``said`` says ``word`` (the export's "Wrote") and ``target``."""
    return any(n.startswith(f"{word} ") and names_file(n, target) for n in said)


async def memo_on_new_coding(pilot: Any, screen: Any, text: str) -> Any:
    """On the coding screen: the unit under the cursor coded with the first code (1) and
    ``text`` typed into a memo on that coding (m), not saved yet; the coding is returned."""
    await pilot.press("1")
    await pilot.pause()
    (coding,) = screen._codings_here()
    await pilot.press("m")
    await pilot.pause()
    await pilot.press(*text)
    return coding


async def save_memo(pilot: Any, app: Any) -> list[str]:
    """ctrl+s in the memo editor: the app still runs; the notifications it has shown."""
    await pilot.press("ctrl+s")
    await pilot.pause()
    assert app.is_running
    return notifications(app)


async def opened(pilot: Any, app: Any, key: str, kind: type) -> Any:
    """Once painted, ``key`` pressed: the screen it opened, which must be a ``kind``."""
    await pilot.pause()
    await pilot.press(key)
    await pilot.pause()
    screen = app.screen
    assert isinstance(screen, kind), screen
    return screen


async def open_codebook(pilot: Any, app: Any) -> Any:
    """From the documents list or the coding screen, ctrl+b opens the codebook screen; it
    is returned."""
    from qualcode.tui.screens.codebook import CodebookScreen

    return await opened(pilot, app, "ctrl+b", CodebookScreen)


async def open_reconcile(pilot: Any, app: Any) -> Any:
    """From the documents list, R opens the reconcile screen (a lead's); it is returned.
    Here, not in test_reconcile_screen.py, so that the reconcile tests share it without
    importing one another's modules."""
    from qualcode.tui.screens.reconcile import ReconcileScreen

    return await opened(pilot, app, "R", ReconcileScreen)


async def reconcile_document(pilot: Any, app: Any, name: str) -> Any:
    """From the documents list: the list filtered to ``name`` (/), R on the document under
    the cursor, its workers done; the reconcile screen, on that document's cases, is
    returned."""
    await pilot.pause()
    await pilot.press("/", *name, "enter")
    await pilot.pause()
    screen = await open_reconcile(pilot, app)
    await settle(app, pilot)
    return screen


async def settled(pilot: Any, app: Any, *keys: str) -> None:
    """Press ``keys``, then wait for the screen's workers (a decision written, the agreement
    line recounted) and the paint after them."""
    await pilot.press(*keys)
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()


async def settle(app: Any, pilot: Any) -> None:
    """Let the screen's workers finish and their messages arrive."""
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()


async def open_reports(app: Any, pilot: Any) -> Any:
    """From the documents list, P opens the reports screen; it is returned once its
    workers are done. Here, not in test_reports_screen.py, so that the report tests share
    it without importing one another's modules."""
    from qualcode.tui.screens.reports import ReportsScreen

    await pilot.pause()
    await pilot.press("P")
    await settle(app, pilot)
    assert isinstance(app.screen, ReportsScreen)
    return app.screen


@asynccontextmanager
async def reports_screen(
    path: Path, coder: str, ui_lang: str = "en", size: tuple[int, int] = (120, 40)
) -> AsyncIterator[tuple[Any, Any, Any]]:
    """The app as ``coder`` at ``size`` on the reports screen, its first counts done:
    ``(pilot, app, screen)``. The reports and export tests each started so, line for line."""
    from qualcode.tui.app import build_app

    app = build_app(path, coder, ui_lang)
    async with app.run_test(size=size) as pilot:
        yield pilot, app, await open_reports(app, pilot)


async def agreement_table(app: Any, pilot: Any) -> Any:
    """On the reports screen: ``a`` shows the agreement; its table, once counted, is returned."""
    from textual.widgets import DataTable

    await pilot.press("a")
    await settle(app, pilot)
    return app.screen.query_one("#agreement-table", DataTable)


async def export_prompt(app: Any, pilot: Any, key: str) -> Any:
    """On the reports screen: ``key`` (``s``, ``c``, ``m``, ``x``) opens its export's prompt;
    the field, holding the path it offers, is returned."""
    from textual.widgets import Input

    await pilot.press(key)
    await pilot.pause()
    return app.screen.query_one("#export-path", Input)


async def write_to(app: Any, pilot: Any, prompt: Any, target: Path) -> list[str]:
    """The export prompt ``prompt`` answered with ``target`` and Enter; once the export's
    workers are done, the notifications the app has shown are returned."""
    prompt.value = str(target)
    await pilot.press("enter")
    await settle(app, pilot)
    return notifications(app)


async def export_to(app: Any, pilot: Any, key: str, target: Path) -> list[str]:
    """On the reports screen: the export ``key`` opens written to ``target``; the
    notifications shown by then. The prompt must have offered a path first (one next to the
    project file): a prompt opening empty is a fault of its own."""
    prompt = await export_prompt(app, pilot, key)
    assert prompt.display and prompt.value, "the export prompt offered no path"
    return await write_to(app, pilot, prompt, target)


async def steady_cursors(pilot: Any) -> None:
    """Before a snapshot: the focused text field's cursor stops blinking and shows.

    Textual blinks a field's cursor every half second from the moment it takes focus, so
    a snapshot taken half a second or more after that (a loaded machine) caught the cursor
    hidden: test_picker_snapshot[size1] failed in 1 of 3 runs beside two busy processes,
    and only the cursor's cell differed from the stored picture. With blinking off the
    cursor is shown steadily, as the stored snapshots have it, whatever the time taken."""
    from textual.widgets import Input, TextArea

    for widget in [*pilot.app.screen.query(Input), *pilot.app.screen.query(TextArea)]:
        widget.cursor_blink = False
    await pilot.pause()


# What a terminal sends for the named keys the type-ahead tests use; a letter is itself.
TYPED = {
    **{"slash": "/", "enter": "\r", "space": " ", "equals_sign": "=", "backspace": "\x7f"},
    "ctrl+s": "\x13",
}


def type_fast(app: Any, keys: list[str]) -> None:
    """Queue ``keys`` all at once, as a terminal sends fast typing: every key is posted
    before the app handles the first (pilot.press waits between keys and never shows a
    key reaching the widget behind a box that is still opening)."""
    from textual import events

    for key in keys:
        app.post_message(events.Key(key, TYPED.get(key, key)))


async def typed_through(pilot: Any, pauses: int = 4) -> None:
    """After ``type_fast``: enough pauses for every queued key, and each box a key opens,
    to be handled before the test looks."""
    for _ in range(pauses):
        await pilot.pause()


def pending_suggestions(
    path: Path,
    scores: list[float],
    *,
    document: str | None = None,
    first: int = 0,
    method: str = "test",
    evidence: dict[str, Any] | None = None,
) -> None:
    """Pending suggestions of ``integration``, one a score, on the units from ``first`` on
    of the first document (or the first whose name begins ``document``), written as the
    engine writes them: fixed scores, so a test or snapshot never moves with the engine's
    figures. ``evidence`` is karin's own engine's unless given."""
    with Project.open(path) as project:
        doc = next(d for d in project.documents() if d.name.startswith(document or ""))
        units = project.units(doc.id)[first:]
        code_id = next(c.id for c in project.codebook() if c.key == "integration")
        learned = evidence or {"learned_from": "karin"}
        rows = [
            suggestion_row(
                doc.id, unit.start, unit.end, code_id, score=score, method=method, evidence=learned
            )
            for unit, score in zip(units, scores, strict=False)
        ]
        write_pending(project, doc.id, rows, [code_id])


FIVE = ("ada", "bo", "cilla", "dan", "eva")


def five_on_one_passage(path: Path) -> None:
    """Five coders give one sentence the same code, each starting a word later or not: one
    boundary case of five versions (the reconcile tests of a lead of five and more)."""
    from tests.conftest import TEAM_SENTENCES, add_plain_document

    with Project.create(path) as project:
        project.apply_codebook(small_codebook())
        project.add_coder("lena", role="lead")
        doc = add_plain_document(project, "ip1.txt", TEAM_SENTENCES)
        text = project.document(doc).text
        start = text.index(TEAM_SENTENCES[1])
        end = start + len(TEAM_SENTENCES[1])
        for i, name in enumerate(FIVE):
            project.add_coder(name)
            begin = start + (3 if i == 1 else 0)  # bo leaves out "Nu"
            stop = end - (14 if i == 3 else 0)  # dan "om uppdraget."
            project.add_coding(doc, begin, stop, "mission_dialogue", name)
            project.set_status(doc, name, "done")
