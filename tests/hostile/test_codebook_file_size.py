"""A codebook file is held to a size no real codebook reaches ($QUALCODE_MAX_CODEBOOK_MB,
default 10), far under a transcript's 50 MB: a 26 MB YAML of 983k entries passed the file
limit and was refused by the entry limit only after 42 s of CPU parsing it (hostile48).
Refused in one line before a byte is read, naming the limit and the setting that raises
it; a lowered $QUALCODE_MAX_FILE_MB still holds for codebooks."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.codebook.csv_io import read_codebook_csv
from qualcode.codebook.yaml_io import load_codebook
from qualcode.errors import CodebookError
from tests.hostile.hostile_kit import refused_here

BUNDLED = Path(__file__).parents[2] / "codebooks"


def _just_over(path: Path, megabytes: float) -> Path:
    """A file one byte over ``megabytes``, written sparse (nothing is written but its end)."""
    with path.open("wb") as out:
        out.truncate(int(megabytes * 1024 * 1024) + 1)
    return path


@pytest.mark.parametrize("name", ["big.yaml", "big.csv"])
def test_a_codebook_just_over_ten_megabytes_is_refused_unread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    monkeypatch.delenv("QUALCODE_MAX_CODEBOOK_MB", raising=False)
    monkeypatch.delenv("QUALCODE_MAX_FILE_MB", raising=False)
    big = _just_over(tmp_path / name, 10)
    read = load_codebook if name.endswith(".yaml") else read_codebook_csv
    with pytest.raises(CodebookError) as refused:
        read(big)
    assert str(refused.value) == (
        f"{name}: 10.0 MB is larger than the limit of 10 MB for a codebook file "
        "(set $QUALCODE_MAX_CODEBOOK_MB to allow more)"
    )


def test_the_setting_raises_and_lowers_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    """The bundled turning points (68 kB) against a limit of 0.05 MB, then of 0.07."""
    monkeypatch.setenv("QUALCODE_MAX_CODEBOOK_MB", "0.05")
    with pytest.raises(CodebookError, match=r"limit of 0\.05 MB for a codebook file"):
        load_codebook(BUNDLED / "turning_points.yaml")
    assert load_codebook(BUNDLED / "trust.yaml").codes  # 9 kB, under it
    monkeypatch.setenv("QUALCODE_MAX_CODEBOOK_MB", "0.07")
    assert load_codebook(BUNDLED / "turning_points.yaml").codes


def test_a_lowered_file_limit_holds_for_a_codebook_too(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QUALCODE_MAX_FILE_MB", "0.05")
    with pytest.raises(CodebookError) as refused:
        load_codebook(BUNDLED / "turning_points.yaml")
    assert str(refused.value).endswith(
        "limit of 0.05 MB for a codebook file (set $QUALCODE_MAX_FILE_MB to allow more)"
    )


def test_codebook_load_says_it_in_one_line_and_loads_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("QUALCODE_MAX_CODEBOOK_MB", raising=False)
    with Project.create(tmp_path / "p.db") as made:
        made.add_coder("lena", role="lead")
    big = _just_over(tmp_path / "kodbok.yaml", 10)
    said = refused_here(tmp_path / "p.db", "codebook", "load", str(big), coder="lena")
    assert " ".join(said.split()) == (
        "error: kodbok.yaml: 10.0 MB is larger than the limit of 10 MB for a codebook file "
        "(set $QUALCODE_MAX_CODEBOOK_MB to allow more)"
    )
