"""Where a Word table's header may break a word too long for its column: at a syllable,
with a hyphen, never between two letters chosen by the page.

Five themes with Swedish names beside a participant column left each theme's column
narrower than its longest word ("systemperspektiv", "verksamhetskvalitet"), and
LibreOffice and Word broke those words wherever the column ended, with no hyphen:
"systemperspekti" over "v", "långsiktighe" over "t i den" (team39). A word wider than its
column gets optional hyphens (``SOFT``, written as Word's ``w:softHyphen``) where its lines
may break: before the last consonant ahead of a vowel, as Swedish and English hyphenate
("pers-pek-tiv"), each line as full as the column holds. Text that fits is left as it is.
"""

from __future__ import annotations

from qualcode.export.docx_widths import text_inches

SOFT = "\u00ad"  # an optional hyphen: shown only where a line breaks at it
VOWELS = frozenset("aeiouyåäöéèüæøAEIOUYÅÄÖÉÈÜÆØ")
SIDE = 2  # letters a break leaves at least on either side of it


# two consonants that begin a syllable together: a break goes before both
# ("kvalitets-fråga", "upp-drag", "-tjänster"), not between them; none begins with s,
# which in Swedish more often ends a compound's first part ("arbets-miljö")
ONSETS = frozenset(
    [
        "bl",
        "br",
        "dr",
        "fl",
        "fr",
        "gl",
        "gn",
        "gr",
        "kl",
        "kn",
        "kr",
        "kv",
        "pl",
        "pr",
        "tj",
        "tr",
        "tv",
    ]
)


def syllable_breaks(word: str) -> list[int]:
    """Positions a line may break at inside ``word``: before a consonant followed by a
    vowel (before both of two that begin a syllable together), with a vowel somewhere
    before it and ``SIDE`` letters or more on either side."""
    breaks = []
    for i in range(SIDE, len(word) - SIDE):
        if not (word[i].isalpha() and word[i] not in VOWELS and word[i + 1] in VOWELS):
            continue
        if word[i - 1 : i + 1].lower() in ONSETS:
            i -= 1
        if i >= SIDE and word[i - 1].isalpha() and any(c in VOWELS for c in word[:i]):
            breaks.append(i)
    return breaks


def hyphenated(text: str, room: float, size: int, bold: bool = True) -> str:
    """``text`` with optional hyphens in each word wider than ``room`` inches at ``size``
    points: at the last syllable break that fits a line, line after line."""
    return " ".join(_word(w, room, size, bold) for w in text.split(" "))


def _word(word: str, room: float, size: int, bold: bool) -> str:
    if text_inches(word, size, bold) <= room:
        return word
    lines, rest = [], word
    while text_inches(rest, size, bold) > room:
        fits = [i for i in syllable_breaks(rest) if text_inches(rest[:i] + "-", size, bold) <= room]
        if not fits:
            break  # no syllable fits: the renderer breaks it as before
        lines.append(rest[: fits[-1]])
        rest = rest[fits[-1] :]
    return SOFT.join([*lines, rest])


# the web summary's wide table as its style sets it (render.py): 52em of 16 px at most, the
# first column 8.5em of the headers' 0.85em, cells padded 0.6em a side; headers 0.85em bold
PAGE_PX, FIRST_PX, PAD_PX, HEADER_PT = 52 * 16, 8.5 * 0.85 * 16, 2 * 0.6 * 0.85 * 16, 10
# DejaVu Sans Bold, which measures here, is wider than a browser's sans: Chromium set
# "verksamhetskvalitet" in 158 px that it measures at 173; a word is hyphenated only where
# it is this much wider than its column, so a header that fits keeps its lines
BROWSER_NARROWER = 1.1


def web_header(text: str, columns: int) -> str:
    """A wide web table's header with optional hyphens where a word is wider than a column
    of a table of ``columns`` columns (the browser, ``hyphens: manual``, breaks there only
    where it must). Five long-named themes at 1000 pixels showed "systemperspektiv" run
    into the next column and "socialsekreterart" cut at the table's edge (team39)."""
    room = ((PAGE_PX - FIRST_PX) / max(columns - 1, 1) - PAD_PX) / 96 * BROWSER_NARROWER
    return hyphenated(text, room, HEADER_PT)
