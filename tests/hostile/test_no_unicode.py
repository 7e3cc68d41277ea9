"""Text that is no Unicode. A command-line argument holding bytes the terminal could not
decode (a memo or a file name typed on a system set to Latin-1) reaches Python as a lone
surrogate such as U+DCFF; every statement binding it was a UnicodeEncodeError traceback,
a lookup as much as a write. An RTF file with an emoji (written as two UTF-16 halves) was
the same traceback at import. Now: the emoji imports as itself, a half without its partner
as U+FFFD, and an argument or a text that holds one is refused in one line, nothing
written."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import IngestError, ValidationError
from tests.conftest import team_project
from tests.hostile.hostile_kit import qualcode, refused_here


@pytest.fixture
def study(tmp_path: Path) -> Path:
    path = tmp_path / "study.db"
    made, _ = team_project(path)
    made.close()
    return path


@pytest.mark.parametrize(
    "args",
    [
        ("code", "add", "--doc", "ip1", "--code", "mission", "--start", "3", "--end", "20",
         "--memo", "bra\udcff"),
        ("docs", "show", "ip1\udcff"),
        ("memo", "add", "--doc", "ip1", "anteckning \udce5"),
    ],
    ids=["memo-on-coding", "document-lookup", "document-memo"],
)  # fmt: skip
def test_an_argument_in_another_encoding_is_one_line(study: Path, args: tuple[str, ...]) -> None:
    stderr = refused_here(study, *args, coder="karin")
    assert "which is no character" in stderr.splitlines()[0], stderr


def test_a_whole_process_with_latin1_bytes_in_its_arguments(study: Path) -> None:
    # the bytes b"bra\xff" as the kernel hands them over: Python decodes them to U+DCFF
    got = qualcode(
        study, "code", "add", "--doc", "ip1", "--code", "mission", "--start", "3",
        "--end", "20", "--memo", "bra\udcff", coder="karin",
    )  # fmt: skip
    assert got.status == 1 and "Traceback" not in got.stderr, got.stderr
    assert got.stderr.startswith("error: 'bra\\udcff' holds U+DCFF, which is no character")
    with Project.open(study) as project:
        project.act_as("karin", "karin")
        assert project.codings() == []


def test_rtf_characters_beyond_the_basic_plane(study: Path, tmp_path: Path) -> None:
    emoji = tmp_path / "emoji.rtf"
    emoji.write_text(
        r"{\rtf1\ansi\uc1 I: Hej \u-10179?\u-8704? d\u228?r.\par R: Ja visst.\par}",
        encoding="ascii",
    )
    half = tmp_path / "half.rtf"
    half.write_text(r"{\rtf1\ansi\uc1 I: Hej \u-10240? igen.\par R: Ja.\par}", encoding="ascii")
    with Project.open(study) as project:
        project.act_as("lena", "lena")
        report = project.import_files([emoji, half])
        assert not report.failed, report.failed
        texts = [project.document(d.id).text for d in report.imported]
    assert texts == ["I: Hej \U0001f600 där.\n\nR: Ja visst.", "I: Hej \ufffd igen.\n\nR: Ja."]


def test_import_text_with_a_lone_surrogate(study: Path) -> None:
    with Project.open(study) as project:
        project.act_as("lena", "lena")
        with pytest.raises(IngestError, match=r"s\.txt: line 2: U\+DCE5 is no character"):
            project.import_text("s.txt", "I: Hej.\nR: Ja \udce5.\n", lang="sv")
        with pytest.raises(ValidationError, match="which is no character"):
            project.document("ip1\udcff")
        assert [d.name for d in project.documents()] == ["ip1.txt"]
