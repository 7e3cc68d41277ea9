"""Readers that turn transcript files into normalised text with speaker turns.

The text is normalised once here (NFC, ``\\n``) and never changed afterwards, because
every coding is an offset into it.
"""

from __future__ import annotations

import re
import stat
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from qualcode import userfile
from qualcode.envlimits import whole_number
from qualcode.errors import IngestError, one_line
from qualcode.ingest.languages import guess_language
from qualcode.ingest.speakers import find_turns
from qualcode.model import Turn
from qualcode.oneline import no_character_at
from qualcode.textbytes import read_text_bytes, refuse_binary, without_controls

__all__ = [
    "SUPPORTED_SUFFIXES",
    "RawDocument",
    "check_text",
    "find_turns",
    "guess_language",
    "normalise",
    "plain_text",
    "read_document",
    "read_text_bytes",
]

SUPPORTED_SUFFIXES = frozenset(
    {".txt", ".md", ".docx", ".odt", ".rtf", ".pdf", ".vtt", ".srt", ".html", ".htm"}
)
# word processors' files a study's transcripts still arrive in, which Word or LibreOffice
# save as .docx: "unsupported file type .doc; use .docx ..." left a coder to guess that
SAVE_AS_DOCX = {
    ".doc": "an old Word document (.doc)",
    ".docm": "a Word document with macros (.docm)",
    ".dot": "a Word template (.dot)",
    ".dotx": "a Word template (.dotx)",
    ".wpd": "a WordPerfect document",
    ".wps": "a Works document",
    ".pages": "a Pages document",
    ".ott": "an OpenDocument template (.ott)",
    ".fodt": "a flat OpenDocument text (.fodt)",
}

# the readers whose text keeps its writer's own line ends inside a paragraph (ingest.plain_lines)
OWN_LINE_ENDS = frozenset({".txt", ".docx", ".odt", ".rtf", ".html", ".htm"})


@dataclass(frozen=True, slots=True)
class RawDocument:
    text: str
    turns: tuple[Turn, ...]
    metadata: dict[str, str] = field(default_factory=dict)


def normalise(text: str) -> str:
    """NFC, ``\\n`` line endings, no BOM, no trailing spaces, at most one blank line."""
    text = text.replace("\ufeff", "").replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n")
    text = unicodedata.normalize("NFC", text)
    lines = [line.rstrip() for line in text.split("\n")]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines))
    return text.strip("\n")


