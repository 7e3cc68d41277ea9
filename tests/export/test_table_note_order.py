"""A summary's table and the note saying how to read it stand in one order in every
format: the table under its heading, the note under the table (``Section.blocks``). Word
put the note under the table (641493c8: above it, its heading was left alone at a page's
foot) while md and html printed it above, so a co-author read one order in the Word file
and another on the web page (dedupe48)."""

from __future__ import annotations

import re
from pathlib import Path

import docx
from docx.table import Table

from qualcode import Project

HEADING = "Themes by municipality"
NOTE = "Participants who voiced the theme"


def _markdown(path: Path) -> list[str]:
    lines = path.read_text("utf-8").splitlines()
    after = lines[lines.index(f"## {HEADING}") + 1 :]
    shown = [line for line in after if line.strip()][:50]
    return ["table" if line.startswith("|") else line for line in shown]


def _html(path: Path) -> list[str]:
    page = path.read_text("utf-8")
    after = page[page.index(f"<h2>{HEADING}</h2>") :]
    return [
        "table" if tag == "table" else text
        for tag, text in re.findall(r"<(table|p)[^>]*>([^<]*)", after)
    ]


def _word(path: Path) -> list[str]:
    parts = list(docx.Document(str(path)).iter_inner_content())
    at = next(n for n, p in enumerate(parts) if not isinstance(p, Table) and p.text == HEADING)
    return ["table" if isinstance(p, Table) else p.text for p in parts[at + 1 :]]


def _order(seen: list[str]) -> list[str]:
    """What stands first after the heading: the table, or its note, in the order met."""
    kept = [s for s in seen if s == "table" or s.startswith(NOTE)]
    return list(dict.fromkeys("note" if s.startswith(NOTE) else s for s in kept))[:2]


def test_the_table_then_its_note_in_markdown_html_and_word(demo: Path, tmp_path: Path) -> None:
    orders = {}
    with Project.open(demo) as project:
        project.act_as("lena")
        for suffix, read in ((".md", _markdown), (".html", _html), (".docx", _word)):
            path = project.export_summary(tmp_path / f"s{suffix}", layer="coder", lang="en")
            orders[suffix] = _order(read(path))
    assert orders == {suffix: ["table", "note"] for suffix in orders}, orders
