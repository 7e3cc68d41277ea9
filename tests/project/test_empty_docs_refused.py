"""``docs=[]`` is refused in one line by every public method that takes documents, and
nothing is written: it is what a notebook's filter that matched nobody hands over, and it
was read as "every document", so an export of nothing exported the whole study and a
confirm of nothing confirmed the whole project's agreements (empty48). The few methods
that read ``[]`` as nobody on purpose (counts of nothing, a document set's rule) are
listed too, so that a new method taking ``docs`` must be decided here."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from qualcode import Project
from qualcode.errors import ValidationError

SAID = "docs is an empty list: a filter that matched nobody; give None for no filter"

Call = Callable[[Project, Path], Any]

REFUSED: dict[str, Call] = {
    "agenda": lambda p, _: p.agenda(docs=[]),
    "agreement": lambda p, _: p.agreement(docs=[]),
    "agreement_refusal": lambda p, _: p.agreement_refusal(docs=[]),
    "build_summary": lambda p, _: p.build_summary(docs=[]),
    "cases": lambda p, _: p.cases(docs=[]),
    "chosen_documents": lambda p, _: p.chosen_documents([]),
    "code_hits": lambda p, _: p.code_hits("nämnden", p.codebook()[0].key, "lena", docs=[]),
    "confirm_agreements": lambda p, _: p.confirm_agreements("lena", docs=[]),
    "documents_in_view": lambda p, _: p.documents_in_view([]),
    "embed": lambda p, _: p.embed(docs=[]),
    "embedding_plan": lambda p, _: p.embedding_plan(docs=[]),
    "embedding_texts": lambda p, _: p.embedding_texts(docs=[]),
    "export_summary": lambda p, out: p.export_summary(out / "summary.md", docs=[]),
    "memos_off_key": lambda p, _: p.memos_off_key("lena", "codings", docs=[]),
    "names_off_key": lambda p, _: p.names_off_key("lena", docs=[]),
    "not_in_cases": lambda p, _: p.not_in_cases(docs=[]),
    "one_coder_waiting": lambda p, _: p.one_coder_waiting(docs=[]),
    "places_off_key": lambda p, _: p.places_off_key("lena", docs=[]),
    "report_words": lambda p, _: p.report_words(docs=[]),
    "search_text": lambda p, _: p.search_text("nämnden", docs=[]),
    "speakers_off_key": lambda p, _: p.speakers_off_key("lena", docs=[]),
    "suggest": lambda p, _: p.suggest(docs=[]),
    "take_every_one_coder": lambda p, _: p.take_every_one_coder("lena", docs=[]),
    "team_scope": lambda p, _: p.team_scope(docs=[]),
    "unconfirmed_agreements": lambda p, _: p.unconfirmed_agreements(docs=[]),
    "word_frequencies": lambda p, _: p.word_frequencies(docs=[]),
    "write_agenda": lambda p, out: p.write_agenda(out / "agenda.md", docs=[]),
}

# ``[]`` read as no documents on purpose: a count of nothing (the summary asks them for a
# document set none of whose documents counts), and a set's documents given as none
# beside attributes (``make_document_set``'s default)
AS_NOBODY: dict[str, tuple[Call, Any]] = {
    "open_cases": (lambda p, _: p.open_cases(docs=[]), 0),
    "still_open": (lambda p, _: p.still_open(docs=[]), (0, 0)),
    "cases_counted": (lambda p, _: p.cases_counted(docs=[]), (0, 0, 0)),
    "reconciling": (lambda p, _: p.reconciling(docs=[]), None),
    "why_none_to_confirm": (lambda p, _: p.why_none_to_confirm(docs=[]), (0, 0)),
}
OWN_MEANING = {"add_to_document_set", "make_document_set", "remove_from_document_set"}


def _taking_docs() -> set[str]:
    return {
        name
        for name, member in inspect.getmembers(Project, callable)
        if not name.startswith("_") and "docs" in inspect.signature(member).parameters
    }


def test_every_method_taking_docs_is_decided_here() -> None:
    assert _taking_docs() == set(REFUSED) | set(AS_NOBODY) | OWN_MEANING


def _written(project: Project) -> tuple[int, int, int]:
    return (
        len(project.codings(layer="consensus")),
        len(project.codings()),
        len(project.suggestions()),
    )


@pytest.mark.parametrize("method", sorted(REFUSED))
def test_an_empty_list_of_documents_is_refused(demo: Path, tmp_path: Path, method: str) -> None:
    with Project.open(demo) as project:
        project.act_as("lena")
        before = _written(project)
        with pytest.raises(ValidationError) as refused:
            REFUSED[method](project, tmp_path)
        assert str(refused.value).endswith(SAID)
        assert "\n" not in str(refused.value)
        assert _written(project) == before
    assert not list(tmp_path.glob("*.md"))


@pytest.mark.parametrize("method", sorted(AS_NOBODY))
def test_the_counts_read_an_empty_list_as_nobody(demo: Path, tmp_path: Path, method: str) -> None:
    call, nothing = AS_NOBODY[method]
    with Project.open(demo) as project:
        project.act_as("lena")
        assert project.unconfirmed_agreements()  # the whole project has some to count
        assert call(project, tmp_path) == nothing


@pytest.mark.parametrize("method", ["agenda", "agreement", "cases", "team_scope", "not_in_cases"])
def test_an_empty_list_is_named_before_the_team_is_counted(tmp_path: Path, method: str) -> None:
    """``[]`` is checked at the door, before the work it refuses: a lead with one coder
    asking for the agreement of no documents was told the team needs two coders, and
    adding one only got her the refusal of her empty list (minor49)."""
    from tests.conftest import mission_team

    with mission_team(tmp_path / "p.db", coders=("karin",)) as project:
        with pytest.raises(ValidationError) as refused:
            REFUSED[method](project, tmp_path)
        assert str(refused.value).endswith(SAID), str(refused.value)
