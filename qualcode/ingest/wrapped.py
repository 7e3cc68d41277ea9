"""Whether a plain-text document's line ends were put inside its paragraphs.

Policy documents reach a study as text copied out of a PDF, or as a memo its writer wrapped
at a fixed width: every line of a paragraph ends where the page or the editor ran out, and
the next one goes on mid-sentence in lower case. Drawn line by line, each such line stood
ragged on the coding screen between full ones. Text whose lines mostly go on like that is
read as wrapped, as a PDF's page lines are; an interview typed one paragraph a line, or a
speaker a line, is not (its lines are long, or open with a name or a capital).
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from qualcode.ingest.pdf_layout import ends, full_width, goes_on

__all__ = ["WRAPPED_SOURCES", "hard_wrapped", "wrapped_parts"]

WRAPPED_SOURCES = (".txt", ".md")  # readers that keep the writer's line ends as they stand
MIN_GOES_ON = 3  # lines going on mid-sentence before a text counts as wrapped
LONGEST_WRAP = 120  # a typical line past this many characters is a paragraph, not a wrap


def hard_wrapped(text: str) -> bool:
    """Whether most places where one non-blank line meets the next are a sentence wrapped
    on (at least ``MIN_GOES_ON`` of them), in text whose typical line is of a wrap's
    length."""
    lines = [line for line in text.split("\n") if line.strip()]
    if not lines:
        return False
    lengths = sorted(len(line.strip()) for line in lines)
    if lengths[len(lengths) // 2] > LONGEST_WRAP:
        return False
    rows = text.split("\n")
    meets = [(a, b) for a, b in pairwise(rows) if a.strip() and b.strip()]
    wraps = sum(goes_on(a, b) for a, b in meets)
    return wraps >= MIN_GOES_ON and 2 * wraps >= len(meets)


def wrapped_parts(text: str) -> Callable[[str, str], bool]:
    """Where a wrapped text's lines part (``before``, ``line`` -> a paragraph of its own):
    a wrapped text has no blank lines to say so, and joined whole its title ran into its
    first paragraph. Its lines part where a PDF's page lines part at import
    (``pdf_layout.ends``, against the text's own full width): a list item, a quote's dash,
    a heading, or a new sentence after a line ending short (a paragraph's last, a title, a
    date), never a sentence carried on mid-way."""
    full = full_width(text.split("\n"))
    return lambda before, line: ends(before, line, full)
