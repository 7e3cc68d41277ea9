"""Issue 11.8: every renderer escapes what came from users or files.

A markup payload is a code's name and definition, the document's name and attribute value
and every memo. The Markdown summary is rendered with a real CommonMark parser
(markdown-it-py, which rich brings) and the HTML summary parsed as it is: neither holds a
script, a link, a handler attribute, an external image or any tag qualcode did not write,
and the payload's text is still there to read. The Word summary holds it as plain text and
no hyperlink.
"""

from __future__ import annotations

import zipfile
from html.parser import HTMLParser
from pathlib import Path

import docx
import pytest
from markdown_it import MarkdownIt

from tests.hostile.export_kit import build_project, run

# slow: every payload is rendered as whole md/html/docx/xlsx summaries
pytestmark = pytest.mark.slow

PAYLOADS = {
    "script": "<script>alert(1)</script>",
    "js-link": "[click me](javascript:alert(1))",
    "autolink": "<javascript:alert(1)>",
    "image": "![x](http://evil.invalid/track.png)",
    "img-onerror": "<img src=x onerror=alert(1)>",
    "html-link": '<a href="javascript:alert(1)">x</a>',
    "attr-break": "\"'><svg onload=alert(1)>",
    "table-break": "a | b | c",
    "reference": "[x]: javascript:alert(1)",
    "emphasis": "**loud** _x_ `code` ~~gone~~",
    "entity": "&lt;script&gt;",
    "heading": "# not a heading",
}
# tags the renderers write themselves
ALLOWED = {
    "html", "head", "meta", "title", "style", "body", "h1", "h2", "h3", "p", "em", "strong",
    "table", "thead", "tbody", "tr", "th", "td", "blockquote", "span", "img", "br", "div",
}  # fmt: skip


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs += [(k, v or "") for k, v in attrs]

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _assert_inert(page: str, payload: str) -> None:
    parsed = _Page()
    parsed.feed(page)
    assert set(parsed.tags) <= ALLOWED, set(parsed.tags) - ALLOWED
    assert not [k for k, _ in parsed.attrs if k.startswith("on") or k == "href"]
    sources = [v for k, v in parsed.attrs if k == "src"]
    assert all(s.startswith("data:image/png;base64,") or "/" not in s for s in sources)
    assert all(":" not in s.split(",")[0].removeprefix("data:image/png;base64") for s in sources)
    text = " ".join("".join(parsed.text).split())
    assert payload in text, "the payload is shown as text"


@pytest.fixture(scope="module", params=list(PAYLOADS.values()), ids=list(PAYLOADS))
def hostile(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple:
    return build_project(tmp_path_factory.mktemp("markup") / "p.db", request.param), request.param


def _summary(project: Path, suffix: str) -> Path:
    target = project.with_name(f"s-{suffix}{suffix}")
    code, _, err = run(project, "export", "summary", "--layer", "coder", "-o", str(target))
    assert code == 0, err
    return target


def test_markdown_renders_nothing_active(hostile: tuple) -> None:
    project, payload = hostile
    text = _summary(project, ".md").read_text(encoding="utf-8")
    page = MarkdownIt("commonmark").enable("table").render(text)
    _assert_inert(page, payload)


def test_html_holds_nothing_active(hostile: tuple) -> None:
    project, payload = hostile
    page = _summary(project, ".html").read_text(encoding="utf-8")
    _assert_inert(page, payload)
    assert "<link" not in page and "@import" not in page and "url(" not in page


def test_docx_holds_the_payload_as_plain_text(hostile: tuple) -> None:
    project, payload = hostile
    path = _summary(project, ".docx")
    document = docx.Document(str(path))
    texts = [p.text for p in document.paragraphs] + [
        cell.text for table in document.tables for row in table.rows for cell in row.cells
    ]
    assert any(payload in t for t in texts)
    with zipfile.ZipFile(path) as archive:
        body = archive.read("word/document.xml").decode("utf-8")
        rels = archive.read("word/_rels/document.xml.rels").decode("utf-8")
    assert "<w:hyperlink" not in body and 'TargetMode="External"' not in rels


def test_control_characters_do_not_break_docx_or_xlsx(tmp_path: Path) -> None:
    """XML cannot hold most control characters; they are dropped, not a traceback."""
    project = build_project(tmp_path / "p.db", "bell\x07 and vertical tab\x0b here")
    for suffix in (".docx", ".xlsx", ".html", ".md"):
        assert _summary(project, suffix).stat().st_size > 0
    code, _, err = run(project, "export", "codings", "-o", str(tmp_path / "c.xlsx"))
    assert code == 0, err
