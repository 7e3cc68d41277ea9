"""A .qdpx export holds a document at a time (perf45): it read every text, their
pseudonymised copies, every coding and the whole archive into memory, and copied the
archive twice more for the read-back and the writing, so a study whose project.qde passed
2 GiB peaked at 10.9 GB. Here the same export of 4 and of 16 documents of 100 kB: what the
export allocates at its peak may grow with the codings' ids, never with the texts (before:
6.5 MB more for 1.2 MB more text; now about 0.2 MB). The file still holds every text,
pseudonymised, and every coding on its words."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from benchmarks.study_words import WORDS as STUDY_WORDS
from qualcode import Project
from tests.export.qdpx_kit import peak_allocated, study_sized

pytestmark = pytest.mark.slow  # megabytes of text through the key, under tracemalloc

WORDS = [*STUDY_WORDS[:10], "i", "Åby"]  # Åby, on the key, in every paragraph or so
SIZE = 100_000  # characters of each document


def _project(path: Path, documents: int) -> Project:
    """A lead's project of ``documents`` transcripts of SIZE characters, a coding on every
    tenth paragraph, Åby on the key (``qdpx_kit.study_sized``)."""
    return study_sized(path, documents, WORDS, seed=5, places=[("Åby", "Kommun A")], size=SIZE)


def _peak(tmp_path: Path, documents: int) -> tuple[int, int, Path]:
    """What the second export of the project allocates at its peak (the first imports
    the modules it uses), the project's text in characters, and the file."""
    folder = tmp_path / str(documents)
    folder.mkdir()
    with _project(folder / "p.db", documents) as project:
        target = folder / "p.qdpx"
        project.export_qdpx(target)
        peak = peak_allocated(lambda: project.export_qdpx(target, force=True))
        text = sum(project.store.documents.text_length(d.id) for d in project.documents())
    return peak, text, target


def test_the_export_holds_one_document_at_a_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QUALCODE_SEMANTIC", "off")
    few, few_text, _ = _peak(tmp_path, 4)
    many, many_text, written = _peak(tmp_path, 16)
    # all texts held at once, twice over, grew the peak by several times the text added
    assert many - few < many_text - few_text, (few, many)
    with zipfile.ZipFile(written) as archive:
        texts = [archive.read(n) for n in archive.namelist() if n.startswith("sources/")]
        qde = archive.read("project.qde")
    assert len(texts) == 16 and all(b"Kommun A" in t and "Åby".encode() not in t for t in texts)
    assert qde.count(b"<PlainTextSelection ") == sum(len(t.split(b"\n\n")[::10]) for t in texts)
