"""A code's parts read in a unit's paragraph: a modest suggestion whose paragraph names no
stem of one of the code's parts is held just under the line.

Some codes join two sides: long-term economics is money AND a horizon past this year's
budget. Annotators code the sentence that makes the point, while the other side often
stands in the sentences around it; so a unit's own words seldom hold both sides, but its
paragraph does (engine46, benchmarks/SUGGEST.md Stop 46: over the line, 26 of 36 Swedish
long-term economics finds had both parts in their paragraph, against 3 of 25 no-code
flags). A paragraph on budget cuts that never names a horizon or a comparison is budget
talk, not the code. The rule only lowers, and only a modest score (from the line up to
``CAP``): a unit the engine is sure of keeps its score. The parts are the codebook's own
content (``model.Code.parts``), per language; a code without parts in a unit's language is
left as it is.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from qualcode.model import Code
from qualcode.nlp.scorers import DEFAULT_THRESHOLD, Candidate

# scores from the line up to this are modest: measured on Swedish dev, 0.6 to 0.8 gave the
# same plateau (engine46); 0.7 is its middle
CAP = 0.7
# where a held unit is put: just under the line, so a ranked view still lists it
HELD = DEFAULT_THRESHOLD - 0.01

# per code (in the engine's order), per language, the parts' stems in lower case
CodeParts = list[dict[str, tuple[tuple[str, ...], ...]]]


def parts_of(codes: Sequence[Code]) -> CodeParts:
    """Each code's parts as the rule reads them: stems in lower case, as the text is."""
    return [
        {
            lang: tuple(tuple(stem.lower() for stem in part) for part in parts)
            for lang, parts in code.parts.items()
            if parts
        }
        for code in codes
    ]


def paragraphs(candidates: Sequence[Candidate]) -> list[list[int]]:
    """The units of each paragraph: a document's speaker turn, or a written text's
    paragraph (both are the unit's ``turn``); a unit whose turn is unknown stands alone."""
    grouped: dict[tuple[str, int, int], list[int]] = {}
    for u, c in enumerate(candidates):
        alone = u if c.turn < 0 else -1
        grouped.setdefault((c.document_id, c.turn, alone), []).append(u)
    return list(grouped.values())


def hold_without_parts(
    parts: CodeParts, candidates: Sequence[Candidate], probs: np.ndarray
) -> np.ndarray:
    """``probs`` with each unit at the line up to ``CAP`` for a code set just under the
    line where its paragraph lacks every stem of one of the code's parts in the unit's
    language."""
    if not any(parts):
        return probs
    out = probs.copy()
    for units in paragraphs(candidates):
        text = " " + " ".join(candidates[u].text for u in units).lower() + " "
        for j, by_lang in enumerate(parts):
            for u in units:
                each = by_lang.get(candidates[u].lang)
                if not each or not DEFAULT_THRESHOLD <= out[u, j] < CAP:
                    continue
                if not all(any(stem in text for stem in part) for part in each):
                    out[u, j] = HELD
    return out
