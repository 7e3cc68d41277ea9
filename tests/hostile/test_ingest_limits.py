"""Unbounded input (issue 11 item 6), the part done: a file over the size limit is refused
before it is read, and names with line breaks or control characters are refused."""

from __future__ import annotations

import itertools
import os
from pathlib import Path

import pytest

from qualcode import Project
from tests.hostile.hostile_kit import refused


@pytest.fixture
def project(tmp_path: Path) -> Path:
    path = tmp_path / "p.db"
    Project.create(path).close()
    return path


def test_a_file_over_the_size_limit_is_refused_before_reading(
    project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"R: " + b"ord " * (600 * 1024))  # 2.4 MB, one line
    monkeypatch.setenv("QUALCODE_MAX_FILE_MB", "1")
    assert os.environ["QUALCODE_MAX_FILE_MB"] == "1"
    message = refused(project, "import", str(big))
    assert "big.txt: 2.3 MB is larger than the limit of 1 MB" in message
    assert message.count("\n") == 1


@pytest.mark.parametrize("name", ["kar\nin", "kar\tin", "kar\x07in", "kar\x1bin"])
def test_a_coder_name_with_control_characters_is_refused(project: Path, name: str) -> None:
    message = refused(project, "coder", "add", name)
    assert "line break, tab or control character" in message


def test_a_five_megabyte_single_line_is_refused_naming_the_line_limit(
    project: Path, tmp_path: Path
) -> None:
    long = tmp_path / "long.txt"
    long.write_bytes(b"R: " + b"ord " * (1300 * 1024))  # 5.2 MB on one line
    message = refused(project, "import", str(long))
    assert "long.txt: line 1 has 5,324,802 characters, more than the limit of 100,000" in message
    assert "$QUALCODE_MAX_LINE_CHARS" in message


def test_a_bad_line_limit_setting_is_one_line(
    project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    doc = tmp_path / "a.txt"
    doc.write_text("R: hej\n", encoding="utf-8")
    monkeypatch.setenv("QUALCODE_MAX_LINE_CHARS", "lots")
    assert "$QUALCODE_MAX_LINE_CHARS='lots' is not a whole number" in refused(
        project, "import", str(doc)
    )


def test_a_turn_longer_than_spacy_accepts_is_segmented_in_pieces_with_true_offsets() -> None:
    from qualcode.nlp.units import CHUNK_CHARS, segment

    sentence = "Jag tycker att det var svårt i början. "
    text = (sentence * (1_100_000 // len(sentence))).strip()  # over spaCy's 1M limit
    assert len(text) > 1_000_000 > CHUNK_CHARS
    units = segment(text, [], "sv")
    assert len(units) > 20_000
    assert all(0 <= u.start < u.end <= len(text) for u in units)
    assert all(text[u.start : u.end] == text[u.start : u.end].strip() for u in units)
    assert units[0].start == 0 and units[-1].end == len(text)
    assert all(a.end <= b.start for a, b in itertools.pairwise(units))
