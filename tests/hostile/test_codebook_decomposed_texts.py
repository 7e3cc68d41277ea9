"""A codebook written on a Mac (decomposed letters) is kept as the documents are: composed.

A YAML or CSV codebook saved by a Mac editor may hold 'överanställning' as an o and a
combining diaeresis. It loaded as written, and the documents' text is composed at import,
so its keywords never matched: a code keyed on 'överanställning' had no lexicon evidence
in a sentence saying exactly that, while the same codebook typed elsewhere did (red team
37). The store keeps every code's names, definitions, criteria, keywords and examples
composed (NFC).
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from qualcode.model import Codebook, CodeSpec
from tests.conftest import project_with

TEXT = "I: Hur gör ni?\nR: Vi har överanställning sedan två år, det hjälper när folk slutar.\n"


def _nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


@pytest.fixture
def mac_codebook() -> Codebook:
    spec = CodeSpec(
        key="overstaffing",
        names={"sv": _nfd("Överanställning")},
        definitions={"sv": _nfd("Fler anställda än tjänster, för att täcka omsättningen.")},
        inclusion={"sv": _nfd("När någon talar om överanställning.")},
        keywords={"sv": (_nfd("överanställning"),)},
        examples={"sv": (_nfd("Vi anställde fler än vi hade tjänster för."),)},
    )
    assert spec.keywords["sv"][0] != "överanställning"
    return Codebook(name="mac", codes=(spec,))


def test_kept_composed(tmp_path: Path, mac_codebook: Codebook) -> None:
    with project_with(tmp_path / "p.db") as project:
        project.act_as("lena", "lena")
        project.apply_codebook(mac_codebook)
        code = project.codebook()[0]
        texts = [
            *code.names.values(),
            *code.definitions.values(),
            *code.inclusion.values(),
            *(t for ts in code.keywords.values() for t in ts),
            *(t for ts in code.examples.values() for t in ts),
        ]
        assert all(t == unicodedata.normalize("NFC", t) for t in texts), texts
        assert code.keywords["sv"] == ("överanställning",)


def test_its_keyword_is_found_in_the_text(tmp_path: Path, mac_codebook: Codebook) -> None:
    with project_with(tmp_path / "p.db", ("ip_01.txt", TEXT)) as project:
        project.act_as("lena", "lena")
        project.apply_codebook(mac_codebook)
        found = project.suggest(min_score=0.0, coder="lena", semantic=False)
        terms = {t for s in found for t in s.evidence.get("terms", [])}
        assert "överanställning" in terms
