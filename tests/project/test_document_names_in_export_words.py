"""A document named after its place is named in the export's words, as the place is in the
same file's tables and citations (render45, pseudo46), the codings sheet too (minor47).

An English summary named a Swedish study's interview "Kommun_C_01_socialsekreterare" (its
appendix, the agenda's headings, the memos, a passage's 'document_name') beside "Municipality
C" in its tables and citations: a co-author read two names for one place. Every export in a
language names the document in that language's words, alike in the summary, the agenda and
the memos. The codings sheet, written in no language, named it in the project's: beside the
English memos, "Kommun_A_01" there and "Municipality_A_01" in them. It has a language now,
as every export (English unless told), and names documents, places and roles in its words.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from qualcode import Project
from tests.conftest import mission_team
from tests.export.name_leak_kit import texts_in

TEXT = (
    "I: Hur är det i Åby?\n\n"
    "Elin: Det är bra i Åby, vi har fått fler kollegor och mer tid för varje familj.\n\n"
    "I: Och politikerna?\n\n"
    "Elin: De kom hit i våras och lyssnade på oss en hel eftermiddag.\n"
)


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A Swedish interview from Åby, coded apart by two coders, one case decided and one
    open, a memo on the document; the places and speakers proposed for the key, applied."""
    path = tmp_path_factory.mktemp("names") / "p.db"
    with mission_team(path) as p:
        doc = p.import_text(
            "aby_01.txt",
            TEXT,
            lang="sv",
            attributes={"municipality": "Åby", "role": "socialsekreterare"},
        )
        start = TEXT.index("Det är bra")
        end = TEXT.index("\n", start)
        for coder, stop in (("karin", end), ("johan", end - 12)):
            p.act_as(coder)
            p.add_coding(doc.id, start, stop, "mission", coder)
            p.set_status(doc.id, coder, "done")
        later = TEXT.index("De kom hit")  # coded by karin alone: a case left open
        p.act_as("karin").add_coding(doc.id, later, TEXT.index("\n", later), "mission", "karin")
        p.act_as("lena")
        p.add_memo("document", doc.id, "lena", "Fler kollegor, mer tid.")
        p.apply_suggested_pseudonyms("lena", kinds=("speaker", "place"))
        case = next(v.case.id for v in p.cases() if v.case.start == start)
        p.decide(case, "accept:karin", "Karin's reading holds.", "lena")
    return path


def _written(project: Path, tmp_path: Path, lang: str) -> dict[str, str]:
    """The summary with its appendix, the memos and the agenda, in ``lang``."""
    out: dict[str, str] = {}
    with Project.open(project) as p:
        p.act_as("lena", "lena")
        for kind, name in (("summary", "s.md"), ("memos", "m.md"), ("agenda", "a.md")):
            target = tmp_path / f"{lang}_{name}"
            if kind == "summary":
                p.export_summary(target, "consensus", lang=lang, viewer="lena", appendix=True)
            elif kind == "memos":
                p.export_memos(target, "lena", lang=lang)
            else:
                p.write_agenda(target, viewer="lena", lang=lang, codes=["mission"])
            out[kind] = target.read_text(encoding="utf-8").replace("\\_", "_")
    return out


def test_an_english_export_names_the_document_in_its_own_words(
    project: Path, tmp_path: Path
) -> None:
    for kind, text in _written(project, tmp_path, "en").items():
        assert "Municipality_A_01" in text, (kind, text)
        assert "Kommun_" not in text and "aby_01" not in text, (kind, text)


def test_a_swedish_export_in_the_projects_words(project: Path, tmp_path: Path) -> None:
    for kind, text in _written(project, tmp_path, "sv").items():
        assert "Kommun_A_01" in text, (kind, text)
        assert "Municipality_" not in text, (kind, text)


def _sheet(project: Path, target: Path, lang: str | None) -> list[dict[str, str]]:
    with Project.open(project) as p:
        p.act_as("lena", "lena")
        if lang is None:
            p.export_codings(target, viewer="lena")
        else:
            p.export_codings(target, viewer="lena", lang=lang)
    with open(target, encoding="utf-8-sig") as rows:
        return list(csv.DictReader(rows))


@pytest.mark.parametrize(
    ("lang", "document", "place", "role"),
    [
        (None, "Municipality_A_01.txt", "Municipality A", "social worker"),  # as every export
        ("en", "Municipality_A_01.txt", "Municipality A", "social worker"),
        ("sv", "Kommun_A_01.txt", "Kommun A", "socialsekreterare"),
    ],
)
def test_the_codings_sheet_names_as_the_exports_of_its_language(
    project: Path, tmp_path: Path, lang: str | None, document: str, place: str, role: str
) -> None:
    """The sheet beside the English memos names the document as they do; the passage
    itself stays in its own words."""
    read = _sheet(project, tmp_path / "c.csv", lang)
    assert {r["document_name"] for r in read} == {document}
    assert {r["municipality"] for r in read} == {place}
    assert {r["role"] for r in read} == {role}
    assert any("Det är bra i Kommun A" in r["text"] for r in read), read


def test_the_codings_sheet_refuses_a_language_it_has_no_words_for(
    project: Path, tmp_path: Path
) -> None:
    from qualcode.errors import ValidationError

    with pytest.raises(ValidationError, match="lang 'de': use en or sv"):
        _sheet(project, tmp_path / "c.csv", "de")
    assert not (tmp_path / "c.csv").exists()


def test_export_codings_takes_lang_on_the_command_line(project: Path, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from qualcode.cli import app

    for lang, document in (("sv", "Kommun_A_01.txt"), ("en", "Municipality_A_01.txt")):
        target = tmp_path / f"{lang}.csv"
        args = ["-p", str(project), "export", "codings", str(target), "--lang", lang]
        got = CliRunner().invoke(app, args, env={"QUALCODE_CODER": "lena"})
        assert got.exit_code == 0, got.output
        with open(target, encoding="utf-8-sig") as rows:
            assert {r["document_name"] for r in csv.DictReader(rows)} == {document}
    target = tmp_path / "de.csv"
    args = ["-p", str(project), "export", "codings", str(target), "--lang", "de"]
    got = CliRunner().invoke(app, args, env={"QUALCODE_CODER": "lena"})
    assert got.exit_code == 1 and not target.exists()
    assert got.stderr.strip().splitlines() == ["error: lang 'de': use en or sv"], got.stderr


def test_the_summary_workbook_names_its_passages_document_so(project: Path, tmp_path: Path) -> None:
    with Project.open(project) as p:
        p.act_as("lena", "lena")
        p.export_summary(tmp_path / "s.xlsx", "consensus", lang="en", viewer="lena")
    text = "\n".join(texts_in(tmp_path / "s.xlsx"))
    assert "Municipality_A_01" in text and "Kommun_" not in text, text
