"""Why no agreement waits to be confirmed (small34c): a lead whose three coders coded a
sentence alike but one a character longer was told only that no agreed passage was
waiting. The rule is right (an agreement is every counted coder's identical version), so
the service counts what the lead needs to read it: agreements confirmed already, and
passages with the same codes and other boundaries."""

from __future__ import annotations

from pathlib import Path

from qualcode import Project

ROOT = Path(__file__).resolve().parents[2]
TEXT = (
    "I: Hur gick flytten?\n\nR: Vi bar lådor hela måndagen. Skrivaren kom bort på vägen. "
    "Sedan fick alla nya nycklar. Ingen hittade kaffet på en vecka.\n"
)


def _three_coders(path: Path) -> tuple[Project, str, str]:
    project = Project.create(path)
    project.load_codebook(ROOT / "codebooks" / "turning_points.yaml")
    project.add_coder("lena", role="lead")
    for name in ("anna", "bo", "cia"):
        project.add_coder(name, actor="lena")
    doc = project.import_text("flytt.txt", TEXT, lang="sv").id
    code = project.codable_codes()[0].key
    first = (TEXT.index("Vi bar"), TEXT.index(" Skrivaren"))
    for name in ("anna", "bo", "cia"):
        project.add_coding(doc, *first, code, name)  # alike
    third = (TEXT.index("Sedan"), TEXT.index(" Ingen"))
    project.add_coding(doc, *third, code, "anna")
    project.add_coding(doc, third[0], third[1] - 1, code, "bo")  # a character shorter
    project.add_coding(doc, *third, code, "cia")
    for name in ("anna", "bo", "cia"):
        project.set_status(doc, name, "done")
    return project, doc, code


def test_the_counts_say_why_none_waits(tmp_path: Path) -> None:
    project, _, _ = _three_coders(tmp_path / "p.db")
    with project:
        assert project.unconfirmed_agreements() == 1
        assert project.why_none_to_confirm() == (0, 1)
        assert project.confirm_agreements("lena") == 1
        assert project.unconfirmed_agreements() == 0
        assert project.why_none_to_confirm() == (1, 1)  # taken already; one boundary case


def test_a_decided_boundary_case_is_no_longer_to_decide(tmp_path: Path) -> None:
    """The count says what is still to decide: a lead who had decided the boundary case
    was told "to decide: 1" all the same (study46)."""
    project, _, _ = _three_coders(tmp_path / "p.db")
    with project:
        project.confirm_agreements("lena")
        (case,) = [v.case for v in project.cases() if v.case.kind == "boundary"]
        project.decide(case.id, "union", "the same sentence", "lena")
        assert project.why_none_to_confirm() == (1, 0)
