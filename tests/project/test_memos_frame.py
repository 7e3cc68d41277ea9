"""The API's frames held documents, codes and codings but no memos: a team that writes its
analysis in memos (NVivo's and QualCoder's habit) could read them in a notebook only from
the memos export's prose. ``memos_frame`` is one row a memo, with what each is about, and
follows blind coding as `memo list` does."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import add_plain_document, coding_team

SENTENCES = ["Ärendena blev för många.", "Kollegorna ställde upp."]


def test_one_row_a_memo_with_what_it_is_about(tmp_path: Path) -> None:
    with coding_team(tmp_path / "p.db") as project:
        doc = add_plain_document(project, "aby_01.txt", SENTENCES)
        unit = project.units(doc)[1]
        project.act_as("karin")
        coding = project.add_coding(doc, unit.start, unit.end, "integration", "karin")
        project.add_memo("coding", coding.id, "karin", "stöd, inte arbetsmiljö?")
        project.act_as("johan")
        project.add_memo("document", doc, "johan", "för många ärenden", span=(0, 8))
        project.act_as("lena")
        project.add_memo("code", project.codebook_specs()[0].key, "lena", "definiera om")
        frame = project.memos_frame()
        assert list(frame["author"]) == ["karin", "johan", "lena"]
        assert list(frame["about"]) == ["coding", "document", "code"]
        assert list(frame["passage"][:2]) == ["Kollegorna ställde upp.", "Ärendena"]
        assert list(frame["document"][:2]) == [doc, doc]
        assert frame["code"][0] == "integration" and frame["text"][2] == "definiera om"
        project.act_as("karin")  # blind: her own memos only
        assert list(project.memos_frame()["author"]) == ["karin"]


def test_offsets_are_whole_numbers_where_a_memo_has_a_passage(tmp_path: Path) -> None:
    """A memo on a whole code or document has no passage: with None in the column pandas made
    every offset a float (8.0), and ``text[start:end]`` in a notebook stopped with a
    TypeError (study48). The offsets are whole numbers, missing where there is no passage,
    as the codings frame's turn."""
    with coding_team(tmp_path / "p.db") as project:
        doc = add_plain_document(project, "aby_01.txt", SENTENCES)
        project.act_as("lena")
        project.add_memo("code", project.codebook_specs()[0].key, "lena", "definiera om")
        project.add_memo("document", doc, "lena", "för många ärenden", span=(0, 8))
        frame = project.memos_frame()
        assert str(frame["start"].dtype) == "Int64" and str(frame["end"].dtype) == "Int64"
        assert frame["start"].isna().tolist() == [True, False]
        start, end = frame["start"][1], frame["end"][1]
        assert project.document(doc).text[start:end] == "Ärendena"
