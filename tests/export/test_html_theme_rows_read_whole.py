"""A wide web table with the themes down its side gives their names room: in the English
summary "Themes by role" (its roles' headers long enough to set it wide) held the first
column to 8.5em, as for a participant's "IP3", and "From separating to integrating work
environment and service quality" took seven lines beside one-line counts (render44)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from qualcode import Project
from tests.export.browser_kit import CHROMIUM, probed_dom

PROBE = """<script>
const lines = [...document.querySelectorAll('.wide td:first-child')].map(td => {
  const text = document.createRange();
  text.selectNodeContents(td);
  return [td.textContent, text.getClientRects().length];  // a rectangle a line
});
document.body.dataset.lines = JSON.stringify(lines);
</script>"""


def test_theme_names_down_a_wide_table_are_marked(demo: Path) -> None:
    with Project.open(demo) as project:
        project.act_as("lena")
        page = project.export_summary(demo.with_name("s.html"), layer="coder:mira", lang="en")
    html = page.read_text("utf-8")
    assert "<div class='wide'><table class='short named'>" in html
    assert "<div class='wide'><table class='short'>" in html  # participants down the side


@pytest.mark.slow
@pytest.mark.skipif(CHROMIUM is None, reason="headless Chromium missing")
def test_theme_names_down_a_wide_table_take_few_lines(demo: Path) -> None:
    with Project.open(demo) as project:
        project.act_as("lena")
        page = project.export_summary(demo.with_name("s.html"), layer="coder:mira", lang="en")
    found = re.search(r'data-lines="([^"]*)"', probed_dom(page, PROBE, 1100))
    assert found
    lines = dict(json.loads(found.group(1).replace("&quot;", '"')))
    theme = "From separating to integrating work environment and service quality"
    assert theme in lines, lines
    assert lines[theme] <= 4, lines  # was 7
