"""Every real set's two committed label files describe the same frozen sentences, hold nothing
but ids, hashes, splits and codebook codes, and its agreement script reads them. A label file
made from another (or an edited) text must fail here, not show up as a silently wrong
agreement figure in a README or a score against the wrong sentences."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
SETS = [*(f"realtext{n}" for n in range(2, 10)), "realtext11", "realtext12", "realtext13"]
BY_LANGUAGE = {"realtext6", "realtext7", "realtext8", "realtext11", "realtext12"}  # per language
FIELDS = {"id", "sha1", "split", "code", "para"}


def rows(folder: Path, name: str) -> list[dict]:
    """One committed label file, in file order."""
    lines = (folder / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def codebook_codes() -> set[str]:
    book = yaml.safe_load((ROOT / "codebooks" / "turning_points.yaml").read_text(encoding="utf-8"))
    return {code["key"] for code in book["codes"]} | {"none"}


@pytest.mark.parametrize("name", SETS)
def test_both_annotators_label_the_same_sentences_with_codebook_codes(name: str) -> None:
    folder = ROOT / "benchmarks" / name
    first, second = rows(folder, "labels_A.jsonl"), rows(folder, "labels_B.jsonl")
    assert len({r["id"] for r in first}) == len(first) == len(second)
    by_id = {r["id"]: (r["sha1"], r["split"]) for r in second}  # either may be in split order
    assert {r["id"]: (r["sha1"], r["split"]) for r in first} == by_id
    allowed = codebook_codes()
    for labels in (first, second):
        assert {r["code"] for r in labels} <= allowed
        assert {r["split"] for r in labels} == {"dev", "held"}
        assert all(set(r) <= FIELDS for r in labels)  # no sentence text, ever


@pytest.mark.parametrize("name", SETS)
def test_labels_match_the_frozen_text_where_it_exists(name: str) -> None:
    number = name.removeprefix("realtext")
    text = Path(os.environ.get(f"QUALCODE_REALTEXT{number}", f"/work/{name}"))
    unlabelled = text / "sentences_unlabelled.jsonl"
    if not unlabelled.exists():
        pytest.skip(f"the {name} sentences are not on this machine")
    lines = unlabelled.read_text(encoding="utf-8").splitlines()
    # a set rebuilt on a new machine (benchmarks/realtext_rebuild.py) may lack sentences whose
    # page was not found again, and marks a gap it filled unverified: every sentence it has
    # must be a labelled one, and every verified one must hash to its label's sha1
    found = list(map(json.loads, filter(str.strip, lines)))
    frozen = {
        r["id"]: (hashlib.sha1(r["text"].encode("utf-8")).hexdigest(), r.get("split"))
        for r in found
        if r.get("verified", True)
    }
    labels = {r["id"]: r for r in rows(ROOT / "benchmarks" / name, "labels_A.jsonl")}
    assert {r["id"] for r in found} <= set(labels)
    for ident, (sha1, split) in frozen.items():
        assert labels[ident]["sha1"] == sha1, ident
        assert split in (None, labels[ident]["split"]), ident


@pytest.mark.parametrize("name", SETS)
def test_agreement_script_counts_every_sentence_and_the_disputes(name: str) -> None:
    folder = ROOT / "benchmarks" / name
    done = subprocess.run(
        [sys.executable, str(folder / "agreement.py"), "--disputed"],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    lines = done.stdout.splitlines()
    table = [line for line in lines[2:] if line.startswith("|")]
    labels = [line.split("|")[1].strip() for line in table]
    first, second = rows(folder, "labels_A.jsonl"), rows(folder, "labels_B.jsonl")
    whole = "all all" if name in BY_LANGUAGE else "all"
    if name in BY_LANGUAGE:
        languages = {r["id"].split("-")[1] for r in first}
        for language in (*languages, "all"):
            for split in ("dev", "held", "all"):
                assert f"{language} {split}" in labels
    else:
        assert labels == ["dev", "held", "all"]
    cells = [cell.strip() for cell in table[labels.index(whole)].split("|")]
    codes = {r["id"]: r["code"] for r in second}
    agreed = sum(r["code"] == codes[r["id"]] for r in first)
    assert cells[2] == str(len(second))
    assert cells[3] == str(agreed)
    disputed = [line for line in lines if line and not line.startswith("|")]
    assert len(disputed) == len(second) - agreed
