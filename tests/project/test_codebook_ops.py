"""Editing the live codebook: add, edit, move, delete, with audit entries and codings kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import CodebookError, NotFoundError
from tests.pending_kit import suggestion_row, write_pending


def _code_a_passage(project: Project, key: str, coder: str = "karin") -> str:
    doc = project.documents()[0]
    text = project.document(doc.id).text
    start = text.index("Arbetsmiljöproblemen")
    return project.add_coding(doc.id, start, start + 20, key, coder).id


def test_add_code_under_a_parent_is_stored_and_audited(project: Project) -> None:
    code = project.add_code(
        "workload",
        {"sv": "Arbetsbörda", "en": "Workload"},
        {"en": "Too much to do."},
        parent="integration",
        keywords={"sv": ["ärendemängd"]},
        color="#123abc",
        shortcut="w",
        actor="lena",
    )
    with Project.open(project.path) as again:
        stored = again.code("workload")
    assert stored == code
    assert stored.parent_id == project.code("integration").id
    assert stored.keywords == {"sv": ("ärendemängd",)}
    assert (stored.color, stored.shortcut) == ("#123abc", "w")
    entry = project.audit()[-1]
    assert (entry.actor, entry.action, entry.payload["key"]) == ("lena", "code.add", "workload")


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"key": "integration"}, "key"),
        ({"key": "new_one", "color": "red"}, "color"),
        ({"key": "new_one", "shortcut": "ab"}, "shortcut"),
        ({"key": "new_one", "shortcut": "1"}, "shortcut"),  # mission_dialogue has it
        ({"key": "new_one", "names": {"de": "Neu"}}, "names.de"),
        ({"key": "new_one", "names": {}}, "names"),
    ],
)
def test_add_code_refusals_name_code_and_field(
    project: Project, kwargs: dict[str, object], field: str
) -> None:
    args = {"names": {"en": "New"}} | kwargs
    key = str(args.pop("key"))
    names = args.pop("names")
    before = project.codebook()
    with pytest.raises(CodebookError) as err:
        project.add_code(key, names, **args)  # type: ignore[arg-type]
    message = str(err.value)
    assert f"code {key!r}" in message and field in message
    assert "\n" not in message
    assert project.codebook() == before


def test_bad_key_and_unknown_parent_are_refused(project: Project) -> None:
    with pytest.raises(CodebookError, match="Bad Key"):
        project.add_code("Bad Key", {"en": "x"})
    with pytest.raises(NotFoundError, match="nowhere"):
        project.add_code("fine", {"en": "x"}, parent="nowhere")
    assert [c.key for c in project.codebook()] == ["mission_dialogue", "integration", "caseload"]


def test_update_code_changes_only_given_fields_and_logs_before_after(project: Project) -> None:
    coding = _code_a_passage(project, "mission_dialogue")
    code = project.update_code(
        "mission_dialogue",
        names={"en": "Dialogue on the mission"},
        inclusion={"sv": "När nivåer pratar om uppdraget."},
        keywords={"en": ["mission", "assignment"]},
        examples={"sv": []},
        shortcut="m",
        actor="lena",
    )
    assert code.names == {"sv": "Uppdragsdialog", "en": "Dialogue on the mission"}
    assert code.definitions == {"en": "Talk about the assignment between levels."}
    assert code.inclusion == {"sv": "När nivåer pratar om uppdraget."}
    assert code.keywords == {"sv": ("uppdrag", "dialog"), "en": ("mission", "assignment")}
    assert code.examples == {}
    assert (code.shortcut, code.color) == ("m", "#1f77b4")
    entry = project.audit()[-1]
    assert entry.action == "code.edit"
    assert entry.payload["changes"]["shortcut"] == {"from": "1", "to": "m"}  # type: ignore[index]
    assert set(entry.payload["changes"]) == {  # type: ignore[arg-type]
        "names",
        "inclusion",
        "keywords",
        "examples",
        "shortcut",
    }
    assert [c.id for c in project.codings(code="mission_dialogue")] == [coding]


def test_update_code_refusals(project: Project) -> None:
    with pytest.raises(CodebookError, match=r"code 'caseload': field 'shortcut' '2'.*integration"):
        project.update_code("caseload", shortcut="2")
    with pytest.raises(CodebookError, match=r"code 'caseload': field 'color'"):
        project.update_code("caseload", color="#12345")
    with pytest.raises(CodebookError, match=r"code 'caseload': field 'parent' cannot be edited"):
        project.update_code("caseload", parent="mission_dialogue")
    with pytest.raises(CodebookError, match=r"code 'caseload': field 'names' needs a name"):
        project.update_code("caseload", names={"en": ""})
    assert project.code("caseload").names == {"en": "Caseload"}
    assert not [e for e in project.audit() if e.action == "code.edit"]


def test_update_without_changes_writes_no_audit_entry(project: Project) -> None:
    project.update_code("integration", color="#ff7f0e")
    assert not [e for e in project.audit() if e.action == "code.edit"]


def test_move_code_reparents_and_keeps_codings(project: Project) -> None:
    coding = _code_a_passage(project, "caseload")
    moved = project.move_code("caseload", "mission_dialogue", actor="lena")
    assert moved.parent_id == project.code("mission_dialogue").id
    top = project.move_code("caseload", None, actor="lena")
    assert top.parent_id is None
    moves = [e.payload for e in project.audit() if e.action == "code.move"]
    assert [(m["from"], m["to"]) for m in moves] == [
        ("integration", "mission_dialogue"),
        ("mission_dialogue", None),
    ]
    assert [c.id for c in project.codings(code="caseload")] == [coding]


@pytest.mark.parametrize("target", ["integration", "caseload"])
def test_move_refuses_a_cycle(project: Project, target: str) -> None:
    with pytest.raises(CodebookError, match=r"code 'integration': field 'parent'.*cycle"):
        project.move_code("integration", target)
    assert project.code("caseload").parent_id == project.code("integration").id
    assert project.code("integration").parent_id is None


def test_delete_unused_code_is_soft_and_audited(project: Project) -> None:
    project.add_code("spare", {"en": "Spare"})
    project.delete_code("spare", actor="lena")
    assert "spare" not in [c.key for c in project.codebook()]
    retired = [c for c in project.codebook(include_deleted=True) if c.key == "spare"]
    assert retired and retired[0].deleted_at
    assert project.audit()[-1].action == "code.delete"
    project.add_code("spare", {"en": "Spare again"})  # the key is free once retired


def test_delete_refuses_used_codes_and_parents(project: Project) -> None:
    _code_a_passage(project, "mission_dialogue")
    with pytest.raises(CodebookError, match=r"'mission_dialogue' has 1 coding; merge"):
        project.delete_code("mission_dialogue")
    with pytest.raises(CodebookError, match=r"'integration' has sub-codes caseload"):
        project.delete_code("integration")
    assert len(project.codebook()) == 3


def test_edits_survive_reopening(project: Project, tmp_path: Path) -> None:
    project.add_code("workload", {"en": "Workload"}, parent="integration")
    project.update_code("workload", definitions={"sv": "För mycket att göra."})
    project.move_code("workload", "mission_dialogue")
    with Project.open(project.path) as again:
        code = again.code("workload")
        assert code.definitions == {"sv": "För mycket att göra."}
        assert code.parent_id == again.code("mission_dialogue").id
        actions = [e.action for e in again.audit()]
    assert actions[-3:] == ["code.add", "code.edit", "code.move"]


def _suggest(project: Project, key: str, count: int) -> list[str]:
    """Store ``count`` pending suggestions for ``key`` as the engine would."""
    doc = project.documents()[0]
    code_id = project.code(key).id
    rows = [suggestion_row(doc.id, i * 10, i * 10 + 5, code_id) for i in range(count)]
    return write_pending(project, doc.id, rows, [code_id])


def test_merge_drops_the_retired_codes_pending_suggestions_only(project: Project) -> None:
    first, second = _suggest(project, "caseload", 2)
    project.reject_suggestions([first], "lena")
    project.merge_codes("caseload", "integration", actor="lena")
    left = {s.id: s.status for s in project.suggestions(status=None)}
    assert left == {first: "rejected"}  # the decision stays; the pending one is gone
    assert project.audit()[-1].payload["pending_suggestions_dropped"] == 1
    assert second not in left


def test_delete_drops_pending_suggestions(project: Project) -> None:
    project.add_code("spare", {"en": "Spare"})
    _suggest(project, "spare", 3)
    project.delete_code("spare")
    assert project.suggestions() == []
    assert project.audit()[-1].payload["pending_suggestions_dropped"] == 3


def test_loading_a_file_that_reuses_a_shortcut_is_refused(tmp_path: Path) -> None:
    project = Project.create(tmp_path / "p.db")
    project.load_codebook(Path(__file__).resolve().parents[2] / "codebooks" / "turning_points.yaml")
    taken = project.code("mission_dialogue").shortcut
    extra = tmp_path / "extra.yaml"
    extra.write_text(
        "codebook: extra\nversion: 1\ncodes:\n- key: caseload\n"
        f"  shortcut: '{taken}'\n  name:\n    sv: Ärendemängd\n    en: Caseload\n",
        encoding="utf-8",
    )
    before = [c.key for c in project.codebook()]
    with pytest.raises(CodebookError, match=r"'caseload': field 'shortcut' .* 'mission_dialogue'"):
        project.load_codebook(extra)
    assert [c.key for c in project.codebook()] == before  # nothing written
    project.close()
