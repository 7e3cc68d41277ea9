"""Where a PDF's page leaves a paragraph's space between two lines.

A PDF's text layer says nothing of paragraphs, and ``pdf_layout`` reads them from the lines'
words: a short line ending a sentence, a heading, a list item. A paragraph whose last line
runs the page's full width, ending on a full stop, gave no such sign: a municipal plan
saved as PDF came in with two of its paragraphs as one (seen: a paragraph on caseloads
read into the next on introducing new staff, and a suggestion for the second covered the
first). The page shows the end anyway: the space between the paragraphs is wider than
between a paragraph's lines (an empty line, or Word's space after a paragraph). Here the
height of each line is taken as pypdf reads the page, and a blank line marks where the step
down from one line to the next is clearly wider than the page's usual step.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

__all__ = ["LineTops"]

WIDER = 1.3  # a step this many times the page's usual line step leaves a paragraph's space
STEPS_NEEDED = 2  # steps between lines a page needs before its usual step can be told
SAME_LINE = 0.5  # points: a smaller step is the same line (a run of words drawn apart)


class LineTops:
    """pypdf's ``visitor_text`` for one page: the height on the page of each line of the
    text it extracts, then that text with a blank line where a paragraph's space stands
    (``spaced``)."""

    def __init__(self) -> None:
        self.pieces: list[str] = []
        self.breaks = 0  # line ends in the pieces so far
        self.heights: dict[int, float] = {}  # line number -> where its first words stand

    def text(
        self, text: str, cm: Sequence[float], tm: Sequence[float], _font: object, _size: float
    ) -> None:
        """Note where the first words of each line stand (device space, points up)."""
        self.pieces.append(text)
        stripped = text.lstrip()
        if stripped:
            line = self.breaks + text[: len(text) - len(stripped)].count("\n")
            if line not in self.heights:
                self.heights[line] = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        self.breaks += text.count("\n")

    def spaced(self, extracted: str) -> str:
        """``extracted`` (the page's text, as pypdf returned it with this visitor) as its
        lines without blank ones, and a blank line before each line that stands a
        paragraph's space below the one before. Where the pieces seen are not that text
        (a pypdf that joins them otherwise), only the blank lines go, as before."""
        lines = extracted.split("\n")
        kept = [(at, line) for at, line in enumerate(lines) if line.strip()]
        if "".join(self.pieces) != extracted:
            return "\n".join(line for _, line in kept)
        wide = self._wide_steps([at for at, _ in kept])
        out: list[str] = []
        for at, line in kept:
            if at in wide:
                out.append("")
            out.append(line)
        return "\n".join(out)

    def _wide_steps(self, order: list[int]) -> set[int]:
        """The lines (by number) standing clearly further below the line before them than
        the page's usual step; none where the page has too few steps to tell."""
        steps: list[tuple[int, float]] = []
        for before, line in pairwise(order):
            if before in self.heights and line in self.heights:
                step = self.heights[before] - self.heights[line]
                if step > SAME_LINE:  # up the page (a new column) or beside: no step
                    steps.append((line, step))
        if len(steps) < STEPS_NEEDED:
            return set()
        sizes = sorted(step for _, step in steps)
        usual = sizes[len(sizes) // 4]  # most of a page's steps are within paragraphs
        return {line for line, step in steps if step > WIDER * usual}
