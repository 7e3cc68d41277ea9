"""Issue 14's broken keys, driven with Pilot against a real project file.

Each test here failed on the coding screen before its fix: the code picker leaking letters
to the screen behind, `J` crossing a turn, `?`/Esc and the key panel, `A` without asking,
`u` after `A`, and `q` on the coding screen.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.tui.screens.code_pick import PickCodeScreen
from qualcode.tui.screens.coding import CodingScreen
from qualcode.tui.screens.documents import DocumentsScreen
from tests.tui.conftest import karins_coding_screen, notifications, pending_suggestions


def _actions(path: Path) -> list[str]:
    with Project.open(path) as check:
        return [entry.action for entry in check.audit()]


# what a coder types into the picker, and the code it must find
PICKED = [
    ("integ", "integration"),  # English name
    ("uppdrags", "mission_dialogue"),  # Swedish name (the document's language)
    ("caseload", "caseload"),  # the key, a child code
    ("mission", "mission_dialogue"),  # English name of a code shown in Swedish
]


@pytest.mark.slow
async def test_code_picker_finds_by_typing_and_no_key_leaks(project_file: Path) -> None:
    """Letters typed into the picker narrow it; none reaches the coding screen behind.
    The four spellings code four units in one session (one app start, not four)."""
    before = _actions(project_file)
    coded: list[tuple[int, int, str]] = []
    async with karins_coding_screen(project_file, ui_lang="sv") as (pilot, app, screen):
        await pilot.press("j")
        for typed, code in PICKED:
            await pilot.press("j")
            selection = screen.transcript.selection
            await pilot.press("c")
            await pilot.pause()
            await pilot.press(*typed)
            await pilot.pause()
            assert screen.transcript.selection == selection, typed  # `b`, `w`, `j` stayed
            await pilot.press("enter")
            await pilot.pause()
            assert app.screen is screen, typed
            assert not [w for w in app.workers if w.group == "suggest"]  # `s` started no run
            coded.append((*selection, code))
    with Project.open(project_file) as check:
        rows = check.codings(coder="karin")
        assert sorted((r.start, r.end, r.code) for r in rows) == sorted(coded)
    assert len({c[:2] for c in coded}) == len(PICKED)  # four units, one code each
    # nothing removed or decided: one coding added per spelling
    assert _actions(project_file) == [*before, *["coding.add"] * len(PICKED)]


@pytest.mark.slow
async def test_code_picker_shows_hierarchy_and_escape_changes_nothing(
    project_file: Path,
) -> None:
    async with karins_coding_screen(project_file) as (pilot, app, _):
        await pilot.press("c")
        await pilot.pause()
        picker = app.screen
        assert isinstance(picker, PickCodeScreen)
        shown = [str(picker.option_text(i)) for i in range(len(picker.shown))]
        # the interface's language (en) on a Swedish transcript, the key beside it
        assert any("Integration › Caseload  caseload" in line for line in shown)
        await pilot.press("a", "s", "x", "escape")
        await pilot.pause()
        assert isinstance(app.screen, CodingScreen)
    with Project.open(project_file) as check:
        assert check.codings(coder="karin") == []


@pytest.mark.slow
async def test_extend_never_crosses_a_turn(project_file: Path) -> None:
    """`J` at a turn's last sentence keeps the selection in that turn; so does `K` back."""
    async with karins_coding_screen(project_file) as (pilot, _, screen):
        text = screen.doc.text
        # from the title (a passage of its own since 7e311c33), the question, the answer
        await pilot.press("j", "j", "j", "j")  # the first answer's last sentence
        last = screen.transcript.selection
        assert text[last[0] : last[1]].startswith("Nu har vi dialog")
        await pilot.press("J", "J")
        start, end = screen.transcript.selection
        assert (start, end) == last
        assert "I:" not in text[start:end] and "arbetsmiljön" not in text[start:end]
        await pilot.press("j")  # the question
        await pilot.press("K")
        start, end = screen.transcript.selection
        assert text[start:end] == "Och arbetsmiljön?"
        await pilot.press("j", "J")  # within a turn, J still extends
        start, end = screen.transcript.selection
        assert text[start:end].startswith("Arbetsmiljöproblemen") and text[start:end].endswith(
            "socialsekreterarna."
        )


@pytest.mark.slow
async def test_extend_at_a_turns_end_keeps_one_note(project_file: Path) -> None:
    """Each `J` past the turn's last sentence stacked another five-line note down the
    sidebar; four presses covered it at 100x30 (eyes6). One note stays, however many."""
    async with karins_coding_screen(project_file, size=(100, 30)) as (pilot, app, _):
        await pilot.press("j", "j", "j", "J", "J", "J", "J")
        await pilot.pause()
        notes = notifications(app)  # type: ignore[attr-defined]
        assert len(notes) == 1 and notes[0].startswith("End of the turn")


