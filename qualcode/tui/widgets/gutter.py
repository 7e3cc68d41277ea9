"""The transcript's gutter label: how the labels of the codings on a line share its few
cells. Kept apart from the view, which only paints what this decides, so the rule for
cutting names can be read (and tested) on its own.

Room is counted in the cells a terminal draws, as the transcript counts its rows
(``rich.cells``): a CJK character or an emoji takes two, a combining mark none. Counted in
code points, "漢字漢字漢字…" fitted nine cells on paper, and the view's crop to the gutter
then cut off its end, "…" with it, so a cut name read as a whole one (minor46)."""

from __future__ import annotations

from rich.cells import cell_len, split_graphemes


def gutter_label(labels: list[str], room: int) -> str:
    """One label whole (as far as it fits); several share the room, each cut alike. A cut
    suggestion keeps its "?": "sepa shor" read as two codings where one was suggested. A
    cut coding ends in "…": "integrering" cut to "inte" read as the Swedish word for "not"
    ("inte sys?"), where "int… sys?" reads as a name cut short. A memo's "*" comes last
    and whole: given a share like a code's name it left "d? * e?"."""
    named = [label for label in labels if label != "*"]
    if len(named) == len(labels):
        return _share(named, room)
    if not named:
        return "*"
    return f"{_share(named, room - 2)} *"


def _share(labels: list[str], room: int) -> str:
    if cell_len(" ".join(labels)) <= room:
        return " ".join(labels)
    if len(labels) == 1:
        return _cut(labels[0], room)
    each = max(1, (room - len(labels) + 1) // len(labels))
    return _head(" ".join(_cut(label, each) for label in labels), room)


def _cut(label: str, each: int) -> str:
    if cell_len(label) <= each:
        return label
    if label.endswith("?"):
        return _head(label[:-1], each - 1) + "?" if each >= 2 else _head(label, each)
    if each < 3:  # "s…" tells less than "se"
        return _head(label, each)
    return _head(label, each - 1).rstrip("…") + "…"


def _head(text: str, cells: int) -> str:
    """The longest start of ``text`` in at most ``cells`` cells, never half a character:
    a wide one that would straddle the edge is left out whole (a cell short, padded)."""
    if cell_len(text) <= cells:
        return text
    spans, _ = split_graphemes(text)
    used = end = 0
    for _start, stop, width in spans:
        if used + width > cells:
            break
        used, end = used + width, stop
    return text[:end]
