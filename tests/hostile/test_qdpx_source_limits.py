"""A source inside a .qdpx meets the limits a transcript file meets (red team, round 12).

``qualcode import`` refuses a line of megabytes or millions of lines before the language
models spend minutes and gigabytes on them (``ingest.check_text``). A source in a .qdpx
was never asked: a 5.6-million-character line came in through ``import-qdpx`` as a
document. The limits are lowered here so the files stay small; the rule is the same.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import IngestError
from tests.hostile.export_kit import build_project, rewritten, run


@pytest.fixture
def exported(tmp_path: Path) -> tuple[Path, str]:
    project = build_project(tmp_path / "p.db")
    archive = tmp_path / "a.qdpx"
    assert run(project, "export", "qdpx", "-o", str(archive))[0] == 0
    with zipfile.ZipFile(archive) as read:
        source = next(n for n in read.namelist() if n.startswith("sources/"))
    return archive, source


@pytest.mark.parametrize(
    ("variable", "limit", "added", "said"),
    [
        ("QUALCODE_MAX_LINE_CHARS", "2000", "\nR: " + "ord " * 1000, "characters, more than"),
        ("QUALCODE_MAX_LINES", "40", "\nR: ja." * 60, "lines of text, more than"),
    ],
    ids=["line", "lines"],
)
def test_a_source_past_a_limit_is_refused(
    exported: tuple[Path, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    variable: str,
    limit: str,
    added: str,
    said: str,
) -> None:
    archive, source = exported
    monkeypatch.setenv(variable, limit)
    padded = rewritten(archive, source, lambda text: text + added)
    with Project.create(tmp_path / "new.db") as project:
        with pytest.raises(IngestError) as refused:
            project.import_qdpx(padded)
        message = str(refused.value)
        assert message.startswith("b.qdpx: source 'aby_01.txt': ") and said in message, message
        assert project.documents() == [] and project.codebook() == []
        project.import_qdpx(archive)  # the same file within the limits imports
        assert len(project.documents()) == 1
