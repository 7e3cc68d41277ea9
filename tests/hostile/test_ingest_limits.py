"""Unbounded input (issue 11 item 6), the part done: a file over the size limit is refused
before it is read, and names with line breaks or control characters are refused."""

from __future__ import annotations

import itertools
import os
from pathlib import Path

import pytest

from qualcode import Project
from tests.hostile.hostile_kit import counts, qualcode, refused

# slow: builds and reads hostile archives (zip bombs, deep JSON) through the real readers
pytestmark = pytest.mark.slow


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


def _bomb(source: Path, target: Path, member: str, megabytes: int) -> Path:
    """A copy of ``source`` whose ``member`` is padded with ``megabytes`` MB of spaces,
    compressed to about a thousandth of that."""
    import zipfile

    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for info in old.infolist():
            if info.filename != member:
                new.writestr(info, old.read(info))
        info = zipfile.ZipInfo(member)
        info.compress_type = zipfile.ZIP_DEFLATED
        with new.open(info, "w", force_zip64=True) as out:  # streamed: the test stays small
            out.write(old.read(member)[:-1])
            block = b" " * (1 << 20)
            for _ in range(megabytes):
                out.write(block)
    return target


@pytest.fixture
def small_docx(tmp_path: Path) -> Path:
    import docx

    document = docx.Document()
    document.add_paragraph("R: Det var svårt i början.")
    path = tmp_path / "ok.docx"
    document.save(str(path))
    return path


def test_a_docx_zip_bomb_is_refused_by_its_declared_size(
    project: Path, tmp_path: Path, small_docx: Path
) -> None:
    bomb = _bomb(small_docx, tmp_path / "bomb.docx", "word/document.xml", 400)
    assert bomb.stat().st_size < 2 * 1024 * 1024
    message = refused(project, "import", str(bomb))
    assert "bomb.docx: refused as a possible zip bomb" in message
    assert "$QUALCODE_MAX_UNZIP_MB" in message


def test_a_docx_member_that_expands_too_many_times_is_refused(
    project: Path, tmp_path: Path, small_docx: Path
) -> None:
    bomb = _bomb(small_docx, tmp_path / "ratio.docx", "word/document.xml", 20)
    message = refused(project, "import", str(bomb))
    assert "ratio.docx: refused as a possible zip bomb: word/document.xml expands" in message
    assert "$QUALCODE_MAX_ZIP_RATIO" in message


def test_an_odt_zip_bomb_is_refused(project: Path, tmp_path: Path) -> None:
    import zipfile

    plain = tmp_path / "plain.odt"
    with zipfile.ZipFile(plain, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", "<a/>\n")
    bomb = _bomb(plain, tmp_path / "bomb.odt", "content.xml", 300)
    assert "bomb.odt: refused as a possible zip bomb" in refused(project, "import", str(bomb))


def test_reading_a_member_stops_at_the_limit_whatever_was_declared(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import zipfile

    from qualcode.errors import IngestError
    from qualcode.zipguard import read_member

    path = tmp_path / "a.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("big.xml", os.urandom(3 * 1024 * 1024))
    monkeypatch.setenv("QUALCODE_MAX_UNZIP_MB", "1")
    with zipfile.ZipFile(path) as archive, pytest.raises(IngestError, match="expands past 1 MB"):
        read_member(archive, "big.xml", "a.zip")
    monkeypatch.setenv("QUALCODE_MAX_UNZIP_MB", "5")
    with zipfile.ZipFile(path) as archive:
        assert len(read_member(archive, "big.xml", "a.zip")) == 3 * 1024 * 1024


@pytest.mark.parametrize(
    "body",
    ["[" * 100_000 + "]" * 100_000, '{"a":' * 50_000 + "1" + "}" * 50_000, "[" * 200_000],
    ids=["arrays", "objects", "unclosed"],
)
def test_a_deeply_nested_json_package_is_refused_on_merge(
    project: Path, tmp_path: Path, body: str
) -> None:
    package = tmp_path / "deep.json"
    package.write_text(body, encoding="utf-8")
    assert qualcode(project, "coder", "add", "karin", "--role", "lead").status == 0
    message = refused(project, "merge", str(package), coder="karin")
    assert "deep.json: not a qualcode coder package (nested more than 64 levels deep)" in message


def test_brackets_inside_strings_do_not_count_as_nesting() -> None:
    from qualcode.jsonguard import loads, nesting_depth

    text = '{"memo": "[[[[{{{{ \\" ]]]] [skratt]", "rows": [[1, 2], {"a": "}"}]}'
    assert nesting_depth(text) == 3
    assert loads(text)["memo"].startswith("[[[[{{{{")


GOOD_RTF = r"{\rtf1\ansi{\fonttbl{\f0 Arial;}}\f0 R: Det var sv\'e5rt \{i b\'f6rjan\}.\par}"


@pytest.mark.parametrize(
    ("body", "why"),
    [
        (GOOD_RTF[:-1], "1 group never closed: truncated?"),
        (GOOD_RTF[:20], "2 groups never closed"),
        (GOOD_RTF + "}", "a } closes no group"),
        (GOOD_RTF + "\nR: mer text", "text after the document ends on line 1"),
        ("R: bara text {\\rtf1 }", "not an RTF file (no {\\rtf header)"),
        ("{\\rtf1 {\\b R:} hej}} {", "a } closes no group"),
    ],
    ids=["truncated", "cut-early", "extra-brace", "trailing-text", "no-header", "unbalanced"],
)
def test_a_malformed_rtf_is_refused_in_one_line(
    project: Path, tmp_path: Path, body: str, why: str
) -> None:
    rtf = tmp_path / "bad.rtf"
    rtf.write_text(body, encoding="latin-1")
    message = refused(project, "import", str(rtf))
    assert f"bad.rtf: {why}" in message or why in message.splitlines()[0]


def test_a_wellformed_rtf_with_escaped_braces_imports(project: Path, tmp_path: Path) -> None:
    rtf = tmp_path / "good.rtf"
    rtf.write_text(GOOD_RTF + "\n", encoding="latin-1")
    got = qualcode(project, "import", str(rtf))
    assert got.status == 0, got.stderr
    assert counts(project)["documents"] == 1


@pytest.mark.parametrize(
    "name", ["a\nb.txt", "a\rb.txt", "a\tb.txt", "a\x1b[31mb.txt", "a\x07b.txt", "a\u2028b.txt"]
)
def test_a_document_name_with_control_characters_is_refused(
    project: Path, tmp_path: Path, name: str
) -> None:
    doc = tmp_path / name
    doc.write_text("R: Det var svårt i början.\n", encoding="utf-8")
    message = refused(project, "import", str(doc))
    assert message.count("\n") == 1, message
    assert "document name" in message and "line break, tab or control character" in message
    assert "\x1b" not in message


def test_import_text_refuses_a_name_with_a_line_break(project: Path) -> None:
    from qualcode.errors import ValidationError

    with Project.open(project) as opened, pytest.raises(ValidationError, match="line break"):
        opened.import_text("intervju\n1", "R: hej\n")


@pytest.mark.parametrize("key", ["trust\n", "trust\nx", "tr\tust", "trust\x1b", " trust"])
def test_a_code_key_with_control_characters_is_refused(project: Path, key: str) -> None:
    assert qualcode(project, "coder", "add", "lena", "--role", "lead").status == 0
    message = refused(project, "codebook", "add", key, "--name-en", "Trust", coder="lena")
    assert message.count("\n") == 1, message
    assert "field 'key' must be lower-case letters" in message
