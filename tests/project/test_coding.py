"""Coding through the service API: checks before writing, soft removal, history."""

from __future__ import annotations

import pytest

from qualcode import Project
from qualcode.errors import AmbiguousError, NotFoundError, ValidationError


def _span(project: Project, phrase: str) -> tuple[int, int]:
    text = project.document("aby_01.txt").text
    start = text.index(phrase)
    return start, start + len(phrase)


def test_add_and_list_coding_with_text(project: Project) -> None:
    start, end = _span(project, "Nu har vi dialog med nämnden om vad som är möjligt.")
    coding = project.add_coding("aby_01", start, end, "mission_dialogue", "karin", memo="klart")
    assert (coding.code, coding.coder, coding.layer, coding.origin) == (
        "mission_dialogue",
        "karin",
        "coder",
        "manual",
    )
    listed = project.codings("aby_01.txt", "karin")
    assert [c.id for c in listed] == [coding.id]
    assert project.coding_texts(listed) == ["Nu har vi dialog med nämnden om vad som är möjligt."]
    assert project.memos("coding", coding.id)[0].text == "klart"
    assert project.statuses("karin")[coding.document_id] == "in_progress"
    assert project.statuses("johan")[coding.document_id] == "todo"


@pytest.mark.parametrize(
    ("start", "end", "message"),
    [
        (-1, 5, "outside document"),
        (0, 10_000, "outside document"),
        (7, 7, "empty span"),
        (9, 3, "empty span"),
    ],
)
def test_bad_offsets_write_nothing(project: Project, start: int, end: int, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        project.add_coding("aby_01", start, end, "integration", "karin")
    assert project.codings() == []


def test_whitespace_only_span_is_refused(project: Project) -> None:
    text = project.document("aby_01").text
    gap = text.index("\n\n")
    with pytest.raises(ValidationError, match="only whitespace"):
        project.add_coding("aby_01", gap, gap + 2, "integration", "karin")


def test_unknown_code_coder_document(project: Project) -> None:
    with pytest.raises(NotFoundError, match="unknown code 'nope'"):
        project.add_coding("aby_01", 0, 5, "nope", "karin")
    with pytest.raises(NotFoundError, match="unknown coder 'olle'"):
        project.add_coding("aby_01", 0, 5, "integration", "olle")
    with pytest.raises(NotFoundError, match="no document 'ekstad'"):
        project.add_coding("ekstad", 0, 5, "integration", "karin")
    assert project.codings() == []


def test_document_reference_by_prefix_and_ambiguity(project: Project) -> None:
    doc = project.documents()[0]
    assert project.document(doc.id[:8]).id == doc.id
    project.import_text("aby_01.md", "I: Hej.\n\nR: Hej hej, det var länge sedan.", lang="sv")
    with pytest.raises(AmbiguousError, match="several documents"):
        project.document("aby_01")
    assert project.document("aby_01.txt").id == doc.id


def test_remove_is_soft_and_audited(project: Project) -> None:
    start, end = _span(project, "Arbetsmiljöproblemen var stora.")
    coding = project.add_coding("aby_01", start, end, "integration", "johan")
    project.remove_coding(coding.id[:8], actor="johan")
    assert project.codings() == []
    kept = project.codings(include_deleted=True)
    assert [c.id for c in kept] == [coding.id] and kept[0].deleted_at
    assert project.audit()[-1].action == "coding.remove"
    with pytest.raises(ValidationError, match="already removed"):
        project.remove_coding(coding.id)


def test_merge_moves_codings_and_keeps_history(project: Project) -> None:
    start, end = _span(project, "Ärendemängden var för hög för socialsekreterarna.")
    coding = project.add_coding("aby_01", start, end, "caseload", "karin")
    moved = project.merge_codes("caseload", "integration", actor="lena")
    assert moved == [coding.id]
    assert project.codings()[0].code == "integration"
    assert "caseload" not in {c.key for c in project.codebook()}
    retired = [c for c in project.codebook(include_deleted=True) if c.key == "caseload"]
    assert retired and retired[0].deleted_at
    entry = project.audit()[-1]
    assert entry.action == "code.merge" and entry.payload["codings"] == [coding.id]
    assert entry.actor == "lena"


def test_rename_keeps_codings(project: Project) -> None:
    start, end = _span(project, "Arbetsmiljöproblemen var stora.")
    project.add_coding("aby_01", start, end, "integration", "karin")
    project.rename_code("integration", "work_quality", names={"en": "Work and quality"})
    assert project.codings()[0].code == "work_quality"
    assert project.code("work_quality").names["en"] == "Work and quality"
    with pytest.raises(ValidationError, match="already exists"):
        project.rename_code("work_quality", "mission_dialogue")
    with pytest.raises(NotFoundError):
        project.rename_code("integration", "x")


def test_loading_codebook_again_updates_without_dropping(project: Project) -> None:
    from tests.conftest import small_codebook

    start, end = _span(project, "Arbetsmiljöproblemen var stora.")
    project.add_coding("aby_01", start, end, "integration", "karin")
    report = project.apply_codebook(small_codebook())
    assert report.unchanged == ["mission_dialogue", "integration", "caseload"]
    assert len(project.codings()) == 1


def test_frames(project: Project) -> None:
    start, end = _span(project, "Arbetsmiljöproblemen var stora.")
    project.add_coding("aby_01", start, end, "integration", "karin")
    frames = project.frames()
    assert frames["documents"].loc[0, "municipality"] == "Åby"
    assert set(frames["codes"]["key"]) == {"mission_dialogue", "integration", "caseload"}
    row = frames["codings"].iloc[0]
    assert (row["code"], row["coder"], row["text"]) == (
        "integration",
        "karin",
        "Arbetsmiljöproblemen var stora.",
    )
    assert frames["codes"].set_index("key").loc["caseload", "parent"] == "integration"


def test_duplicate_coder_and_bad_role(project: Project) -> None:
    with pytest.raises(ValidationError, match="already exists"):
        project.add_coder("karin")
    with pytest.raises(ValidationError, match="unknown role"):
        project.add_coder("olle", role="boss")
