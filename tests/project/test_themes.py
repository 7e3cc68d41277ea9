"""Finding themes: a coder proposes a code from a selection, the lead accepts or merges it,
creates a theme and groups codes under it; every coding is kept and every step audited."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import ValidationError
from qualcode.store.schema import MIGRATIONS


def _span(project: Project, words: str) -> tuple[str, int, int]:
    doc = project.documents()[0]
    start = project.document(doc.id).text.index(words)
    return doc.id, start, start + len(words)


def test_a_coder_proposes_and_the_lead_turns_it_into_a_theme(project: Project) -> None:
    coding = project.propose_code(
        *_span(project, "Politikerna bestämde"), "Styrning uppifrån", "karin"
    )
    assert coding.code == "styrning_uppifran__karin" and coding.coder == "karin"
    assert project.code_status("styrning_uppifran__karin") == ("proposed", "karin")
    second = project.propose_code(
        *_span(project, "Ärendemängden var för hög"), "Hög arbetsbörda", "johan"
    )
    with pytest.raises(ValidationError, match="only a lead"):
        project.accept_code("styrning_uppifran__karin", "karin")
    project.accept_code("styrning_uppifran__karin", "lena")  # accepted, the plain key
    assert project.code_status("styrning_uppifran")[0] == "active"
    # the lead merges johan's proposal into an existing code: his coding moves, not lost
    project.merge_codes(second.code, "caseload", actor="lena")
    assert [c.code for c in project.codings(coder="johan")] == ["caseload"]
    theme = project.create_theme("Styrning och belastning", "lena")
    project.set_theme("styrning_uppifran", theme.key, "lena")
    project.set_theme("integration", theme.key, "lena")  # caseload comes along as its child
    views = project.themes("lena")
    first = views[0]
    assert first.theme is not None and first.theme.key == theme.key
    assert [c.code.key for c in first.codes] == [
        "integration",
        "caseload",
        "styrning_uppifran",
    ] or {c.code.key for c in first.codes} == {"integration", "caseload", "styrning_uppifran"}
    assert first.codings == 2 and first.coders == ("johan", "karin")
    assert first.exemplar is not None and first.exemplar.text
    assert views[-1].theme is None and {c.code.key for c in views[-1].codes} == {"mission_dialogue"}
    actions = [e.action for e in project.audit()]
    for action in ("code.propose", "code.accept", "theme.create", "code.move"):
        assert action in actions
    # blind: karin's theme view counts her codings only
    karins = project.themes("karin")[0]
    assert karins.coders == ("karin",) and karins.codings == 1


@pytest.mark.parametrize(
    ("name", "error"),
    [("   ", "needs a name"), ("Integrering", "exists already")],
)
def test_bad_proposals_write_nothing(project: Project, name: str, error: str) -> None:
    before = (len(project.codebook()), len(project.audit()))
    with pytest.raises(ValidationError, match=error):
        project.propose_code(*_span(project, "Politikerna"), name, "karin")
    assert (len(project.codebook()), len(project.audit())) == before


def test_only_themes_take_codes(project: Project) -> None:
    with pytest.raises(ValidationError, match="not a theme"):
        project.set_theme("caseload", "mission_dialogue", "lena")
    with pytest.raises(ValidationError, match="only a lead"):
        project.create_theme("Mitt tema", "karin")


def test_the_migration_opens_a_file_made_before_it(tmp_path: Path) -> None:
    """A project file one migration back (no code_status table) opens; its codes are active."""
    import sqlite3

    path = tmp_path / "old.db"
    with Project.create(path) as project:
        project.load_codebook(
            Path(__file__).resolve().parents[2] / "codebooks" / "turning_points.yaml"
        )
    conn = sqlite3.connect(path)

    conn.execute("DROP TABLE code_status")
    # back to just before the migration that made code_status (later ones run again too)
    before = next(i for i, m in enumerate(MIGRATIONS) if "CREATE TABLE code_status" in m)
    conn.execute("DROP TABLE IF EXISTS case_comments")  # a later migration's, made again
    conn.execute("ALTER TABLE decisions DROP COLUMN digest")
    conn.execute("ALTER TABLE decisions DROP COLUMN participants")
    conn.execute("ALTER TABLE memos DROP COLUMN start")  # passage memos, later
    conn.execute('ALTER TABLE memos DROP COLUMN "end"')
    conn.execute("ALTER TABLE pseudonyms DROP COLUMN generated")  # generated pseudonyms
    conn.execute("DROP TABLE document_set_members")  # named document sets, later
    conn.execute("DROP TABLE document_sets")
    conn.execute(f"PRAGMA user_version = {before}")
    conn.commit()
    conn.close()
    with Project.open(path) as project:
        assert {project.code_status(c.key)[0] for c in project.codebook()} == {"active"}
        project.add_coder("lena", role="lead")
        assert project.create_theme("Tema", "lena").key == "theme_tema"
