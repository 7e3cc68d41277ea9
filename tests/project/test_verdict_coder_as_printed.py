"""A verdict names a coder as a typed team does, and the refusal of a label printed for
nobody lists the coders in the words of the face that says it (minor46b).

karin and johan are participants too, so a lead's reports print them "Kodare B" and
"Kodare C" ("Coder B", "Coder C" in English). `reconcile decide ... accept:Kodare B`,
copied from a report, was refused as no coder of the case: it takes karin's version now,
recorded under her name. The refusal of "Kodare Q" listed the coders in the project's
Swedish in the CLI's English line, and a long list ended "and 3 more" in the Swedish
interface; each language's words list them in its own labels and its own "more".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import NotFoundError, ValidationError
from qualcode.tui.catalog import Catalog
from tests.project.coder_label_kit import two_speakers_coded


def _case(project: Project) -> str:
    """karin and johan code one passage, each with her own end, both done: one case."""
    two_speakers_coded(project, ("karin", "johan"), {"karin": 50, "johan": 20})
    return project.cases()[0].case.id


def _spans(project: Project, coder: str) -> list[tuple[int, int]]:
    codings = project.store.codings.list(layer="coder")
    who = project.store.coders.by_name(coder).id
    return sorted((c.start, c.end) for c in codings if c.coder_id == who)


def _consensus(project: Project) -> list[tuple[int, int]]:
    return sorted((c.start, c.end) for c in project.store.codings.list(layer="consensus"))


@pytest.mark.parametrize("typed", ["Kodare B", "coder b", "karin"])
def test_accept_names_the_coder_as_printed(tmp_path: Path, typed: str) -> None:
    with Project.create(tmp_path / "p.db") as project:
        case = _case(project)
        assert project.pseudonym_key().coder("karin") == "Kodare B"
        project.check_verdict(project.case(case).case, f"accept:{typed}")
        project.decide(case, f"accept:{typed}", "läst", "lena")
        assert _consensus(project) == _spans(project, "karin")
        assert project.case(case).verdict == "accept:karin"  # stored by her name


def test_accept_of_a_label_printed_for_nobody_is_refused(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.db") as project:
        case = _case(project)
        with pytest.raises(NotFoundError) as refused:
            project.decide(case, "accept:Kodare Q", "läst", "lena")
        with pytest.raises(ValidationError, match="not part of case"):  # as before
            project.decide(case, "accept:maja", "läst", "lena")
        assert _consensus(project) == []
    assert str(refused.value) == (
        "no coder is printed as 'Kodare Q'; the reports print the coders as Coder B, Coder C, lena"
    )


def test_the_refusal_lists_the_coders_in_the_faces_words(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.db") as project:
        _case(project)
        for name in ("ada", "bo", "cia", "dan", "eva", "fia", "gun"):
            project.add_coder(name, actor="lena")
        with pytest.raises(NotFoundError) as refused:
            project.team_scope(["Kodare Q", "karin"])
    error = refused.value
    assert str(error).endswith(
        "the reports print the coders as Coder B, Coder C, Coder D, Coder E, Coder F, Coder G, "
        "Coder H, Coder I and 2 more"  # every coder labelled once one is (user49)
    )
    swedish = Catalog("sv").refusal(error.key, error.values)
    assert swedish == (
        "Ingen kodare skrivs som Kodare Q; rapporterna skriver kodarna som "
        "Kodare B, Kodare C, Kodare D, Kodare E, Kodare F, Kodare G, Kodare H, Kodare I och 2 till"
    )
    english = Catalog("en").refusal(error.key, error.values)
    assert english is not None and english.endswith("Coder I and 2 more")
    assert "Kodare B" not in english and "Coder B" in english
