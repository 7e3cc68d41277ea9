"""A code's further examples (how it is also spoken of in another register) are in its
profile when units are scored, and out of the fit altogether: no stacker row, and read by
no fitting row. Stop 42 measured both: as rows, even at weight zero, news-register
examples of mission dialogue made every code's line stricter (dev ten rows 0.6386 ->
0.6215); kept out, they lift the code where its talk is told as news."""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from qualcode.model import Code
from qualcode.nlp.suggest import Suggester
from tests.nlp.engine_kit import candidates, fake_embed, turning_point_codes

# written for this test: a visit told as news, no real text
NEWS = "Landshövdingen reste runt bland kommunens enheter och lyssnade på personalen en hel dag."


def _with_news(key: str) -> list[Code]:
    """The turning points codes with ``NEWS`` the one further example, of ``key``."""
    return [
        replace(c, further_examples={"sv": (NEWS,)} if c.key == key else {})
        for c in turning_point_codes()
    ]


def test_a_further_example_is_read_when_scoring_and_never_fitted_on() -> None:
    mission = Suggester(_with_news("mission_dialogue"), [], embed=fake_embed([]))
    other = Suggester(_with_news("integration"), [], embed=fake_embed([]))
    # in the profile: a unit saying just that reads its own code's further example
    assert [i.code for i in mission.items if i.kind == "further"] == ["mission_dialogue"]
    comp = mission.components(candidates([NEWS]))
    j = mission.codes.index("mission_dialogue")
    assert comp.features["char_best"][0, j] > 0.99
    assert comp.features["sem_best"][0, j] > 0.99
    assert other.components(candidates([NEWS])).features["char_best"][0, j] < 0.9
    # out of the fit: whose example it is moves no coefficient of any stacker (as a row,
    # or read by the rows, it would have moved them)
    np.testing.assert_array_equal(mission.stacker.coef, other.stacker.coef)
    assert mission.stacker.intercept == other.stacker.intercept
    assert mission.stacker.langs.keys() == other.stacker.langs.keys()
    for lang, stacker in mission.stacker.langs.items():
        np.testing.assert_array_equal(stacker.coef, other.stacker.langs[lang].coef)
