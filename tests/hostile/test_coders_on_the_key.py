"""Two coders under one pseudonym (red team, round 9).

Coders leave the project through the pseudonym key as every name does: agreement rows,
the summary, the audit and the codings export print a coder's pseudonym. The lead gave
karin and johan both 'Kodare A' (the same pseudonym for two names is allowed: one
participant's full name and first name), and agree printed '2 coders (Kodare A, Kodare
A)' over pair rows no reader could tell apart; karin as 'johan', while johan was off the
key, did the same. Each is refused in one line, nothing written; so is removing johan
from the key while karin is 'johan', and a new coder named as a coder already reads.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import IngestError, ValidationError
from tests.conftest import SV_TEXT, small_codebook


@pytest.fixture
def project(tmp_path: Path) -> Project:
    p = Project.create(tmp_path / "p.db")
    p.apply_codebook(small_codebook())
    for name in ("karin", "johan"):
        p.add_coder(name)
    p.add_coder("lena", role="lead")
    p.act_as("lena")
    doc = p.import_text("aby_01.txt", SV_TEXT, lang="sv").id
    p.act_as("karin")
    p.add_coding(doc, 30, 80, "mission_dialogue", "karin")
    p.act_as("johan")
    p.add_coding(doc, 200, 260, "integration", "johan")
    p.act_as("lena")
    return p


def _refused(project: Project, real: str, pseudonym: str) -> str:
    before = project.pseudonyms("lena")
    with pytest.raises(ValidationError) as refused:
        project.set_pseudonym(real, pseudonym, "lena")
    assert project.pseudonyms("lena") == before
    message = str(refused.value)
    assert "\n" not in message and "karin" in message and "johan" in message
    return message


def test_a_pseudonym_given_to_another_coder_is_refused(project: Project) -> None:
    project.set_pseudonym("karin", "Kodare A", "lena")
    _refused(project, "johan", "Kodare A")
    _refused(project, "Johan", "kodare a")  # the key matches in any case
    project.set_pseudonym("johan", "Kodare B", "lena")
    assert sorted(project.agreement().coders) == ["Kodare A", "Kodare B"]


def test_a_coders_pseudonym_that_is_another_coders_name_is_refused(project: Project) -> None:
    _refused(project, "karin", "johan")
    assert "karin" in project.agreement().coders


def test_one_pseudonym_for_two_names_of_a_participant_is_still_allowed(
    project: Project,
) -> None:
    project.set_pseudonym("Anna Berg", "IP1", "lena")
    project.set_pseudonym("Anna", "IP1", "lena")
    assert {p.pseudonym for p in project.pseudonyms("lena")} == {"IP1"}


def test_taking_a_coder_off_the_key_that_would_name_two_alike_is_refused(
    project: Project,
) -> None:
    """A key written before this rule (straight into the store, as an older qualcode
    did) with karin as 'johan' and johan as 'Kodare B': taking johan off it would print
    both as 'johan'."""
    with project.store.transaction():
        project.store.pseudonyms.set("johan", "Kodare B", "person", "lena")
        project.store.pseudonyms.set("karin", "johan", "person", "lena")
    with pytest.raises(ValidationError, match="alike"):
        project.remove_pseudonym("johan", "lena")
    assert len(project.pseudonyms("lena")) == 2
    project.remove_pseudonym("karin", "lena")  # harmless: karin is karin again
    project.remove_pseudonym("johan", "lena")
    assert sorted(project.agreement().coders) == ["johan", "karin"]


def test_a_new_coder_named_as_a_coder_reads_on_the_key_is_refused(project: Project) -> None:
    project.set_pseudonym("karin", "Kodare A", "lena")
    with pytest.raises(ValidationError, match="coder already"):
        project.add_coder("Kodare A")
    assert sorted(c.name for c in project.coders()) == ["johan", "karin", "lena"]


def _team(path: Path) -> Path:
    """The team's project, closed (so a copy holds everything), karin on the key."""
    with Project.create(path) as p:
        p.apply_codebook(small_codebook())
        p.add_coder("karin")
        p.add_coder("lena", role="lead")
        p.act_as("lena")
        p.import_text("aby_01.txt", SV_TEXT, lang="sv")
        p.set_pseudonym("karin", "Kodare A", "lena")
    return path


def test_a_packages_new_coder_named_as_a_coder_reads_is_refused(tmp_path: Path) -> None:
    team = _team(tmp_path / "team.db")
    laptop = tmp_path / "laptop.db"
    shutil.copy(team, laptop)
    with Project.open(laptop) as p:
        p.act_as("lena")
        p.remove_pseudonym("karin", "lena")  # a laptop's copy need not hold the key
        # as an older qualcode added her: coder add now refuses lena's label (pseudo40b)
        p.store.coders.add("Kodare A", "coder")
        p.act_as("Kodare A")
        doc = p.documents()[0].id
        p.add_coding(doc, 30, 80, "integration", "Kodare A")
        package = p.export_coder("Kodare A", tmp_path / "package.json")
    with Project.open(team) as p:
        p.act_as("lena")
        with pytest.raises(ValidationError, match="coder already"):
            p.merge_package(package)
        assert [c.name for c in p.coders()] == ["karin", "lena"] and p.codings() == []


def test_a_qdpx_user_named_as_a_coder_reads_is_refused(tmp_path: Path) -> None:
    team = _team(tmp_path / "team.db")
    with Project.create(tmp_path / "other.db") as p:
        p.apply_codebook(small_codebook())
        # as another tool names its user: coder add refuses a label's shape (tidy41)
        p.store.coders.add("Kodare A", "lead")
        p.act_as("Kodare A")
        doc = p.import_text("ip9.txt", f"{SV_TEXT}\nR: En annan.\n", lang="sv").id
        p.add_coding(doc, 30, 80, "integration", "Kodare A")
        exported = p.export_qdpx(tmp_path / "other.qdpx")
    with Project.open(team) as p:
        p.act_as("lena")
        with pytest.raises(IngestError, match="coder already"):
            p.import_qdpx(exported)
        assert [c.name for c in p.coders()] == ["karin", "lena"] and len(p.documents()) == 1
