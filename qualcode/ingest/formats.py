"""One small reader per file format; each returns text (before normalisation). An
OpenDocument text's, the longest, is ``odt_text.py``."""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from qualcode.errors import IngestError
from qualcode.oneline import no_character_at
from qualcode.zipguard import check_archive, read_member

if TYPE_CHECKING:
    # defusedxml parses into the standard library's elements; only their type is needed
    pass


def read_docx(path: Path, seen: Counter[str] | None = None) -> str:
    """The text of a Word document: paragraphs and table rows (cells tab-separated) in the
    document's order, a blank line between them.

    A blank line is what ends a paragraph in the stored text (a single line break is
    wrapping, as in a plain .txt): joined by single breaks, a policy document without
    speakers was one paragraph, its headings read into the next sentence ("Purpose This
    policy sets out ...") and a sentence's context ran across sections.

    Only the document's XML parts are decompressed (bounded by ``zipguard``); images,
    embedded files and fonts are handed to python-docx empty, since the text is all that
    is kept. A report full of photos therefore costs what its text costs, and its images
    count toward no limit. ``seen`` counts the text boxes and inserted parts read (and
    those not read), for the import to report.
    """
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    require_zip(path, ".docx")
    try:
        package = _text_parts_only(path)
        document = docx.Document(package)
    except KeyError as exc:
        raise IngestError(
            f"{path.name}: not a readable .docx (a zip archive without a Word document: "
            f"{exc.args[0] if exc.args else exc})",
            key="docx_unreadable",
        ) from None
    except (AttributeError, TypeError, IndexError):  # python-docx on a hollow package
        raise IngestError(
            f"{path.name}: not a readable .docx (its parts are not a Word document's)",
            key="docx_unreadable",
        ) from None
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as exc:
        raise IngestError(
            f"{path.name}: not a readable .docx (damaged archive: {exc})", key="docx_unreadable"
        ) from None
    except PackageNotFoundError:
        raise IngestError(
            f"{path.name}: not a readable .docx (no Word document inside)", key="docx_unreadable"
        ) from None
    except (ValueError, SyntaxError, LookupError) as exc:  # lxml's XMLSyntaxError is a
        # SyntaxError; a part declaring an encoding Python lacks ('UTQ-8') a LookupError
        raise IngestError(
            f"{path.name}: not a readable .docx (broken XML: {exc})", key="docx_unreadable"
        ) from None
    if document.element.body is None:  # each reader below walked it: an AttributeError
        raise IngestError(
            f"{path.name}: not a readable .docx (its document has no body)", key="docx_unreadable"
        )
    from qualcode.ingest.docx_chunks import chunk_reader
    from qualcode.ingest.docx_text import body_parts, footnotes, hide_styled

    hide_styled(document)
    from qualcode.ingest.blackout import refuse_blacked_out
    from qualcode.ingest.docx_blackout import blacked_out

    if hidden := blacked_out(document.element.body):
        raise refuse_blacked_out(path.name, hidden)
    seen = Counter() if seen is None else seen
    chunks = chunk_reader(document, path.name, seen)
    # the notes after the text, as a PDF of the same document is read (``pdf_layout``)
    from qualcode.ingest.docx_lists import ListLabels

    body = body_parts(document.element.body, chunks, seen, ListLabels(document))
    # comments in the margin are no part of the text: counted, for the import to say so
    from docx.oxml.ns import qn

    marks = document.element.body.iter(qn("w:commentReference"))
    if comments := sum(1 for _ in marks):
        seen["comments"] += comments
    try:
        notes = footnotes(document)  # a part python-docx left unparsed: parsed here
    except (ValueError, SyntaxError) as exc:
        raise IngestError(f"{path.name}: not a readable .docx (its footnotes: {exc})") from None
    return "\n\n".join([*body, *notes])


def _is_text_part(member: str) -> bool:
    """The parts of an Office package that hold text or its structure (XML, relations)."""
    return member.lower().endswith((".xml", ".rels"))


