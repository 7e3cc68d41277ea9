"""realtext7's second annotator's labels describe the same frozen sentences as the first's, and
its agreement script reads both: a label file made from another (or an edited) text must fail
here, not show up as a silently wrong agreement figure in the README."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "benchmarks" / "realtext7"


def rows(name: str) -> list[dict[str, str]]:
    """One committed label file, in file order."""
    lines = (FOLDER / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def test_second_annotator_labels_the_same_sentences_with_codebook_codes() -> None:
    first, second = rows("labels_A.jsonl"), rows("labels_B.jsonl")
    assert [r["id"] for r in first] == [r["id"] for r in second]
    assert [(r["sha1"], r["split"]) for r in first] == [(r["sha1"], r["split"]) for r in second]
    book = yaml.safe_load((ROOT / "codebooks" / "turning_points.yaml").read_text(encoding="utf-8"))
    allowed = {code["key"] for code in book["codes"]} | {"none"}
    assert {r["code"] for r in second} <= allowed
    assert all(set(r) == {"id", "sha1", "split", "code"} for r in second)


def test_agreement_script_counts_every_sentence_and_the_disputes() -> None:
    done = subprocess.run(
        [sys.executable, str(FOLDER / "agreement.py"), "--disputed"],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    lines = done.stdout.splitlines()
    labels = [line.split("|")[1].strip() for line in lines[2:] if line.startswith("|")]
    for split in ("dev", "held", "all"):
        assert f"sv {split}" in labels
    total = next(line for line in lines if line.startswith("| all all "))
    cells = [cell.strip() for cell in total.split("|")]
    first, second = rows("labels_A.jsonl"), rows("labels_B.jsonl")
    agreed = sum(a["code"] == b["code"] for a, b in zip(first, second, strict=True))
    assert cells[2] == str(len(second))
    assert cells[3] == str(agreed)
    disputed = [line for line in lines if not line.startswith("|")]
    assert len(disputed) == len(second) - agreed
