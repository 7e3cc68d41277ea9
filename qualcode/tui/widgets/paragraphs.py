"""Which of a document's stored lines the coding screen wraps as one paragraph.

A PDF's text keeps its page's line ends inside a paragraph (the stored text and every
offset stay as they are): drawn as they stand, each page line stood ragged at half the
screen's width between full ones. With ``soft`` the lines of one paragraph are one block,
their line ends drawn as spaces, while a speaker's turn, a list item, a numbered point and a
contents entry each start their own, as the page showed them.
"""

from __future__ import annotations

import re
from collections.abc import Collection

# a line that stands on its own in a written document however its paragraph runs: a list
# item, a numbered point or a contents entry (a tab for its dot leaders)
OWN_LINE = re.compile(r"^\s*(?:[•▪◦●■–\-*·]\s|\d{1,3}(?:\.\d{1,3})*[.)]?\s)|\t")


def paragraph_blocks(text: str, soft: bool, speaker_lines: Collection[int]) -> list[str]:
    """The text's lines, each wrapped on its own; with ``soft`` the lines of one paragraph
    joined into one block by their line ends, except a line that starts a turn (its offset
    in ``speaker_lines``) or stands on its own (``OWN_LINE``)."""
    lines = text.split("\n")
    if not soft:
        return lines
    blocks: list[str] = []
    pos = 0
    for line in lines:
        joins = (
            blocks
            and blocks[-1].strip()
            and line.strip()
            and pos not in speaker_lines
            and not OWN_LINE.search(line)
            and "\t" not in blocks[-1]
        )
        if joins:
            blocks[-1] += "\n" + line
        else:
            blocks.append(line)
        pos += len(line) + 1
    return blocks
