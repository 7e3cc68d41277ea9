"""Refusals a researcher meets in the Swedish interface are said in Swedish: the codebook's
limits (50,000 codes, 1,000 keywords a code), a search that cannot be read, a theme
without a name, a document set renamed to its own name and a filter not written as
name=value were English lines among Swedish (the service raised them without a key in
the language files' ``refusals`` table)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import QualcodeError
from qualcode.model import MAX_CODES, Codebook, CodeSpec
from qualcode.project import parse_filters
from qualcode.tui.catalog import Catalog
from qualcode.tui.said import said
from tests.conftest import finish_first_unit, project_with, team_project

TEXT = "I: Hur började det?\nR: Vi pratade om uppdraget med politikerna.\n"


def _swedish(act: Callable[[], object]) -> str:
    with pytest.raises(QualcodeError) as caught:
        act()
    line = said(caught.value, Catalog("sv"))
    assert line != str(caught.value)  # not the service's English
    return line


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Project]:
    with project_with(tmp_path / "p.db", ("ip1.txt", TEXT)) as made:
        made.act_as("lena")
        yield made


def test_the_codebooks_limits_are_said_in_swedish(project: Project) -> None:
    many = tuple(CodeSpec(key=f"k{i}", names={"sv": f"K {i}"}) for i in range(MAX_CODES + 1))
    line = _swedish(lambda: project.apply_codebook(Codebook("stor", many)))
    assert line.startswith("Kodboken har 50001 nya koder") and "ingenting lästes in" in line
    terms = {"sv": tuple(f"ord{i}" for i in range(1001))}
    line = _swedish(lambda: project.add_code("styrning", {"sv": "Styrning"}, keywords=terms))
    assert line.startswith("En kod får ha högst 1000 nyckelord per språk; den här har 1001")
    assert project.codebook() == []  # neither refusal wrote a code


def test_a_search_theme_set_and_filter_refused_in_swedish(project: Project) -> None:
    line = _swedish(lambda: project.search_text('"uppdraget'))
    assert line == "Citattecknet före uppdraget stängs aldrig"
    assert _swedish(lambda: project.search_text("  ")) == (
        "Skriv ett ord eller en fras att söka efter"
    )
    assert _swedish(lambda: project.create_theme("  ", "lena")) == "Ett tema behöver ett namn"
    project.make_document_set("Åby", "lena", ["ip1.txt"])
    line = _swedish(lambda: project.rename_document_set("Åby", "Åby", "lena"))
    assert line == "Gruppen heter redan Åby"
    line = _swedish(lambda: parse_filters("kommun"))
    assert line == "kommun: skriv ett filter som namn=värde, t.ex. municipality=Åby"
    project.add_code("mission", {"sv": "Uppdrag"})
    line = _swedish(lambda: project.query_codings([], "lena"))
    assert line == "Välj minst en kod som passagerna måste ha"
    line = _swedish(lambda: project.query_codings(["mission"], "lena", without=["mission"]))
    assert line == "mission: en kod är antingen önskad eller utesluten, inte båda"


def test_a_summary_agreement_and_translation_refused_in_swedish(tmp_path: Path) -> None:
    project, doc = team_project(tmp_path / "t.db")
    with project:
        finish_first_unit(project, doc, ["karin", "johan"])
        line = _swedish(lambda: project.export_summary(tmp_path / "s.md", layer="consensus"))
        assert line == (
            "Konsensus har inga kodningar än: stäm av först, eller sammanfatta kodarnas "
            "egna kodningar; ingenting skrevs (om den ska skrivas ändå frågas härnäst)"
        )
        line = _swedish(lambda: project.agreement(layer="consensus"))
        assert line.startswith("Det finns inga konsensuskodningar än i de räknade dokumenten")
        karins = next(c.id for c in project.codings() if c.coder == "karin")
        line = _swedish(lambda: project.translate_coding(karins, "sv", "Vi talade", "lena"))
        assert line == "Passagen är redan på svenska"
        line = _swedish(lambda: project.translate_coding(karins, "en", "  ", "lena"))
        assert line == "Översättningen är tom"
        line = _swedish(lambda: project.accept_code("mission", "lena"))
        assert line == "mission är ingen föreslagen kod"
        line = _swedish(lambda: project.agreement(["KARIN", "johan"]))
        assert line == "KARIN är inte en av projektets kodare; menade du karin?"
        line = _swedish(lambda: project.agreement(["karn", "johan"]))
        assert line == "karn är inte en av projektets kodare; en ledare lägger först till hen"
    assert not (tmp_path / "s.md").exists()


def test_a_coding_refused_by_the_store_is_said_in_swedish(tmp_path: Path) -> None:
    project, doc = team_project(tmp_path / "t.db")
    with project:
        project.act_as("karin")
        old = project.add_coding(doc, 0, 8, "mission", "karin")
        project.remove_coding(old.id, actor="karin")
        project.add_coding(doc, 0, 8, "mission", "karin")
        line = _swedish(lambda: project.restore_coding(old.id, actor="karin"))
    assert line == "Passagen är redan kodad med den här koden av den här kodaren"
