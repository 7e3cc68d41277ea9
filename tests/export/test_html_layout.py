"""The HTML summary as a co-author's browser lays it out: long theme names as column headers
wrap onto at most three even lines, numbers' headers sit over the numbers, and no table
makes the page scroll sideways or sticks out past the text's column (a wide table scrolls in
its own box). Measured in headless
Chromium when it is installed."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from qualcode import Project
from tests.export.browser_kit import CHROMIUM, needs_print, printed_text, probed_dom

# slow: renders whole html summaries
pytestmark = pytest.mark.slow

# written into a copy of the page: what the browser laid out, as JSON in an attribute
PROBE = """<script>
const page = document.documentElement;
const heads = [...document.querySelectorAll('.wide th:not(:first-child)')].map(th => {
  const text = document.createRange();
  text.selectNodeContents(th);
  return text.getClientRects().length;  // one rectangle per line the header takes
});
document.body.dataset.layout = JSON.stringify({
  client: page.clientWidth, scroll: page.scrollWidth, heads: heads,
  right: [...document.querySelectorAll('th.n')].every(
    th => getComputedStyle(th).textAlign === 'right'),
  inside: (() => {  // every table's box within the text's column (the first paragraph's)
    const column = document.querySelector('p').getBoundingClientRect();
    return [...document.querySelectorAll('.wide, .fit')].every(box => {
      const r = box.getBoundingClientRect();
      return r.left >= column.left - 1 && r.right <= column.right + 1;
    });
  })(),
});
</script>"""


def _layout(page: Path, width: int) -> dict[str, object]:
    dom = probed_dom(page, PROBE, width)
    found = re.search(r'data-layout="([^"]*)"', dom)
    assert found, dom[:500]
    return dict(json.loads(found.group(1).replace("&quot;", '"')))


def test_wide_tables_are_marked_and_headers_classed(demo: Path, tmp_path: Path) -> None:
    with Project.open(demo) as project:
        page = project.export_summary(tmp_path / "s.html", layer="coder", lang="en")
    html = page.read_text("utf-8")
    # the matrix has theme names as headers: set apart, to scroll in its own box (themes
    # by municipality go down the side where that fits, as in the .docx: eyes37b)
    assert html.count("<div class='wide'>") >= 2 and "<div class='fit'>" in html
    assert "<th scope='col' class='n'>" in html and "text-wrap:balance" in html


@pytest.mark.skipif(CHROMIUM is None, reason="headless Chromium is not installed")
@pytest.mark.parametrize("lang", ["en", "sv"])
def test_chromium_lays_the_summary_out_readably(demo: Path, tmp_path: Path, lang: str) -> None:
    with Project.open(demo) as project:
        page = project.export_summary(tmp_path / f"{lang}.html", layer="coder", lang=lang)
    for width in (700, 1280):
        layout = _layout(page, width)
        assert layout["scroll"] == layout["client"], (width, layout)  # no sideways page
        assert layout["right"], layout
        # a table of themes stuck out past the text on both sides (eyes21)
        assert layout["inside"], (width, layout)
    heads = _layout(page, 1280)["heads"]
    # within the column a theme's name takes four lines at most (it was 4-5 lines once
    # in a squeezed column, and 3 when the table took the window's width)
    assert heads and max(heads) <= 4, heads


def test_a_table_of_one_long_named_theme_stays_in_the_text_column() -> None:
    """A consensus holding one theme gave a two-column table stretched across the whole
    window, wider than the text above it; it stays in the column, and four themes are set
    as a wide table (in the column too, since eyes21)."""
    import pandas as pd

    from qualcode.export.render_html import _html_table

    name = "Från individ- till systemperspektiv"
    one = pd.DataFrame([["IP1", 2]], columns=["Deltagare", name])
    assert _html_table(one, "sv").startswith("<div class='fit'>")
    four = pd.DataFrame(
        [["IP1", 1, 2, 3, 4]], columns=["Deltagare", *(f"{name} {i}" for i in range(4))]
    )
    assert _html_table(four, "sv").startswith("<div class='wide'>")


@needs_print
def test_a_printed_summary_keeps_every_theme_column(demo: Path, tmp_path: Path) -> None:
    """Printed from the browser (a co-author's PDF), a wide table kept its scrolling box,
    and the paper showed only the columns that fit: the last theme's name and counts
    were cut off in every table of themes by participant, municipality and role
    (eyes19). On paper the table takes the page's width and every column is printed."""
    with Project.open(demo) as project:
        page = project.export_summary(tmp_path / "s.html", layer="coder", lang="sv")
    printed = printed_text(page)
    html = page.read_text("utf-8")
    last_theme_word = "styrningen"  # "Från kortsiktighet ... i den ekonomiska styrningen"
    assert html.count("<div class='wide'>") >= 2  # by municipality: themes down (eyes37b)
    # cut off, the word was printed 3 times of its 7 (a header broken at it may add one)
    # a chart's alt text names the theme too, and is never printed (render44)
    shown = re.sub(r" alt='[^']*'", "", html)
    assert printed.count(last_theme_word) >= shown.count(last_theme_word), printed[:2000]
