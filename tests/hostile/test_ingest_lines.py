"""Red team leftover: a 50 MB transcript of very short lines (millions of speaker turns)
took about 4 GB to import; each line may become a turn and each turn costs memory through
segmentation. A document with more lines of text than ``$QUALCODE_MAX_LINES`` (default
500,000; an hour of interview is about a thousand) is refused in one line before turns are
found or spaCy is loaded, from a file and from ``import_text`` alike; blank lines do not
count, so double-spaced transcripts are not penalised.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import IngestError
from qualcode.ingest import DEFAULT_MAX_LINES, check_text
from tests.hostile.hostile_kit import counts
from tests.hostile.hostile_kit import refused_here as refused

SHORT = "I: ja\nElin: nej.\n"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    path = tmp_path / "p.db"
    Project.create(path).close()
    return path


def test_a_file_of_too_many_lines_is_refused_naming_the_limit(
    project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    many = tmp_path / "many.txt"
    many.write_text(SHORT * 600, encoding="utf-8")  # 1,200 lines
    monkeypatch.setenv("QUALCODE_MAX_LINES", "1000")
    before = counts(project)
    message = refused(project, "import", str(many))
    assert "many.txt: 1,200 lines of text, more than the limit of 1,000" in message
    assert "$QUALCODE_MAX_LINES" in message and message.count("\n") == 1
    assert counts(project) == before


def test_blank_lines_do_not_count(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QUALCODE_MAX_LINES", "1000")
    spaced = "I: ja\n\n  \nElin: nej.\n\n" * 400  # 800 lines of text, 2,000 in all
    check_text("spaced.txt", spaced)
    with Project.open(project) as p:
        p.import_text("spaced.txt", spaced, lang="sv")
        assert len(p.documents()) == 1


def test_import_text_is_held_to_the_same_limit(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QUALCODE_MAX_LINES", "10")
    with Project.open(project) as p:
        with pytest.raises(
            IngestError, match=r"t\.txt: 12 lines of text, more than the limit of 10"
        ):
            p.import_text("t.txt", SHORT * 6, lang="sv")
        assert p.documents() == []


def test_subtitles_are_held_to_it_too(
    project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cues = "".join(
        f"{i}\n00:00:{i % 60:02d},000 --> 00:00:{i % 60:02d},500\n"
        f"{'Elin' if i % 2 else 'I'}: ord {i}\n\n"
        for i in range(1, 31)
    )
    srt = tmp_path / "t.srt"
    srt.write_text(cues, encoding="utf-8")
    monkeypatch.setenv("QUALCODE_MAX_LINES", "20")
    assert "t.srt: 30 lines of text, more than the limit of 20" in refused(
        project, "import", str(srt)
    )


def test_a_bad_setting_is_one_line(
    project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    doc = tmp_path / "a.txt"
    doc.write_text("R: hej\n", encoding="utf-8")
    for raw, said in (("lots", "is not a whole number"), ("0", "must be at least 1")):
        monkeypatch.setenv("QUALCODE_MAX_LINES", raw)
        assert f"$QUALCODE_MAX_LINES={raw!r} {said}" in refused(project, "import", str(doc))


def test_the_default_leaves_a_long_transcript_alone() -> None:
    long = "I: Hur var det?\nElin: Det var bra, tycker jag.\n" * 20_000  # 40,000 lines
    check_text("long.txt", long)
    assert DEFAULT_MAX_LINES >= 100 * 1_000  # a hundred hours of interview in one file


@pytest.mark.parametrize("end", ["\r\n", "\r"])
def test_windows_and_old_mac_line_ends_count_the_same(
    project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, end: str
) -> None:
    monkeypatch.setenv("QUALCODE_MAX_LINES", "1000")
    many = tmp_path / "many.txt"
    many.write_bytes(SHORT.replace("\n", end).encode("utf-8") * 600)
    assert "many.txt: 1,200 lines of text, more than the limit of 1,000" in refused(
        project, "import", str(many)
    )
    fine = tmp_path / "fine.txt"
    fine.write_bytes(("I: ja" + end + end + "Elin: nej." + end).encode("utf-8") * 400)
    with Project.open(project) as p:
        assert not p.import_files([fine], lang="sv").failed
