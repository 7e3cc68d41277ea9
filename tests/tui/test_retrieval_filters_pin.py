"""The retrieval view with several filters at once (issue 14.4) and the lead pinning a
theme's exemplar from it (issue 14.3), driven with Pilot on a real project file."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.tui.app import build_app
from qualcode.tui.screens.prompt import PromptScreen
from qualcode.tui.screens.retrieval import RetrievalScreen
from qualcode.tui.screens.themes import ThemesScreen
from tests.conftest import SV_TEXT, small_codebook
from tests.tui.conftest import documents_screen

# slow: every test drives a whole Textual app through this screen
pytestmark = pytest.mark.slow

PASSAGES = ("Arbetsmiljöproblemen var stora.", "Politikerna bestämde och vi fick bara göra.")


@pytest.fixture
def places(tmp_path: Path) -> Path:
    """Three municipalities, two roles; karin and johan code the same two passages in each;
    a theme holds both codes."""
    path = tmp_path / "places.db"
    with Project.create(path) as project:
        project.apply_codebook(small_codebook())
        project.add_coder("karin")
        project.add_coder("johan")
        project.add_coder("lena", role="lead")
        for name, place, role in (
            ("aby_01.txt", "Åby", "politiker"),
            ("ekstad_01.txt", "Ekstad", "politiker"),
            ("norrvik_01.txt", "Norrvik", "enhetschef"),
        ):
            doc = project.import_text(  # a content is imported once: each its own
                name,
                SV_TEXT.replace("Åby", place),
                lang="sv",
                attributes={"municipality": place, "role": role},
            )
            text = project.document(doc.id).text
            for words, code in zip(PASSAGES, ("integration", "mission_dialogue"), strict=True):
                start = text.index(words)
                for coder in ("karin", "johan"):
                    project.add_coding(doc.id, start, start + len(words), code, coder)
        theme = project.create_theme("Styrning", "lena")
        project.set_theme("integration", theme.key, "lena")
        project.set_theme("mission_dialogue", theme.key, "lena")
    return path


async def _retrieve(pilot, app, code: str, children: bool = False) -> RetrievalScreen:  # type: ignore[no-untyped-def]
    await pilot.pause()
    app.push_screen(RetrievalScreen(code, children=children))
    await pilot.pause()
    assert isinstance(app.screen, RetrievalScreen)
    return app.screen


async def test_several_filters_typed_at_once(places: Path) -> None:
    async with documents_screen(places, "lena", size=(120, 40)) as (pilot, app, _):
        screen = await _retrieve(pilot, app, "integration")
        assert len(screen.passages) == 6
        await pilot.press("f")
        await pilot.pause()
        assert isinstance(app.screen, PromptScreen)
        await pilot.press(*"municipality=Åby municipality=Norrvik coder=johan", "enter")
        await pilot.pause()
        assert app.screen is screen
        assert sorted(p.attributes["municipality"] for p in screen.passages) == [
            "Norrvik",
            "Åby",
        ]
        assert {p.coding.coder for p in screen.passages} == {"johan"}
        # a third condition narrows further; the box opens on what is set now
        await pilot.press("f")
        await pilot.pause()
        box = app.screen.query_one("#prompt-value")
        assert box.value == "coder=johan municipality=Åby municipality=Norrvik"  # type: ignore[attr-defined]
        await pilot.press("end", *" role=enhetschef", "enter")
        await pilot.pause()
        assert [(p.attributes["municipality"], p.coding.coder) for p in screen.passages] == [
            ("Norrvik", "johan")
        ]
        line = str(screen.query_one("#retrieve-filter").render())
        assert "municipality=Åby|Norrvik" in line and "role=enhetschef" in line


async def test_the_filter_prompt_gives_an_example_from_this_project(places: Path) -> None:
    """The prompt's example was the demo's "municipality=Åby municipality=Ekstad
    role=politiker" in every project, a UK team's English study too (eyes7): now two
    places and a role of this project's documents, and typed as shown it filters."""
    async with documents_screen(places, "lena", size=(120, 40)) as (pilot, app, _):
        screen = await _retrieve(pilot, app, "integration")
        await pilot.press("f")
        await pilot.pause()
        prompt = app.screen
        assert isinstance(prompt, PromptScreen)
        example = "municipality=Ekstad municipality=Norrvik role=enhetschef"
        assert prompt.title_text.endswith(f"E.g. {example}")
        await pilot.press(*example, "enter")
        await pilot.pause()
        assert {p.attributes["municipality"] for p in screen.passages} == {"Norrvik"}


