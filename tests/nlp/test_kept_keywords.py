"""A kept engine reads its keywords back as they were compiled (inflected spellings folded,
English compounds' other spellings spelt out), instead of compiling the codebook's terms
again on every warm run; and compiles them anew once the codebook's terms change."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from qualcode import Project
from qualcode.codebook import load_codebook
from qualcode.model import Code
from qualcode.nlp.state import StateError, from_state, to_state
from qualcode.nlp.suggest import Suggester
from tests.conftest import add_plain_document, small_codebook

BOOK = Path(__file__).resolve().parents[2] / "codebooks" / "turning_points.yaml"


def _with_terms(codes: list[Code], terms: tuple[str, ...]) -> list[Code]:
    """The codebook with the first code's English terms replaced by ``terms``."""
    first = codes[0]
    return [replace(first, keywords={**first.keywords, "en": terms}), *codes[1:]]


@pytest.fixture(scope="module")
def kept() -> tuple[list[Code], Suggester, dict[str, Any], dict[str, np.ndarray]]:
    codes = _with_terms(load_codebook(BOOK).engine_codes(), ("co-production", "caseloads"))
    engine = Suggester(codes)
    meta, arrays = to_state(engine)
    return codes, engine, json.loads(json.dumps(meta)), arrays  # as the project file has it


def test_the_kept_keywords_are_read_back_not_compiled_again(kept: Any) -> None:
    codes, engine, meta, arrays = kept
    back = from_state(meta, arrays, codes, None)
    assert back.lexicon.keywords == engine.lexicon.keywords
    assert any(k.root >= 0 for k in back.lexicon.keywords)  # the variants came along
    # what is read back is what was kept: a form changed in the file is the form used
    rows = meta["keywords"]["compiled"]
    at = next(i for i, row in enumerate(rows) if row[2] == "co-production" and row[5] >= 0)
    changed = [*rows[:at], [*rows[at][:3], [["coprodukt"]], *rows[at][4:]], *rows[at + 1 :]]
    meta2 = {**meta, "keywords": {**meta["keywords"], "compiled": changed}}
    assert from_state(meta2, arrays, codes, None).lexicon.keywords[at].forms == (("coprodukt",),)


def test_changing_a_keyword_changes_the_variants_used(kept: Any) -> None:
    codes, engine, meta, arrays = kept
    text = "Coproduction with families, and codesign of the service, were the aims."
    assert "co-production" in engine.lexicon.scores(text, "en")[codes[0].key][1]
    edited = _with_terms(codes, ("co-design", "caseloads"))
    back = from_state(meta, arrays, edited, None)
    found = back.lexicon.scores(text, "en")[codes[0].key][1]
    assert "co-design" in found  # written together: the new term's variant
    assert "co-production" not in found  # the old term's variant is gone with it
    assert back.lexicon.keywords == Suggester(edited).lexicon.keywords


@pytest.mark.parametrize(
    "damage",
    [
        lambda rows: [["nosuchcode", *rows[0][1:]], *rows[1:]],
        lambda rows: [[*rows[0][:3], [], *rows[0][4:]], *rows[1:]],  # no forms
        lambda rows: [[*rows[0][:3], [["ok", 7]], *rows[0][4:]], *rows[1:]],
        lambda rows: [[*rows[0][:4], float("nan"), *rows[0][5:]], *rows[1:]],
        lambda rows: [[*rows[0][:5], 0, 1], *rows[1:]],  # its own root, before it exists
        lambda rows: [[*rows[0][:6], 9], *rows[1:]],  # a gap no keyword has
        lambda rows: [rows[0][:3], *rows[1:]],
        lambda rows: "not a list",
    ],
)
def test_damaged_kept_keywords_are_refused(kept: Any, damage: Any) -> None:
    # refused like any other damaged part of a state: the project fits the engine again
    codes, _engine, meta, arrays = kept
    damaged = {
        **meta,
        "keywords": {**meta["keywords"], "compiled": damage(meta["keywords"]["compiled"])},
    }
    with pytest.raises(StateError):
        from_state(damaged, arrays, codes, None)


def test_an_engine_kept_before_its_keywords_were_compiles_them(kept: Any) -> None:
    codes, engine, meta, arrays = kept
    older = {key: value for key, value in meta.items() if key != "keywords"}
    assert from_state(older, arrays, codes, None).lexicon.keywords == engine.lexicon.keywords


def test_a_project_reads_the_new_terms_variants_after_a_keyword_is_edited(
    tmp_path: Path,
) -> None:
    path = tmp_path / "p.qualcode"
    text = "Coproduction with families, and codesign of the service, were the aims."
    with Project.create(path) as project:
        project.apply_codebook(small_codebook())
        project.add_coder("lena", role="lead")
        project.act_as("lena", "lena")
        add_plain_document(project, "d1", ["Vi pratade om uppdraget.", text])
        project.update_code("mission_dialogue", keywords={"en": ["co-production"]})
        terms = project.suggester(semantic=False).lexicon.scores(text, "en")
        assert terms["mission_dialogue"][1] == ["co-production"]
        project.update_code("mission_dialogue", keywords={"en": ["co-design"]})
    with Project.open(path) as project:  # a new run: the engine kept in the file, or fitted
        terms = project.suggester(semantic=False).lexicon.scores(text, "en")
    assert terms["mission_dialogue"][1] == ["co-design"]
