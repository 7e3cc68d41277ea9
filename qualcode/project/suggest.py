"""Suggestions: propose passages per code, learn from every accept and reject.

How the engine behind them is fitted, kept in the project file and read back is told in
``qualcode.project.engine``; the coder's decisions on them (accept, reject, take back) in
``qualcode.project.suggestion_decisions``.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from numbers import Real
from typing import TYPE_CHECKING, Any, TypeVar

from qualcode.errors import SETTING, SettingError, ValidationError
from qualcode.model import Suggestion, Unit
from qualcode.project.access import LEARNED_FROM
from qualcode.project.api_arguments import require_filter
from qualcode.project.engine import EngineMixin, NotEmbedded
from qualcode.project.handed import HandedMixin
from qualcode.project.suggestion_decisions import DecisionsMixin
from qualcode.project.table_cells import short_cells
from qualcode.project.training import examples

if TYPE_CHECKING:
    from qualcode.nlp.suggest import Candidate, Example, Suggester

T = TypeVar("T")

DOC_BATCH = 50  # documents scored together: fewer, larger matrix products
# the least best score the ranked list shows, for every code and kind of text: a
# calibrated probability, so a row under it is a sentence that holds its code less than one
# time in twenty, which a coder searching for a theme reads twenty rows to find once. Those
# rows were the ranked list's noise: 0,02 and 0,03 under the near-misses, most of them lit
# by a neighbour's window, not by anything the sentence says (eyes42). It is also over the
# 0,00 a score cut to two decimals reads as (score_shown.py; eyes34, eyes35).
NO_SIGNAL = 0.05
NO_CODES = "the project has no codes to suggest yet: load a codebook or add codes first"


def score_between(name: str, value: object) -> float:
    """A score a caller passes (``ranked``'s floor, ``evaluate_suggestions``'s threshold),
    a number from 0 to 1: NaN was taken, so every comparison with it was false and the
    floor left nothing out and the evaluation counted no suggestion made, each reported
    as a result (hostile46); a string died in a TypeError at the first comparison."""
    if isinstance(value, bool) or not isinstance(value, Real) or not 0.0 <= float(value) <= 1.0:
        raise ValidationError(f"{name} {value!r} must be a number between 0 and 1")
    return float(value)


@dataclass(frozen=True, slots=True)
class RankedUnit:
    """A sentence below the threshold with its best code (and the runner-up).

    ``has``: the codes the sentence already holds for this coder (coded, or a suggestion
    accepted), which the list leaves out, so its code reads as the next one. A sentence
    with a pending suggestion is not listed at all (eyes42)."""

    document_id: str
    start: int
    end: int
    code: str
    score: float
    second: str | None
    second_score: float | None
    text: str
    has: tuple[str, ...] = ()


class SuggestMixin(EngineMixin, DecisionsMixin, HandedMixin):
    def _candidates(self, doc_ids: Sequence[str]) -> tuple[list[Candidate], dict[str, list[Unit]]]:
        """Sentence units of these documents, in order, with who spoke them."""
        from qualcode.nlp.suggest import Candidate

        candidates: list[Candidate] = []
        units_by_doc: dict[str, list[Unit]] = {}
        # the labels the exports take for the interviewer's ("Maria:" asking "Per:", or
        # "Intervjuare Maria:"): her questions were suggested, merged with the answer that
        # followed, while every export left them out of the participant's words (eyes38).
        # One rule: its plainly named labels are the engine's own (``who_asks.asks_by_label``,
        # ``nlp.scorers.is_interviewer``), so the benchmarks decide as a project does
        asking = self.interviewer_labels()
        for doc_id in doc_ids:
            doc = self.store.documents.get(doc_id)
            turns = self.store.documents.turns(doc_id)
            units = self.store.documents.units(doc_id)
            units_by_doc[doc_id] = units
            starts = [t.start for t in turns]
            for unit in units:
                turn = bisect.bisect_right(starts, unit.start) - 1
                who = (turns[turn].speaker or "") if turn >= 0 else ""
                asks = who in asking.get(doc_id, ())
                text = doc.text[unit.start : unit.end]
                candidates.append(
                    Candidate(
                        doc_id, unit.start, unit.end, text, doc.lang, asks, max(turn, 0), bool(who)
                    )
                )
        return candidates, units_by_doc

    def _training(
        self, exclude_docs: frozenset[str] = frozenset(), only_coder: str | None = None
    ) -> list[Example]:
        """What the engine learns from (``training.examples``), as this person may read it."""
        return examples(self.store, exclude_docs, only_coder)

    def suggest_settings(
        self,
        codes: Sequence[str] | None = None,
        min_score: float | None = None,
        *,
        need_codes: bool = True,
    ) -> tuple[dict[str, str], float]:
        """The codes to suggest (key -> id) and the threshold, or the refusal ``suggest``
        would give: asked before the slow part (`suggest --embed` embedded a plan for 13 s
        CPU, then said the project had no codes)."""
        from qualcode.nlp.suggest import DEFAULT_THRESHOLD

        keys = list(codes) if codes else [c.key for c in self.store.codes.list()]
        code_ids = {k: self.store.codes.id_for_key(k) for k in keys}
        threshold = DEFAULT_THRESHOLD if min_score is None else min_score
        if not 0.0 <= threshold <= 1.0:
            raise SettingError("min_score", f"{SETTING} {threshold} must be between 0 and 1")
        if need_codes and not code_ids:
            raise ValidationError(NO_CODES, action="load_codebook", key="suggest_no_codes")
        return code_ids, threshold

    def suggest(
        self,
        docs: Sequence[str] | None = None,
        codes: Sequence[str] | None = None,
        *,
        min_score: float | None = None,
        coder: str | None = None,
        progress: Callable[[int, int], None] | None = None,
        semantic: bool | None = True,
    ) -> list[Suggestion]:
        """Compute, store (pending) and return suggestions; skips what ``coder`` coded.

        ``semantic``: True uses the embedding tier when it is installed and on, computing
        the embeddings still missing (about a second per hundred words of new text);
        None uses it only where everything is embedded already and otherwise answers at
        once with the core tier (``last_tier`` says which answered); False never uses it.
        ``docs=[]`` is refused: read as every document, a notebook's filter that matched
        nobody stored pending suggestions on the whole project (empty48).
        """
        require_filter(docs, "suggest: docs")
        self.require_copy_writer(coder)  # stores pending suggestions: before the slow part
        doc_ids = (
            [self.store.documents.resolve(d) for d in docs]
            if docs
            else [d.id for d in self.store.documents.summaries()]
        )
        code_ids, threshold = self.suggest_settings(codes, min_score, need_codes=False)
        if not doc_ids:  # nothing to suggest on
            return []
        if not code_ids:
            raise ValidationError(NO_CODES, action="load_codebook", key="suggest_no_codes")
        own = self._decided(doc_ids if docs else None, coder)
        learner = self._learner(coder)
        # an acceptance undone left its suggestion pending: kept, and not proposed twice
        kept = [
            s
            for s in self.store.suggestions.kept_pending(doc_ids)
            if s.code in code_ids and s.evidence.get(LEARNED_FROM) == learner
        ]
        for s in kept:
            own.setdefault(s.document_id, []).append(s)
        engine, rows = self._on_a_tier(
            learner,
            semantic,
            lambda e: self._rows(e, doc_ids, threshold, list(code_ids), code_ids, own, progress),
        )
        self.__dict__["_last_tier"] = "semantic" if "semantic" in engine.methods else "core"
        keys_of = {code_id: key for key, code_id in code_ids.items()}
        if learner is not None:  # a coder's own engine: her suggestions, not the team's
            rows = [{**r, "evidence": {**r["evidence"], LEARNED_FROM: learner}} for r in rows]
        with self.store.transaction():
            # a code the lead merged away, retired or made a theme while the engine ran
            # (seconds, minutes on a large project) gets no suggestion: they were stored
            # and printed, and accepting one said 'unknown code' (red team 9)
            live = self._suggestable_ids()
            rows = [r for r in rows if r["code_id"] in live]
            kept = [s for s in kept if code_ids[s.code] in live]
            made = self.store.suggestions.replace_pending_read(
                doc_ids, list(code_ids.values()), rows, keys_of, learner
            )
        return self.store.suggestions.in_order([*made, *kept])  # as they list, by name

    def _on_a_tier(
        self, learner: str | None, semantic: bool | None, use: Callable[[Suggester], T]
    ) -> tuple[Suggester, T]:
        """``use`` run with the engine of ``semantic``'s tier; when that is None and the
        embeddings are missing, with the core tier at once (``suggest`` and ``ranked`` answer
        now; the embeddings come later, which ``_embeddings_pending`` tells the faces)."""
        self.__dict__["_embeddings_pending"] = False
        try:
            engine = self.suggester(only_coder=learner, semantic=semantic)
            return engine, use(engine)
        except NotEmbedded:
            self.__dict__["_embeddings_pending"] = True
            engine = self.suggester(only_coder=learner, semantic=False)
            return engine, use(engine)

    def _suggestable_ids(self) -> set[str]:
        """The ids of the codes a suggestion may carry now: live, and no theme."""
        return {
            cid for cid, (status, _) in self.store.codes.statuses().items() if status != "theme"
        }

    def _rows(
        self,
        engine: Suggester,
        doc_ids: Sequence[str],
        threshold: float,
        keys: Sequence[str],
        code_ids: dict[str, str],
        own: dict[str, list],
        progress: Callable[[int, int], None] | None,
    ) -> list[dict[str, Any]]:
        """The engine's drafts for these documents as rows to store, minus decided spans
        and a written table's short cells (``table_cells``: scored with their table, which
        the engine reads whole, but never suggested on their own)."""
        from qualcode.nlp.suggest import MODEL_VERSION

        rows = []
        for first in range(0, len(doc_ids), DOC_BATCH):
            chunk = doc_ids[first : first + DOC_BATCH]
            candidates, _ = self._candidates(chunk)
            short = short_cells(candidates, self.store.documents.texts(chunk))
            for draft in engine.suggest(candidates, threshold, keys):
                if short(draft.document_id, draft.start, draft.end):
                    continue
                if any(
                    c.code == draft.code and c.start < draft.end and draft.start < c.end
                    for c in own.get(draft.document_id, ())
                ):
                    continue
                rows.append(
                    {
                        "document_id": draft.document_id,
                        "start": draft.start,
                        "end": draft.end,
                        "code_id": code_ids[draft.code],
                        "score": draft.score,
                        "method": draft.method,
                        "evidence": {**draft.evidence, "model_version": MODEL_VERSION},
                        "model_version": MODEL_VERSION,
                    }
                )
            if progress:
                progress(min(first + DOC_BATCH, len(doc_ids)), len(doc_ids))
        return rows

    def _learner(self, coder: str | None) -> str | None:
        """Whose work a coder's suggestions may learn from: a coder (blind) learns only
        from their own codings and decisions; a lead, or nobody named, from everyone's."""
        if coder is None:  # nobody named here: the coder who acts, if one does
            return self.suggestions_owner()
        person = self.person(coder, "get suggestions")
        return None if person.role == "lead" else person.name

    def _decided(self, doc_ids: Sequence[str] | None, coder: str | None) -> dict[str, list]:
        """Per document, the spans that must not be proposed again for their code: what the
        coder coded, and suggestions decided on (by this coder, when one works blind). An
        accepted suggestion whose coding was removed again (undone) no longer counts."""
        own: dict[str, list] = {}
        blind = self._learner(coder)
        if coder:
            person = self.store.coders.by_name(coder)
            for c in self.store.codings.list(coder_ids=[person.id], layer="coder"):
                own.setdefault(c.document_id, []).append(c)
        live = {c.suggestion_id for c in self.store.codings.list() if c.suggestion_id}
        for status in ("accepted", "rejected"):
            for s in self.store.suggestions.list(doc_ids, status):
                if blind is not None and s.decided_by != blind:
                    continue
                if status == "accepted" and s.id not in live:
                    continue  # accepted, then undone: it may be proposed again
                own.setdefault(s.document_id, []).append(s)
        return own

    def ranked(
        self,
        doc: str,
        codes: Sequence[str] | None = None,
        *,
        coder: str | None = None,
        limit: int = 20,
        floor: float = 0.0,
        semantic: bool | None = True,
    ) -> list[RankedUnit]:
        """The best code of each sentence that stays below the threshold, best first: for a
        coder searching for a theme, who wants more than the confident suggestions.

        Each sentence is listed once. Nothing is stored. A sentence holding a pending
        suggestion of one of ``codes`` is left out whole: it is in the margin already, and
        listed again with its next code at 0,02 it hid the near-misses a coder searches
        for (eyes42). Interviewer turns, codes the coder already coded or decided on there,
        and scores under ``floor`` or under NO_SIGNAL are left out, as is
        a unit that scores nothing for any code: a heading, a table of contents' line, a
        letter's contact block, which the engine never suggests (a report's ranked list
        ended in eight of its contents' lines at 0.000, eyes10). ``semantic`` as for
        ``suggest``: None answers at once with the core tier while embeddings are missing
        (the TUI's `l`, which must not wait for a codebook to be embedded)."""
        from qualcode.nlp.suggest import DEFAULT_THRESHOLD

        if limit < 1:
            raise SettingError("limit", f"{SETTING} {limit} must be 1 or more")
        score_between("floor", floor)
        doc_id = self.store.documents.resolve(doc)
        keys = list(self.suggest_settings(codes)[0])  # an unknown key fails in one line
        candidates, _ = self._candidates([doc_id])
        if not candidates:
            return []
        learner = self._learner(coder)
        engine, (probs, _) = self._on_a_tier(learner, semantic, lambda e: e.score(candidates))
        own = self._decided([doc_id], coder).get(doc_id, [])
        # and what is suggested already (this engine's, undecided): a sentence inside a
        # paragraph suggested whole, or one suggested under a lower --min-score, was listed
        # again as staying below the threshold for the code it is suggested for (eyes34)
        pending = [
            s
            for s in self.store.suggestions.list([doc_id], "pending")
            if s.evidence.get(LEARNED_FROM) == learner and s.code in keys
        ]
        allowed = [j for j, k in enumerate(engine.codes) if k in keys]
        short = short_cells(candidates, self.store.documents.texts([doc_id]))
        out = []
        for i, cand in enumerate(candidates):
            if cand.interviewer or short(cand.document_id, cand.start, cand.end):
                continue
            if any(s.start < cand.end and cand.start < s.end for s in pending):
                continue
            here = [o for o in own if o.start < cand.end and cand.start < o.end]
            order = [
                j
                for j in sorted(allowed, key=lambda j: -probs[i, j])
                if not any(o.code == engine.codes[j] for o in here)
            ]
            best = float(probs[i, order[0]]) if order else 0.0
            if best < max(floor, NO_SIGNAL) or best >= DEFAULT_THRESHOLD:
                continue
            j = order[0]
            second = order[1] if len(order) > 1 else None
            out.append(
                RankedUnit(
                    doc_id,
                    cand.start,
                    cand.end,
                    engine.codes[j],
                    round(float(probs[i, j]), 4),
                    engine.codes[second] if second is not None else None,
                    round(float(probs[i, second]), 4) if second is not None else None,
                    cand.text,
                    _held(here, [engine.codes[j] for j in allowed]),
                )
            )
        out.sort(key=lambda r: (-r.score, r.start))
        return out[:limit]


def _held(here: Sequence[Any], codes: Sequence[str]) -> tuple[str, ...]:
    """The codes a sentence holds already among ``codes``, in the codebook's order: what is
    coded or suggested (pending or accepted) over it; a rejection holds nothing."""
    held = {o.code for o in here if getattr(o, "status", "") != "rejected"}
    return tuple(code for code in codes if code in held)
