"""A participant who shares a coder's first name is proposed for the key.

`pseudonym suggest` skipped every coder's name: the interviewee "Karin:" beside coder karin
was cited as IP2, but "Karin" was never proposed, so a lead who keyed what it proposed
sent out "Jag pratade med Karin" in another participant's turn, and the .qdpx's transcript
read "Karin:" at every turn. She is proposed now, marked ``coder_name``, and `--apply` keys
her like any participant; the lead is told the key prints coder karin under the same
pseudonym. A coder named only in a memo (coders write the memos) is not proposed.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app

SV_NAMED = (
    "I: Hur var det på enheten?\n\n"
    "R: Jag pratade med Karin om det. Hon sa att Karins chef höll med.\n\n"
    "I: Och sedan?\n\n"
    "R: Sedan blev det bättre, tycker jag.\n"
)
SV_SPEAKING = (
    "I: Hur var det för dig?\n\n"
    "Karin: Det var tungt på jobbet.\n\n"
    "I: Varför?\n\n"
    "Karin: För många ärenden.\n"
)
EN_NAMED = (
    "I: How was it in the team?\n\n"
    "R: I talked to Karin about it, and Karin's manager agreed.\n\n"
    "I: And then?\n\n"
    "R: Then it got better.\n"
)


def _team(path: Path, *documents: tuple[str, str, str]) -> Project:
    project = Project.create(path)
    project.add_coder("lena", role="lead")
    project.add_coder("karin")
    project.add_coder("johan")
    project.add_code("mission", {"sv": "Uppdrag", "en": "Mission"})
    project.act_as("lena")
    for name, text, lang in documents:
        project.import_text(name, text, lang=lang)
    return project


def test_a_speaker_named_as_a_coder_is_proposed_and_keyed(tmp_path: Path) -> None:
    with _team(
        tmp_path / "p.db", ("aby_01.txt", SV_NAMED, "sv"), ("aby_02.txt", SV_SPEAKING, "sv")
    ) as project:
        found = {c.real: c for c in project.suggest_pseudonyms("lena")}
        assert found["Karin"].kind == "speaker" and found["Karin"].coder_name, found
        assert found["Karin"].pseudonym == "IP2"  # as her quotes are cited
        put, asked = project.apply_suggested_pseudonyms("lena")
        assert [c.real for c in put] == ["Karin"] and asked == []
        first = next(d for d in project.documents() if d.name == "aby_01.txt")
        coded = SV_NAMED.index("Jag pratade")
        project.act_as("karin")
        project.add_coding(first.id, coded, coded + 60, "mission", "karin")
        project.act_as("lena")
        out = project.export_codings(tmp_path / "codings.csv", viewer="lena")
        rows = list(csv.DictReader(out.open(encoding="utf-8-sig")))
    text = " ".join(" ".join(row.values()) for row in rows)
    assert "Karin" not in text and "IP2" in text, text
    assert "IP2:s chef" in text  # the genitive keeps its s


def test_a_name_in_the_text_only_is_proposed_in_english_too(tmp_path: Path) -> None:
    with _team(tmp_path / "p.db", ("kings_01.txt", EN_NAMED, "en")) as project:
        found = {c.real: c for c in project.suggest_pseudonyms("lena")}
        assert found["Karin"].kind == "person" and found["Karin"].coder_name, found
        put, _ = project.apply_suggested_pseudonyms("lena", ["person"])
        assert [c.real for c in put] == ["Karin"]
        out = project.export_summary(tmp_path / "s.md", viewer="lena", allow_empty=True)
        assert "Karin" not in out.read_text(encoding="utf-8")


def test_a_coder_named_in_a_memo_only_is_not_proposed(tmp_path: Path) -> None:
    with _team(tmp_path / "p.db", ("aby_01.txt", SV_NAMED, "sv")) as project:
        doc = project.documents()[0].id
        project.add_memo("document", doc, "lena", "Vi läste om detta, jag och Johan.")
        found = {c.real: c for c in project.suggest_pseudonyms("lena")}
    assert "Johan" not in found and found["Karin"].coder_name


def test_a_coder_on_the_key_is_shown_as_the_text_prints_her(tmp_path: Path) -> None:
    """Coder karin on the key as 'Kodare A': the key matches in any case, so the text's
    "Karin" is already printed so; proposed as on the key, under that pseudonym."""
    with _team(tmp_path / "p.db", ("aby_01.txt", SV_NAMED, "sv")) as project:
        project.set_pseudonym("karin", "Kodare A", "lena")
        found = {c.real: c for c in project.suggest_pseudonyms("lena")}
    assert found["Karin"].pseudonym == "Kodare A" and found["Karin"].on_key


def test_the_lead_is_told_the_coder_is_printed_alike(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    _team(path, ("aby_02.txt", SV_SPEAKING, "sv")).close()
    result = CliRunner(env={"QUALCODE_CODER": "lena"}).invoke(
        app, ["-p", str(path), "pseudonym", "suggest", "--apply"]
    )
    assert result.exit_code == 0, result.output
    assert "speaker 'Karin' is printed as 'IP1'" in result.stderr
    told = [line for line in result.stderr.splitlines() if "also a coder's name" in line]
    assert len(told) == 1 and "'Karin' (IP1)" in told[0]


def test_the_json_marks_the_name(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    _team(path, ("aby_02.txt", SV_SPEAKING, "sv")).close()
    result = CliRunner(env={"QUALCODE_CODER": "lena"}).invoke(
        app, ["-p", str(path), "pseudonym", "suggest", "-f", "json"]
    )
    assert result.exit_code == 0, result.output
    rows = {r["real"]: r for r in json.loads(result.stdout)}
    assert rows["Karin"]["coder_name"] is True
