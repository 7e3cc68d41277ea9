"""The reconcile table's code cell for a case of several codes: each code stays a word
the lead knows. The four turning points share "Från"; cut in their middles to share 36
characters they read "separerin…alitet / kortsikti…ningen", which named no code."""

from __future__ import annotations

from pathlib import Path

from qualcode.codebook import load_codebook
from qualcode.tui.labels import distinct_labels, several_codes

CODEBOOK = Path(__file__).resolve().parents[2] / "codebooks" / "turning_points.yaml"


def _names(lang: str) -> dict[str, str]:
    return {spec.key: spec.names[lang] for spec in load_codebook(CODEBOOK).codes}


def test_two_turning_points_are_named_by_their_margin_words() -> None:
    sv = _names("sv")
    cell = several_codes(["integration", "long_term_economics"], sv, 36)
    assert cell == "integrering / ekonomiska"  # where each turns to
    assert "…" not in cell


def test_every_code_of_a_crowded_case_keeps_the_start_of_its_word() -> None:
    for lang in ("sv", "en"):
        names = _names(lang)
        marks = distinct_labels(names, 36)
        keys = list(names)
        cell = several_codes(keys, names, 36)
        assert len(cell) <= 36
        parts = cell.split(" / ")
        assert len(parts) == len(keys)
        for key, part in zip(keys, parts, strict=True):
            assert marks[key].startswith(part.rstrip("…")[:3]), (part, marks[key])


def test_names_that_fit_stay_whole() -> None:
    names = {"a": "Arbetsbörda", "b": "Ärendemängd"}
    assert several_codes(["a", "b"], names, 36) == "Arbetsbörda / Ärendemängd"
    sv = _names("sv")
    assert several_codes(["systems_perspective", "mission_dialogue"], sv, 80) == (
        "Från individ- till systemperspektiv / Från uppdragsmonolog till uppdragsdialog"
    )
