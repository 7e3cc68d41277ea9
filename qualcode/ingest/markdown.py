"""A Markdown file's text as its reader sees it rendered, without the marks that format it.

A transcript or a plan kept in Markdown (Obsidian, a transcription tool's export, notes
typed in an editor) was stored as typed: its heading read "# Intervju 3", a quote in the
summary "Med en _omorganisation_", a footnote "[^1]: År 2029." was the last speaker's
words and its mark "[^1]" stood in the sentence. The marks a renderer hides are taken out
here, before the text is normalised; words, line ends and a speaker's "**I:**" label (read
as "I:") stay. Only what is unmistakably markup goes: an underscore inside a word
("aby_01_socialsekreterare") or an asterisk without its pair is left as typed.
"""

from __future__ import annotations

import re
from collections import Counter

# Each pattern scans from its opening mark no further than the next mark of its kind (a
# '[' or '(' ends a bracket's words, a '**' the words of another '**'), so a line of
# openers never closed ("[^" or "**a " ten thousand times) costs its length once: scanned to
# the line's end from every opener, a 200,000-character line took 144 s CPU to import
# before its length was refused (red team 40).
_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.*)$", re.MULTILINE)
_RULE = re.compile(
    r"^[ \t]{0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,}|={3,}[ \t]*)$", re.MULTILINE
)
_TARGET = r"\((?:[^()\s]|\([^()\s]*\))*"  # a link's address: one pair of ( ) inside it
_IMAGE = re.compile(r"!\[[^\[\]\n]*\]\((?:[^()\n]|\([^()\n]*\))*\)")
_LINK = re.compile(r"(?<!!)\[([^\[\]\n]+)\]" + _TARGET + r"(?:[ \t]+\"[^\"\n]*\")?\)")
_STRONG = re.compile(r"(\*\*|__)(?=\S)((?:(?!\1)[^\n])+?)(?<=\S)\1")
_EMPHASIS = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*(?![\w*])")
_UNDERSCORED = re.compile(r"(?<![\w_])_(?=[^\s_])([^_\n]+?)(?<=[^\s_])_(?![\w_])")
_CODE = re.compile(r"`([^`\n]+)`")
_STRUCK = re.compile(r"~~(?=\S)((?:(?!~~)[^\n])+?)(?<=\S)~~")
_NOTE_MARK = re.compile(r"\[\^([^\[\]\s]+)\](?!:)")
_NOTE = re.compile(r"^\[\^([^\[\]\s]+)\]:[ \t]*", re.MULTILINE)
# the inline HTML a transcript's Markdown holds, whose tags a renderer never shows: a line
# break, emphasis and the like (their words stay); an unknown tag ('<skratt>', a
# transcriber's mark) is left as typed
_BREAK = re.compile(r"<br[ \t]*/?>", re.IGNORECASE)
_INLINE = "b|i|u|s|em|strong|sup|sub|mark|span|small|del|ins|kbd|abbr|cite|q|font|big"
_TAG = re.compile(rf"</?(?:{_INLINE})(?:[ \t][^<>\n]*)?/?>", re.IGNORECASE)


def _heading(match: re.Match[str]) -> str:
    """A heading's words without its closing '#'s (a run after a space) and the blanks
    around them; done by hand, since a pattern for the closing run tried every blank of a
    long run of them again from each one before it."""
    words = match.group(1).rstrip(" \t")
    unclosed = words.rstrip("#")
    if unclosed != words and unclosed[-1:] in (" ", "\t"):
        return unclosed.rstrip(" \t")
    return words


def plain_markdown(text: str, seen: Counter[str] | None = None) -> str:
    """``text`` without Markdown's marks: headings without their '#', emphasis, code and
    links as their words, images and rules gone, a footnote's mark out of its sentence and
    the note itself numbered as the other readers number theirs ("1 År 2029."), which the
    turns then keep apart from the last speaker's words. HTML comments, which no renderer
    shows, are left out and counted in ``seen`` ("hidden_comments") for the import to say
    so, as a .docx's comments in the margin are; inline tags go, their words stay."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")  # as normalise reads lines
    text, hidden = _without_comments(text)
    if hidden and seen is not None:
        seen["hidden_comments"] += hidden
    text = _TAG.sub("", _BREAK.sub("\n", text))
    numbers: dict[str, int] = {}
    for match in _NOTE.finditer(text):
        numbers.setdefault(match.group(1), len(numbers) + 1)
    text = _NOTE.sub(lambda m: f"{numbers[m.group(1)]} ", text)
    text = _NOTE_MARK.sub(lambda m: "" if m.group(1) in numbers else m.group(0), text)
    text = _RULE.sub("", text)
    text = _HEADING.sub(_heading, text)
    text = _IMAGE.sub("", text)
    text = _LINK.sub(r"\1", text)
    text = _CODE.sub(r"\1", text)
    text = _STRUCK.sub(r"\1", text)
    text = _STRONG.sub(r"\2", text)
    text = _STRONG.sub(r"\2", text)  # bold inside bold-italic ("***ord***")
    text = _EMPHASIS.sub(r"\1", text)
    return _UNDERSCORED.sub(r"\1", text)


def _without_comments(text: str) -> tuple[str, int]:
    """``text`` without its HTML comments ('<!-- Riktigt namn: ... -->'), and how many:
    hidden by every renderer, a transcriber's note to herself was stored as the
    respondent's words and quoted in summaries (red team 40). One never closed is left as
    typed. Found by hand, each '-->' sought once, so a file of unclosed '<!--' costs its
    length once."""
    kept: list[str] = []
    at = hidden = 0
    while (start := text.find("<!--", at)) >= 0:
        end = text.find("-->", start + 4)
        if end < 0:
            break
        kept.append(text[at:start])
        at, hidden = end + 3, hidden + 1
    if not hidden:
        return text, 0
    kept.append(text[at:])
    return "".join(kept), hidden
