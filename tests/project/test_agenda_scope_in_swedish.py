"""The Swedish agenda's counted line says all the English one does: the set its documents
are of, and the coder whose few finished documents narrow them. It left both out, so an
agenda of one set read "1 av 1 dokument" as if the project held one document, where the
English read "1 of 1 documents in the set 'Åby'" (hostile50)."""

from __future__ import annotations

from pathlib import Path

from qualcode import Project
from qualcode.project.agenda import scope_said
from qualcode.project.scope import TeamScope
from qualcode.texts import texts


def _scope_line(project: Project, tmp: Path, lang: str, doc_set: str | None) -> str:
    out = tmp / f"agenda-{lang}.md"
    project.write_agenda(out, viewer="lena", lang=lang, force=True, doc_set=doc_set)
    return out.read_text(encoding="utf-8").splitlines()[2]


def test_the_swedish_line_names_the_set_as_the_english_does(trio: Project, tmp_path: Path) -> None:
    trio.make_document_set("Åby runda", "lena", [trio.doc_id])  # type: ignore[attr-defined]
    english = _scope_line(trio, tmp_path, "en", "Åby runda")
    swedish = _scope_line(trio, tmp_path, "sv", "Åby runda")
    assert "1 of 1 documents in the set 'Åby runda' (" in english, english
    assert "1 av 1 dokument i gruppen 'Åby runda' (" in swedish, swedish


def test_the_set_goes_through_the_key_in_swedish_too(trio: Project, tmp_path: Path) -> None:
    trio.set_pseudonym("Elin Ek", "IP9", "lena")
    trio.make_document_set("Elin Ek runda", "lena", [trio.doc_id])  # type: ignore[attr-defined]
    swedish = _scope_line(trio, tmp_path, "sv", "Elin Ek runda")
    assert "i gruppen 'IP9 runda'" in swedish and "Elin" not in swedish, swedish


def test_without_a_set_the_line_is_as_before(trio: Project, tmp_path: Path) -> None:
    swedish = _scope_line(trio, tmp_path, "sv", None)
    assert swedish.startswith("Räknat: 3 kodare (johan, karin, mira), 1 av 1 dokument ("), swedish
    assert "gruppen" not in swedish


def test_the_coder_who_narrows_the_documents_is_said_in_swedish() -> None:
    scope = TeamScope(("karin", "omar"), ("d1",), 5, "done", narrowed_by=("omar", 1, 4))
    said = scope_said(scope, texts("sv", "agenda"))
    assert said == (
        "2 kodare (karin, omar), 1 av 5 dokument (avslutade av varje räknad kodare; "
        "utan omar, som avslutat 1, skulle 4 räknas)"
    )
    english = scope_said(scope, texts("en", "agenda"))
    assert english == scope.describe()  # one template, the English line's words
