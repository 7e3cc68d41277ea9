"""Who asks in each interview is read once per state of the file, and read again once it
changes.

A quotes report asks who the interviewers are three times and more (the citer, the
participants, the speaker roles), and each asking read every named interview's turns and
text again: on 500 interviews labelled 'Maria:' and 'Per:', report quotes took 1.0 s CPU
against 0.56 s before the interviewer rule (review38). The answer is now kept with the
file's change mark, and any write, an interviewer attribute set, moves it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from qualcode import Project
from qualcode.store.documents import DocumentRepo
from tests.cli.test_interviewer_guess_told import TEXT
from tests.conftest import small_codebook


def test_a_quotes_report_reads_the_turns_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Project.create(tmp_path / "p.db") as project:
        project.apply_codebook(small_codebook())
        project.add_coder("lena", role="lead")
        doc = project.import_text("ip_01.txt", TEXT, lang="sv")
        start = TEXT.index("Vi pratar")
        project.add_coding(doc.id, start, start + 30, "mission_dialogue", "lena")
        read: list[str] = []
        turns = DocumentRepo.turns

        def counted(self: DocumentRepo, doc_id: str, *args: Any, **kwargs: Any) -> Any:
            read.append(doc_id)
            return turns(self, doc_id, *args, **kwargs)

        monkeypatch.setattr(DocumentRepo, "turns", counted)
        project.interviewer_labels()
        asked = len(read)
        quotes = project.report_quotes(layer="coder", viewer="lena")
        assert list(quotes["participant"]) == ["IP1"]
        assert asked == 1 and len(read) <= 2  # the guess's reading, the quotes' own turns
        assert project.guessed_interviewers() == {doc.id: "Maria"}
        project.set_attributes(doc.id, {"interviewer": "Per"}, "lena")
        assert project.interviewer_labels() == {doc.id: {"Per"}}
        assert project.guessed_interviewers() == {}
