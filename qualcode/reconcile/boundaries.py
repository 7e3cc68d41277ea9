"""Where the coders' versions of a boundary case part: who drew the same span, and where
each other span begins or ends apart from it (pure; the reconcile screen says it in words).

A boundary case is one code given by every counted coder to spans that differ. With five
coders the screen shows four panes of the same sentences, each marked a little
differently; the lead had to read them side by side to find that johan alone began a
sentence earlier (eyes36). The largest group of alike versions is the yardstick: each
other group is told by what it takes in, or leaves out, at either end.
"""

from __future__ import annotations

from dataclasses import dataclass

from qualcode.reconcile.cases import Case, Span


@dataclass(frozen=True, slots=True)
class Apart:
    """A group of coders whose spans are alike, and where they part from the yardstick
    (the largest group): each a character range of the text, or None where that edge is
    the yardstick's. ``inside``: the same outer edges, different spans within."""

    coders: tuple[str, ...]
    takes_before: Span | None = None  # text before the yardstick's start the group takes
    leaves_start: Span | None = None  # the yardstick's first words the group leaves out
    takes_after: Span | None = None  # text after the yardstick's end the group takes
    leaves_end: Span | None = None  # the yardstick's last words the group leaves out
    inside: bool = False


def span_groups(case: Case) -> list[tuple[tuple[str, ...], tuple[Span, ...]]]:
    """The counted coders grouped by what they marked (every code's spans merged), the
    largest group first; groups of one size in the order their first coder is listed."""
    groups: dict[tuple[Span, ...], list[str]] = {}
    for coder, version in case.versions.items():
        if not version.empty:
            groups.setdefault(version.all_spans(), []).append(coder)
    ranked = sorted(groups.items(), key=lambda item: -len(item[1]))  # stable: first stays
    return [(tuple(coders), spans) for spans, coders in ranked]


def boundaries_apart(case: Case) -> tuple[tuple[str, ...], list[Apart]]:
    """For a boundary case: the yardstick's coders, and how every other group parts from
    them; ((), []) for any other kind of case, or where all coders drew alike."""
    groups = span_groups(case)
    if case.kind != "boundary" or len(groups) < 2:
        return (), []
    (alike, base), others = groups[0], groups[1:]
    start, end = base[0][0], base[-1][1]
    parts = []
    for coders, spans in others:
        first, last = spans[0][0], spans[-1][1]
        parts.append(
            Apart(
                coders,
                takes_before=(first, start) if first < start else None,
                leaves_start=(start, first) if first > start else None,
                takes_after=(end, last) if last > end else None,
                leaves_end=(last, end) if last < end else None,
                inside=first == start and last == end,
            )
        )
    return alike, parts
