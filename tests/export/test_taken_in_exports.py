"""What leaves the project says a document taken from one coder as such (user50): the
summary's reconciliation and methods paragraphs count it apart, in English and Swedish,
never among the passages "the coders agreed" on, and a .qdpx carries its codings in the
consensus layer as it carries every decision's."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from tests.project.test_taken_from_one_coder import team


@pytest.fixture
def taken(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The interview both coders finished, confirmed; the plan anna alone finished, taken."""
    monkeypatch.delenv("QUALCODE_CODER", raising=False)
    project, _, plan, _ = team(tmp_path / "p.db")
    with project:
        project.set_status(plan, "anna", "done")
        project.confirm_agreements("lena")
        project.take_one_coder("plan.txt", "lena")
    return tmp_path / "p.db"


@pytest.mark.parametrize(
    ("lang", "reconciled", "methods"),
    [
        (
            "en",
            "confirmed 1 passage the coders agreed on into the consensus. 1 document was coded"
            " by one coder and taken into the consensus as coded.",
            "1 document was coded by one coder and taken into the consensus as coded;"
            " agreement does not count it.",
        ),
        (
            "sv",
            "förde in 1 passage där kodarna var överens i konsensus. 1 dokument kodades av en"
            " kodare och fördes in i konsensus som det kodats.",
            "1 dokument kodades av en kodare och fördes in i konsensus som det kodats;"
            " överensstämmelsen räknar inte det.",
        ),
    ],
)
def test_the_summary_says_it_apart(
    taken: Path, tmp_path: Path, lang: str, reconciled: str, methods: str
) -> None:
    target = tmp_path / f"summary_{lang}.md"
    with Project.open(taken) as project:
        assert project.report_layer("lena") == "consensus"
        project.export_summary(target, lang=lang, viewer="lena")
    text = " ".join(target.read_text("utf-8").split())
    assert reconciled in text
    assert methods in text
    # one passage agreed, the plan's two codings apart: never "2 passages" or "3 passages"
    assert "3 passages" not in text and "3 passager" not in text


def test_the_qdpx_carries_it_in_the_consensus(taken: Path, tmp_path: Path) -> None:
    with Project.open(taken) as project:
        project.export_qdpx(tmp_path / "p.qdpx", viewer="lena")
        plan = project.store.documents.resolve("plan.txt")
        expected = sorted(
            (c.start, c.end, c.code)
            for c in project.codings(layer="consensus")
            if c.document_id == plan
        )
    assert len(expected) == 2
    with Project.create(tmp_path / "other.db") as other:
        other.import_qdpx(tmp_path / "p.qdpx")
        plan = other.store.documents.resolve("plan.txt")
        assert (
            sorted(
                (c.start, c.end, c.code)
                for c in other.codings(layer="consensus")
                if c.document_id == plan
            )
            == expected
        )
