"""Claim 1 (red team): names with dollar signs or glyphs the font lacks in a summary's
charts.

matplotlib reads text between two dollar signs as maths: an attribute value such as
"Åby $\\sqrt{$" ended ``export summary`` in a ValueError traceback, and "$x^2$" was drawn
as a formula. A full-width "＝" in a name printed matplotlib's glyph warnings under the
command. Now the text is drawn as written and the command prints only its own line.
"""

from __future__ import annotations

import warnings
from dataclasses import replace
from pathlib import Path

from qualcode import Project
from tests.conftest import SV_TEXT, small_codebook
from tests.hostile.export_kit import run


def test_dollars_and_missing_glyphs_in_charts(tmp_path: Path) -> None:
    project = tmp_path / "p.db"
    book = small_codebook()
    first = replace(book.codes[0], names={"sv": "Lön $x^2$ ＝", "en": "Pay $x^2$ ＝"})
    with Project.create(project) as p:
        p.apply_codebook(replace(book, codes=(first, *book.codes[1:])))
        p.add_coder("lena", role="lead")
        doc = p.import_text(
            "aby_01.txt", SV_TEXT, lang="sv", attributes={"municipality": "Åby $\\sqrt{$"}
        ).id
        p.add_coding(doc, 30, 80, first.key, "lena")
        p.set_status(doc, "lena", "done")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        code, _, err = run(
            project, "export", "summary", "--layer", "coder", "-o", str(tmp_path / "s.md")
        )
    assert code == 0, err
    assert not [w for w in caught if "Glyph" in str(w.message)]
    assert (tmp_path / "s.md").exists() and list(tmp_path.glob("s_*.png"))
