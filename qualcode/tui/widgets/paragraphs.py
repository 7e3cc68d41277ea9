"""Which of a document's stored lines the coding screen wraps as one paragraph.

A PDF's text keeps its page's line ends inside a paragraph (the stored text and every
offset stay as they are): drawn as they stand, each page line stood ragged at half the
screen's width between full ones. With ``soft`` the lines of one paragraph are one block,
their line ends drawn as spaces, while a speaker's turn, a list item, a numbered point, a
contents entry and a dash opening a quote each start their own, where the import parts them.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from qualcode.project.layout import starts_own


def paragraph_blocks(
    text: str,
    soft: bool,
    speaker_lines: Collection[int],
    parts: Callable[[str, str], bool] = starts_own,
) -> list[str]:
    """The text's lines, each wrapped on its own; with ``soft`` the lines of one paragraph
    joined into one block by their line ends, except a line that starts a turn (its offset
    in ``speaker_lines``) or a paragraph of its own (the import's ``starts_own``: a list
    item, a contents entry, a dash opening a quote after a sentence's end; a wrapped plain
    text's ``parts`` also after a line ending short: ``project/layout.line_parts``)."""
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
            and not parts(blocks[-1].rsplit("\n", 1)[-1], line)
        )
        if joins:
            blocks[-1] += "\n" + line
        else:
            blocks.append(line)
        pos += len(line) + 1
    return blocks
