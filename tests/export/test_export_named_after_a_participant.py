"""An export whose own file name holds a name on the pseudonym key is refused.

"Anna Berg.md" was refused (its charts' names, which it cites, held her name), but the same
summary written as "Anna Berg.docx" or "Åby.html", and a .qdpx written as "Åby.qdpx", went
out through the key inside and under her name and her municipality's on every copy. The
file's name is what travels first; it is checked as its contents are, before anything is
written, and a lead asking for real names is not refused.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import OutputError

TALK = (
    "I: Berätta om arbetet.\n"
    "Anna Berg: Jag har jobbat i Åby i tio år, det har varit bra.\n"
    "I: Och arbetsmiljön?\n"
    "Anna Berg: Den är tuff men bättre nu.\n"
)


@pytest.fixture
def project(tmp_path: Path):
    with Project.create(tmp_path / "p.db") as p:
        p.add_coder("lena", role="lead")
        p.add_code("load", {"sv": "Belastning", "en": "Load"})
        p.act_as("lena")
        p.import_text("ip1.txt", TALK, lang="sv", attributes={"municipality": "Åby"})
        p.set_pseudonym("Anna Berg", "IP1", "lena", "speaker")
        p.set_pseudonym("Åby", "Kommun A", "lena", "place")
        doc = p.document("ip1.txt")
        p.add_coding(doc.id, TALK.index("Jag har"), TALK.index("bra.") + 4, "load", "lena")
        yield p


@pytest.mark.parametrize("name", ["Anna Berg.docx", "Åby.html", "anna_berg_sammanfattning.md"])
def test_a_summary_named_after_a_name_on_the_key_is_refused(
    project: Project, tmp_path: Path, name: str
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(OutputError, match="file's name holds the real name"):
        project.export_summary(out / name, layer="coder", lang="sv", viewer="lena")
    assert list(out.iterdir()) == []  # nothing written, no chart either


def test_a_qdpx_and_a_codings_sheet_named_so_are_refused(project: Project, tmp_path: Path) -> None:
    with pytest.raises(OutputError, match=r"behind (Kommun|Municipality) A"):
        project.export_qdpx(tmp_path / "Åby.qdpx", viewer="lena")
    with pytest.raises(OutputError, match="behind IP1"):
        project.export_codings(tmp_path / "Anna Berg.csv", viewer="lena")
    assert not (tmp_path / "Åby.qdpx").exists() and not (tmp_path / "Anna Berg.csv").exists()


def test_other_names_and_real_names_are_written(project: Project, tmp_path: Path) -> None:
    assert project.export_summary(
        tmp_path / "sammanfattning.docx", layer="coder", lang="sv", viewer="lena"
    )
    written = project.export_codings(tmp_path / "Anna Berg.csv", viewer="lena", real_names=True)
    assert written.exists()  # the lead's own copy, with real names asked for


def test_a_coders_own_name_in_her_file_name_is_hers(tmp_path: Path) -> None:
    """The TUI offers coder karin "study-karin-summary.docx"; a participant Karin on the
    key does not make her own name in it a participant's."""
    talk = "I: Hur är det?\nKarin: Det är tungt, säger jag.\nI: Varför?\nKarin: Många ärenden.\n"
    with Project.create(tmp_path / "study.db") as p:
        p.add_coder("lena", role="lead")
        p.add_coder("karin")
        p.add_code("load", {"sv": "Belastning", "en": "Load"})
        p.act_as("lena")
        p.import_text("ip1.txt", talk, lang="sv")
        p.set_pseudonym("Karin", "IP1", "lena", "speaker")
        doc = p.document("ip1.txt")
        p.act_as("karin")
        p.add_coding(doc.id, talk.index("Det är"), talk.index("jag.") + 4, "load", "karin")
        out = tmp_path / "study-karin-summary.docx"
        assert p.export_summary(out, layer="coder:karin", lang="sv", viewer="karin") == out
