"""realtext7's committed labels carry only ids, hashes, splits, paragraphs and codebook codes,
and, where the frozen text is on this machine, they match it sentence for sentence: a label file
made from another or an edited text must fail here, not score silently against wrong sentences."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
LABELS = ROOT / "benchmarks" / "realtext7" / "labels_A.jsonl"
TEXT = Path(os.environ.get("QUALCODE_REALTEXT7", "/work/realtext7"))


def rows() -> list[dict]:
    """The committed labels, in file order."""
    lines = LABELS.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def test_labels_hold_codebook_codes_and_no_text() -> None:
    labels = rows()
    book = yaml.safe_load((ROOT / "codebooks" / "turning_points.yaml").read_text(encoding="utf-8"))
    allowed = {code["key"] for code in book["codes"]} | {"none"}
    assert len({r["id"] for r in labels}) == len(labels)
    assert {r["code"] for r in labels} <= allowed
    assert {r["split"] for r in labels} == {"dev", "held"}
    assert all(set(r) == {"id", "sha1", "split", "para", "code"} for r in labels)


def test_labels_match_the_frozen_text_where_it_exists() -> None:
    unlabelled = TEXT / "sentences_unlabelled.jsonl"
    if not unlabelled.exists():
        pytest.skip("the realtext7 sentences are not on this machine")
    lines = unlabelled.read_text(encoding="utf-8").splitlines()
    frozen = [json.loads(line) for line in lines if line.strip()]
    expected = [
        (
            r["id"],
            hashlib.sha1(r["text"].encode("utf-8")).hexdigest(),
            r["split"],
            r["para"],
        )
        for r in frozen
    ]
    assert [(r["id"], r["sha1"], r["split"], r["para"]) for r in rows()] == expected
