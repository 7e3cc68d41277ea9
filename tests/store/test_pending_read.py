"""Suggestions a run returns are built from what it wrote, not read back: they must be what
reading them back gives, field by field, in the same order."""

from __future__ import annotations

from pathlib import Path

from qualcode import Project


def test_a_run_returns_what_it_stored(demo: Path) -> None:
    with Project.open(demo) as project:
        made = project.suggest(semantic=False)
        assert len(made) > 50
        assert made == project.store.suggestions.list(ids=[s.id for s in made])
        assert made == project.store.suggestions.list(status="pending")
        again = project.suggest(["aby_03"], semantic=False)  # replaces that document's only
        assert again == project.store.suggestions.list(ids=[s.id for s in again])
        pending = project.store.suggestions.list(status="pending")
        assert len(pending) == len(made)
        assert {s.id for s in again} <= {s.id for s in pending}
        # made again, the same passages and codes keep their ids (test_suggestion_ids_kept)
        assert {s.id for s in again} <= {
            s.id for s in made if s.document_id == again[0].document_id
        }
