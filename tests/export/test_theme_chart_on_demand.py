"""A theme's chart is drawn when a format prints it, once, and not for the .docx.

The .docx draws each attribute's panel beside its table and never printed the theme's
whole chart, yet every summary drew it for every theme (a tenth of a second of CPU each on
the 1,000-document project). The .md and .html print the same picture as before."""

from __future__ import annotations

import pandas as pd

from qualcode.export.render import render_summary
from qualcode.export.summary import Summary, Theme

PNG = b"\x89PNG\r\n\x1a\n-a-chart"


def _summary(drawn: list[str]) -> Summary:
    def draw() -> bytes:
        drawn.append("drawn")
        return PNG

    theme = Theme("trust", "Trust", "Trust in the work", 3, 40, 2, draw_chart=draw)
    theme.by_attribute["municipality"] = pd.DataFrame({"Municipality": ["Åby"], "Segments": [3]})
    summary = Summary("A summary", "en", "lena's codings")
    summary.themes.append(theme)
    return summary


def test_the_docx_draws_no_theme_chart() -> None:
    drawn: list[str] = []
    render_summary(_summary(drawn), "s.docx")
    assert drawn == []


def test_markdown_and_html_print_the_chart_drawn_once() -> None:
    drawn: list[str] = []
    summary = _summary(drawn)
    files = render_summary(summary, "s.md")
    assert files["s_trust.png"] == PNG
    html = render_summary(summary, "s.html")["s.html"].decode()
    assert "data:image/png;base64," in html
    assert drawn == ["drawn"]
