"""The codebook screen driven with Pilot: each flow ends in the right rows in the project file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Input, Static, TextArea, Tree

from qualcode import Project
from qualcode.tui.app import build_app
from qualcode.tui.screens.code_form import CodeFormScreen
from qualcode.tui.screens.code_pick import PickCodeScreen, fuzzy_score
from qualcode.tui.screens.codebook import CodebookScreen
from qualcode.tui.screens.coding import CodingScreen
from qualcode.tui.screens.confirm import ConfirmScreen
from qualcode.tui.screens.prompt import PromptScreen
from tests.conftest import SV_TEXT, small_codebook
from tests.tui.codebook_entry_kit import entry_text
from tests.tui.conftest import documents_screen, open_codebook

# slow: every test drives a whole Textual app through this screen (about 1 s of CPU each);
# the quick subset keeps the coding path (tests/tui/test_coding_*.py, test_app_*.py)
pytestmark = pytest.mark.slow


@pytest.fixture
def project_file(tmp_path: Path) -> Path:
    """The tiny codebook, a coder with two codings and a lead."""
    path = tmp_path / "cb.db"
    with Project.create(path) as project:
        project.apply_codebook(small_codebook())
        project.add_coder("karin")
        project.add_coder("lena", role="lead")
        doc = project.import_text("aby_01.txt", SV_TEXT, lang="sv")
        text = project.document(doc.id).text
        for sentence, key in (
            ("Arbetsmiljöproblemen var stora.", "caseload"),
            ("Politikerna bestämde och vi fick bara göra.", "mission_dialogue"),
        ):
            start = text.index(sentence)
            project.add_coding(doc.id, start, start + len(sentence), key, "karin")
    return path


async def _go_to(pilot: Any, screen: CodebookScreen, key: str) -> None:
    """Put the tree's cursor on ``key`` by searching for it."""
    await pilot.press("slash", *key, "enter")
    await pilot.pause()
    assert screen.current_key == key


async def test_browse_search_and_switch_language(project_file: Path) -> None:
    async with documents_screen(project_file, "karin", size=(120, 40)) as (pilot, app, _):
        screen = await open_codebook(pilot, app)
        tree = screen.query_one(Tree)
        tops = [n.data for n in tree.root.children]
        assert tops == ["mission_dialogue", "integration"]
        assert [n.data for n in tree.root.children[1].children] == ["caseload"]
        await pilot.press("slash", *"integr")  # the Swedish name "Integrering" matches too
        await pilot.pause()
        assert [n.data for n in tree.root.children] == ["integration"]
        screen.query_one("#cb-search", Input).value = "uppdrags"  # the sv name only
        await pilot.press("enter")
        await pilot.pause()
        assert screen.current_key == "mission_dialogue"
        assert "Talk about the assignment between levels." in entry_text(screen)
        await pilot.press("l")
        await pilot.pause()
        assert screen.lang == "sv" and "Uppdragsdialog" in entry_text(screen)


async def test_lead_adds_a_code_under_another(project_file: Path) -> None:
    async with documents_screen(project_file, "lena", size=(120, 40)) as (pilot, app, _):
        screen = await open_codebook(pilot, app)
        await pilot.press("a")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, CodeFormScreen)
        values = {
            "#f-key": "workload",
            "#f-parent": "integration",
            "#f-name-sv": "Arbetsbörda",
            "#f-name-en": "Workload",
            "#f-keywords-sv": "ärendemängd, belastning",
            "#f-color": "#12ab34",
            "#f-shortcut": "w",
        }
        for selector, value in values.items():
            form.query_one(selector, Input).value = value
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is screen
        assert screen.current_key == "workload"
    with Project.open(project_file) as check:
        code = check.code("workload")
        assert code.parent_id == check.code("integration").id
        assert code.names == {"sv": "Arbetsbörda", "en": "Workload"}
        assert code.keywords == {"sv": ("ärendemängd", "belastning")}
        assert (code.color, code.shortcut) == ("#12ab34", "w")
        assert [(e.actor, e.action) for e in check.audit()][-1] == ("lena", "code.add")


@pytest.mark.parametrize(
    ("lang", "reason"),
    [
        ("en", "A code integration is in the codebook already; give this one another key"),
        ("sv", "En kod integration finns redan i kodboken; ge den här en annan nyckel"),
    ],
)
async def test_a_refused_form_stays_open_with_the_reason(
    project_file: Path, lang: str, reason: str
) -> None:
    """Said in the interface's language (the Swedish form showed the service's English)."""
    async with documents_screen(project_file, "lena", lang, size=(120, 40)) as (pilot, app, _):
        await open_codebook(pilot, app)
        await pilot.press("a")
        await pilot.pause()
        form = app.screen
        form.query_one("#f-key", Input).value = "integration"
        form.query_one("#f-name-en", Input).value = "Again"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is form
        error = str(form.query_one(".cb-dialog-error", Static).render())
        assert error == reason
    with Project.open(project_file) as check:
        assert len(check.codebook()) == 3


