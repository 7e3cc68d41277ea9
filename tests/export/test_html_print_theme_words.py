"""The HTML summary printed from the browser keeps the words of its tables' first column
whole. On paper that column was squeezed to a few letters: the demo's 'Teman per roll'
read 'uppdra / gsmon / olog till' for the first turning point beside five roles, and with
two themes 'förvaltning / schef' (render40); the print style let it break inside any word."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from tests.export.browser_kit import needs_print, printed_text

# slow: prints an html summary in headless Chromium
pytestmark = pytest.mark.slow

THEME = "Från uppdragsmonolog till uppdragsdialog"
LONG = "Från separering till integrering av arbetsmiljö och verksamhetskvalitet"
ROLES = ("enhetschef", "fackligt ombud", "förvaltningschef", "politiker", "socialsekreterare")
FIRST = "Nämnden träffar handläggarna varje månad och talar om vad uppdraget kräver av dem."
SECOND = "Ärendemängden avgör hur bra hjälp familjerna får, det är samma fråga för oss."


@needs_print
def test_a_printed_role_table_breaks_no_theme_word(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.db") as project:
        project.add_coder("lena", role="lead")
        project.act_as("lena")
        project.add_code("dialogue", {"sv": THEME})
        project.add_code("integration", {"sv": LONG})
        for n, role in enumerate(ROLES):
            text = (  # an interview: its respondent is a participant with a role
                f"I: Hur talar ni om uppdraget i intervju {n + 1}?\nR: {FIRST}\n"
                f"I: Och arbetsmiljön?\nR: {SECOND}\n"
            )
            doc = project.import_text(f"intervju_{n}.txt", text, lang="sv")
            project.set_attributes(doc.id, {"role": role, "municipality": "Åby"})
            for sentence, code in ((FIRST, "dialogue"), (SECOND, "integration")):
                start = text.index(sentence)
                project.add_coding(doc.id, start, start + len(sentence), code, "lena")
        page = project.export_summary(tmp_path / "s.html", layer="coder", lang="sv")
    printed = printed_text(page)
    # the table under 'Teman per roll', up to the first theme's definition (the roles
    # print whole in the material's and each theme's tables, which have room)
    table = printed.split("Teman per roll", 1)[1].split("Definition", 1)[0]
    for word in ("förvaltningschef", "socialsekreterare", "uppdragsmonolog", "arbetsmiljö"):
        assert word in table.split(), table  # was 'förvaltning' / 'schef'
