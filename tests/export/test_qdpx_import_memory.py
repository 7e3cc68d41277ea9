"""A .qdpx import holds a source at a time (mem46): it parsed project.qde as one tree and
held every source's text, its mended copy, its turns and its sentence units until the
write transaction ended, 954 MB at its peak for a study of 100 MB of text. Here the same
import of 4 and of 16 transcripts of 100 kB: what it allocates at its peak may grow with
the codings' ids, never with the texts. Every document, its sentence units and every
coding still arrive."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from qualcode import Project
from tests.export.qdpx_kit import peak_allocated, study_sized

pytestmark = pytest.mark.slow  # megabytes of text segmented, under tracemalloc

WORDS = ["vi", "pratade", "om", "uppdraget", "med", "nämnden", "och", "arbetsmiljön", "i"]
SIZE = 100_000  # characters of each document


def _qdpx(folder: Path, documents: int) -> Path:
    """A lead's .qdpx of ``documents`` transcripts of SIZE characters, a coding on every
    tenth paragraph (``qdpx_kit.study_sized``)."""
    with study_sized(folder / "study.db", documents, WORDS, seed=7, size=SIZE) as project:
        project.export_qdpx(folder / "study.qdpx")
    return folder / "study.qdpx"


def _peak(tmp_path: Path, documents: int) -> tuple[int, int, Project]:
    """What the second import of the file allocates at its peak (the first imports the
    modules it uses), the file's text in characters, and the project it went into."""
    folder = tmp_path / str(documents)
    folder.mkdir()
    qdpx = _qdpx(folder, documents)
    with Project.create(folder / "first.db") as first:
        first.import_qdpx(qdpx)
    project = Project.create(folder / "team.db")
    peak = peak_allocated(lambda: project.import_qdpx(qdpx))
    text = sum(project.store.documents.text_length(d.id) for d in project.documents())
    return peak, text, project


def test_the_import_holds_one_source_at_a_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QUALCODE_SEMANTIC", "off")
    few, few_text, small = _peak(tmp_path, 4)
    small.close()
    many, many_text, project = _peak(tmp_path, 16)
    with project:
        # every text and its units held at once grew the peak by several times the text
        assert many - few < many_text - few_text, (few, many)
        documents = project.documents()
        assert len(documents) == 16 and all(project.store.documents.units(d.id) for d in documents)
        with zipfile.ZipFile(tmp_path / "16" / "study.qdpx") as archive:
            selections = archive.read("project.qde").count(b"<PlainTextSelection ")
        assert sum(len(project.codings(d.id)) for d in documents) == selections > 16
