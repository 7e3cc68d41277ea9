"""A given name on the key that is also an everyday word leaves the word alone.

A name on the pseudonym key is replaced wherever it is written, in any case, unless it is
one of the names the exports know as words too (``ORDINARY_WORDS``): those only with their
capital. "Inga" (a Swedish given name; "inga" is "no, none") was not among them, so with
the participant Inga on the key a quote "Vi har inga resurser" went out as "Vi har IP1
resurser", and a Swedish reconciliation agenda with no open cases ("Inga öppna fall.") was
refused as leaking her name. "Klara", "Max", "Can", "Grant" and the like read the same
(red team 39)."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project

TALK = (
    "I: Hur är arbetsbelastningen?\n\n"
    "Inga: Vi har inga resurser och kan inte klara det med max fem kollegor.\n\n"
    "I: Och budgeten?\n\n"
    "Inga: Den följer behoven nu.\n"
)


def _project(path: Path) -> tuple[Project, str]:
    project = Project.create(path)
    project.add_coder("lena", role="lead")
    project.act_as("lena")
    doc = project.import_text("ip_01.txt", TALK, lang="sv").id
    project.set_pseudonym("Inga", "IP1", "lena", kind="speaker")
    return project, doc


def test_the_word_stays_and_the_name_goes(tmp_path: Path) -> None:
    project, _ = _project(tmp_path / "p.db")
    with project:
        for name in ("Klara", "Max"):
            project.set_pseudonym(name, f"Person {name[0]}", "lena", kind="person")
        key = project.pseudonym_key(viewer="lena")
        shown = key.apply(TALK)
        left = key.leaks(shown)
    assert "IP1: Vi har inga resurser och kan inte klara det med max fem kollegor." in shown
    assert left == []


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("Can", "I can tell you that."),
        ("Grant", "The grant ran out in April."),
        ("Tom", "Tjänsten stod tom från juli."),
        ("Juli", "Tjänsten stod tom från juli."),
    ],
)
def test_more_everyday_words_stay(tmp_path: Path, name: str, text: str) -> None:
    project, _ = _project(tmp_path / "p.db")
    with project:
        project.set_pseudonym(name, "IP9", "lena", kind="person")
        assert project.pseudonym_key(viewer="lena").apply(text) == text


def test_an_agenda_with_nothing_open_is_written_in_swedish(tmp_path: Path) -> None:
    project, doc = _project(tmp_path / "p.db")
    with project:
        project.add_code("mission", {"sv": "Uppdrag", "en": "Mission"})
        for coder in ("karin", "johan"):
            project.add_coder(coder)
            project.act_as(coder)
            project.set_status(doc, coder, "done")
        project.act_as("lena")
        assert project.write_agenda(tmp_path / "agenda.md", lang="sv", viewer="lena") == 0
    assert "inga öppna fall" in (tmp_path / "agenda.md").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("inga_01.txt", "IP1_01.txt"),
        ("intervju_inga.docx", "intervju_IP1.docx"),
        ("per_01.txt", "IP2_01.txt"),
        ("inga.txt", "IP1.txt"),
        ("per.docx", "IP2.docx"),
    ],
)
def test_a_file_name_written_small_is_still_her(tmp_path: Path, name: str, shown: str) -> None:
    # a name that is also a word is left alone in small letters, but a file's name writes
    # hers so too: 'per_01.txt' went out as written in every export's document column
    project, _ = _project(tmp_path / "p.db")
    with project:
        project.set_pseudonym("Per", "IP2", "lena", kind="speaker")
        key = project.pseudonym_key(viewer="lena")
        assert key.apply(name) == shown
        assert key.leaks(name)


def test_the_codings_export_names_a_document_named_small(tmp_path: Path) -> None:
    # the document column of every export: 'inga.txt' went out as written
    with Project.create(tmp_path / "p.db") as project:
        project.add_coder("lena", role="lead")
        project.act_as("lena")
        doc = project.import_text("inga.txt", TALK, lang="sv").id
        project.set_pseudonym("Inga", "IP1", "lena", kind="speaker")
        project.add_code("mission", {"sv": "Uppdrag", "en": "Mission"})
        start = TALK.index("Vi har")
        project.add_coding(doc, start, start + 20, "mission", "lena")
        project.export_codings(tmp_path / "c.csv")
    written = (tmp_path / "c.csv").read_text(encoding="utf-8-sig")
    assert "inga.txt" not in written and "IP1.txt" in written


@pytest.mark.parametrize(("name", "shown"), [("rask.txt", "IP3.txt"), ("vendela.docx", "IP3.docx")])
def test_a_part_of_a_whole_name_in_a_file_name(tmp_path: Path, name: str, shown: str) -> None:
    # a word of a whole name on the key is matched only with its capital ("ett rask
    # tempo" stays), but a file's name writes it small: 'rask.txt' went out as written
    project, _ = _project(tmp_path / "p.db")
    with project:
        project.set_pseudonym("Vendela Rask", "IP3", "lena", kind="person")
        key = project.pseudonym_key(viewer="lena")
        assert key.apply(name) == shown
        assert key.apply("ett rask tempo") == "ett rask tempo"


@pytest.mark.parametrize("name", ["per 2024.docx", "inga intervju.txt", "per-intervju.docx"])
def test_a_documents_name_names_her_in_small_letters(tmp_path: Path, name: str) -> None:
    # a document's name is a file's: 'per 2024.docx' went out as written in every export's
    # document column, though "per kommun" in talk stays
    with Project.create(tmp_path / "p.db") as project:
        project.add_coder("lena", role="lead")
        project.act_as("lena")
        project.import_text(name, TALK, lang="sv")
        project.set_pseudonym("Inga", "IP1", "lena", kind="speaker")
        project.set_pseudonym("Per", "IP2", "lena", kind="speaker")
        key = project.pseudonym_key(viewer="lena")
        shown = key.apply(name)
        assert key.apply("per kommun") == "per kommun"
    assert not {"per", "inga"} & set(shown.replace("-", " ").replace(".", " ").split()), shown