async def test_a_bad_filter_stays_in_the_box_with_the_reason(places: Path) -> None:
    async with documents_screen(places, "lena", size=(120, 40)) as (pilot, app, _):
        screen = await _retrieve(pilot, app, "integration")
        await pilot.press("f")
        await pilot.pause()
        await pilot.press(*"municipality=Oslo", "enter")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, PromptScreen)  # still open, what was typed kept
        assert "No document has municipality=Oslo" in str(
            dialog.query_one(".cb-dialog-error").render()
        )
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen and len(screen.passages) == 6


async def test_a_coder_cannot_filter_to_another_coder(places: Path) -> None:
    async with documents_screen(places, "karin", size=(120, 40)) as (pilot, app, _):
        screen = await _retrieve(pilot, app, "integration")
        assert {p.coding.coder for p in screen.passages} == {"karin"}
        await pilot.press("f")
        await pilot.pause()
        await pilot.press(*"coder=johan", "enter")
        await pilot.pause()
        assert "blind coding" in str(app.screen.query_one(".cb-dialog-error").render())


async def test_the_lead_pins_the_theme_exemplar_and_the_theme_view_shows_it(
    places: Path,
) -> None:
    async with documents_screen(places, "lena", size=(120, 40)) as (pilot, app, _):
        app.push_screen(ThemesScreen())
        await pilot.pause()
        themes = app.screen
        assert isinstance(themes, ThemesScreen)
        assert not themes.views[0].pinned  # the longest passage, said so
        await pilot.press("enter")  # the highlighted row is the theme: all its passages
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, RetrievalScreen) and screen.with_children
        chosen = next(p for p in screen.passages if p.text == PASSAGES[1])
        screen.query_one("#passages").highlighted = screen.passages.index(chosen)  # type: ignore[attr-defined]
        await pilot.press("e")
        await pilot.pause()
        with Project.open(places) as check:
            assert check.exemplars() == {chosen.coding.id}
        assert "★" in str(screen._passage_text(chosen))
        await pilot.press("q")
        await pilot.pause()
        assert app.screen is themes
        view = themes.views[0]
        assert view.pinned and view.exemplar is not None
        assert view.exemplar.coding.id == chosen.coding.id


async def test_a_coder_cannot_pin(places: Path) -> None:
    async with documents_screen(places, "karin", size=(120, 40)) as (pilot, app, _):
        await _retrieve(pilot, app, "integration")
        await pilot.press("e")
        await pilot.pause()
        with Project.open(places) as check:
            assert check.exemplars() == set()


async def _pinned_view(pilot) -> None:  # type: ignore[no-untyped-def]
    with Project.open(pilot.app.project.path) as project:
        aby = next(d.id for d in project.documents() if d.name == "aby_01.txt")
        coding = next(  # one fixed passage: codings come in no fixed order
            c
            for c in project.codings(code="mission_dialogue", coder="karin")
            if c.document_id == aby
        )
        project.pin_theme_exemplar(coding.id, "lena")
    pilot.app.push_screen(ThemesScreen())
    await pilot.pause()


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
def test_themes_pinned_snapshot(snap_compare, places: Path, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    app = build_app(places, "lena", "en")
    assert snap_compare(app, run_before=_pinned_view, terminal_size=size)


async def _filtered(pilot) -> None:  # type: ignore[no-untyped-def]
    pilot.app.push_screen(RetrievalScreen("integration"))
    await pilot.pause()
    await pilot.press("f", *"municipality=Åby municipality=Ekstad coder=karin", "enter")
    await pilot.pause()


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
def test_retrieval_filtered_snapshot(snap_compare, places: Path, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    app = build_app(places, "lena", "en")
    assert snap_compare(app, run_before=_filtered, terminal_size=size)
