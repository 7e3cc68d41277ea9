"""The lead pins a theme's exemplar passage (issue 14.3): stored as the lead's pinned quote,
shown by the theme view instead of the longest passage, and quoted first by the summary."""

from __future__ import annotations

import pytest

from qualcode import Project
from qualcode.errors import ValidationError


def _themed(project: Project) -> tuple[str, list[str]]:
    """A theme holding integration and mission_dialogue, with three codings by two coders."""
    doc = project.documents()[0]
    text = project.document(doc.id).text
    ids = []
    for words, code, coder in (
        ("Arbetsmiljöproblemen var stora.", "integration", "karin"),
        ("Politikerna bestämde", "mission_dialogue", "karin"),
        ("Arbetsmiljöproblemen", "integration", "johan"),
    ):
        start = text.index(words)
        ids.append(project.add_coding(doc.id, start, start + len(words), code, coder).id)
    theme = project.create_theme("Styrning", "lena")
    project.set_theme("integration", theme.key, "lena")
    project.set_theme("mission_dialogue", theme.key, "lena")
    return theme.key, ids


def test_the_pinned_passage_leads_the_theme_view(project: Project) -> None:
    theme, ids = _themed(project)
    view = project.themes("lena")[0]
    assert not view.pinned and view.exemplar is not None
    assert view.exemplar.text == "Arbetsmiljöproblemen var stora."  # the longest
    chosen, coding = project.pin_theme_exemplar(ids[1], "lena")
    assert chosen == theme and coding.id == ids[1]
    view = project.themes("lena")[0]
    assert view.pinned and view.exemplar is not None
    assert view.exemplar.coding.id == ids[1] and view.exemplar.text == "Politikerna bestämde"
    # one exemplar per theme: the latest pin leads, and pinning again brings one back
    project.pin_theme_exemplar(ids[2], "lena", theme=theme)
    assert project.themes("lena")[0].exemplar.coding.id == ids[2]  # type: ignore[union-attr]
    project.pin_theme_exemplar(ids[1], "lena")
    assert project.themes("lena")[0].exemplar.coding.id == ids[1]  # type: ignore[union-attr]
    project.pin_theme_exemplar(ids[1], "lena", unpin=True)
    assert project.themes("lena")[0].exemplar.coding.id == ids[2]  # type: ignore[union-attr]
    actions = [(e.action, e.payload.get("theme")) for e in project.audit()]
    assert ("theme.exemplar.pin", theme) in actions
    assert ("theme.exemplar.unpin", theme) in actions


def test_blind_a_coder_sees_their_own_passage_not_the_pinned_one(project: Project) -> None:
    _, ids = _themed(project)
    project.pin_theme_exemplar(ids[2], "lena")  # johan's
    karins = project.themes("karin")[0]
    assert not karins.pinned and karins.exemplar is not None
    assert karins.exemplar.coding.coder == "karin"


@pytest.mark.parametrize(
    ("who", "which", "theme", "error"),
    [
        ("karin", 0, None, "only a lead"),
        ("lena", 0, "integration", "not a theme"),
        ("lena", -1, None, "under no theme"),
    ],
)
def test_refusals_are_one_line_and_write_nothing(
    project: Project, who: str, which: int, theme: str | None, error: str
) -> None:
    _, ids = _themed(project)
    doc = project.documents()[0]
    loose = project.add_coding(doc.id, 0, 5, "caseload", "karin")
    project.set_theme("caseload", None, "lena")  # out of any theme
    ids.append(loose.id)
    before = len(project.audit())
    with pytest.raises(ValidationError, match=error):
        project.pin_theme_exemplar(ids[which], who, theme=theme)
    assert len(project.audit()) == before
    assert project.exemplars() == set()


def test_a_coding_of_another_theme_is_refused(project: Project) -> None:
    _, ids = _themed(project)
    other = project.create_theme("Annat", "lena")
    with pytest.raises(ValidationError, match="not under theme"):
        project.pin_theme_exemplar(ids[0], "lena", theme=other.key)
    assert project.exemplars() == set()


def test_the_summary_quotes_the_pinned_exemplar_first(project: Project) -> None:
    _, ids = _themed(project)
    project.pin_theme_exemplar(ids[1], "lena")
    summary = project.build_summary(layer="coder", codes=["mission_dialogue"], lang="sv")
    assert summary.themes[0].quotes[0].start == project.coding(ids[1]).start
