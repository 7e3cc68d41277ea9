"""Every theme's chart of an attribute is drawn on one scale: the largest count of
segments any code has for one value. Counted once per summary now (it was counted again
for every theme and attribute: eight frequency tables of all the codings, 1.4 s CPU of a
summary on 1,000 documents); each theme's scale is still that of every code."""

from __future__ import annotations

from qualcode import Project
from qualcode.analysis.frames import frequencies
from tests.project.conftest import ABY


def test_every_theme_shares_the_scale_of_all_codes(towns: Project) -> None:
    doc = next(d.id for d in towns.documents() if d.name == "aby_01.txt")
    text = towns.document(doc).text
    second = text.index(ABY[1])
    towns.act_as("karin")
    towns.add_coding(doc, second, second + len(ABY[1]), "integration", "karin")
    towns.act_as("lena")
    summary = towns.build_summary(layer="coder", viewer="lena")
    frames = towns.frames(layer="coder")
    largest = frequencies(frames["codings"], frames["documents"], ["municipality"])[
        "segments"
    ].max()
    scales = {
        theme.key: theme.panels["municipality"][2] for theme in summary.themes if theme.panels
    }
    assert set(scales) == {"mission_dialogue", "integration"}
    assert set(scales.values()) == {float(largest)}