def read_document(path: Path) -> RawDocument:
    """Read one transcript file; any problem is an ``IngestError`` naming the file."""
    from qualcode.ingest import formats, odt_text, subtitles

    suffix = path.suffix.lower()
    if path.is_dir():  # a folder is not walked (no symlink loops, no stray files): say so
        raise IngestError(
            f"{path.name or path}: is a folder; name its files instead",
            action=("import_files", str(path)),
        )
    if suffix not in SUPPORTED_SUFFIXES:
        allowed = " ".join(sorted(SUPPORTED_SUFFIXES))
        if suffix in SAVE_AS_DOCX:  # say what to do with it, not only what is taken
            raise IngestError(
                f"{path.name}: {SAVE_AS_DOCX[suffix]} is not read; open it in Word or "
                "LibreOffice, save it as .docx and import that",
                key="file_save_as_docx",
                suffix=suffix,
            )
        raise IngestError(
            f"{path.name}: unsupported file type {suffix or '(none)'}; use {allowed}",
            key="file_type_unknown" if suffix else "file_type_none",
            suffix=suffix,
            allowed=allowed,
        )
    # a Word or OpenDocument file is a zip archive: only its text parts are decompressed,
    # bounded by the zip guard, so its images (a report full of photos) count toward no
    # limit and are never read; every other format is read whole, within the file limit
    archive = suffix in (".docx", ".odt")
    data = _read_bytes(path, whole=not archive)
    if not data.strip():
        what = "empty" if not data else "empty (only whitespace)"
        raise IngestError(f"{path.name}: the file is {what}", key="file_empty")
    meta = {"format": suffix[1:]}
    # the line ends are the writer's own (a line break typed in Word, a .txt not read as a
    # PDF's pages), not a page's or a Markdown source's wrapping: its lines part as typed
    plain = suffix in OWN_LINE_ENDS
    if suffix == ".docx":
        seen: Counter[str] = Counter()
        raw = formats.read_docx(path, seen)
        # text boxes and inserted parts (read or not): the import says what it read
        meta.update({kind: str(n) for kind, n in seen.items()})
    elif suffix == ".odt":
        noted: Counter[str] = Counter()
        raw = odt_text.read_odt(path, noted)
        meta.update({kind: str(n) for kind, n in noted.items()})
    elif suffix == ".pdf":
        raw = without_controls(formats.read_pdf(path))
    else:
        if suffix == ".rtf":
            data = _rtf_bytes(path.name, data)
        raw, meta["encoding"] = read_text_bytes(data, path.name)
        if suffix == ".rtf":
            from qualcode.ingest.rtf_notes import comments

            if said := comments(raw):  # left out, as a .docx's: the import says so
                meta["comments"] = str(said)
            raw = formats.read_rtf(path, raw)
            # its bytes are ASCII, but \'1b and \'00 write ESC and NUL into the text: held
            # to what a .txt of that text is refused for (hostile46)
            refuse_binary(raw, path.name)
        elif suffix in (".html", ".htm"):
            raw = formats.read_html(path, raw)
        elif suffix in (".vtt", ".srt"):
            cued = _from_cues(*subtitles.read_subtitles(path, raw, suffix[1:]), meta)
            check_text(path.name, cued.text)  # a turn a line: bounds the turns too
            return cued
        else:  # a PDF's text saved as .txt, its pages apart by form feeds (pdftotext) or not
            if suffix == ".md":  # as rendered: no '#', '**' or '[^1]' in the stored text
                from qualcode.ingest.markdown import plain_markdown

                hidden: Counter[str] = Counter()
                raw = plain_markdown(raw, hidden)
                meta.update({kind: str(n) for kind, n in hidden.items()})
            raw, own_ends = plain_text(raw)
            plain = plain and own_ends
    _check_line_count(path.name, raw)  # before normalising splits it into lines
    text = normalise(raw)
    if not text.strip():
        raise IngestError(f"{path.name}: the file holds no text (only whitespace)")
    check_text(path.name, text)
    return RawDocument(text, find_turns(text, plain), meta)


def _rtf_bytes(name: str, data: bytes) -> bytes:
    """An RTF file's bytes without its binary runs (``rtf_checks.without_binary``), which
    hold pictures, not text, and any byte; a file that does not start as RTF does is refused
    as that, not as "binary data" (junk or a picture named .rtf). One saved as UTF-16 is
    left to the decoding, whose header check follows."""
    from qualcode.ingest.rtf_checks import is_rtf, is_utf16, without_binary

    if is_rtf(data):
        return without_binary(name, data)
    if not is_utf16(data):
        raise IngestError(f"{name}: not an RTF file (no {{\\rtf header)")
    return data


def plain_text(raw: str) -> tuple[str, bool]:
    """A plain text as the import reads it, whatever its name (a .txt file's decoded text):
    its pages' furniture out where it is a PDF's text (``_pages_out``), and whether its
    line ends are then its writer's own, so that its lines part as ``plain_lines`` reads
    them. A notebook's string given to ``import_text`` is asked only the second: decided
    from the name, a string named "plan" or "plan.text" kept a policy head glued to its
    first sentence, which the same text in "plan.txt" did not; and its text is kept as
    given, so that offsets worked out on it hold wherever normalising leaves it as it is."""
    paged = _pages_out(raw)
    return paged, paged is raw


