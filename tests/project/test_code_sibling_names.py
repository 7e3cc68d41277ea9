"""Two codes under one parent may not show the same name, whichever way the name comes in.

Two sibling codes named "Caseload" and "caseload" (or a composed and a decomposed "ö", or
one's English name the other's Swedish shown in its place) were both accepted: one code
to whoever codes with them, two to the program, their codings split between them. Each
way in (add, edit, rename, move, merge, a codebook file) is refused in one line, nothing
written; the same name under another parent stays allowed.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import CodebookError, QualcodeError
from qualcode.model import CodeSpec
from tests.conftest import MISSION_TEXT, team_project

# the tiny codebook: mission_dialogue (Uppdragsdialog / Mission dialogue) and integration
# (Integrering / Integration) at the top, caseload (en: Caseload only) under integration


def _refused(project: Project, change: Callable[[], object], says: str) -> None:
    before = (project.codebook(), len(project.audit()))
    with pytest.raises(QualcodeError, match=says) as refused:
        change()
    assert "\n" not in str(refused.value)
    assert (project.codebook(), len(project.audit())) == before


@pytest.mark.parametrize(
    ("names", "parent", "says"),
    [
        ({"en": "INTEGRATION"}, None, r"'INTEGRATION' reads as 'integration'"),
        ({"sv": "uppdragsdialog", "en": "Talk"}, None, r"\(sv\).*'mission_dialogue'"),
        # no Swedish name of its own: caseload shows its English one in a Swedish tree
        ({"sv": " caseload"}, "integration", r"\(sv\).*reads as 'caseload'"),
        ({"en": "Caseload"}, "integration", r"'twin': field 'name' \(en\)"),
    ],
)
def test_adding_a_code_named_as_a_sibling_is_refused(
    project: Project, names: dict[str, str], parent: str | None, says: str
) -> None:
    _refused(project, lambda: project.add_code("twin", names, parent=parent), says)


def test_the_same_name_under_another_parent_or_a_decomposed_letter(project: Project) -> None:
    project.add_code("caseload_top", {"en": "Caseload"})  # at the top: no sibling so named
    project.add_code("arbetsmiljo", {"sv": "Arbetsmiljö"}, parent="integration")
    decomposed = unicodedata.normalize("NFD", "ARBETSMILJÖ")
    _refused(
        project,
        lambda: project.add_code("miljo", {"sv": decomposed}, parent="integration"),
        "reads as 'arbetsmiljo'",
    )


def test_an_edit_a_rename_or_a_move_onto_a_siblings_name_is_refused(project: Project) -> None:
    project.add_code("caseload_top", {"en": "Caseload"})
    project.add_code("workload", {"en": "Workload"}, parent="integration")
    _refused(
        project,
        lambda: project.update_code("workload", names={"en": "caseload"}),
        "'workload': field 'name' \\(en\\)",
    )
    _refused(
        project,
        lambda: project.rename_code("workload", "heavy", names={"en": "CaseLoad"}),
        "'heavy': field 'name' \\(en\\): 'CaseLoad' reads as 'caseload'",
    )
    _refused(project, lambda: project.move_code("caseload_top", "integration"), "'caseload_top'")
    project.update_code("workload", names={"en": "Caseload too"})  # a name of its own: fine
    assert project.code("workload").names["en"] == "Caseload too"


def test_a_merge_that_puts_two_alike_sub_codes_under_one_parent_is_refused(
    project: Project,
) -> None:
    project.add_code("other_load", {"en": "caseload"}, parent="mission_dialogue")
    _refused(
        project,
        lambda: project.merge_codes("mission_dialogue", "integration", "lena"),
        "merging 'mission_dialogue' into 'integration': code 'other_load'",
    )


def test_a_codebook_file_naming_a_code_as_its_sibling_is_refused(
    project: Project, tmp_path: Path
) -> None:
    book = tmp_path / "more.yaml"
    book.write_text(
        "codebook: more\nversion: 1\ncodes:\n"
        "- key: load\n  name: {en: INTEGRATION, sv: Belastning}\n",
        encoding="utf-8",
    )
    _refused(
        project,
        lambda: project.load_codebook(book),
        "more.yaml: code 'load': field 'name' \\(en\\): 'INTEGRATION' reads as 'integration'",
    )
    book.write_text(  # two of the file's own codes
        "codebook: more\nversion: 1\ncodes:\n"
        "- key: load_a\n  name: {sv: Belastning}\n- key: load_b\n  name: {sv: belastning}\n",
        encoding="utf-8",
    )
    _refused(project, lambda: project.load_codebook(book), "'load_a'.*reads as 'load_b'")


def test_twins_already_in_a_project_do_not_block_other_edits(project: Project) -> None:
    """Written before this rule: the codebook keeps working until one of them is edited."""
    with project.store.transaction():
        parent = project.store.codes.id_for_key("integration")
        project.store.codes.upsert(CodeSpec(key="case_load", names={"en": "Caseload"}), parent)
    project.update_code("mission_dialogue", definitions={"en": "Talk about the mission."})
    project.add_code("workload", {"en": "Workload"}, parent="integration")
    with pytest.raises(CodebookError, match="'case_load'"):
        project.update_code("case_load", names={"en": "CASELOAD"})


def test_a_codebook_file_that_swaps_two_siblings_names_loads_whole(
    project: Project, tmp_path: Path
) -> None:
    """The lead renames two siblings by swapping their names in one file: each new name is
    the other's old one, yet after the load no two read alike, so neither is refused."""
    book = tmp_path / "swapped.yaml"
    book.write_text(
        "codebook: tiny\nversion: 1\ncodes:\n"
        "- key: mission_dialogue\n  name: {sv: Integrering, en: Integration}\n"
        "- key: integration\n  name: {sv: Uppdragsdialog, en: Mission dialogue}\n",
        encoding="utf-8",
    )
    report = project.load_codebook(book)
    assert sorted(report.updated) == ["integration", "mission_dialogue"]
    assert project.code("mission_dialogue").names == {"sv": "Integrering", "en": "Integration"}
    assert project.code("integration").names["en"] == "Mission dialogue"


