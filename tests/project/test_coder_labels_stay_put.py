"""A coder's automatic label ("Kodare B") is the same person's in every export, whenever
it is made (pseudo40b).

The letter was her place among the coders' names sorted, skipping any name already in
the project: adding a coder named "Kodare B" (or one whose name sorts before hers) moved
karin from "Kodare B" to "Kodare C", so a paper's "Kodare B" and the next day's export
named two people. The letter is now her place in the order the coders joined, and a new
coder may not take a name that reads as a label an earlier coder has or would have.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import ValidationError
from tests.conftest import project_with
from tests.project.coder_label_kit import karin_team

TEXT = "I: Hur var det?\n\nKarin: Det var tungt, vi hade för många ärenden.\n"


def _labels(project: Project) -> dict[str, str]:
    key = project.pseudonym_key(viewer="lena")
    return {c.name: key.coder(c.name) for c in project.store.coders.list()}


def test_a_coder_joining_later_moves_no_label(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.db") as project:
        karin_team(project, text=TEXT)
        before = _labels(project)["Karin"]
        project.add_coder("Anna", actor="lena")  # sorts before Karin
        after = _labels(project)["Karin"]
    assert before.startswith("Kodare ") and after == before, (before, after)


@pytest.mark.parametrize("name", ["Kodare B", "coder b", "Coder  A"])
def test_a_new_coder_named_as_a_label_is_refused(tmp_path: Path, name: str) -> None:
    with Project.create(tmp_path / "p.db") as project:
        karin_team(project, text=TEXT)
        before = _labels(project)
        with pytest.raises(ValidationError, match="reads as the label exports give a coder"):
            project.add_coder(name, actor="lena")
        assert _labels(project) == before  # nothing added, no label moved
        assert [c.name for c in project.store.coders.list()] == ["Karin", "lena"]


def test_a_name_only_beginning_as_a_label_is_a_name(tmp_path: Path) -> None:
    berg = (("lena", "lead"), ("Kodare Berg", "coder"))
    with project_with(tmp_path / "p.db", coders=berg) as project:
        assert project.store.coders.find("Kodare Berg") is not None


def test_a_later_coder_named_as_a_label_takes_none_from_an_earlier_one(tmp_path: Path) -> None:
    """A merged package or a .qdpx brings coders in without `coder add`'s refusal (added
    here through the store, as those doors do): the newcomer "Kodare B" moved karin on to
    "Kodare C"; she keeps B, and the newcomer, whose name reads as her label, gets one."""
    with Project.create(tmp_path / "p.db") as project:
        karin_team(project, text=TEXT)
        before = _labels(project)["Karin"]
        project.store.coders.add("Kodare B", "coder")
        after = _labels(project)
    assert before == after["Karin"] == "Kodare B", after
    assert after["Kodare B"] not in ("Kodare B", "Karin", "lena"), after


@pytest.mark.parametrize("name", ["Kodare B", "Coder B", "kodare  c", "Coder Z", "Kodare AB"])
def test_a_name_shaped_as_a_label_is_refused_in_both_languages(tmp_path: Path, name: str) -> None:
    """Held by no coder yet, "Coder B" and "Kodare B" alike: a coder named so printed as
    an automatic label beside the labels exports give (tidy41: "Kodare B" went in and read
    as a coder whose name was kept back)."""
    with project_with(tmp_path / "p.db") as project:
        with pytest.raises(ValidationError, match="reads as the label exports give a coder") as no:
            project.add_coder(name, actor="lena")
        assert [c.name for c in project.store.coders.list()] == ["lena"]
    assert no.value.key == "coder_name_label" and no.value.values == {"name": name}


def test_a_label_refusal_is_said_in_swedish(tmp_path: Path) -> None:
    """The terminal interface says the refusal in its language, naming the name typed."""
    from qualcode.tui.catalog import Catalog

    with project_with(tmp_path / "p.db") as project, pytest.raises(ValidationError) as no:
        project.add_coder("Kodare B", actor="lena")
    said = Catalog("sv").refusal(no.value.key, no.value.values)
    assert said is not None and "Kodare B" in said and "välj ett annat namn" in said, said
