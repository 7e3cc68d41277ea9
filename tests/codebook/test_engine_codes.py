"""A codebook file's codes as the suggestion engine is given them without a project: the
engine's tests (``tests/nlp/engine_kit``) and the benchmarks (``eval_suggest.load_codes``)
kept two copies of this conversion; ``Codebook.engine_codes`` is now the one."""

from __future__ import annotations

from qualcode.codebook import load_codebook
from tests.conftest import ROOT


def test_every_code_keeps_what_the_engine_learns_from_with_its_key_for_an_id() -> None:
    book = load_codebook(ROOT / "codebooks" / "turning_points.yaml")
    codes = book.engine_codes()
    assert [c.key for c in codes] == [s.key for s in book.codes]
    for code, spec in zip(codes, book.codes, strict=True):
        assert code.id == spec.key
        assert (code.names, code.definitions, code.inclusion, code.exclusion) == (
            spec.names,
            spec.definitions,
            spec.inclusion,
            spec.exclusion,
        )
        assert (code.keywords, code.examples) == (spec.keywords, spec.examples)
    assert any(c.keywords for c in codes) and any(c.examples for c in codes)
