"""A name on the key written without its accents: an English report's "Malmo" for Malmö, a
surname typed on a keyboard without the letters ("Soderstrom"), a municipality's web address
("www.aby.se", "kommun.se/aby-planen"). Before, only a file name's plain spelling was read
("aby_01.txt"): "Malmo stad" and "www.aby.se" went out as written with Malmö and Åby on the
key, and the export's own read-back, which uses the same matcher, saw nothing. A plain
spelling that is a common word ("Are" for Åre) is left to the talk. The texts are written
for the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project

REPORT = (
    "The Malmo model was copied by Aby in 2019. Caseworkers in MALMO asked Anna Soderstrom "
    "about it, see www.aby.se/socialtjanst for the plan (or kommun.se/aby-planen). Are you "
    "sure? Ask Lund."
)


@pytest.fixture
def project(tmp_path: Path) -> Project:
    p = Project.create(tmp_path / "p.db")
    p.add_coder("lena", role="lead")
    p.act_as("lena")
    p.add_code("mission", {"sv": "Uppdrag", "en": "Mission"})
    p.set_pseudonym("Malmö", "Kommun B", "lena", kind="place")
    p.set_pseudonym("Åby", "Kommun A", "lena", kind="place")
    p.set_pseudonym("Anna Söderström", "IP2", "lena", kind="person")
    p.set_pseudonym("Åre", "Kommun C", "lena", kind="place")
    return p


def test_the_key_reads_a_name_spelled_without_its_accents(project: Project) -> None:
    key = project.pseudonym_key(viewer="lena")
    printed = key.apply(REPORT)
    for real in ("Malmo", "MALMO", "Aby", "aby", "Soderstrom"):
        assert real not in printed, printed
    assert "Kommun B model" in printed and "IP2" in printed
    assert "Are you" in printed  # Åre's plain letters are a word
    assert key.leaks("Malmo stad") == ["Malmö"]
    assert key.leaks("malmo") == []  # in lower case in talk it could be another word
    project.close()


def test_no_plain_spelling_in_the_codings_export(project: Project, tmp_path: Path) -> None:
    doc = project.import_text("report.txt", REPORT, lang="en")
    project.add_coding(doc.id, 0, len(REPORT), "mission", "lena")
    target = tmp_path / "codings.csv"
    project.export_codings(target, viewer="lena")
    project.close()
    written = target.read_text(encoding="utf-8-sig")
    for real in ("Malmo", "MALMO", "Aby ", "aby.se", "Soderstrom"):
        assert real not in written, real
    assert "Are you" in written


def test_an_attribute_value_typed_plainly_is_the_place(tmp_path: Path) -> None:
    """An attributes sheet typed without the letters ("aby", "malmo" as the municipality):
    the whole value is the place, in the codings export, the summary's tables and the
    .qdpx's variables. It went out as typed in all three."""
    import re
    import zipfile

    with Project.create(tmp_path / "p.db") as p:
        p.add_coder("lena", role="lead")
        p.act_as("lena")
        p.add_code("mission", {"sv": "Uppdrag", "en": "Mission"})
        doc = p.import_text(
            "intervju.txt",
            "I: Hej.\n\nR: Jag har bott här länge.\n",
            lang="sv",
            attributes={"municipality": "aby", "ort": "malmo"},
        )
        turn = next(t for t in p.store.documents.turns(doc.id) if t.speaker == "R")
        p.add_coding(doc.id, turn.start, turn.end, "mission", "lena")
        p.set_pseudonym("Åby", "Kommun A", "lena", kind="place")
        p.set_pseudonym("Malmö", "Kommun B", "lena", kind="place")
        p.export_codings(tmp_path / "c.csv", viewer="lena")
        p.export_summary(tmp_path / "s.md", layer="coder", lang="sv", viewer="lena")
        p.export_qdpx(tmp_path / "p.qdpx", viewer="lena")
    texts = [(tmp_path / n).read_text(encoding="utf-8-sig") for n in ("c.csv", "s.md")]
    with zipfile.ZipFile(tmp_path / "p.qdpx") as archive:
        texts += [archive.read(n).decode("utf-8") for n in archive.namelist()]
    plain = re.compile(r"(?i)(?<![a-z])(?:aby|malmo)(?![a-z])")
    assert [m.group() for text in texts for m in plain.finditer(text)] == []
    assert all("Kommun A" in text for text in texts[:2])
