"""Files a user will really hand us: odd encodings, broken containers, no text at all.

Each good case checks the Swedish letters survive; each bad case checks the one line a
user reads names the file and says what is wrong.
"""

from __future__ import annotations

import codecs
import os
import zipfile
from pathlib import Path

import pytest

from qualcode.errors import IngestError
from qualcode.ingest import read_document, read_text_bytes

SV = (
    "I: Hur är arbetsmiljön på enheten?\n"
    "R: Ärendemängden är för hög, och vi saknar tid för dialog med nämnden om uppdraget.\n"
)


def _error(path: Path) -> str:
    with pytest.raises(IngestError) as info:
        read_document(path)
    message = str(info.value)
    assert message.startswith(f"{path.name}: ") and "\n" not in message
    return message


@pytest.mark.parametrize(
    ("encoding", "prefix"),
    [
        ("cp1252", b""),
        ("latin-1", b""),
        ("utf-8", codecs.BOM_UTF8),
        ("utf-16-le", codecs.BOM_UTF16_LE),
        ("utf-16-be", codecs.BOM_UTF16_BE),
        ("utf-16-le", b""),  # Notepad's "Unicode" without a byte-order mark
        ("utf-16-be", b""),
    ],
)
def test_encodings_decode_to_the_same_text(tmp_path: Path, encoding: str, prefix: bytes) -> None:
    path = tmp_path / "intervju.txt"
    path.write_bytes(prefix + SV.encode(encoding))
    doc = read_document(path)
    assert doc.text == SV.strip()
    assert [t.speaker for t in doc.turns] == ["I", "R"]