async def test_lead_edits_renames_and_moves(project_file: Path) -> None:
    async with documents_screen(project_file, "lena", size=(120, 40)) as (pilot, app, _):
        screen = await open_codebook(pilot, app)
        await _go_to(pilot, screen, "caseload")
        await pilot.press("e")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, CodeFormScreen)
        form.query_one("#f-definition-en", TextArea).load_text("Too many cases per worker.")
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("r")
        await pilot.pause()
        prompt = app.screen
        assert isinstance(prompt, PromptScreen)
        prompt.query_one(Input).value = "workload"
        await pilot.press("enter")
        await pilot.pause()
        assert screen.current_key == "workload"
        await pilot.press("m")
        await pilot.pause()
        assert isinstance(app.screen, PickCodeScreen)
        await pilot.press(*"mission", "enter")
        await pilot.pause()
        assert app.screen is screen
    with Project.open(project_file) as check:
        code = check.code("workload")
        assert code.definitions == {"en": "Too many cases per worker."}
        assert code.parent_id == check.code("mission_dialogue").id
        assert [c.code for c in check.codings(coder="karin")].count("workload") == 1
        actions = [e.action for e in check.audit()][-3:]
        assert actions == ["code.edit", "code.rename", "code.move"]


async def test_move_offers_no_cycle_and_a_top_level(project_file: Path) -> None:
    async with documents_screen(project_file, "lena", size=(120, 40)) as (pilot, app, _):
        screen = await open_codebook(pilot, app)
        await _go_to(pilot, screen, "integration")
        await pilot.press("m")
        await pilot.pause()
        picker = app.screen
        assert isinstance(picker, PickCodeScreen)
        assert picker.shown == ["", "mission_dialogue"]  # not itself, not its caseload
        await pilot.press("escape")
        await _go_to(pilot, screen, "caseload")
        await pilot.press("m", "enter")  # the first choice: the top level
        await pilot.pause()
    with Project.open(project_file) as check:
        assert check.code("caseload").parent_id is None


KEYS = ("caseload", "integration")


async def test_merge_moves_codings_after_a_yes(project_file: Path) -> None:
    async with documents_screen(project_file, "lena", size=(120, 40)) as (pilot, app, _):
        screen = await open_codebook(pilot, app)
        await _go_to(pilot, screen, "caseload")
        await pilot.press("M", *"integration", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        # the question names both codes as the lead reads them, not by their keys
        with Project.open(project_file) as check:
            source, target = (check.code(k).name(screen.lang or "en") for k in KEYS)
        assert f"“{source}” into “{target}”?" in app.screen.message
        assert not any(key in app.screen.message for key in KEYS)
        await pilot.press("n")  # first a no: nothing changes
        await pilot.pause()
        with Project.open(project_file) as check:
            assert [c.code for c in check.codings()].count("caseload") == 1
        await pilot.press("M", *"integration", "enter")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert screen.current_key == "integration"
        assert "caseload" not in [c.key for c in screen.codes]
    with Project.open(project_file) as check:
        assert sorted(c.code for c in check.codings()) == ["integration", "mission_dialogue"]
        merge = check.audit()[-1]
        assert (merge.actor, merge.action) == ("lena", "code.merge")
        assert merge.payload["from"] == "caseload"


async def test_a_coder_browses_but_cannot_change(project_file: Path) -> None:
    async with documents_screen(project_file, "karin", size=(120, 40)) as (pilot, app, _):
        screen = await open_codebook(pilot, app)
        assert screen.query_one(Tree).has_focus  # letters reach the tree, not the search
        notice = screen.query_one("#cb-notice", Static)
        assert notice.display and "lena" in str(notice.render())
        await _go_to(pilot, screen, "caseload")
        for key in ("a", "e", "r", "m", "M", "d"):
            await pilot.press(key)
            await pilot.pause()
            assert app.screen is screen, key
        assert screen.query_one("#cb-search", Input).value == "caseload"  # nothing typed in
    with Project.open(project_file) as check:
        assert len(check.codebook()) == 3
        assert not [e for e in check.audit() if e.action.startswith("code.")]


async def test_coding_screen_shows_a_rename_at_once(project_file: Path) -> None:
    async with documents_screen(project_file, "lena", size=(120, 40)) as (pilot, app, _):
        await pilot.press("enter")
        await pilot.pause()
        coding = app.screen
        assert isinstance(coding, CodingScreen)
        screen = await open_codebook(pilot, app)
        # the interface's language over a Swedish document too, as the reports name codes
        first = str(screen.query_one(Tree).root.children[0].label)
        assert screen.lang == "en" and "Mission dialogue" in first, first
        await _go_to(pilot, screen, "caseload")
        await pilot.press("e")
        await pilot.pause()
        app.screen.query_one("#f-name-sv", Input).value = "Arbetsbörda"
        app.screen.query_one("#f-shortcut", Input).value = "9"
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is coding
        caseload = next(c for c in coding.code_list if c.key == "caseload")
        assert (caseload.names["sv"], caseload.shortcut) == ("Arbetsbörda", "9")


def test_fuzzy_score_ranks_substrings_first() -> None:
    assert fuzzy_score("dia", "mission_dialogue") == 8
    assert fuzzy_score("msd", "mission_dialogue") is not None
    assert fuzzy_score("msd", "mission_dialogue") > 1000  # type: ignore[operator]
    assert fuzzy_score("xyz", "mission_dialogue") is None


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
def test_codebook_screen_snapshot(snap_compare, project_file: Path, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(
        build_app(project_file, "lena", "en"), press=["ctrl+b", "down", "down"], terminal_size=size
    )
