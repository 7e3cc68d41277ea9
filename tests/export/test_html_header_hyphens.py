"""A web summary's theme headers keep inside their columns: with a fifth theme whose
Swedish name runs long, a browser 1000 pixels wide showed "systemperspektiv" running into
the next column and "socialsekreterart" cut at the table's edge (team39). Long header
words carry optional hyphens at their syllables; the browser breaks there where it must.
Measured in headless Chromium when it is installed."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from qualcode.export.hyphens import SOFT, web_header
from tests.export.browser_kit import CHROMIUM, probed_dom
from tests.export.long_theme_kit import long_theme_summary

# the headers whose words stick out of their cells, counted by the page itself
PROBE = """<script>
document.body.dataset.over = [...document.querySelectorAll('.wide th')]
  .filter(th => th.scrollWidth > th.clientWidth + 1).length;
</script>"""


def test_only_a_word_wider_than_its_column_gets_hyphens() -> None:
    name = "Från individ- till systemperspektiv"
    said = web_header(name, 6)  # five themes
    assert said.replace(SOFT, "") == name and said.count(SOFT) == 1
    assert said.split()[-1].split(SOFT)[0] in ("system", "systempers", "systemperspek")
    assert web_header("Från individ- till systemperspektiv", 3) == (
        "Från individ- till systemperspektiv"  # two themes: it fits
    )


@pytest.mark.slow
@pytest.mark.skipif(CHROMIUM is None, reason="headless Chromium is not installed")
def test_five_long_themes_headers_stay_in_their_columns(demo: Path, tmp_path: Path) -> None:
    page = long_theme_summary(demo, tmp_path / "s.html")
    dom = probed_dom(page, PROBE, 1000)
    found = re.search(r'data-over="(\d+)"', dom)
    assert found, dom[:300]
    assert found.group(1) == "0"
