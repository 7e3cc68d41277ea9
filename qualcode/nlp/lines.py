"""Lines of written text that are not sentences: headings, titles, a list's items.

A suggested passage is accepted in one keystroke, so it must be what a coder would mark:
sentences of one section. A heading names what follows and says nothing itself; a
passage that opened at "Ekonomi och långsiktighet i socialtjänstens arbete med barn och
unga" and ran over the paragraphs under it could only be rejected or cut by hand. So a
passage never starts or ends on a line nor runs across one (``suggest.merge_runs``), and
the passage rule never lifts one (``context.passages``). ``section_heads`` finds the
headings that the shorter rule of ``context.headings`` lets through.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import numpy as np

from qualcode.nlp.scorers import Candidate

# A unit ending so is a sentence; any other written unit standing alone is a line.
SENTENCE_END = (".", "!", "?", "…", ";")
# A heading read into its paragraph (the first or last unit, no sentence ending): at most
# this many words, as ``context.HEADING_WORDS``; a longer one is a sentence cut short.
EDGE_WORDS = 8
# A section heading directly above a paragraph of two or more sentences: at most this many
# words ("Ekonomi och långsiktighet i socialtjänstens arbete med barn och unga" has ten).
HEAD_WORDS = 12


def _paragraphs(candidates: Sequence[Candidate]) -> Iterator[tuple[int, int]]:
    """Each written paragraph as ``[start, stop)``: units of one turn without a speaker."""
    n, start = len(candidates), 0
    while start < n:
        here, stop = candidates[start], start + 1
        while (
            stop < n
            and here.turn >= 0
            and candidates[stop].turn == here.turn
            and candidates[stop].document_id == here.document_id
        ):
            stop += 1
        if here.turn >= 0 and not here.spoken and not here.interviewer:
            yield start, stop
        start = stop


def _sentence(text: str) -> bool:
    return text.rstrip().endswith(SENTENCE_END)


def lines(candidates: Sequence[Candidate]) -> np.ndarray:
    """Which units of written text are lines rather than sentences: a paragraph of one
    unit with no sentence ending (a heading, a title, a list's item), or a short first or
    last unit of a paragraph with none (the next section's heading read into an abstract)."""
    out = np.zeros(len(candidates), dtype=bool)
    for start, stop in _paragraphs(candidates):
        for i in {start, stop - 1}:
            text = candidates[i].text.strip()
            short = len(text.split()) <= EDGE_WORDS or stop - start == 1
            out[i] = bool(text) and short and not _sentence(text)
    return out


def section_heads(candidates: Sequence[Candidate]) -> list[int]:
    """Units that head the paragraph under them: a paragraph of one short unit with no
    sentence ending, beginning with a capital or a digit (not a list's bullet, nor a line
    of a page read line by line), directly above a paragraph of two or more units, when
    the lines it ends do not follow a lead-in ending in a colon (then they are a list)."""
    paragraphs = list(_paragraphs(candidates))
    out: list[int] = []
    for k, (start, stop) in enumerate(paragraphs[:-1]):
        text = candidates[start].text.strip()
        below = paragraphs[k + 1]
        if (
            stop - start != 1
            or below[1] - below[0] < 2
            or candidates[below[0]].document_id != candidates[start].document_id
            or below[0] != stop
            or _sentence(text)
            or text.endswith(":")
            or not (text[:1].isupper() or text[:1].isdigit())  # a bullet, or a wrapped line
            or not 0 < len(text.split()) <= HEAD_WORDS
        ):
            continue
        first = k  # the first of the one-line paragraphs this one ends
        while first > 0 and _is_line(candidates, paragraphs[first - 1], paragraphs[first]):
            first -= 1
        if first > 0:
            lead = candidates[paragraphs[first - 1][1] - 1].text.rstrip()
            if lead.endswith(":") and paragraphs[first - 1][1] == paragraphs[first][0]:
                continue  # a list under its lead-in, whatever follows it
        out.append(start)
    return out


def _is_line(
    candidates: Sequence[Candidate], paragraph: tuple[int, int], after: tuple[int, int]
) -> bool:
    """Whether ``paragraph`` is one line of text directly before ``after``."""
    start, stop = paragraph
    text = candidates[start].text.strip()
    return (
        stop - start == 1
        and stop == after[0]
        and candidates[start].document_id == candidates[after[0]].document_id
        and not _sentence(text)
        and not text.endswith(":")
    )