def _text_parts_only(path: Path) -> io.BytesIO:
    """The package again in memory, its XML parts and the parts its document inserts whole
    (``w:altChunk``: HTML, text, another document) read with the zip guard's bounds and
    every other part (images, embedded files, fonts) left empty."""
    from qualcode.ingest.docx_chunks import inserted_members

    out = io.BytesIO()
    with zipfile.ZipFile(path) as archive:
        names = set(archive.namelist())
        inserted = inserted_members(names, lambda m: read_member(archive, m, path.name))
        check_archive(archive, path.name, reads=lambda m: _is_text_part(m) or m in inserted)
        with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as slim:
            for info in archive.infolist():
                if info.is_dir():
                    continue
                # anything else is never decompressed
                text = _is_text_part(info.filename) or info.filename in inserted
                data = read_member(archive, info.filename, path.name) if text else b""
                slim.writestr(info.filename, data)
    out.seek(0)
    return out


def require_zip(path: Path, kind: str) -> None:
    """Word and OpenDocument files are zip archives; say so plainly when one is not."""
    if not zipfile.is_zipfile(path):
        raise IngestError(
            f"{path.name}: not a readable {kind} (not a zip archive: truncated, damaged, "
            "or another kind of file renamed)",
            key="zip_unreadable",
            kind=kind,
        )


def read_rtf(path: Path, raw: str) -> str:
    from striprtf.striprtf import rtf_to_text

    from qualcode.ingest.rtf_checks import check_control_words, undecodable, without_bin_words
    from qualcode.ingest.rtf_notes import notes_after_text
    from qualcode.ingest.rtf_shown import shown_text

    if not raw.lstrip().startswith("{\\rtf"):
        raise IngestError(f"{path.name}: not an RTF file (no {{\\rtf header)")
    _check_rtf_groups(path.name, raw)
    check_control_words(path.name, raw)
    try:
        # without tracked deletions and hidden text, the footnotes after the text
        shown = shown_text(without_bin_words(raw))
        text = rtf_to_text(_paragraphs_apart(notes_after_text(shown)))
    except UnicodeDecodeError as exc:
        raise undecodable(path.name, exc) from None
    except Exception as exc:  # damage no check above foresaw: still one line, the file named
        raise IngestError(f"{path.name}: broken RTF, not read ({exc})") from None
    return _whole_characters(text)


# a paragraph's end (not \pard, its defaults) or a table cell's, after any escaped
# backslashes ("\\\\par" is a backslash and the word "par")
_RTF_PAR = re.compile(r"(?<!\\)((?:\\\\)*)\\(par|cell|row)(?![a-zA-Z])")
_RTF_AS = {"par": "\\par\\par", "cell": "\\tab", "row": "\\row\\par"}


def _paragraphs_apart(raw: str) -> str:
    r"""RTF as the other readers give their text: a blank line after each paragraph, a
    table's row a paragraph with a tab between its cells. striprtf ends a paragraph
    (``\par``) with one line break, which the stored text reads as wrapping, so a plan
    saved as RTF without empty paragraphs between its own was one paragraph (its headings
    read into the next sentence, a suggestion read across sections), and it parts cells
    with "|", which a minutes' "Datum|2026-11-12|" kept as text (a .docx gives
    "Datum\t2026-11-12")."""
    return _RTF_PAR.sub(lambda m: m.group(1) + _RTF_AS[m.group(2)], raw)


def _whole_characters(text: str) -> str:
    r"""RTF writes a character beyond U+FFFF (an emoji, some CJK) as two UTF-16 halves
    (``\u-10179?\u-8704?``), which striprtf returns as two lone surrogates: no string
    Python can store. Pairs become their character; a half without its partner (a
    damaged file) becomes U+FFFD, as any reader shows it."""
    if no_character_at(text) is None:
        return text
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


_RTF_TOKEN = re.compile(r"\\.|[{}]", re.DOTALL)