def test_cp1252_curly_quotes_and_dashes(tmp_path: Path) -> None:
    text = "R: \u201dDet är så\u201d \u2013 sa hon \u2026 och gick.\n"
    path = tmp_path / "word.txt"
    path.write_bytes(text.encode("cp1252"))
    doc = read_document(path)
    assert doc.text == text.strip() and doc.metadata["encoding"] == "cp1252"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "the file is empty"),
        (b"  \n\t\r\n  ", "the file is empty (only whitespace)"),
        ("  \n ".encode("utf-16"), "holds no text"),
        (bytes(range(256)) * 8, "binary data"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(1, 256)) * 8, "binary data"),
        (b"GIF89a\x01\x02\x03\x04 some \x05\x06\x07\x08\x0e\x0f\x10\x11 stuff", "binary data"),
        (codecs.BOM_UTF8 + "ok å".encode() + b"\xff\xfe more", "byte offset 8: not valid UTF-8"),
    ],
)
def test_txt_that_is_no_text(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "renamed.txt"
    path.write_bytes(content)
    assert message in _error(path)


def test_random_bytes_renamed_txt_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "random.txt"
    path.write_bytes(os.urandom(4096).replace(b"\x00", b"\x01"))
    message = _error(path)
    assert "binary" in message or "not text" in message


def test_missing_directory_and_unsupported(tmp_path: Path) -> None:
    assert "no such file" in _error(tmp_path / "gone.txt")
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    assert "is a folder; name its files instead" in _error(folder)
    # a folder without a suffix (was 'unsupported file type (none)'), one holding a
    # symlink loop among them: never walked, the same one line
    loop = tmp_path / "intervjuer"
    (loop / "a").mkdir(parents=True)
    (loop / "a" / "upp").symlink_to(loop)
    assert _error(loop) == "intervjuer: is a folder; name its files instead"
    other = tmp_path / "notes.pages"
    other.write_bytes(b"x")
    assert "a Pages document is not read; open it in Word or LibreOffice" in _error(other)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "locked.txt"
    path.write_text(SV)
    path.chmod(0)
    assert "permission denied" in _error(path)


def _docx(path: Path) -> Path:
    import docx

    document = docx.Document()
    for line in SV.splitlines():
        document.add_paragraph(line)
    document.save(str(path))
    return path


def test_truncated_docx(tmp_path: Path) -> None:
    good = _docx(tmp_path / "good.docx")
    # each Word paragraph is a paragraph of the text: a blank line between them
    assert read_document(good).text.split("\n\n") == [ln for ln in SV.splitlines() if ln.strip()]
    cut = tmp_path / "cut.docx"
    cut.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    assert "not a zip archive: truncated" in _error(cut)


def test_docx_with_damaged_parts(tmp_path: Path) -> None:
    good = _docx(tmp_path / "good.docx")
    broken_xml = tmp_path / "xml.docx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(broken_xml, "w") as out:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "word/document.xml":
                data = data[: len(data) // 2]
            out.writestr(item, data)
    assert "broken XML" in _error(broken_xml)

    data = bytearray(good.read_bytes())
    with zipfile.ZipFile(good) as src:
        info = src.getinfo("word/document.xml")
    body = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for i in range(body + 10, body + 60):
        data[i] ^= 0x5A
    flipped = tmp_path / "bits.docx"
    flipped.write_bytes(bytes(data))
    assert "damaged archive" in _error(flipped)


@pytest.mark.parametrize("suffix", [".docx", ".odt"])
def test_zip_of_something_else(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"photos{suffix}"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("a.txt", "x")
    assert "not a readable" in _error(path)


@pytest.mark.parametrize("suffix", [".docx", ".odt", ".pdf"])
def test_garbage_with_the_right_suffix(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"garbage{suffix}"
    path.write_bytes(bytes(range(1, 256)) * 12)
    assert "not a" in _error(path)


def test_truncated_pdf_is_one_line_and_quiet(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "cut.pdf"
    path.write_bytes(b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n" + b"x" * 50)
    assert "not a readable PDF" in _error(path)
    assert capfd.readouterr().err == ""  # pypdf's repair warnings stay off the terminal


def test_read_text_bytes_names_the_encoding() -> None:
    assert read_text_bytes("å".encode("utf-16-le") * 3, "x") == ("ååå", "utf-16-le")
    assert read_text_bytes("å".encode(), "x") == ("å", "utf-8")
    assert read_text_bytes("å".encode("cp1252"), "x") == ("å", "cp1252")


def test_utf8_with_a_pasted_cp1252_tail_is_refused_not_garbled(tmp_path: Path) -> None:
    path = tmp_path / "pasted.txt"
    head = SV.encode()
    path.write_bytes(head + "R: Sista raden på Åby.\n".encode("cp1252"))
    message = _error(path)
    first_bad = len(head) + len("R: Sista raden p")
    assert f"byte offset {first_bad}: not valid UTF-8, though the rest of the file is UTF-8" in (
        message
    )


def test_cp1252_with_quotes_that_look_like_utf8_is_still_cp1252(tmp_path: Path) -> None:
    text = "R: Ö\u2019 och så vidare, \u2019citat\u2019 på svenska.\n"
    path = tmp_path / "quotes.txt"
    path.write_bytes(text.encode("cp1252"))
    assert read_document(path).text == text.strip()


def test_every_demo_transcript_still_reads() -> None:
    from tests.conftest import ROOT

    demo = ROOT / "corpora" / "demo"
    files = [p for p in demo.iterdir() if p.suffix in {".txt", ".md", ".docx", ".vtt", ".srt"}]
    assert len(files) >= 15
    for path in files:
        assert len(read_document(path).text) > 1000, path.name


def test_pdf_with_only_an_owner_password_reads_and_a_user_password_is_named(
    tmp_path: Path,
) -> None:
    from pypdf import PdfReader, PdfWriter

    from tests.ingest.pdf_kit import tiny_pdf

    plain = tmp_path / "plain.pdf"
    plain.write_bytes(tiny_pdf("R: Vi pratar om uppdraget."))
    for name, user_password in (("locked.pdf", ""), ("secret.pdf", "hemligt")):
        writer = PdfWriter(clone_from=PdfReader(plain))
        writer.encrypt(user_password=user_password, owner_password="ägare")
        writer.write(tmp_path / name)
    assert "uppdraget" in read_document(tmp_path / "locked.pdf").text
    assert "needs a password" in _error(tmp_path / "secret.pdf")
