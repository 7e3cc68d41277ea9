"""The reconciliation agenda says which clock its times are on (render45): a comment's and
an earlier decision's time read "(2026-12-05 12:41)", stored in UTC and printed so, which a
team in Sweden reads as the meeting's own hour, one hour off in winter and two in summer."""

from __future__ import annotations

import re
from pathlib import Path

from docx import Document

from qualcode import Project

MINUTE = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d(?! UTC)")


def _agenda_text(path: Path) -> str:
    return "\n".join(p.text for p in Document(str(path)).paragraphs)


def test_every_time_in_the_word_agenda_names_utc(trio: Project, tmp_path: Path) -> None:
    case = trio.cases()[0].case.id
    trio.comment(case, "lena", "karin: the sentence before sets it up")
    trio.decide(case, "accept:karin", "karin's reading", "lena")
    trio.reopen(case, "lena", "discuss again")
    trio.write_agenda(tmp_path / "agenda.docx", lang="sv")
    text = _agenda_text(tmp_path / "agenda.docx")
    assert "karin's reading" in text and "discuss again" in text
    assert len(re.findall(r"\d{4}-\d\d-\d\d \d\d:\d\d UTC", text)) >= 2, text
    assert not MINUTE.search(text), text


def test_the_markdown_agenda_names_utc_too(trio: Project, tmp_path: Path) -> None:
    case = trio.cases()[0].case.id
    trio.comment(case, "lena", "johan: read it again")
    trio.write_agenda(tmp_path / "agenda.md", lang="en")
    text = (tmp_path / "agenda.md").read_text(encoding="utf-8")
    assert re.search(r"\(\d{4}-\d\d-\d\d \d\d:\d\d UTC\)", text), text
    assert not MINUTE.search(text), text