def _check_rtf_groups(name: str, raw: str) -> None:
    """RTF is nested ``{...}`` groups around one outer group; a brace that closes nothing,
    a group left open or text after the outer group means a damaged or truncated file that
    striprtf would turn into silently wrong text."""
    depth, end = 0, -1
    for match in _RTF_TOKEN.finditer(raw):
        token = match.group()
        if token == "{":
            depth += 1
        elif token == "}":
            depth -= 1
            if depth < 0:
                line = raw.count("\n", 0, match.start()) + 1
                raise IngestError(f"{name}: broken RTF (line {line}: a }} closes no group)")
            if depth == 0 and end < 0:
                end = match.end()
    if end >= 0 and raw[end:].strip("\x00 \t\r\n"):
        line = raw.count("\n", 0, end) + 1
        raise IngestError(f"{name}: broken RTF (text after the document ends on line {line})")
    if depth:
        groups = f"{depth} group{'s' if depth > 1 else ''}"
        raise IngestError(f"{name}: broken RTF ({groups} never closed: truncated?)")


def read_html(path: Path, raw: str) -> str:
    """A page saved from a site (a council's plan or minutes published as a web page): its
    paragraphs, headings, list items and table rows, a blank line between them, without
    its head, scripts, hidden parts, menus, banner and footer, which a browser's reader
    leaves out too and which are no text of the document."""
    from qualcode.ingest.docx_chunks import html_paragraphs
    from qualcode.ingest.page_notes import marks_out

    paragraphs, _fallbacks = html_paragraphs(raw, path.name, saved_page=True)
    if not paragraphs:
        raise IngestError(f"{path.name}: the page shows no text (only menus, scripts or markup)")
    return "\n\n".join(marks_out(paragraphs))  # "ord[1]." reads "ord." as in a .docx


def read_pdf(path: Path) -> str:
    import logging

    from pypdf import PdfReader
    from pypdf.errors import DependencyError, LimitReachedError, PdfReadError, PyPdfError

    from qualcode.ingest.pdf_cover import PageWatch
    from qualcode.ingest.pdf_gaps import LineTops

    with path.open("rb") as handle:
        if b"%PDF-" not in handle.read(1024):
            raise IngestError(f"{path.name}: not a PDF file (no %PDF header)", key="pdf_not_a_pdf")
    # pypdf logs its repairs of damaged files to stderr; the user gets one line from us
    log = logging.getLogger("pypdf")
    level, log.level = log.level, logging.CRITICAL
    try:
        reader = PdfReader(str(path))
        # many PDFs carry only an owner password (no printing, no editing) and open with ""
        if reader.is_encrypted and not reader.decrypt(""):
            raise IngestError(
                f"{path.name}: the PDF needs a password; save an unprotected copy",
                key="pdf_password",
            )
        pages = []
        for number, page in enumerate(reader.pages, start=1):
            watch, tops = PageWatch(), LineTops()

            def seen(*args: Any, watch: PageWatch = watch, tops: LineTops = tops) -> None:
                watch.text(*args)
                tops.text(*args)

            text = tops.spaced(
                page.extract_text(visitor_operand_before=watch.operator, visitor_text=seen) or ""
            )
            watch.annotations(page.get("/Annots"))
            if hidden := watch.covered():
                runs = f"{hidden} run{'s' if hidden > 1 else ''} of text"
                raise IngestError(
                    f"{path.name}: page {number}: {runs} under black boxes, still in the file "
                    "(a redaction that hides the words but leaves them in); apply the "
                    "redaction or delete the words, then import that copy"
                )
            pages.append(text or "")
    except DependencyError:
        raise IngestError(
            f"{path.name}: the PDF is encrypted in a way qualcode cannot open; save an "
            "unprotected copy",
            key="pdf_encrypted",
        ) from None
    except LimitReachedError:
        # pypdf stops a stream that inflates past its limits (tens of megabytes): a
        # decompression bomb, or no interview transcript in any case
        raise IngestError(
            f"{path.name}: refused: a compressed part of the PDF expands past the reader's "
            "limit (possible decompression bomb)"
        ) from None
    except (
        PdfReadError,
        PyPdfError,
        ValueError,
        KeyError,
        TypeError,
        OSError,
        RecursionError,
    ) as exc:
        raise IngestError(
            f"{path.name}: not a readable PDF (damaged or truncated: {exc})"
        ) from None
    finally:
        log.setLevel(level)
    from qualcode.ingest.pdf_layout import pages_text

    text = pages_text(pages, spaced=True)
    if not text.strip():
        raise IngestError(f"{path.name}: no text layer (scanned PDF?)", key="pdf_no_text")
    return text
