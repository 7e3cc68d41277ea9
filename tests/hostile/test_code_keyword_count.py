"""A code with more keywords than any code needs is refused where it comes in (red team 43).

The suggestion engine folds each of a code's keywords into those of its others that share
a form, one against each. A word list pasted in as one code's keywords made the first
`qualcode suggest` on one transcript slow with the square of their number: 8,000 keywords
took 24 CPU seconds instead of 2, and 210,000 ran for hours. A code holds at most
``MAX_KEYWORDS`` per language, checked by a codebook's load and by a one-code edit alike,
and nothing is written when one is refused.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import CodebookError
from qualcode.project.code_specs import MAX_KEYWORDS
from tests.conftest import small_codebook
from tests.hostile.hostile_kit import counts, lead_alone, refused


def _terms(n: int) -> list[str]:
    return [f"ord{i}" for i in range(n)]


def test_a_codebook_file_with_a_word_list_for_keywords_is_refused(tmp_path: Path) -> None:
    project = lead_alone(tmp_path / "p.db", codebook=True)
    book = tmp_path / "ordlista.yaml"
    terms = "".join(f"        - {t}\n" for t in _terms(MAX_KEYWORDS + 1))
    book.write_text(
        "codes:\n  - key: many\n    name: {sv: Många}\n    keywords:\n      sv:\n" + terms,
        encoding="utf-8",
    )
    said = refused(project, "codebook", "load", str(book), coder="lena")
    assert said.count("\n") == 1, said
    assert f"code 'many': {MAX_KEYWORDS + 1:,} keywords (sv), more than the" in said
    assert counts(project)["codes"] == len(small_codebook().codes)


def test_an_edit_past_the_limit_is_refused_and_one_at_it_kept(tmp_path: Path) -> None:
    with Project.open(lead_alone(tmp_path / "p.db", codebook=True)) as p:
        p.act_as("lena")
        key = p.codebook()[0].key
        before = p.codebook_specs()
        with pytest.raises(CodebookError, match=f"more than the {MAX_KEYWORDS:,} a code may"):
            p.update_code(key, actor="lena", keywords={"en": _terms(MAX_KEYWORDS + 1)})
        assert p.codebook_specs() == before
        p.update_code(key, actor="lena", keywords={"en": _terms(MAX_KEYWORDS)})
        edited = next(s for s in p.codebook_specs() if s.key == key)
        assert len(edited.keywords["en"]) == MAX_KEYWORDS
