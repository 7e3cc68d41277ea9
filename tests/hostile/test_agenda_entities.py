"""The Markdown agenda shows a discussion's entities and tildes as typed (hostile46).

The agenda escaped Markdown's marks with a list of its own that left out two the
summary's escaping had taken in: ``~`` (GitHub and most editors read ``~~x~~`` as struck
through) and ``&`` before a named entity. A comment "&lt;b&gt; &amp; ~~no~~" was shown
to the team as "<b> & no" struck through. Rendered with a real CommonMark parser with
strikethrough on, the agenda now shows each as it was typed (a numeric entity was shown
as typed already: its ``#`` is escaped).
"""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

from markdown_it import MarkdownIt

from tests.hostile.hostile_kit import one_boundary_case

COMMENT = "see &#x202E;gpj.exe and &lt;b&gt; &amp; &rlm; and ~~struck~~ and HR & ekonomi"


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_a_comment_renders_as_typed(tmp_path: Path) -> None:
    with one_boundary_case(tmp_path / "p.db") as project:
        project.act_as("lena")
        case = project.cases()[0].case
        project.comment(case.id, "lena", COMMENT)
        project.write_agenda(tmp_path / "agenda.md")
    source = (tmp_path / "agenda.md").read_text(encoding="utf-8")
    page = _Page()
    page.feed(MarkdownIt("commonmark").enable("strikethrough").render(source))
    shown = "".join(page.text)
    assert "\u202e" not in shown
    assert "s" not in page.tags and "del" not in page.tags
    assert COMMENT in shown
