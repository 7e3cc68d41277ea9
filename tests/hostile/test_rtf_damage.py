"""A damaged RTF file is refused in one line naming the file and what is wrong, and nothing
of it is imported; a sound one with a picture's binary run imports (small35a).

striprtf failed in Python's words ("Python int too large to convert to C int", "'charmap'
codec can't decode byte 0x81", "invalid literal for int() with base 10: ''"), read some
damage as text (a number's last digits in the transcript, a binary run's bytes), and a
picture's zero bytes refused a sound file as "binary data". Written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from tests.hostile.hostile_kit import refused_here

SOUND = rb"{\rtf1\ansi\ansicpg1252\uc1 I: Hur m\'e5r du?\par R: Bra, tack.\par}"
PICTURE = bytes(range(256)) * 4  # every byte: zeros, braces, backslashes


def _rtf(middle: bytes) -> bytes:
    return rb"{\rtf1\ansi\uc1 I: Hur m\'e5r du?\par" + b"\n" + middle + rb" R: Bra.\par}"


DAMAGED = [
    (_rtf(rb"R: \u99999999999 ja"), r"line 2: \u99999999999 has a number longer than RTF allows"),
    (_rtf(rb"R: \u1114112 ja"), r"line 2: \u1114112 is no character"),
    (_rtf(rb"R: \u-70000 ja"), r"line 2: \u-70000 is no character"),
    (_rtf(rb"\uc R: ja"), r"line 2: \uc is no count of stand-in characters (0 to 16)"),
    (_rtf(rb"\uc999 R: ja"), r"line 2: \uc999 is no count of stand-in characters"),
    (_rtf(rb"\fs99999999999 R: ja"), r"line 2: \fs99999999999 has a number longer than"),
    (_rtf(b"\\" + b"x" * 40 + b" R: ja"), "line 2: \\" + "x" * 32 + "… is longer than"),
    (rb"{\rtf1\ansi\ansicpg1252 R: h\'81j\par}", r"\'81 is no character in its code page"),
    (rb"{\rtf1\ansi\ansicpg4711 R: ja\par}", r"line 1: \ansicpg4711 names no code page"),
    (_rtf(rb"{\*\pict\bin99999 " + PICTURE + b"}"), r"line 2: \bin99999 says 99,999 bytes"),
    (_rtf(rb"{\*\pict\bin-4 abcd}"), r"line 2: \bin-4 gives no length"),
    (_rtf(rb"{\*\pict\bin99999999999 abcd}"), r"line 2: \bin99999999999 gives no length"),
    (bytes(range(1, 256)) * 40, r"not an RTF file (no {\rtf header)"),
    (b"\x89PNG\r\n\x1a\n" + PICTURE, r"not an RTF file (no {\rtf header)"),
    (SOUND[:-9], "1 group never closed: truncated?"),
]


@pytest.fixture
def project(tmp_path: Path) -> Project:
    return Project.create(tmp_path / "p.db")


IDS = "u-long u-past-unicode u-below uc-none uc-999 fs-long word-long hex-81 ansicpg-4711"
IDS += " bin-past-end bin-negative bin-long junk-bytes png-named-rtf truncated"


@pytest.mark.parametrize(("body", "why"), DAMAGED, ids=IDS.split())
def test_a_damaged_rtf_is_refused_in_one_line_and_nothing_is_imported(
    project: Project, tmp_path: Path, body: bytes, why: str
) -> None:
    path = tmp_path / "intervju.rtf"
    path.write_bytes(body)
    report = project.import_files([path], lang="sv")
    assert not report.imported
    [(name, reason)] = report.failed
    assert name == "intervju.rtf"
    assert why in reason, reason
    assert "\n" not in reason and len(reason) < 200
    assert project.documents() == []


def test_the_command_line_says_it_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    Project.create(path).close()
    rtf = tmp_path / "trasig.rtf"
    rtf.write_bytes(_rtf(rb"R: \u99999999999 ja"))
    message = refused_here(path, "import", str(rtf))
    assert r"trasig.rtf: broken RTF (line 2: \u99999999999 has a number" in message


@pytest.mark.parametrize(
    "picture",
    [
        rb"{\*\pict\pngblip\bin1024 " + PICTURE + b"}",  # any byte, zeros and braces too
        rb"{\*\pict\pngblip\bin1024" + b" " + PICTURE + rb"}\binfsxn1",
        rb"\binfsxn1\binsxn2{\*\pict\pngblip 89504e47}",  # a paper tray, a hex picture
    ],
    ids=["binary-run", "run-and-tray", "tray-and-hex-picture"],
)
def test_a_sound_rtf_with_a_picture_imports_its_text(
    project: Project, tmp_path: Path, picture: bytes
) -> None:
    path = tmp_path / "bild.rtf"
    path.write_bytes(_rtf(picture))
    report = project.import_files([path], lang="sv")
    assert not report.failed, report.failed
    [doc] = report.imported
    lines = project.document(doc.id).text.splitlines()
    assert [line.strip() for line in lines if line] == ["I: Hur mår du?", "R: Bra."]
