"""pseudonym suggest's names are read once per change of the file (review39).

Since 182b270b a lead's export says which names in the talk the key lacks
(``names_off_key``), and one that prints memos says so of its memos too (``memos_off_key``):
each read every document's text for names again (1.2 s CPU on 1,000 documents). The answer
is now kept until the file changes; a name put on the key in between is read as on it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from qualcode import Project
from qualcode.project import pseudonym_suggest

TEXT = (
    "I: Hur började du?\n\n"
    "R: Åsa Lindgren tog emot mig. Hon var min mentor hela första året.\n\n"
    "I: Och sedan?\n\n"
    "R: Sedan slutade Åsa Lindgren, och vi fick ta in konsulter.\n"
)


def _counted(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The reads of the texts' names, counted (the real reading runs)."""
    reads: list[int] = []
    real = pseudonym_suggest.named_candidates

    def counted(*args: Any, **kwargs: Any) -> Any:
        reads.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(pseudonym_suggest, "named_candidates", counted)
    return reads


def test_an_exports_notes_read_the_names_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Project.create(tmp_path / "p.db") as project:
        project.add_coder("lena", role="lead")
        project.add_coder("karin")
        project.add_code("load", {"sv": "Belastning"})
        doc = project.import_text("aby_01.txt", TEXT, lang="sv")
        start = TEXT.index("Sedan slutade")
        coding = project.add_coding(doc.id, start, len(TEXT) - 1, "load", "karin")
        project.act_as("lena")
        project.add_memo("coding", coding.id, "lena", "Åsa Lindgren nämns igen här")
        reads = _counted(monkeypatch)
        assert project.names_off_key("lena") == ["Åsa Lindgren"]
        assert project.memos_off_key("lena", "codings") == 1
        assert len(reads) == 1
        project.set_pseudonym("Åsa Lindgren", "N1", "lena")  # the file changes: read anew
        found = {c.real: c.on_key for c in project.suggest_pseudonyms("lena")}
        assert len(reads) == 2
        assert found["Åsa Lindgren"] is True
