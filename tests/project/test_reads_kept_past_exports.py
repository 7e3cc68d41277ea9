"""What was read of the coding data is kept past an export: the export's own audit entry
changes no answer.

Every export writes an ``export.<kind>`` entry, and the readings kept per change of the
file (the coded spans, the open counts, the team's scope, who interviews) were keyed on
every change this connection made, the entry too: after each export a lead's screen read
and counted all coded spans again (0.4 s CPU on 200k codings), for the same answers. A
write of anything else, with its entry, still reads them anew."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from qualcode.store.codings import CodingRepo
from tests.project.team_kit import agreed_and_decided


def test_exports_leave_the_coded_spans_read_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project, doc = agreed_and_decided(tmp_path / "p.db")
    reads: list[int] = []
    spans = CodingRepo.rater_spans

    def counted(self: CodingRepo, *args: Any, **kwargs: Any) -> Any:
        reads.append(1)
        return spans(self, *args, **kwargs)

    monkeypatch.setattr(CodingRepo, "rater_spans", counted)
    out = tmp_path / "out"
    out.mkdir()
    with project:
        counts = project.still_open()
        assert len(reads) == 1
        project.export_codings(out / "codings.csv", layer="coder")
        project.export_qdc(out / "codes.qdc")
        project.export_qdpx(out / "study.qdpx")
        project.export_codebook(out / "codebook.yaml")
        assert project.still_open() == counts
        assert len(reads) == 1  # four entries written, nothing read again
        entries = [e.action for e in project.audit("export", viewer="lena")]
        assert entries == ["export.codings", "export.qdc", "export.qdpx", "export.codebook"]
        # a memo is a change of the file, with an entry of its own: read anew
        project.add_memo("document", doc, "lena", "read again after this")
        assert project.still_open() == counts
        assert len(reads) == 2


def test_the_change_mark_leaves_out_entries_alone(tmp_path: Path) -> None:
    project, doc = agreed_and_decided(tmp_path / "p.db")
    with project:
        store = project.store
        mark = store.change_mark()
        with store.transaction():
            store.audit.append("lena", "export.test", {"file": "x.csv"})
        assert store.change_mark() == mark
        with store.transaction():
            store.audit.append("lena", "memo.add", {"memo": "m"})
            store.memos.add("document", doc, "lena", "a memo with its entry")
        assert store.change_mark() != mark