def _pages_out(raw: str) -> str:
    """A PDF's text saved page by page (form feeds, as pdftotext writes) or copied whole
    with its page numbers standing ("Sida 3(6)"): its pages' furniture out, its headings and
    a minutes' items apart. Any other text is as it was written, and so is a transcript
    (a text with speakers) without form feeds, whatever its lines end in."""
    from qualcode.ingest.page_marks import bare_mark_lines, marked_pages
    from qualcode.ingest.pdf_layout import pages_text

    if "\f" in raw:
        return pages_text(raw.split("\f"), blank_ends=True)
    pages = marked_pages(raw)
    if pages is None:
        return raw
    if any(turn.speaker for turn in find_turns(raw)):
        # a transcript's numbered questions ("Fråga 2 av 4") read as page numbers, and
        # what closed every answer ("[paus]") was dropped as a page's furniture: only
        # the lines that are a page's number and nothing else go ("Sida 2 av 5" stood
        # among the respondent's words)
        numbers = bare_mark_lines(raw)
        return "\n".join(line for at, line in enumerate(raw.split("\n")) if at not in numbers)
    return pages_text(pages, blank_ends=True)


def max_file_bytes() -> int:
    """The largest transcript file read, from ``$QUALCODE_MAX_FILE_MB`` (default 50)."""
    return userfile.max_file_bytes(IngestError)


MAX_LINE_CHARS_ENV = "QUALCODE_MAX_LINE_CHARS"
DEFAULT_MAX_LINE_CHARS = 100_000  # a long spoken turn is a few thousand characters


def max_line_chars() -> int:
    """The longest line accepted, from ``$QUALCODE_MAX_LINE_CHARS`` (default 100,000)."""
    return whole_number(MAX_LINE_CHARS_ENV, DEFAULT_MAX_LINE_CHARS, IngestError)


MAX_LINES_ENV = "QUALCODE_MAX_LINES"
# an hour of interview is about a thousand lines; each line may become a speaker turn,
# and a turn costs about 0.4 KB through segmentation (benchmarks/README.md), so this
# keeps a file of short lines within the memory a 50 MB transcript of long ones takes
DEFAULT_MAX_LINES = 500_000
# a line end followed by a blank line, whatever the line ends; the empty group makes
# findall return the same empty string for each, so a million blank lines cost no memory
_BLANK_LINE = re.compile(r"(?:\r\n|\r(?!\n)|\n)[ \t]*(?=[\r\n])()")


def max_lines() -> int:
    """The most lines with text a document may hold, from ``$QUALCODE_MAX_LINES``."""
    return whole_number(MAX_LINES_ENV, DEFAULT_MAX_LINES, IngestError)


def _check_line_count(name: str, text: str) -> None:
    """Refuse more lines of text than the limit; counted with C-speed string methods, so
    a file of millions of lines is refused before it is split into them (normalising a
    50 MB file of short lines took 1 GB). Line ends may still be \r\n or \r here."""
    limit = max_lines()
    breaks = text.count("\n") + text.count("\r") - text.count("\r\n")
    lines = breaks + 1 - len(_BLANK_LINE.findall(text))
    if not text[max(text.rfind("\n"), text.rfind("\r")) + 1 :].strip():
        lines -= 1  # nothing after the last line end
    if lines > limit:
        raise IngestError(
            f"{name}: {lines:,} lines of text, more than the limit of {limit:,} "
            f"(set ${MAX_LINES_ENV} to allow more)"
        )


def check_text(name: str, text: str) -> None:
    """Refuse a text no transcript is, before turns are found and spaCy segments it:
    a line of megabytes, or millions of lines (each a turn, each costing memory)."""
    _check_line_count(name, text)
    _check_lines(name, text)
    _check_characters(name, text)


def _check_characters(name: str, text: str) -> None:
    """A lone surrogate is no character: SQLite cannot store it and it made the import a
    UnicodeEncodeError traceback (a text given to import_text from bytes decoded with
    ``surrogateescape``, say). Refused by line, before spaCy spends time on it."""
    if (bad := no_character_at(text)) is not None:
        line = text.count("\n", 0, bad) + 1
        raise IngestError(
            f"{name}: line {line}: U+{ord(text[bad]):04X} is no character (bytes decoded "
            "in another encoding?); save the text as UTF-8"
        )


def _check_lines(name: str, text: str) -> None:
    """A line of megabytes is a dump or a damaged file, not a transcript: refuse it by
    number before the language models spend minutes and gigabytes on it."""
    limit, start, number = max_line_chars(), 0, 1
    while start <= len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if end - start > limit:
            raise IngestError(
                f"{name}: line {number} has {end - start:,} characters, more than the limit "
                f"of {limit:,} (set ${MAX_LINE_CHARS_ENV} to allow more)"
            )
        start, number = end + 1, number + 1