def _keys_shown(app: object) -> bool:
    screen = app.screen  # type: ignore[attr-defined]
    return type(screen).__name__ == "KeysScreen" or bool(screen.query("HelpPanel"))


@pytest.mark.slow
@pytest.mark.parametrize("closer", ["question_mark", "escape"])
async def test_question_mark_and_escape_close_the_keys_panel(
    project_file: Path, closer: str
) -> None:
    async with karins_coding_screen(project_file) as (pilot, app, screen):
        await pilot.press("question_mark")
        await pilot.pause()
        assert _keys_shown(app)
        await pilot.press(closer)
        await pilot.pause()
        assert not _keys_shown(app)
        assert app.screen is screen  # Esc closed the panel, not the coding screen


@pytest.mark.slow
async def test_keys_panel_lists_qualcodes_keys_first(project_file: Path) -> None:
    from qualcode.tui.screens.keys_help import KeysScreen

    async with karins_coding_screen(project_file, ui_lang="sv") as (pilot, app, _):
        await pilot.press("question_mark")
        await pilot.pause()
        panel = app.screen
        assert isinstance(panel, KeysScreen)
        descriptions = [row[2] for row in panel.rows]
        assert descriptions[0] == "Nästa"  # the coding screen's first key, in sv
        first_generic = min(
            (i for i, row in enumerate(panel.rows) if row[0] == panel.t("keys_widget")),
            default=len(panel.rows),
        )
        for own in ("Ångra", "Föreslå", "Tillbaka"):
            assert descriptions.index(own) < first_generic
        # the codebook's shortcuts are listed too, by name
        assert any(row[1] == "2" and "Integrering" in row[2] for row in panel.rows)


def _live(path: Path) -> int:
    with Project.open(path) as check:
        return len(check.codings(coder="karin"))


@pytest.mark.slow
async def test_accept_all_asks_with_the_count_and_undo_takes_the_batch(
    project_file: Path,
) -> None:
    from qualcode.tui.screens.confirm import ConfirmScreen

    pending_suggestions(project_file, [0.95, 0.9, 0.85, 0.3])
    async with karins_coding_screen(project_file) as (pilot, app, _):
        await pilot.press("A")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        assert "3" in app.screen.message  # how many, before anything is written
        await pilot.press("n")
        await pilot.pause()
        assert _live(project_file) == 0
        await pilot.press("A", "y")
        await pilot.pause()
        assert _live(project_file) == 3
        await pilot.press("u")  # one step takes back the whole batch
        await pilot.pause()
        assert _live(project_file) == 0
        await pilot.press("U")
        await pilot.pause()
        assert _live(project_file) == 3


@pytest.mark.slow
async def test_q_leaves_the_coding_screen_and_the_footer_says_so(project_file: Path) -> None:
    async with karins_coding_screen(project_file, ui_lang="sv") as (pilot, app, screen):
        shown = [
            (key, active.binding.description)
            for key, active in screen.active_bindings.items()
            if active.binding.action == "back" and active.binding.show
        ]
        assert ("q", "Tillbaka") in shown  # in the footer, in the interface language
        await pilot.press("q")
        await pilot.pause()
        assert isinstance(app.screen, DocumentsScreen)
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("escape")  # Esc still works too
        await pilot.pause()
        assert isinstance(app.screen, DocumentsScreen)


def test_margin_labels_tell_codes_apart_when_names_begin_alike() -> None:
    from qualcode.tui.labels import distinct_labels

    names = {
        "mission_dialogue": "Från uppdragsmonolog till uppdragsdialog",
        "systems_perspective": "Från individ- till systemperspektiv",
        "integration": "Från separering till integrering av arbetsmiljö",
        "long_term_economics": "Från kortsiktighet till långsiktighet",
    }
    labels = distinct_labels(names, 7)
    assert labels == {  # where each turns to: "individ" said the opposite of the code
        "mission_dialogue": "dialog",
        "systems_perspective": "system…",
        "integration": "integr…",
        "long_term_economics": "långsi…",  # nothing after it: the destination itself
    }
    assert distinct_labels({"only": "Från början"}, 7) == {"only": "Från"}
    # a proposed code whose name does not begin alike keeps the others' labels as they were
    mixed = distinct_labels({**names, "first_job": "Första jobbet"}, 7)
    assert mixed["first_job"] == "Första" and mixed["systems_perspective"] == "system…"


