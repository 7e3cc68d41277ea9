"""Who speaks in an interview and as what (``Project.speaker_roles``): what the TUI shows
so a lead sees whom qualcode takes for the interviewer, whether that was guessed from the
turns, and each participant's citation. Only `pseudonym suggest` told of a guess."""

from __future__ import annotations

from pathlib import Path

from qualcode import Project

ASKED = (
    "Maria: Hur ser ditt uppdrag ut i dag?\n\n"
    "Per: Vi har fått mer att säga till om.\n\n"
    "Maria: Hur märks det i vardagen?\n\n"
    "Per: Vi träffas varje månad.\n\n"
    "Maria: Och arbetsmiljön, har den blivit bättre?\n\n"
    "Per: Ja, mycket bättre än förr.\n"
)


def _project(path: Path, attributes: dict[str, str] | None = None) -> tuple[Project, str]:
    project = Project.create(path)
    project.add_coder("lena", role="lead")
    project.add_coder("johan")
    project.act_as("lena")
    doc = project.import_text("ip_01.txt", ASKED, lang="sv", attributes=attributes).id
    return project, doc


def _parts(
    project: Project, doc: str, viewer: str | None
) -> dict[str, tuple[bool, object, object]]:
    return {r.label: (r.asks, r.how, r.cited) for r in project.speaker_roles(doc, viewer)}


def test_a_guessed_interviewer_is_told_as_a_guess(tmp_path: Path) -> None:
    project, doc = _project(tmp_path / "p.db")
    with project:
        parts = _parts(project, doc, "lena")
        roles = project.speaker_roles(doc, "lena")
    assert parts == {"Maria": (True, "guessed", None), "Per": (False, None, "IP1")}
    assert [r.label for r in roles] == ["Maria", "Per"] and roles[1].turns == 3


def test_the_attribute_overrules_the_guess(tmp_path: Path) -> None:
    project, doc = _project(tmp_path / "p.db", {"interviewer": "Per"})
    with project:
        assert _parts(project, doc, "lena") == {
            "Maria": (False, None, "IP1"),
            "Per": (True, "attribute", None),
        }


def test_the_key_is_cited_for_a_lead_and_nothing_for_a_coder(tmp_path: Path) -> None:
    project, doc = _project(tmp_path / "p.db")
    with project:
        project.set_pseudonym("Per", "Sam", "lena", kind="speaker")
        assert _parts(project, doc, "lena")["Per"] == (False, None, "Sam")
        project.act_as("johan")
        assert _parts(project, doc, "johan")["Per"] == (False, None, None)
        assert project.speaker_roles("no such id", "johan") == []


def test_a_coder_interviewing_under_her_own_name_is_told_so(tmp_path: Path) -> None:
    project, _ = _project(tmp_path / "p.db")
    with project:
        project.add_coder("maria")
        doc = project.import_text("ip_02.txt", ASKED.replace("Per", "Ola"), lang="sv").id
        parts = _parts(project, doc, "lena")
    assert parts == {"Maria": (True, "coder", None), "Ola": (False, None, "IP2")}
