"""What the suggestion engine's tests share: the turning points codes, talk that fits no
code and talk that fits one, candidate units made from sentences, and a stand-in embedder
(bag-of-letters vectors) so the semantic tier's plumbing runs without a model."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from qualcode.codebook import load_codebook
from qualcode.model import Code
from qualcode.nlp import semantic
from qualcode.nlp.suggest import Candidate
from tests.conftest import ROOT

NEUTRAL = [
    "Det regnade hela veckan när vi flyttade.",
    "Jag pluggade i Umeå innan jag kom hit.",
    "Vi har nya datorer sedan i våras.",
    "Kaffet i personalrummet är faktiskt gott.",
    "Min dotter börjar skolan till hösten.",
    "Vi åkte till fjällen i februari.",
    "Bussen går varje halvtimme härifrån.",
    "Jag tycker om att laga mat på helgerna.",
] * 4
ON_TOPIC = [
    "Placeringskostnaderna på HVB åt upp hela budgeten, det blev dyrare än att anställa.",
    "Vi gjorde en lex Sarah-anmälan för att lära oss, inte för att hitta en syndabock.",
]


def turning_point_codes() -> list[Code]:
    """The turning points codebook's codes, as the engine is given them."""
    return load_codebook(ROOT / "codebooks" / "turning_points.yaml").engine_codes()


def turn_unit(turn: int, text: str, spoken: bool = False) -> Candidate:
    """A Swedish unit of turn ``turn`` in document "d", ``turn`` x 100 characters in: a
    written paragraph (a heading, a list's item, a sentence), or with ``spoken`` a
    speaker's turn, as the heading and list rules read them. The tests of those rules
    build their documents so, one call a unit."""
    return Candidate("d", turn * 100, turn * 100 + len(text), text, "sv", False, turn, spoken)


def candidates(texts: list[str], interviewer: bool = False, doc: str = "d") -> list[Candidate]:
    """One Swedish candidate unit per text, one character apart, in one document."""
    out, pos = [], 0
    for text in texts:
        out.append(Candidate(doc, pos, pos + len(text), text, "sv", interviewer))
        pos += len(text) + 1
    return out


def fake_embed(calls: list[int]) -> semantic.Embed:
    """Bag-of-letters vectors: deterministic, normalised, cheap."""

    def embed(texts: Sequence[str], kind: str) -> np.ndarray:
        calls.append(len(texts))
        out = np.zeros((len(texts), 32), dtype=np.float32)
        for i, text in enumerate(texts):
            for ch in text.lower():
                out[i, ord(ch) % 32] += 1
        return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-9)

    return embed
