"""Names in an export's XML attributes (red team 18).

The read-back of every export dropped each tag whole, so a name in an attribute was
never read: a .qdpx's users (coders on the key went out as themselves, each ``User name``
and each note named for its author), a workbook's sheet names, a Word comment's author.
A coder the key names ('karin' as 'Kodare-K') is so named in agreement rows, the audit
and the codings table, but the .qdpx carried 'karin' in three places. Now attribute values
are read back (GUIDs and hex ids aside, whose letters could spell a short name), and the
.qdpx names a coder on the key, her memos' author and the consensus user for a lead on
the key by their pseudonyms.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import OutputError
from qualcode.export.pseudonyms import Key, check_files, leaks_in_files
from tests.conftest import add_plain_document, small_codebook
from tests.hostile.hostile_kit import one_sentence_coded


def _zipped(member: str, xml: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(member, xml)
    return buffer.getvalue()


def test_a_name_in_an_attribute_is_read_back() -> None:
    key = Key({"Birgitta Holm": "Person B", "Åby": "Kommun A"})
    sheet = _zipped("xl/workbook.xml", '<sheets><sheet name="Birgitta Holm" sheetId="1"/></sheets>')
    assert leaks_in_files(key, {"s.xlsx": sheet}) == {"s.xlsx:xl/workbook.xml": ["Birgitta Holm"]}
    comment = _zipped("word/comments.xml", '<w:comment w:author="&#197;by kommun" w:id="0"/>')
    with pytest.raises(OutputError, match="the real name behind Kommun A would appear"):
        check_files(key, {"s.docx": comment})


def test_ids_in_attributes_spell_no_name() -> None:
    """A GUID's or revision id's letters ('-ada1-', 'BEA00C1D') are no participant's name."""
    key = Key({"Ada": "IP1", "Bea": "IP2"})
    xml = (
        '<Project><User guid="0c5d2f3e-ada1-4b2c-8d3e-0f1a2b3c4d5e" name="karin"/>'
        '<w:p w:rsidR="BEA00C1D"/></Project>'
    )
    assert leaks_in_files(key, {"p.qdpx": _zipped("project.qde", xml)}) == {}


def test_coders_on_the_key_leave_in_a_qdpx_by_their_pseudonyms(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.db") as project:
        project.apply_codebook(small_codebook())
        project.add_coder("karin")
        project.add_coder("lena", role="lead")
        doc = add_plain_document(project, "aby_01.txt", ["Vi pratade om uppdraget."])
        unit = project.units(doc)[0]
        coding = project.add_coding(doc, unit.start, unit.end, "mission_dialogue", "karin")
        project.add_memo("coding", coding.id, "karin", "Tydligt om uppdraget.")
        project.add_coding(doc, unit.start, unit.end, "mission_dialogue", "lena", layer="consensus")
        project.act_as("lena")
        project.set_pseudonym("karin", "Kodare-K", "lena")
        project.set_pseudonym("lena", "Ledare-L", "lena")
        path = project.export_qdpx(tmp_path / "p.qdpx")
        with zipfile.ZipFile(path) as archive:
            qde = archive.read("project.qde").decode("utf-8")
        assert "karin" not in qde.lower() and "lena" not in qde.lower()
        assert 'name="Kodare-K"' in qde and 'name="consensus (Ledare-L)"' in qde
        assert 'name="Kodare-K: Tydligt om uppdraget."' in qde
        # the lead who asks for real names gets them
        real = project.export_qdpx(tmp_path / "real.qdpx", real_names=True, viewer="lena")
        with zipfile.ZipFile(real) as archive:
            assert 'name="karin"' in archive.read("project.qde").decode("utf-8")
    with Project.create(tmp_path / "back.db") as back:
        back.import_qdpx(path)
        assert {c.name for c in back.coders()} >= {"Kodare-K"}


def test_an_attribute_named_after_someone_goes_out_through_the_key(tmp_path: Path) -> None:
    """An attribute's name ('kontakt Solgläntan') went into the .qdpx as a Variable's name
    as typed (and into its GUID, made from that name), while the codings table named the
    column through the key; read back since red team 18, the .qdpx was refused instead."""
    with Project.create(tmp_path / "p.db") as project:
        project.add_coder("lena", role="lead")
        project.act_as("lena")
        doc = add_plain_document(project, "ip1.txt", ["Vi pratade om uppdraget."])
        project.set_attributes(doc, {"kontakt Solgläntan": "ja"}, "lena")
        project.set_pseudonym("Solgläntan", "Enhet S", "lena", kind="workplace")
        path = project.export_qdpx(tmp_path / "p.qdpx")
        with zipfile.ZipFile(path) as archive:
            qde = archive.read("project.qde").decode("utf-8")
        assert "Solgläntan" not in qde and 'name="kontakt Enhet S"' in qde
        with Project.create(tmp_path / "back.db") as back:
            back.import_qdpx(path)
            [summary] = back.documents()
            assert summary.attributes["kontakt Enhet S"] == "ja"


def test_two_attributes_reading_alike_through_the_key_are_refused(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.db") as project:
        project.add_coder("lena", role="lead")
        project.act_as("lena")
        doc = add_plain_document(project, "ip1.txt", ["Vi pratade om uppdraget."])
        project.set_attributes(doc, {"kontakt Solgläntan": "ja", "kontakt Enhet S": "nej"}, "lena")
        project.set_pseudonym("Solgläntan", "Enhet S", "lena", kind="workplace")
        with pytest.raises(OutputError, match=r"two attributes of 'ip1\.txt' read alike"):
            project.export_qdpx(tmp_path / "p.qdpx")
    assert not (tmp_path / "p.qdpx").exists()


def test_names_a_template_gives_its_fonts_refuse_no_export(tmp_path: Path) -> None:
    """Word's and Excel's templates name fonts and styles in attributes ('Times New Roman',
    'Shruti', 'Latha', 'Nyala'); read there, a participant called Roman or Shruti would
    have refused every .docx and .xlsx the lead wrote."""
    with one_sentence_coded(tmp_path / "p.db") as project:
        for n, name in enumerate(("Roman", "Shruti", "Latha", "Nyala", "Euphemia", "Cambria")):
            project.set_pseudonym(name, f"IP{n + 1}", "lena")
        for suffix in (".docx", ".xlsx"):
            project.export_summary(tmp_path / f"s{suffix}", layer="coder")
        project.export_codings(tmp_path / "c.xlsx")
        project.export_codebook(tmp_path / "cb.docx")
    assert {p.name for p in tmp_path.glob("*.*x")} == {"s.docx", "s.xlsx", "c.xlsx", "cb.docx"}
