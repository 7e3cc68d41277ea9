"""A meeting agenda of one open case is titled in the singular ("1 open case", "1 öppet
fall"), in Markdown and in Word; it said "1 öppna fall" / "1 open cases"."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from qualcode import Project


def test_one_open_case_is_singular_in_both_languages(trio: Project, tmp_path: Path) -> None:
    cases = trio.cases()
    assert len(cases) == 3
    for view in cases[:2]:
        trio.decide(view.case.id, "accept:karin", "karin's reading", "lena")
    assert trio.write_agenda(tmp_path / "sv.md", lang="sv") == 1
    assert (
        (tmp_path / "sv.md")
        .read_text(encoding="utf-8")
        .startswith("# Avstämningsagenda: 1 öppet fall\n")
    )
    trio.write_agenda(tmp_path / "en.docx", lang="en")
    assert Document(str(tmp_path / "en.docx")).paragraphs[0].text == (
        "Reconciliation agenda: 1 open case"
    )
    trio.reopen(cases[0].case.id, "lena", "discuss again")
    trio.write_agenda(tmp_path / "two.md", lang="sv")
    assert (
        (tmp_path / "two.md")
        .read_text(encoding="utf-8")
        .startswith("# Avstämningsagenda: 2 öppna fall\n")
    )


def test_passages_are_quoted_in_the_agendas_language(trio: Project, tmp_path: Path) -> None:
    """Swedish quotes as ”…” (not the English “…”), in Markdown and in Word."""
    trio.write_agenda(tmp_path / "sv.md", lang="sv")
    swedish = (tmp_path / "sv.md").read_text(encoding="utf-8")
    assert "  - ”" in swedish and "“" not in swedish
    trio.write_agenda(tmp_path / "sv.docx", lang="sv")
    paragraphs = [p.text for p in Document(str(tmp_path / "sv.docx")).paragraphs]
    assert any(p.startswith("”") for p in paragraphs) and not any("“" in p for p in paragraphs)
    trio.write_agenda(tmp_path / "en.md", lang="en")
    assert "  - “" in (tmp_path / "en.md").read_text(encoding="utf-8")
