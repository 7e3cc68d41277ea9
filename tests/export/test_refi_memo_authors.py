"""A .qdpx round trip keeps who wrote each memo and when, and when each coding was made.
The file names both on every Note (creatingUser, creationDateTime), but the import signed a
memo on a code, a document or the project with the importer's name and one on a coding with
the coding's coder, all dated the day of the import: the lead's memo on karin's coding
became karin's, and under blind coding a colleague's note turned up as one's own."""

from __future__ import annotations

import re
from pathlib import Path

from qualcode import Project
from tests.hostile.export_kit import rewritten
from tests.lead_and_coder_kit import lead_and_karin

OMAR = "0b7f3c1e-0000-4000-8000-00000000000a"


def _exported(tmp_path: Path) -> tuple[Path, dict[str, tuple[str, str]]]:
    """karin codes and writes on her coding, a code and the document; lena (lead) writes
    on karin's coding."""
    p, doc = lead_and_karin(tmp_path / "a.db")
    with p:
        p.act_as("karin")
        coding = p.add_coding(doc, 30, 80, "mission_dialogue", "karin")
        p.add_memo("coding", coding.id, "karin", "her own reading")
        p.add_memo("code", "integration", "karin", "karin on the code")
        p.add_memo("document", doc, "karin", "karin on the interview")
        p.act_as("lena")
        p.add_memo("coding", coding.id, "lena", "lena on karin's passage")
        written = {m.text: (m.author, m.created_at) for m in p.memos()}
        return p.export_qdpx(tmp_path / "a.qdpx"), written


def test_each_memo_keeps_its_author_and_time(tmp_path: Path) -> None:
    qdpx, written = _exported(tmp_path)
    with Project.create(tmp_path / "b.db") as fresh:
        fresh.import_qdpx(qdpx, arriving="lena")
        assert {m.text: (m.author, m.created_at) for m in fresh.memos()} == written


def test_each_coding_keeps_its_time(tmp_path: Path) -> None:
    """A coding's creationDateTime is when it was coded, not the day of the import."""
    qdpx, _ = _exported(tmp_path)
    with Project.open(tmp_path / "a.db") as source:
        source.act_as("lena")
        written = {(c.start, c.end): c.created_at for c in source.codings()}
    with Project.create(tmp_path / "b.db") as fresh:
        fresh.import_qdpx(qdpx, arriving="lena")
        assert {(c.start, c.end): c.created_at for c in fresh.codings()} == written


def test_a_note_by_someone_who_coded_nothing_makes_her_a_coder(tmp_path: Path) -> None:
    """Another tool's file: a user who only wrote notes, times with a Z."""
    qdpx, _ = _exported(tmp_path)

    def other_tool(xml: str) -> str:
        xml = xml.replace('origin="qualcode', 'origin="NVivo 14 (was qualcode')
        xml = xml.replace("</Users>", f'<User guid="{OMAR}" name="omar" /></Users>')
        return re.sub(
            r'(<Note [^>]*name="karin: karin on the code"[^>]*creatingUser=")[^"]+',
            rf"\g<1>{OMAR}",
            xml,
        )

    with Project.create(tmp_path / "c.db") as fresh:
        fresh.import_qdpx(rewritten(qdpx, "project.qde", other_tool))
        authors = {m.text: m.author for m in fresh.memos()}
        assert "omar" in {c.name for c in fresh.coders()}
    assert authors["karin on the code"] == "omar"
    assert authors["lena on karin's passage"] == "lena"


def test_a_note_without_its_user_is_the_importers_as_before(tmp_path: Path) -> None:
    qdpx, _ = _exported(tmp_path)

    def anonymous(xml: str) -> str:
        return re.sub(r' creatingUser="[^"]+"(?=[^>]*>\s*<PlainTextContent)', "", xml)

    with Project.create(tmp_path / "d.db") as fresh:
        fresh.import_qdpx(rewritten(qdpx, "project.qde", anonymous))
        authors = {m.text: m.author for m in fresh.memos()}
    assert authors["karin on the code"] == "qualcode"
    assert authors["lena on karin's passage"] == "karin"  # the coding's coder
