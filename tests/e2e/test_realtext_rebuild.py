"""The rebuild finds labelled sentences in re-gathered source stretches by their hashes alone,
whatever splitter first cut them, and never writes an unverified sentence unless asked: a set
rebuilt from the wrong page must come out missing, not silently mislabelled."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SENTENCES = [
    "Nämnden träffar personalen två gånger om året.",
    "Där diskuteras uppdraget, och vad “kvalitet” ska betyda.",
    "Den här meningen skrevs av med ett annat citattecken.",
    "Kostnaderna följs upp.",
]


def sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def write_set(tmp_path: Path, raw: str) -> tuple[Path, Path]:
    labels, out = tmp_path / "labels", tmp_path / "out"
    (out / "raw").mkdir(parents=True)
    labels.mkdir()
    codes = ["mission_dialogue", "mission_dialogue", "none", "long_term_economics"]
    rows = [
        {"id": f"t-sv-{i:03d}", "sha1": sha1(text), "split": "dev", "code": code}
        for i, (text, code) in enumerate(zip(SENTENCES, codes, strict=True))
    ]
    for name in ("labels_A.jsonl", "labels_B.jsonl"):
        (labels / name).write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    (out / "raw" / "d1.txt").write_text(raw, encoding="utf-8")
    (out / "docs.json").write_text(json.dumps({"d1": {"kind": "policy", "lang": "sv"}}), "utf-8")
    return labels, out


def rebuild(labels: Path, out: Path, *extra: str) -> tuple[str, list[dict]]:
    script = ROOT / "benchmarks" / "realtext_rebuild.py"
    done = subprocess.run(
        [sys.executable, str(script), str(labels), str(out), *extra],
        capture_output=True,
        text=True,
        check=True,
    )
    lines = (out / "sentences.jsonl").read_text(encoding="utf-8").splitlines()
    return done.stdout, [json.loads(line) for line in lines]


def test_sentences_are_found_by_hash_across_line_wrapping_and_spacing(tmp_path: Path) -> None:
    raw = (
        "Rubrik utan punkt\n"
        "Nämnden träffar   personalen två gånger om året. Där diskuteras uppdraget, och vad\n"
        '“kvalitet” ska betyda. Den här meningen skrevs av med ett annat "citattecken".\n'
        "Kostnaderna följs upp.\n"
    )
    labels, out = write_set(tmp_path, raw)
    said, rows = rebuild(labels, out)
    assert [r["id"] for r in rows] == ["t-sv-000", "t-sv-001", "t-sv-003"]
    assert rows[1]["text"] == SENTENCES[1] and rows[1]["para"] == 1
    assert rows[0]["kind"] == "policy" and rows[0]["label"] == "mission_dialogue"
    assert "1 missing" in said and "t-sv-002" in said
    said, rows = rebuild(labels, out, "--fill-gaps")
    filled = [r for r in rows if r["id"] == "t-sv-002"]
    assert filled and filled[0]["verified"] is False and "citattecken" in filled[0]["text"]


def test_text_from_another_page_finds_nothing(tmp_path: Path) -> None:
    labels, out = write_set(tmp_path, "Helt annan text. Om något annat.\n")
    said, rows = rebuild(labels, out, "--fill-gaps")
    assert rows == [] and "4 missing" in said


def test_a_repeated_sentence_is_placed_once_for_each_of_its_ids(tmp_path: Path) -> None:
    labels, out = tmp_path / "labels", tmp_path / "out"
    (out / "raw").mkdir(parents=True)
    labels.mkdir()
    said = ["Fru talman!", "Jag börjar.", "Fru talman!", "Jag slutar."]
    rows = [
        {"id": f"t-sv-{i:03d}", "sha1": sha1(text), "split": "dev", "code": "none"}
        for i, text in enumerate(said)
    ]
    (labels / "labels_A.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    (out / "raw" / "a.txt").write_text(
        "Fru talman! Jag börjar.\nFru talman! Jag slutar.\n", "utf-8"
    )
    (out / "raw" / "b.txt").write_text("Fru talman! Något annat.\n", "utf-8")
    _, found = rebuild(labels, out)
    assert [(r["id"], r["doc"], r["para"]) for r in found] == [
        ("t-sv-000", "a", 0),
        ("t-sv-001", "a", 0),
        ("t-sv-002", "a", 1),
        ("t-sv-003", "a", 1),
    ]
