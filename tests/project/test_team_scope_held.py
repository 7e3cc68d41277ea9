"""Which coders and documents a team report counts is worked out once per change of the
file for the same question (``ScopeMixin.team_scope``, perf41): a theme summary asked it
five times, each a reading of every coder's statuses. Asked again after a coder marks a
document, the answer is the file's as it stands then."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from qualcode import Project


def test_the_same_question_is_answered_once_until_the_file_changes(
    demo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Project.open(demo) as project:
        project.act_as("lena")
        read: list[str] = []
        statuses = project.store.coders.statuses

        def reading(coder_id: str) -> Any:  # the real read, each noted
            read.append(coder_id)
            return statuses(coder_id)

        monkeypatch.setattr(project.store.coders, "statuses", reading)
        first = project.team_scope()
        once = len(read)
        assert once and project.team_scope() == first and len(read) == once
        names = {d.id: d.name for d in project.store.documents.summaries()}
        doc = min(first.documents, key=lambda d: names[d])
        coder = project.store.coders.by_name(first.coders[0])
        project.store.coders.set_status(doc, coder.id, "in_progress")
        again = project.team_scope()
        assert len(read) > once
        assert doc in first.documents and doc not in again.documents
