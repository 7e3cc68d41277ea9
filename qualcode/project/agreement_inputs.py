"""What agreement is computed on, checked and shaped before any coefficient: the codes
rated (no theme, no proposal a lead has not accepted), the ratings missing where a coder
never started a document, unitizing alpha's continuum over the documents every coder
worked on, and the bootstrap's resamples within bounds. Kept apart from ``agreement.py``,
which computes the report from them.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from qualcode.errors import SETTING, SettingError, ValidationError
from qualcode.model import BOOTSTRAP_RESAMPLES
from qualcode.oneline import shown
from qualcode.project.base import Service

# resamples of alpha's interval: 100,000 take under a second and 70 MB on the demo; a
# typo of 100,000,000 would ask for gigabytes. A 95% interval's second decimal is settled
# long before (1,000, the default, is the convention).
MAX_BOOTSTRAP = 100_000


class RatedCodesMixin(Service):
    """Which codes agreement rates, asked by the report and by the reconcile screen."""

    def rated(self, codes: Sequence[str]) -> list[str]:
        """Those of ``codes`` that agreement rates: no theme, no proposal a lead has not
        accepted. The reconcile screen's line asks for a case's codes, one of which may be
        a coder's proposal (karin's against mira's code on one passage)."""
        statuses = self.store.codes.statuses()
        return [
            k
            for k in codes
            if statuses.get(self.store.codes.id_for_key(k), ("active", None))[0]
            not in ("theme", "proposed")
        ]

    def _rated_codes(self, codes: Sequence[str] | None) -> list[str]:
        """The codes agreement is computed on: those named, else every live code but the
        themes and the proposals no lead has accepted. A theme groups codes and is never
        coded, so counted as a code it was a column of agreed absences on every unit:
        creating one raised the overall percent agreement and alpha the methods paragraph
        reports (red team 6). A proposal is one coder's words for a passage, seen by her
        and the leads only while blind: rated, it was a code the others could not have
        used, so every unit she coded with it counted as a disagreement, and its row
        stood in the lead's table before the lead had taken it into the codebook (eyes8)."""
        statuses = self.store.codes.statuses()
        if not codes:
            return [
                c.key
                for c in self.store.codes.list()
                if statuses.get(c.id, ("active", None))[0] not in ("theme", "proposed")
            ]
        for key in codes:
            status, by = statuses.get(self.store.codes.id_for_key(key), ("active", None))
            if status == "theme":
                raise ValidationError(
                    f"{shown(key)} is a theme: it groups codes and is never coded, so it has "
                    "no agreement of its own; name its codes"
                )
            if status == "proposed":
                raise ValidationError(
                    f"{shown(key)} is a code {by or 'a coder'} proposed that no lead has "
                    "accepted: the other coders could not use it; accept it first (TUI themes, a)"
                )
        return list(codes)


def check_bootstrap(resamples: object, seed: object) -> None:
    """A whole number of resamples from 0 (no interval) to ``MAX_BOOTSTRAP``, and a seed
    of 0 or more: -5 resamples printed "CI undefined to undefined; -5 resamples" in the
    methods paragraph, and a hundred million ran the machine out of memory."""
    if isinstance(resamples, bool) or not isinstance(resamples, int):
        raise SettingError(
            "bootstrap", f"{SETTING} {resamples!r}: give a whole number of resamples"
        )
    if not 0 <= resamples <= MAX_BOOTSTRAP:
        raise SettingError(
            "bootstrap",
            f"{SETTING} {resamples:,}: give 0 (no interval) to {MAX_BOOTSTRAP:,} resamples "
            f"({BOOTSTRAP_RESAMPLES:,} is the convention)",
        )
    if isinstance(seed, bool) or not isinstance(seed, int) or seed < 0:
        raise ValidationError(f"bootstrap seed {seed!r}: give a whole number, 0 or more")


def without_missing(
    matrix: Any, gaps: dict[str, set[str]], coders: list[str], doc_ids: list[str], corpus: Any
) -> Any:
    """A units x raters 0/1 matrix as floats with NaN where a coder never started the
    unit's document: a missing rating, which alpha, AC1, percent agreement and the pairs
    leave out, where a 0 counted her as finding no passage of the code (lead32)."""
    bounds = corpus.unit_offsets
    out = matrix.astype(float)
    for j, coder in enumerate(coders):
        for d, doc_id in enumerate(doc_ids):
            if doc_id in gaps.get(coder, ()):
                out[bounds[d] : bounds[d + 1], j] = math.nan
    return out


class Continuum:
    """Unitizing alpha's continuum: every counted document, or where a coder never started
    some of them, only the documents every counted coder coded (u-alpha has no missing
    observer: her empty stretch would read as finding nothing there)."""

    def __init__(
        self,
        corpus: Any,
        coders: list[str],
        doc_ids: list[str],
        gaps: dict[str, set[str]],
        source: tuple[Any, list[str]],
    ) -> None:
        self.coders = coders
        self.corpus = corpus
        if gaps:
            from qualcode.agreement.corpus import Corpus

            store, code_ids = source
            kept = [d for d in doc_ids if not any(d in gap for gap in gaps.values())]
            texts = store.documents.texts(kept)
            numbers = store.codings.row_numbers
            self.corpus = Corpus(
                [texts[d] for d in kept],
                numbers("documents", kept),
                store.documents.unit_bounds(kept),
                store.codings.rater_spans(kept, code_ids),
                numbers("coders", coders),
            )

    def span(self, code: int) -> tuple[Any, int]:
        return self.corpus.continuum(code, self.coders), self.corpus.length
