"""The coding screen names codes in the interface's language, as every other screen does:
a Swedish transcript under an English interface listed "Uppdragsdialog" in the sidebar,
the margin, the code finder and the notes, while the reports, the codebook screen and the
summary said "Mission dialogue" for the same code (eyes32). A Swedish interface keeps the
Swedish names on the same transcript."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.tui.conftest import karins_coding_screen, notifications


def _shown(app: object) -> str:
    return "\n".join(s.text for s in app.screen._compositor.render_strips())  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("ui_lang", "names", "other"),
    [
        ("en", ("Mission dialogue (0)", "Integration (1)"), "Uppdragsdialog"),
        ("sv", ("Uppdragsdialog (0)", "Integrering (1)"), "Mission dialogue"),
    ],
)
async def test_a_swedish_transcript_names_codes_in_the_interfaces_language(
    project_file: Path, ui_lang: str, names: tuple[str, str], other: str
) -> None:
    async with karins_coding_screen(project_file, (120, 40), ui_lang) as (pilot, app, screen):
        assert screen.doc.lang == "sv"
        await pilot.press("j", "j", "2")  # the third sentence coded with integration
        await pilot.pause()
        shown = _shown(app)
        assert all(name in shown for name in names), shown
        assert other not in shown, shown
        said = notifications(app)
        assert any(names[1].removesuffix(" (1)") in line for line in said), said


@pytest.mark.parametrize(
    ("ui_lang", "name", "other"),
    [("en", "Integration", "Integrering"), ("sv", "Integrering", "Integration")],
)
async def test_the_keys_panel_names_codes_in_the_interfaces_language(
    project_file: Path, ui_lang: str, name: str, other: str
) -> None:
    """`?` listed the codes' shortcuts under their names in the transcript's language: on a
    Swedish transcript under an English interface it read "1 Från uppdragsmonolog till
    uppdragsdialog" beside a sidebar saying "1 mission monologue to mission dialogue" for the
    same key (eyes44)."""
    from qualcode.tui.screens.keys_help import key_rows

    async with karins_coding_screen(project_file, (120, 40), ui_lang) as (_, app, screen):
        assert screen.doc.lang == "sv"
        codes = {
            what for section, _, what in key_rows(screen, app.t) if section == app.t("keys_codes")
        }
    assert name in codes and other not in codes, codes
