"""A web summary's column of figures with a dash where one is undefined is set as figures:
the agreement table's segment alpha ("–" on the overall row) stood on the left, under a
header on the left, beside columns of figures set to the right (team39)."""

from __future__ import annotations

import pandas as pd

from qualcode.export.render_html import _html_table


def test_a_column_of_figures_and_a_dash_is_set_as_figures() -> None:
    frame = pd.DataFrame(
        [["Uppdrag", 262, "0,47"], ["Totalt", 262, "–"]], columns=["Kod", "Enheter", "α (segment)"]
    )
    page = _html_table(frame, "sv")
    assert "<th scope='col' class='n'>α (segment)</th>" in page
    assert "<td class='n'>–</td>" in page and "<td class='n'>0,47</td>" in page


def test_a_column_of_words_stays_on_the_left() -> None:
    frame = pd.DataFrame([["kommun", "Åby", 6], ["roll", "–", 2]], columns=["A", "Värde", "N"])
    page = _html_table(frame, "sv")
    assert "<th scope='col'>Värde</th>" in page and "<td>Åby</td>" in page
