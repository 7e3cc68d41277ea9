"""A part's stem that shows as nothing (zero-width or combining characters only) is
refused in one line and the code keeps its parts: a zero-width space (`codebook edit
--parts-sv` pasted from a web page, or the API) was kept as a stem shown as nothing in
the code form and the codebook file, which no word of a text starts with (hostile49)."""

from __future__ import annotations

import pytest

from qualcode import Project
from qualcode.errors import QualcodeError


@pytest.mark.parametrize("stem", ["\u200b", "\u200b\u200d", "\u0301", "\u2060\u00a0\ufeff"])
def test_a_stem_that_shows_as_nothing_is_refused(project: Project, stem: str) -> None:
    project.act_as("lena")
    key = project.store.codes.list()[0].key
    project.update_code(key, actor="lena", parts={"sv": [["budget"]]})
    with pytest.raises(QualcodeError) as refused:
        project.update_code(key, actor="lena", parts={"sv": [["ekonomi", stem]]})
    said = str(refused.value)
    assert "\n" not in said and "shows as nothing" in said
    assert project.store.codes.get(key).parts == {"sv": (("budget",),)}


def test_a_stem_of_a_symbol_or_a_letter_and_a_mark_is_kept(project: Project) -> None:
    project.act_as("lena")
    key = project.store.codes.list()[0].key
    code = project.update_code(key, actor="lena", parts={"en": [["£", "é", "3d"]]})
    assert code.parts == {"en": (("£", "é", "3d"),)}
