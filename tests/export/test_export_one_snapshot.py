"""An export reads the project as it stood when it began (red team 19). It reads table
by table: the codings for a theme's counts, then the texts for its quotes, then the
coders' codings again for the agreement and its methods paragraph. A coder coding in
between (here johan, from a connection of his own, as his laptop's TUI would) made one
summary report two projects: the themes counted before his coding, the agreement and
the methods paragraph after it. Every export now reads in one read transaction."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from qualcode import Project
from qualcode.store.documents import DocumentRepo
from tests.conftest import finish_first_unit, team_project


@pytest.fixture
def agreed(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    """karin and johan both coded the first sentence and marked the document done."""
    path = tmp_path / "p.db"
    project, doc = team_project(path)
    with project:
        finish_first_unit(project, doc, coded_by=("karin", "johan"))
    yield path, doc


def _figures(project: Project) -> tuple[Any, ...]:
    summary = project.build_summary("coder", viewer="lena")
    assert summary.agreement is not None
    counts = [(t.key, t.segments, t.words, t.documents) for t in summary.themes]
    # as text: an interval that cannot be given is NaN, and NaN equals no other NaN
    return counts, summary.methods, summary.agreement.astype(str).to_dict()


def _johan_codes_meanwhile(monkeypatch: pytest.MonkeyPatch, path: Path, doc: str) -> None:
    """When the export first reads the texts, johan codes the second sentence."""
    read = DocumentRepo.texts
    done: list[bool] = []

    def texts(repo: DocumentRepo, doc_ids: Any) -> dict[str, str]:
        if not done:
            done.append(True)
            with Project.open(path) as johan:
                johan.act_as("johan", "johan")
                unit = johan.units(doc)[1]
                johan.add_coding(doc, unit.start, unit.end, "mission", "johan")
        return read(repo, doc_ids)

    monkeypatch.setattr(DocumentRepo, "texts", texts)


def test_a_summary_counts_one_state_of_the_project(
    agreed: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, doc = agreed
    with Project.open(path) as lena:
        lena.act_as("lena", "lena")
        before = _figures(lena)
        _johan_codes_meanwhile(monkeypatch, path, doc)
        during = _figures(lena)
        assert during == before  # all of it as it stood when the export began
        after = _figures(lena)
    assert after != before  # johan's coding is there for the next export
    assert after[0] != before[0] and after[1] != before[1]