@pytest.mark.slow
async def test_the_margin_shows_a_code_name_not_a_digit(project_file: Path) -> None:
    async with karins_coding_screen(project_file, ui_lang="sv") as (pilot, _, screen):
        await pilot.press("j", "j", "2")
        await pilot.pause()
        view = screen.transcript
        row = view.line_of(view.selection[0]) - int(view.scroll_offset.y)
        gutter = view.render_line(row).text[:10]
        assert "Integr…" in gutter  # Integrering, in the interface's language, cut


@pytest.mark.slow
async def test_switching_the_interface_language_keeps_the_place(project_file: Path) -> None:
    async with karins_coding_screen(project_file, ui_lang="sv") as (pilot, app, screen):
        await pilot.press("j", "j", "J")
        selection = screen.transcript.selection
        assert screen.active_bindings["u"].binding.description == "Ångra"
        await pilot.press("L")
        await pilot.pause()
        await pilot.pause()
        now = app.screen
        assert isinstance(now, CodingScreen) and now.doc_id == screen.doc_id
        assert now.active_bindings["u"].binding.description == "Undo"
        assert now.transcript.selection == selection
        await pilot.press("q")
        await pilot.pause()
        assert isinstance(app.screen, DocumentsScreen)
        assert app.screen.active_bindings["q"].binding.description == "Quit"
        await pilot.press("L")
        await pilot.pause()
        assert app.screen.active_bindings["q"].binding.description != "Quit"


def test_narrow_lists_start_names_where_they_differ() -> None:
    from qualcode.tui.labels import distinct_tails

    tails = distinct_tails(
        {
            "a": "Från uppdragsmonolog till uppdragsdialog",
            "b": "Från individ- till systemperspektiv",
            "c": "Första jobbet",
        }
    )
    assert tails == {
        "a": "uppdragsmonolog till uppdragsdialog",
        "b": "individ- till systemperspektiv",
        "c": "Första jobbet",
    }


def test_margin_labels_skip_a_leading_small_word() -> None:
    """Seen in the day's walk: a proposed "Att bli trodd" was labelled "Att" in the margin."""
    from qualcode.tui.labels import distinct_labels

    names = {
        "att_bli_trodd": "Att bli trodd",
        "uppfoljning": "Uppföljning som samtal",
        "how": "How trust is earned",
        "only_small": "Att och",
    }
    assert distinct_labels(names, 7) == {
        "att_bli_trodd": "bli",
        "uppfoljning": "Uppföl…",
        "how": "trust",
        "only_small": "och",
    }


@pytest.mark.slow
async def test_brace_goes_to_the_start_of_the_turn_it_is_in(project_file: Path) -> None:
    """`{` from an answer's second sentence selects that answer's first (then, pressed
    again, the question before it), so `{ J 1` codes the answer; it went straight to the
    question, and the coder coded the interviewer's words."""
    async with karins_coding_screen(project_file) as (pilot, _, screen):
        text = screen.doc.text
        # from the title (a passage of its own since 7e311c33), the question, the answer
        await pilot.press("j", "j", "j", "j")  # the first answer's last sentence
        start, end = screen.transcript.selection
        assert text[start:end].startswith("Nu har vi")
        await pilot.press("left_curly_bracket")
        start, end = screen.transcript.selection
        assert "Ja, alltså, förr" in text[start:end] and "Nu har vi" not in text[start:end]
        await pilot.press("left_curly_bracket")  # at a turn's start: the turn before
        start, end = screen.transcript.selection
        assert "Kan du berätta" in text[start:end]
        await pilot.press("right_curly_bracket")
        start, end = screen.transcript.selection
        assert "Ja, alltså" in text[start:end]


@pytest.mark.slow
async def test_swedish_keys_name_a_turn_as_the_screen_does(project_file: Path) -> None:
    """`{`/`}` were "Föregående tur"/"Nästa tur" in Swedish (a trip, or luck), while the
    screen's own note at a turn's end says "Slut på repliken": one word, replik."""
    from qualcode.tui.screens.keys_help import KeysScreen

    async with karins_coding_screen(project_file, size=(100, 30), ui_lang="sv") as (pilot, app, _):
        await pilot.press("question_mark")
        await pilot.pause()
        panel = app.screen
        assert isinstance(panel, KeysScreen)
        named = {row[1]: row[2] for row in panel.rows}
        assert named["}"] == "Nästa replik" and named["{"] == "Föregående replik"
        assert "replik" in panel.t("turn_end")
        assert not any(" tur" in f" {row[2]} " for row in panel.rows), named
