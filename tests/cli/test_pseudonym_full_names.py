"""`qualcode pseudonym suggest` gives a person's first name and surname written together
one pseudonym, and proposes the whole name with it (eyes8): "vår verksamhetschef Per-Olof
Lindqvist" was printed "vår verksamhetschef N7 N8" in every export, which reads as two
people, and the numbers ran to twice the people named. Two people sharing a first name
keep their names apart, and so do the names of a heading that lists several in a row."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app
from tests.conftest import project_with, small_codebook
from tests.hostile.export_kit import run

INTERVIEW = (
    "Intervjuare: Vem sitter i ledningsgruppen?\n"
    "Marita Holm: Vår verksamhetschef Per-Olof Lindqvist och ekonomen Anna Berg. "
    "Per-Olof är lyhörd. Anna Lind från HR kommer ibland, och Lindqvist leder mötet.\n"
)
LETTER = (
    "Handläggare Jan Holmlund Therese Hagberg\n\n"
    "Nämnden ber förvaltningen att ta fram en plan.\n\n"
    "Direktör Jan Holmlund\n"
)


def _runner(path: Path, *args: str) -> str:
    result = CliRunner(env={"QUALCODE_CODER": "lena"}).invoke(app, ["-p", str(path), *args])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_a_person_s_two_names_take_one_pseudonym(tmp_path: Path) -> None:
    path = tmp_path / "study.db"
    with Project.create(path) as p:
        p.apply_codebook(small_codebook())
        p.add_coder("lena", role="lead")
        p.add_coder("karin")
        doc = p.import_text("ip_01.txt", INTERVIEW, lang="sv").id
        p.import_text("brev.txt", LETTER, lang="sv")
        start = INTERVIEW.index("Vår")
        p.add_coding(doc, start, len(INTERVIEW) - 1, "mission_dialogue", "karin")
    found = {r["real"]: r for r in json.loads(_runner(path, "pseudonym", "suggest", "-f", "json"))}
    whole = found["Per-Olof Lindqvist"]
    assert whole["kind"] == "person"
    assert found["Per-Olof"]["pseudonym"] == found["Lindqvist"]["pseudonym"] == whole["pseudonym"]
    assert (
        found["Jan Holmlund"]["pseudonym"] == found["Jan"]["pseudonym"]
    )  # "Direktör Jan Holmlund"
    assert found["Therese"]["pseudonym"] != found["Hagberg"]["pseudonym"]  # only in a run of four
    assert found["Anna"]["pseudonym"] not in (
        found["Berg"]["pseudonym"],
        found["Lind"]["pseudonym"],
    )
    assert "Anna Berg" not in found and "Anna Lind" not in found  # two people called Anna
    _runner(path, "pseudonym", "suggest", "--apply", "--kinds", "speaker,person,other")
    out = tmp_path / "codings.csv"
    status, _, err = run(path, "export", "codings", "-o", str(out))
    assert status == 0, err
    with out.open(encoding="utf-8-sig", newline="") as f:
        (row,) = list(csv.DictReader(f))
    n = whole["pseudonym"]
    assert row["text"].startswith(f"Vår verksamhetschef {n} och ekonomen ")
    assert f"{n} är lyhörd." in row["text"] and f"och {n} leder mötet." in row["text"]


def test_run_again_a_key_s_pseudonyms_stay_and_none_is_given_twice(tmp_path: Path) -> None:
    """A key applied before whole names were proposed holds "Per-Olof" and "Lindqvist"
    apart: the whole name takes the first name's pseudonym, and no new name is proposed
    a pseudonym the key already uses (run again, "Sara Nyström" was proposed Lindqvist's)."""
    path = tmp_path / "study.db"
    with project_with(path, ("ip_01.txt", INTERVIEW)) as p:
        lena = p.act_as("lena", "lena")
        lena.set_pseudonym("Per-Olof", "N2", "lena")
        lena.set_pseudonym("Lindqvist", "N1", "lena")
    rows = json.loads(_runner(path, "pseudonym", "suggest", "-f", "json"))
    found = {r["real"]: r for r in rows}
    assert (
        found["Per-Olof Lindqvist"]["pseudonym"] == "N2"
        and not found["Per-Olof Lindqvist"]["on_key"]
    )
    assert found["Lindqvist"]["pseudonym"] == "N1"  # as on the key
    others = [r for r in rows if r["real"] not in ("Per-Olof", "Lindqvist", "Per-Olof Lindqvist")]
    assert not [r for r in others if r["pseudonym"] in ("N1", "N2")], others