def _read_bytes(path: Path, whole: bool = True) -> bytes:
    """The file's bytes; a missing, unreadable, non-regular or too large file is an
    ``IngestError``. The size is checked before anything is read, so a huge file costs
    nothing. ``whole=False`` (an archive, read member by member elsewhere): only its first
    bytes, to see that it is readable and not empty, and no size limit."""
    try:
        info, limit = path.stat(), max_file_bytes()
        size = info.st_size
        if not stat.S_ISREG(info.st_mode) and not stat.S_ISDIR(info.st_mode):
            # /dev/zero or a named pipe would be read (or waited on) forever
            raise IngestError(f"{path.name}: is a device, pipe or socket, not a file; not read")
        if not whole:
            with path.open("rb") as handle:
                return handle.read(4096)
        if path.is_file() and size > limit:
            raise IngestError(
                f"{path.name}: {size / 1048576:.1f} MB is larger than the limit of "
                f"{limit / 1048576:.0f} MB (set ${userfile.MAX_FILE_MB_ENV} to allow more)"
            )
        return path.read_bytes()
    except FileNotFoundError:
        raise IngestError(f"{path.name}: no such file ({path})", key="file_missing") from None
    except IsADirectoryError:
        raise IngestError(f"{path.name}: is a directory, not a file") from None
    except PermissionError:
        raise IngestError(
            f"{path.name}: permission denied (cannot read {path})", key="file_denied"
        ) from None
    except OSError as exc:
        raise IngestError(f"{path.name}: cannot read: {exc.strerror or exc}") from None
    except ValueError as exc:
        shown = one_line(path.name)  # as the import report quotes it
        raise IngestError(f"{shown}: {userfile.unnamable(path, exc)}; not read") from None


# a silence this long between two cues nobody is named in begins a new paragraph
PARAGRAPH_PAUSE = 2.0


def _from_cues(
    kind: str, cues: list[tuple[str | None, str, float, float]], meta: dict[str, str]
) -> RawDocument:
    """One turn a speaker's run of cues. Cues naming nobody (Whisper's subtitles) ran into
    one turn: an hour's interview was one line, one paragraph to code in and to cite a
    quote by, with the first cue's time only; they now part after a question (in an
    interview, the answer follows) and at a silence of ``PARAGRAPH_PAUSE`` seconds. A run
    parts too where its line would pass the line limit (``max_line_chars``): a Whisper
    subtitle of two hours' talk with no question and no pause, or one voice's lecture, was
    refused as "line 1 has 148,000 characters", a line its file never had."""
    merged: list[list[Any]] = []
    limit = max_line_chars()
    for speaker, text, start, end in cues:
        if (
            merged
            and merged[-1][0] == speaker
            and not _parts(speaker, merged[-1], start)
            and (len(speaker) + 2 if speaker else 0) + len(merged[-1][1]) + 1 + len(text) <= limit
        ):
            merged[-1][1] += " " + text
            merged[-1][3] = end
        else:
            merged.append([speaker, text, start, end])
    lines: list[str] = []
    turns: list[Turn] = []
    pos = 0
    for speaker, text, start, end in merged:
        text = normalise(" ".join(text.split()))
        prefix = f"{speaker}: " if speaker else ""
        line = prefix + text
        turns.append(Turn(len(turns), speaker, pos + len(prefix), pos + len(line), start, end))
        lines.append(line)
        pos += len(line) + 1
    return RawDocument("\n".join(lines), tuple(turns), meta)


def _parts(speaker: str | None, before: list[Any], start: float) -> bool:
    """Whether a cue naming nobody begins a paragraph of its own after ``before`` (the
    paragraph so far: speaker, text, start, end): after a question, or a long silence."""
    if speaker is not None:
        return False
    return str(before[1]).rstrip().endswith("?") or start - float(before[3]) >= PARAGRAPH_PAUSE
