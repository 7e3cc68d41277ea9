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
