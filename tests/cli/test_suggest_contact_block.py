"""A letter's contact block gets no suggestion (eyes8): a municipal letter's "Socialförvaltningen
Direktör ... Postadress: ... Besöksadress: ... Telefon: ... E-post: ..." was suggested mission
dialogue at 0.69, its "Besöks-" read as the keyword "besökte" (politicians visiting); here,
with nothing learned, `--ranked` gave it mission dialogue at 0.39, one step from the list. It
names the sender and says nothing a coder codes; the paragraphs around it are suggested as
before, and a long paragraph holding an address (a PDF page read as one) is scored."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app

CODEBOOK = Path(__file__).resolve().parents[2] / "codebooks" / "turning_points.yaml"
CONTACT = (
    "Socialförvaltningen Direktör Olle Bergkvist Postadress: Storfors kommun, 688 81 Storfors "
    "Besöksadress: Torggatan 3 Telefon: 0550-650 00 E-post: socialforvaltningen@storfors.se"
)
LETTER = (
    "Svar till tillsynsmyndigheten\n\n"
    "Politikerna i nämnden besökte arbetsplatsen och lyssnade på socialsekreterarna om "
    "ärendemängden. Den höga arbetsbelastningen påverkar kvaliteten i utredningarna.\n\n"
    f"{CONTACT}\n"
)


def test_the_contact_block_gets_no_suggestion(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QUALCODE_SEMANTIC", "off")
    path = tmp_path / "study.db"
    with Project.create(path) as p:
        p.load_codebook(CODEBOOK)
        p.add_coder("karin")
        p.import_text("brev.txt", LETTER, lang="sv")
    runner = CliRunner(env={"QUALCODE_CODER": "karin"})
    result = runner.invoke(app, ["-p", str(path), "suggest", "brev", "-f", "json"])
    assert result.exit_code == 0, result.output
    found = json.loads(result.stdout)
    block = LETTER.index(CONTACT)
    assert [s for s in found if s["end"] <= block]  # the letter's body is suggested
    assert not [s for s in found if s["end"] > block], found  # its contact block is not
    result = runner.invoke(app, ["-p", str(path), "suggest", "brev", "--ranked", "-f", "json"])
    assert result.exit_code == 0, result.output
    ranked = json.loads(result.stdout)
    # as a heading: it scores nothing, so it is not even below the line (eyes10)
    assert not [r for r in ranked if r["start"] == block], ranked


def test_a_long_paragraph_holding_an_address_is_scored() -> None:
    from qualcode.nlp import headings
    from qualcode.nlp.scorers import Candidate

    body = " ".join(["Nämnden följer upp ärendemängden varje månad."] * 8)
    units = [
        Candidate("d", 0, 10, f"{body} Postadress: Storforsvägen 1", "sv", False, 0, False),
        Candidate("d", 11, 20, "Telefon: 0550-650 00", "sv", False, 0, False),
        Candidate("d", 21, 30, CONTACT, "sv", False, 1, False),
        Candidate("d", 31, 40, "Skriv till oss på social@storfors.se.", "sv", False, 2, False),
    ]
    # a page read as one paragraph; the contact block; an address alone is no block (its
    # telephone field, a unit of its own, is a form's field and says nothing: stop 30)
    assert headings.headings(units).tolist() == [False, True, True, False]
