"""A place's pseudonym qualcode proposed reads in the export's language: an English summary
of a study with a Swedish interview from Åby printed "Kommun C" beside "Municipality A"
(loose11). Proposed by ``pseudonym suggest --apply`` it is marked generated and printed in
each export's words; one the lead typed stays as typed, even when it looks like a proposal."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.cli_kit import ok
from tests.cli.study_kit import place_study


def _summary(path: Path, lang: str) -> str:
    out = path.parent / f"summary_{lang}.md"
    ok(path, "--coder", "sam", "export", "summary", "--layer", "coder", "--lang", lang,
       "-o", str(out))  # fmt: skip
    return out.read_text(encoding="utf-8")


def test_a_proposed_place_reads_in_the_exports_language(tmp_path: Path) -> None:
    path = place_study(tmp_path)
    ok(path, "--coder", "sam", "pseudonym", "suggest", "--apply", "--kinds", "place")
    ok(path, "--coder", "sam", "pseudonym", "set", "Leeds", "Kommun B", "--kind", "place")
    english, swedish = _summary(path, "en"), _summary(path, "sv")
    assert "Municipality C" in english and "Kommun C" not in english
    assert "Kommun C" in swedish and "Municipality C" not in swedish
    assert "Municipality A" in english and "Kommun A" in swedish  # Ashbourne, both ways
    # typed by the lead: as typed in both, though it looks like a proposal
    assert "Kommun B" in english and "Kommun B" in swedish
    assert "Municipality B" not in english + swedish
    for real in ("Åby", "Ashbourne", "Leeds"):
        assert real not in english and real not in swedish
    # the key keeps what was proposed, in the project's words (most documents' English),
    # every place alike: Åby's Swedish interview made it "Kommun C" beside "Municipality
    # A" (pseudo40b)
    listed = json.loads(ok(path, "--coder", "sam", "pseudonym", "list", "-f", "json"))
    assert {r["real"]: r["pseudonym"] for r in listed}["Åby"] == "Municipality C"


def test_a_translation_that_reads_as_another_pseudonym_stays_as_stored(tmp_path: Path) -> None:
    """Åby proposed as 'Municipality C' (the project's words) and a place the lead named
    'Kommun C': the Swedish export keeps 'Municipality C' rather than print two places as
    one."""
    path = place_study(tmp_path)
    ok(path, "--coder", "sam", "pseudonym", "suggest", "--apply", "--kinds", "place")
    ok(path, "--coder", "sam", "pseudonym", "set", "Leeds", "Kommun C", "--kind", "place")
    swedish = _summary(path, "sv")
    assert "Kommun C" in swedish and "Municipality C" in swedish
