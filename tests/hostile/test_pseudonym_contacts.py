"""Contact details leave the project as placeholders, whole (user report): with Sundsvall
on the key, "socialforvaltningen@sundsvall.se" was exported as
"socialforvaltningen@Kommun B.se", no address and still the office's. An e-mail address, a
phone number and a personnummer are personal data whoever they name: each is replaced
whole, and a web address too when a name on the key is in it. Real names keep them."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from qualcode import Project
from qualcode.export.pseudonyms import Key
from tests.conftest import small_codebook

PLACEHOLDERS = {
    "email": "[e-post]",
    "phone": "[telefonnummer]",
    "personnummer": "[personnummer]",
    "url": "[webbadress]",
}
KEY = Key({"Sundsvall": "Kommun B", "Anna Berg": "IP3"}, ["Sundsvall"], PLACEHOLDERS)


@pytest.mark.parametrize(
    ("text", "rendered"),
    [
        ("Mejla socialforvaltningen@sundsvall.se.", "Mejla [e-post]."),
        ("skriv till anna.berg@example.com", "skriv till [e-post]"),
        ("Ring 070-123 45 67 i dag", "Ring [telefonnummer] i dag"),
        ("växeln 060-19 10 00.", "växeln [telefonnummer]."),
        ("+46 70 123 45 67", "[telefonnummer]"),
        ("Tel 08-123 456 78", "Tel [telefonnummer]"),
        ("född 850101-1234 i", "född [personnummer] i"),
        ("nr 19850101-1234", "nr [personnummer]"),
        ("samordningsnummer 850161-1234", "samordningsnummer [personnummer]"),
        ("se https://www.sundsvall.se/socialtjanst.", "se [webbadress]."),
        ("på sundsvall.se finns", "på [webbadress] finns"),
        ("facebook.com/anna.berg", "[webbadress]"),
    ],
)
def test_a_contact_detail_is_replaced_whole(text: str, rendered: str) -> None:
    assert KEY.apply(text) == rendered


@pytest.mark.parametrize(
    "text",
    [
        "www.av.se/arbetsmiljoarbete och https://www.socialstyrelsen.se",  # names no one
        "intervjun 2019-03-12 kl. 14:00, 35 intervjuer, 12 000 kr",
        "[00:12:34] I: 2020 och 2021",
        "id 3f2a0c1e-0123-4567-8901-234567890123",
        "vi var 10 15 20 personer",
        "850230-1234",  # no such date
        "8501011235",  # ten digits without a hyphen: the check digit must hold
    ],
)
def test_what_is_no_contact_detail_stays(text: str) -> None:
    assert KEY.apply(text) == text


def test_codings_land_on_the_same_words_after_a_placeholder() -> None:
    text = "Mejla anna.berg@example.com om Sundsvall i dag"
    rendered, moved = KEY.apply_mapped(text)
    assert rendered == "Mejla [e-post] om Kommun B i dag"
    start = text.index("Sundsvall")
    assert rendered[moved(start) : moved(start + len("Sundsvall"))] == "Kommun B"


TEXT = (
    "I: Hur når man förvaltningen?\n\n"
    "R: Man mejlar socialforvaltningen@sundsvall.se eller ringer 060-19 10 00, och "
    "uppdraget och dialogen med politikerna står på www.sundsvall.se/uppdraget.\n"
)


@pytest.fixture
def project(tmp_path: Path) -> Project:
    with Project.create(tmp_path / "p.db") as p:
        p.apply_codebook(small_codebook())
        p.add_coder("lena", role="lead")
        doc = p.import_text("intervju_01.txt", TEXT, lang="sv").id
        p.add_coding(doc, TEXT.index("Man"), len(TEXT) - 1, "mission_dialogue", "lena")
        p.act_as("lena", "lena")
        p.set_pseudonym("Sundsvall", "Kommun B", "lena", kind="place")
        yield p


def test_exports_carry_placeholders(project: Project, tmp_path: Path) -> None:
    out = project.export_codings(tmp_path / "c.csv", viewer="lena", lang="sv")
    (row,) = list(csv.DictReader(out.open(encoding="utf-8-sig")))
    assert "[e-post]" in row["text"] and "[telefonnummer]" in row["text"]
    assert "[webbadress]" in row["text"] and "@" not in row["text"]
    summary = project.export_summary(tmp_path / "s.md", lang="sv", viewer="lena", layer="coder")
    text = summary.read_text(encoding="utf-8").replace("\\[", "[").replace("\\]", "]")
    assert "[e-post]" in text and "Kommun B.se" not in text and "sundsvall" not in text.lower()


def test_real_names_keep_them(project: Project, tmp_path: Path) -> None:
    out = project.export_codings(tmp_path / "c.csv", viewer="lena", real_names=True)
    (row,) = list(csv.DictReader(out.open(encoding="utf-8-sig")))
    assert "socialforvaltningen@sundsvall.se" in row["text"] and "060-19 10 00" in row["text"]


def test_an_english_project_writes_them_in_english(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.db") as p:
        p.add_coder("lena", role="lead")
        p.import_text("ip_01.txt", "R: Write to me at jo.smith@example.org.\n", lang="en")
        p.import_text("ip_02.txt", "R: Ring 070-123 45 67, I work in care.\n", lang="en")
        key = p.pseudonym_key()
    assert key.apply("mail jo.smith@example.org, 070-123 45 67") == "mail [e-mail], [phone number]"
