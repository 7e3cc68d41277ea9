"""realtext8's two committed label files describe the same frozen sentences, and its agreement
script reads them: a label file made from another text (or an edited one) must show up here,
not as a silently wrong agreement figure in the README."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "benchmarks" / "realtext8"


def rows(name: str) -> list[dict[str, str]]:
    """One committed label file, in file order."""
    lines = (FOLDER / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def test_both_annotators_label_the_same_sentences_with_codebook_codes() -> None:
    first, second = rows("labels_A.jsonl"), rows("labels_B.jsonl")
    assert [r["id"] for r in first] == [r["id"] for r in second]
    assert [(r["sha1"], r["split"]) for r in first] == [(r["sha1"], r["split"]) for r in second]
    book = yaml.safe_load((ROOT / "codebooks" / "turning_points.yaml").read_text(encoding="utf-8"))
    allowed = {code["key"] for code in book["codes"]} | {"none"}
    assert {r["code"] for r in second} <= allowed
    assert all("text" not in r for r in second)


def test_agreement_script_prints_a_row_per_split_and_language() -> None:
    done = subprocess.run(
        [sys.executable, str(FOLDER / "agreement.py")],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    labels = [line.split("|")[1].strip() for line in done.stdout.splitlines()[2:]]
    for language in ("sv", "en", "all"):
        for split in ("dev", "held", "all"):
            assert f"{language} {split}" in labels
    total = next(line for line in done.stdout.splitlines() if line.startswith("| all all "))
    assert total.split("|")[2].strip() == str(len(rows("labels_B.jsonl")))
