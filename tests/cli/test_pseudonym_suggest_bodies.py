"""`qualcode pseudonym suggest` on a municipal letter and an interview (eyes8): the bodies
every municipality or sector has ("Socialnämnden", "Socialförvaltningen", "Region",
"Provider", "Alliance"), a law ("Arbetsmiljölagen") and a letter's heading words
("Handläggare", "Datum", "Diarienummer", "Postadress", "Direktör") name no one and are not
proposed; the people beside them still are, and the place after "Region" is a place."""

from __future__ import annotations

from pathlib import Path

from qualcode import Project
from tests.cli.cli_kit import proposed

LETTER = (
    "SOCIALFÖRVALTNINGEN\n\n"
    "Handläggare Eva Lundmark Datum Diarienummer SN 2024/17 Socialnämnden\n\n"
    "Svar till tillsynen enligt Arbetsmiljölagen\n\n"
    "Nämnden ber Socialförvaltningen att ta fram en plan för ärendemängden.\n\n"
    "Socialförvaltningen Direktör Olle Bergkvist Postadress: Storfors kommun, Storfors\n"
)
INTERVIEW = (
    "Intervjuare: Vem bestämmer?\n"
    "Marita Holm: Vi får direktiv från Socialnämnden och från Vård- och "
    "omsorgsförvaltningen. Med Region Västerbotten har vi ett avtal, och nattpatrullen "
    "köps av en Provider som heter Omsorgsbolaget, genom Care Provider Alliance.\n"
)


def test_bodies_laws_and_heading_words_are_not_proposed(tmp_path: Path) -> None:
    path = tmp_path / "study.db"
    with Project.create(path) as project:
        project.add_coder("lena", role="lead")
        project.import_text("plan.txt", LETTER, lang="sv", attributes={"municipality": "Storfors"})
        project.import_text("ip_01.txt", INTERVIEW, lang="sv")
    found = proposed(path, "lena")
    for word in (
        "Socialnämnden",
        "Socialförvaltningen",
        "Arbetsmiljölagen",
        "Handläggare",
        "Datum",
        "Diarienummer",
        "Postadress",
        "Direktör",
        "Region",
        "Provider",
        "Alliance",
    ):
        assert word not in found, (word, found.get(word))
    for person in ("Eva", "Lundmark", "Olle", "Bergkvist"):
        assert found[person]["kind"] == "person", found[person]
    assert found["Västerbotten"]["kind"] == "place"
    assert found["Marita Holm"]["pseudonym"] == "IP1"
    assert found["Storfors"]["pseudonym"] == "Kommun A"