def _two_proposals(path: Path, johans: str) -> Project:
    """A team project where karin proposes 'Veckomöten' and johan, blind to hers, ``johans``
    on the same passage; lena acts. The caller closes it."""
    made, doc = team_project(path, document=("ip1.txt", MISSION_TEXT))
    unit = made.units(doc)[0]
    for coder, name in (("karin", "Veckomöten"), ("johan", johans)):
        made.act_as(coder)
        made.propose_code(doc, unit.start, unit.end, name, coder)
    made.act_as("lena")
    return made


def test_accepting_a_proposal_named_as_an_accepted_sibling_is_refused(tmp_path: Path) -> None:
    """Two coders propose one name blind to each other (allowed: that is what the lead
    reviews). Accepting both made two top-level codes 'Veckomöten'; the second is refused
    in one line naming the first, and the lead merges it there instead."""
    with _two_proposals(tmp_path / "p.db", unicodedata.normalize("NFD", "VECKOMÖTEN")) as made:
        assert made.accept_code("veckomoten__karin", "lena").key == "veckomoten"
        _refused(
            made,
            lambda: made.accept_code("veckomoten__johan", "lena"),
            r"^code 'veckomoten__johan': field 'name' \(sv\): .* reads as 'veckomoten'",
        )
        assert made.code_status("veckomoten__johan") == ("proposed", "johan")
        made.merge_codes("veckomoten__johan", "veckomoten", "lena")
        assert sorted(c.coder for c in made.codings(code="veckomoten")) == ["johan", "karin"]


def test_accepting_one_of_two_alike_proposals_waits_on_no_other(tmp_path: Path) -> None:
    """The other proposal still pending is not yet a code beside it: either may be
    accepted first, and the other then waits for the lead's merge."""
    with _two_proposals(tmp_path / "p.db", "Veckomöten") as made:
        assert made.accept_code("veckomoten__johan", "lena").key == "veckomoten"
        assert made.code_status("veckomoten__karin") == ("proposed", "karin")
