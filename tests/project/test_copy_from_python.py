"""A coder's copy opened from Python with nobody named acts as the coder it was handed to.

The CLI and the TUI hold omar's copy to omar (review49, hostile49b). From Python with
nobody named, the copy's owner had no rule but the audit entry's: a script in omar's copy
merged lena's package (and johan's), writing their codings into it under their names while
the entry said omar, and took the lead's acts (the codebook, a coder's role). Now the owner
of a copy is its coder, held to every rule she is (minor50): what she writes is hers, in
her name, and a name that is not hers is refused in the copy's one line. A lead's own
project opened so is as it was: its owner reads and acts on everything.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import QualcodeError
from tests.conftest import sql_rows
from tests.project.handout_kit import omar_copy

SAID = "this copy was handed to omar; it codes as omar only"


@pytest.fixture(autouse=True)
def _nobody_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("QUALCODE_CODER", raising=False)


def _coders_of_codings(path: Path) -> list[tuple[object, ...]]:
    return sql_rows(
        path,
        "SELECT c.name, count(*) FROM codings g JOIN coders c ON c.id = g.coder_id "
        "GROUP BY c.name ORDER BY c.name",
    )


def _packages(tmp_path: Path) -> tuple[Path, Path, str]:
    """omar's copy, and lena's and johan's packages from lena's project, each with a
    coding of the copy's document."""
    lead, copy, doc = omar_copy(tmp_path, others=("johan",))
    with Project.open(lead) as project:
        project.act_as("lena", "lena")
        for coder in ("lena", "johan"):
            project.add_coding(doc, 0, 12, "integration", coder)
            project.export_coder(coder, tmp_path / f"{coder}.json")
    return copy, tmp_path, doc


def test_writes_with_nobody_named_are_omars(tmp_path: Path) -> None:
    _, copy, doc = omar_copy(tmp_path)
    with Project.open(copy) as project:
        assert project.at_keyboard() is not None and project.at_keyboard().name == "omar"
        project.add_coding(doc, 0, 12, "integration", "omar")
        project.add_memo("document", doc, "omar", "omar's note")
        project.suggest([doc], coder="omar", semantic=False, min_score=0.0)
        pending = [s.id for s in project.suggestions(doc)]
        assert pending
        project.accept_suggestions(pending[:1], "omar")
    assert _coders_of_codings(copy) == [("omar", 2)]
    actors = sql_rows(copy, "SELECT DISTINCT actor FROM audit WHERE action != 'project.handout'")
    assert actors == [("omar",)]


@pytest.mark.parametrize("write", ["coding", "memo", "accept"])
def test_a_write_naming_lena_is_refused_in_the_copys_line(tmp_path: Path, write: str) -> None:
    _, copy, doc = omar_copy(tmp_path)
    with Project.open(copy) as project:
        project.suggest([doc], coder="omar", semantic=False, min_score=0.0)
        pending = [s.id for s in project.suggestions(doc)]
    before = sql_rows(copy, "SELECT count(*) FROM audit") + _coders_of_codings(copy)
    with Project.open(copy) as project, pytest.raises(QualcodeError, match=SAID):
        if write == "coding":
            project.add_coding(doc, 0, 12, "integration", "lena")
        elif write == "memo":
            project.add_memo("document", doc, "lena", "lena's note")
        else:
            project.accept_suggestions(pending[:1], "lena")
    assert sql_rows(copy, "SELECT count(*) FROM audit") + _coders_of_codings(copy) == before


@pytest.mark.parametrize("whose", ["lena", "johan"])
def test_a_package_merged_into_the_copy_is_refused(tmp_path: Path, whose: str) -> None:
    """Before, it wrote lena's (or johan's) coding into omar's copy under her name."""
    copy, folder, _ = _packages(tmp_path)
    with Project.open(copy) as project, pytest.raises(QualcodeError, match="omar is not a lead"):
        project.merge_package(folder / f"{whose}.json", "omar")
    assert _coders_of_codings(copy) == []


@pytest.mark.parametrize("act", ["load_codebook", "add_code", "set_role"])
def test_the_leads_acts_are_refused_in_the_copy(tmp_path: Path, act: str) -> None:
    _, copy, _ = omar_copy(tmp_path)
    before = sql_rows(copy, "SELECT count(*) FROM audit")
    with Project.open(copy) as project, pytest.raises(QualcodeError, match="omar is not a lead"):
        if act == "load_codebook":
            project.load_codebook(Path("codebooks/turning_points.yaml"), "omar")
        elif act == "add_code":
            project.add_code("new_code", {"sv": "Ny", "en": "New"}, actor="omar")
        else:
            project.set_role("omar", "lead", "omar")
    assert sql_rows(copy, "SELECT count(*) FROM audit") == before
    assert sql_rows(copy, "SELECT role FROM coders WHERE name = 'omar'") == [("coder",)]


def test_a_quotes_sheet_with_no_coder_is_omars_and_one_naming_lena_is_refused(
    tmp_path: Path,
) -> None:
    _, copy, doc = omar_copy(tmp_path)
    with Project.open(copy) as project:
        quote = project.document(doc).text[0:20]
    plain, lenas = tmp_path / "q.csv", tmp_path / "lena.csv"
    plain.write_text(f"document,code,quote\naby_01.txt,integration,{quote}\n", encoding="utf-8")
    lenas.write_text(
        f"document,code,quote,coder\naby_01.txt,integration,{quote},lena\n", encoding="utf-8"
    )
    with Project.open(copy) as project:
        with pytest.raises(QualcodeError, match=SAID):
            project.import_quotes_csv(lenas)
        project.import_quotes_csv(plain)  # was refused: "no coder (a coder column, ...)"
    assert _coders_of_codings(copy) == [("omar", 1)]


def test_the_leads_own_project_with_nobody_named_is_as_it_was(tmp_path: Path) -> None:
    """The rule is the copy's: lena's project opened from Python by its owner still takes a
    package and a role change with nobody named."""
    _, folder, _ = _packages(tmp_path)
    lead = folder / "lead.db"
    with Project.open(lead) as project:
        assert project.at_keyboard() is None
        project.set_role("johan", "lead", "lena")
    assert sql_rows(lead, "SELECT role FROM coders WHERE name = 'johan'") == [("lead",)]
