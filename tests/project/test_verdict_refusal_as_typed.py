"""A verdict that names, as the reports print her, a coder who has no version in the case
is refused in the words the lead typed: "accept:Kodare B" (karin, not in the case of
johan and mira) was refused as "coder 'karin' is not part of case (johan, mira)", names
the lead never typed and her reports never showed. Now the coder as typed, the case's
coders as each language's reports print them; typed by her name, by names as before
(minor46c, after minor46b's verdict_typed)."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import ValidationError
from qualcode.tui.catalog import Catalog
from tests.project.coder_label_kit import two_speakers_coded


def _case(project: Project) -> str:
    """karin, johan and mira code; only johan and mira this passage: karin is no coder of
    its case, and karin and johan are printed "Kodare B", "Kodare C" (participants too)."""
    two_speakers_coded(project, ("karin", "johan", "mira"), {"johan": 50, "mira": 20})
    (view,) = project.cases()
    assert list(view.case.versions) == ["johan", "mira"]
    assert project.pseudonym_key(lang="sv").coder("karin") == "Kodare B"
    return view.case.id


@pytest.mark.parametrize("typed", ["Kodare B", "coder b"])
def test_a_coder_typed_as_printed_is_refused_as_typed(tmp_path: Path, typed: str) -> None:
    with Project.create(tmp_path / "p.db") as project:
        case = _case(project)
        refusals = []
        with pytest.raises(ValidationError) as checked:
            project.check_verdict(project.case(case).case, f"accept:{typed}")
        refusals.append(checked.value)
        with pytest.raises(ValidationError) as decided:
            project.decide(case, f"accept:{typed}", "läst", "lena")
        refusals.append(decided.value)
        assert project.case(case).verdict is None  # nothing written
    for error in refusals:
        assert str(error) == (
            f"coder {typed!r} is not part of case {case[:8]} (Coder C, Coder D)"
        ), str(error)
        assert "karin" not in str(error) and "johan" not in str(error)
        assert Catalog("sv").refusal(error.key, error.values) == (
            f"{typed} har ingen version i fallet (Kodare C, Kodare D)"
        )
        assert Catalog("en").refusal(error.key, error.values) == (
            f"{typed} has no version in this case (Coder C, Coder D)"
        )


def test_a_coder_typed_by_name_is_refused_by_names(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.db") as project:
        case = _case(project)
        with pytest.raises(ValidationError) as refused:
            project.decide(case, "accept:karin", "läst", "lena")
    assert str(refused.value) == f"coder 'karin' is not part of case {case[:8]} (johan, mira)"
