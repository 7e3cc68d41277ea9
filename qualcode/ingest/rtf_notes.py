"""An RTF file's footnotes moved after its text, as the .docx, .odt and PDF readers keep them.

Word saves a footnote as a ``{\\footnote ...}`` group where the body refers to it; striprtf
skips the group, so a plan saved as RTF lost its sources and reservations, which the same
plan kept as .docx, .odt or PDF. This pass cuts each footnote group out of the body and
appends its content, as paragraphs numbered "1 ...", "2 ...", before the document's last
closing brace, so that one striprtf pass reads body and notes with the same code page.
Comments in the margin stay out of the text, as a .docx's do, and are counted for the
import to say so (``comments``).
"""

from __future__ import annotations

import re

# a footnote's group ("{\footnote", or "{\*\footnote" as some writers mark it) and the
# automatic number inside it, which the note's own number replaces
_NOTE = re.compile(r"\{(?:\\\*)?\\footnote(?![a-zA-Z])")
_AUTO_NUMBER = re.compile(r"\{\\super\s*\\chftn\s*\}|\\chftn(?![a-zA-Z])\s?")
# a note's leading control words and empty groups ("\pard\plain \s20 "), before its words
_LEAD = re.compile(r"(?:\s+|\\[a-zA-Z]{1,32}-?\d{0,10} ?|\{\s*\})*")


# a comment in the margin, Word's annotation destination: no part of the text
_COMMENT = re.compile(r"\{\\\*\\annotation(?![a-zA-Z])")


def comments(raw: str) -> int:
    """How many comments in the margin an RTF file holds, which its text leaves out."""
    return len(_COMMENT.findall(raw))


def notes_after_text(raw: str) -> str:
    """``raw`` with its footnote groups cut out where they stand and their content after
    the text, one paragraph each; unchanged (and at no cost) without footnotes. A group
    left open (a damaged file) stays where it is, for striprtf to judge."""
    if not _NOTE.search(raw):
        return raw
    body: list[str] = []
    notes: list[str] = []
    at = 0
    for match in _NOTE.finditer(raw):
        if match.start() < at:
            continue  # a note inside a note: part of the outer one
        end = _group_end(raw, match.start())
        if end is None:
            break
        body.append(raw[at : match.start()])
        notes.append(_AUTO_NUMBER.sub("", raw[match.end() : end - 1]))
        at = end
    body.append(raw[at:])
    text = "".join(body)
    close = text.rstrip().rfind("}")
    if close < 0 or not notes:
        return raw
    appended = "".join(f"\\par {{{_numbered(note, n)}\\par}}" for n, note in enumerate(notes, 1))
    return text[:close] + appended + text[close:]


def _numbered(note: str, number: int) -> str:
    """A note's content with its number before its first word ("1 Sedan 2030."), after
    the control words that open it; in braces, so no control word runs into the digits."""
    head = _LEAD.match(note)
    at = head.end() if head else 0
    # the spaces after the last control word go: the brace ends that word, and one left
    # would be a space before the number
    return f"{note[:at].rstrip()}{{{number} }}{note[at:].lstrip()}"


def _group_end(raw: str, start: int) -> int | None:
    """The index just after the brace closing the group opened at ``start`` (escaped
    braces and backslashes skipped); ``None`` if it never closes."""
    depth = 0
    at = start
    while at < len(raw):
        char = raw[at]
        if char == "\\":
            at += 2  # an escaped brace or backslash, or a control word's first letter
            continue
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                return at + 1
        at += 1
    return None
