"""A code whose key is a participant's or a place's name spelled without its accents, as
keys are typed ("soderstrom" for Söderström, "aby" for Åby). The Markdown summary names its
charts after the codes' keys: 's_soderstrom.png' was refused by the export's file-name check
("the file's name holds the real name behind IP1; choose another name"), a name the lead
never chose and could not change, so no Markdown summary could be written at all; the
codebook's YAML printed the key as typed. Both now read the key as a file name's words are
read, through the pseudonym key, and so is the project file's name a .qdpx carries. The
texts are written for the test."""

from __future__ import annotations

from pathlib import Path

import yaml

from qualcode import Project

TALK = "I: Hej.\n\nSöderström: Jag har jobbat i Åby i tio år och trivs med det.\n"


def _project(tmp_path: Path) -> Project:
    p = Project.create(tmp_path / "p.db")
    p.add_coder("lena", role="lead")
    p.act_as("lena")
    p.add_code("soderstrom", {"sv": "Söderströms tema", "en": "Soderstrom's theme"})
    p.add_code("aby", {"sv": "Åby", "en": "Aby"})
    doc = p.import_text("intervju.txt", TALK, lang="sv", attributes={"municipality": "Åby"})
    for turn in p.store.documents.turns(doc.id):
        if turn.speaker:
            p.add_coding(doc.id, turn.start, turn.end, "soderstrom", "lena")
            p.add_coding(doc.id, turn.start, turn.end, "aby", "lena")
    p.set_pseudonym("Söderström", "IP1", "lena", kind="speaker")
    p.set_pseudonym("Åby", "Kommun A", "lena", kind="place")
    return p


def test_a_markdown_summary_names_its_charts_through_the_key(tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    with _project(tmp_path) as p:
        p.export_summary(tmp_path / "out" / "s.md", layer="coder", lang="en", viewer="lena")
    files = sorted(f.name for f in (tmp_path / "out").iterdir())
    assert files == ["s.md", "s_IP1.png", "s_Kommun_A.png"], files
    text = (tmp_path / "out" / "s.md").read_text(encoding="utf-8")
    assert "soderstrom" not in text.casefold() and "aby" not in text.casefold()


def test_the_codebooks_keys_go_through_the_key(tmp_path: Path) -> None:
    with _project(tmp_path) as p:
        p.export_codebook(tmp_path / "book.yaml", viewer="lena")
    book = yaml.safe_load((tmp_path / "book.yaml").read_text(encoding="utf-8"))
    keys = [code["key"] for code in book["codes"]]
    assert "soderstrom" not in keys and "aby" not in keys, keys
    assert "ip1" in keys


def test_a_project_file_named_after_a_place_names_no_qdpx(tmp_path: Path) -> None:
    """The .qdpx carries the project file's name as its project's name: a study kept in
    'aby.db', named after Åby, sent 'aby' out with every .qdpx, Åby on the key."""
    import re
    import zipfile

    with Project.create(tmp_path / "aby.db") as p:
        p.add_coder("lena", role="lead")
        p.act_as("lena")
        p.import_text("intervju.txt", TALK, lang="sv")
        p.set_pseudonym("Åby", "Kommun A", "lena", kind="place")
        p.export_qdpx(tmp_path / "out.qdpx", viewer="lena")
    with zipfile.ZipFile(tmp_path / "out.qdpx") as archive:
        texts = [archive.read(n).decode("utf-8") for n in archive.namelist()]
    assert not any(re.search("(?i)(?<![a-z])aby(?![a-z])", text) for text in texts)
    assert any('name="Kommun_A"' in text for text in texts)
