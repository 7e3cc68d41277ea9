"""The agenda of a team of five: a version several coders share is one bullet naming them
all. Under a passage one coder alone had coded, four bullets said "coded nothing here", and
under a boundary case one quote stood four times over the one that differed (team39)."""

from __future__ import annotations

import io

from docx import Document

from qualcode.export.docx_page import titled_document
from qualcode.reconcile.agenda import AgendaItem, AgendaVersion, build_docx, render_markdown

LONG = "Vi har ett introduktionsprogram. Sen fick jag tre ärenden."
SHORT = "Vi har ett introduktionsprogram."


def item(versions: tuple[AgendaVersion, ...]) -> AgendaItem:
    return AgendaItem("c1", "aby_01.txt", "boundary", ("systems",), "", LONG, "", versions)


def mine(coder: str, text: str | None) -> AgendaVersion:
    passages = (("systems", text),) if text else ()
    return AgendaVersion(coder, ("systems",) if text else (), passages)


FIVE = (
    mine("johan", LONG),
    mine("karin", SHORT),
    mine("mira", SHORT),
    mine("omar", None),
    mine("ulrika", None),
)


def test_markdown_names_the_coders_of_one_version_together() -> None:
    text = render_markdown("Agenda", "5 coders", [item(FIVE)])
    bullets = [line for line in text.splitlines() if line.startswith("- ")]
    assert bullets == [
        "- **johan**: systems",
        "- **karin, mira**: systems",
        "- **omar, ulrika**: coded nothing here",
    ]
    assert text.count(f"“{SHORT}”") == 1


def test_the_word_agenda_names_them_together_too() -> None:
    out = io.BytesIO()
    build_docx(titled_document("Agenda", "en"), "5 coders", [item(FIVE)]).save(out)
    paragraphs = [p.text for p in Document(io.BytesIO(out.getvalue())).paragraphs]
    assert "omar, ulrika: coded nothing here" in paragraphs
    assert "karin, mira: systems" in paragraphs
    assert sum(p.endswith(f"“{SHORT}”") for p in paragraphs) == 1


def test_the_same_codes_in_other_words_stay_apart() -> None:
    text = render_markdown("Agenda", "2 coders", [item(FIVE[:2])])
    assert "- **johan**: systems" in text and "- **karin**: systems" in text
