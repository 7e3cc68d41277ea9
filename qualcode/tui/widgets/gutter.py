"""The transcript's gutter label: how the labels of the codings on a line share its few
cells. Kept apart from the view, which only paints what this decides, so the rule for
cutting names can be read (and tested) on its own."""

from __future__ import annotations


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
    if len(" ".join(labels)) <= room:
        return " ".join(labels)
    if len(labels) == 1:
        return _cut(labels[0], room)
    each = max(1, (room - len(labels) + 1) // len(labels))
    return " ".join(_cut(label, each) for label in labels)[:room]


def _cut(label: str, each: int) -> str:
    if len(label) <= each:
        return label
    if label.endswith("?"):
        return label[: each - 1] + "?" if each >= 2 else label[:each]
    if each < 3:  # "s…" tells less than "se"
        return label[:each]
    return label[: each - 1].rstrip("…") + "…"
