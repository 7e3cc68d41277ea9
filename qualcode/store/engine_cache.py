"""What the suggestion engine keeps in the project file: its fitted states and the
semantic tier's embedding cache.

Both are derived data, kept so that a warm run reads them back instead of computing them
(a fit costs seconds, an embedding about a second per hundred words); neither is ever
unpickled, and a row that does not read back is as if it were absent. Mixed into
``SuggestionRepo``, whose ``store.suggestions`` the project reads them through.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import sqlite_utils

from qualcode.store.rows import chunks, now

if TYPE_CHECKING:  # numpy loads with the first kept engine, not with every command
    import numpy as np

EMBEDDINGS = "text_embeddings"  # (model, key, vector): see the lead's schema migration
MODELS = "suggest_models"  # fitted engines: JSON and a numpy .npz, never pickle
MAX_MODEL_BYTES = 256 * 1024 * 1024  # a stored engine larger than this is not read


class EngineCache:
    """The kept engines and embeddings of one project file (``db``)."""

    db: sqlite_utils.Database

    # -- fitted engines --------------------------------------------------------------------

    def model(self, coder: str, tier: str) -> StoredModel | None:
        """The stored engine state of this coder ('' for the team) and tier, if readable.

        Anything that does not parse as JSON plus a plain-number .npz (a damaged or
        hostile row) reads as None: the caller refits. Nothing is unpickled.
        """
        if MODELS not in self.db.table_names():
            return None
        row = self.db.execute(
            f"SELECT fingerprint, meta, arrays FROM {MODELS} WHERE coder = ? AND tier = ?",
            [coder, tier],
        ).fetchone()
        if row is None:
            return None
        fingerprint, meta, blob = row
        if not isinstance(blob, bytes) or len(blob) > MAX_MODEL_BYTES:
            return None
        from qualcode.store.npz import read_plain_npz

        arrays = read_plain_npz(blob)  # as savez writes them, or no engine (refit)
        if arrays is None:
            return None
        try:
            return StoredModel(str(fingerprint), json.loads(meta), arrays)
        except (ValueError, TypeError, RecursionError):
            return None

    def save_model(
        self, coder: str, tier: str, fingerprint: str, meta: Any, arrays: Mapping[str, Any]
    ) -> None:
        """Keep a fitted engine state (replacing this coder's and tier's previous one)."""
        if MODELS not in self.db.table_names():
            return
        import numpy as np

        buffer = io.BytesIO()
        # typed as Any: numpy's stub gives savez's **kwds the type of its allow_pickle flag
        named: dict[str, Any] = {k: np.asarray(v) for k, v in arrays.items()}
        np.savez(buffer, **named)
        self.db.table(MODELS).insert(
            {
                "coder": coder,
                "tier": tier,
                "fingerprint": fingerprint,
                "meta": json.dumps(meta, ensure_ascii=False),
                "arrays": buffer.getvalue(),
                "created_at": now(),
            },
            replace=True,
        )

    def drop_models(self) -> None:
        """Forget every stored engine (they are derived data; the next run refits)."""
        if MODELS in self.db.table_names():
            self.db.execute(f"DELETE FROM {MODELS}")

    # -- embedding cache (semantic tier) -----------------------------------------------

    def has_embedding_cache(self) -> bool:
        return EMBEDDINGS in self.db.table_names()

    def embeddings(self, model: str, keys: Sequence[str]) -> dict[str, bytes]:
        """Cached vectors (float16 bytes) by text key; unknown keys are left out."""
        return dict(self._cached(model, keys, "key, vector"))

    def embedded(self, model: str, keys: Sequence[str]) -> set[str]:
        """Which of these text keys have a kept vector (the vectors themselves are not read:
        planning what to embed in a large project must not load them all)."""
        return {key for (key,) in self._cached(model, keys, "key")}

    def _cached(self, model: str, keys: Sequence[str], columns: str) -> Iterator[tuple]:
        """Rows of ``columns`` of the embedding cache for these keys, 500 keys a query."""
        if not self.has_embedding_cache():
            return
        for chunk in chunks(list(keys), 500):
            marks = ",".join("?" * len(chunk))
            yield from self.db.execute(
                f"SELECT {columns} FROM {EMBEDDINGS} WHERE model = ? AND key IN ({marks})",
                [model, *chunk],
            ).fetchall()

    def save_embeddings(self, model: str, vectors: Mapping[str, bytes]) -> None:
        if self.has_embedding_cache() and vectors:
            self.db.table(EMBEDDINGS).insert_all(
                ({"model": model, "key": k, "vector": v} for k, v in vectors.items()),
                replace=True,
                batch_size=500,
            )


class StoredModel:
    """A stored engine state as read back: its fingerprint, meta (JSON) and arrays."""

    def __init__(self, fingerprint: str, meta: Any, arrays: dict[str, np.ndarray]) -> None:
        self.fingerprint = fingerprint
        self.meta = meta
        self.arrays = arrays
