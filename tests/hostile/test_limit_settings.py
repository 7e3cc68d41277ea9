"""A size limit set to no number at all (red team 32). ``$QUALCODE_MAX_FILE_MB=nan`` (or
``inf``) ended every import and codebook load in a traceback ('cannot convert float NaN to
integer'), and ``-1`` refused every file as 'larger than the limit of -1 MB'.
``$QUALCODE_MAX_ZIP_RATIO=nan`` compared false with every member, so no .docx or .odt was
ever refused as a zip bomb, without a word; ``$QUALCODE_MAX_UNZIP_MB=nan`` was a traceback.
Each is refused in one line naming the setting, and nothing is read or written."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from qualcode.errors import IngestError, QualcodeError
from qualcode.userfile import max_file_bytes
from qualcode.zipguard import check_archive, max_unzip_bytes
from tests.conftest import team_project
from tests.hostile.hostile_kit import refused_here

BAD = ["nan", "inf", "-inf", "1e400", "-1", "0"]


@pytest.mark.parametrize("value", BAD)
def test_a_file_limit_that_is_no_size(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv("QUALCODE_MAX_FILE_MB", value)
    with pytest.raises(QualcodeError, match=r"\$QUALCODE_MAX_FILE_MB=.* above 0"):
        max_file_bytes(QualcodeError)


@pytest.mark.parametrize("value", ["nan", "-1"])
def test_the_cli_says_so_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    made, _ = team_project(tmp_path / "p.db")
    made.close()
    (tmp_path / "ip2.txt").write_text("R: Vi pratade om budgeten i nämnden.\n", encoding="utf-8")
    monkeypatch.setenv("QUALCODE_MAX_FILE_MB", value)
    said = refused_here(tmp_path / "p.db", "import", str(tmp_path / "ip2.txt"), coder="lena")
    assert "QUALCODE_MAX_FILE_MB" in said


@pytest.mark.parametrize("env", ["QUALCODE_MAX_ZIP_RATIO", "QUALCODE_MAX_UNZIP_MB"])
@pytest.mark.parametrize("value", ["nan", "inf"])
def test_a_zip_limit_that_is_no_number_keeps_no_bomb_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, env: str, value: str
) -> None:
    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"\0" * (20 * 1024 * 1024))
    monkeypatch.setenv(env, value)
    with zipfile.ZipFile(path) as archive, pytest.raises(IngestError, match=f"\\${env}="):
        check_archive(archive, "bomb.docx")


@pytest.mark.parametrize("value", ["1e-9", "0.0000001"])
def test_a_file_limit_of_no_whole_byte_is_refused(
    monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    # above 0 but 0 bytes once multiplied out: it had let through a limit of 0 bytes, so
    # every file was refused as larger than the limit
    monkeypatch.setenv("QUALCODE_MAX_FILE_MB", value)
    with pytest.raises(QualcodeError, match=r"\$QUALCODE_MAX_FILE_MB=.* above 0"):
        max_file_bytes(QualcodeError)


def test_an_unzip_limit_of_no_whole_byte_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QUALCODE_MAX_UNZIP_MB", "1e-9")
    with pytest.raises(IngestError, match=r"\$QUALCODE_MAX_UNZIP_MB=.* 0 counted in bytes"):
        max_unzip_bytes()
