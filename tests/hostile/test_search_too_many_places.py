"""A search for a letter on a big project (red team 40).

A term matches inside words, so 'e' on the 1,000 documents / 1M words of the benchmark
project was found 791,313 times: `qualcode search e --context 1000` ran 69 s CPU and
peaked at 10 GB before printing a line, and coding every hit would have written as many
codings. A search found in more than ``MAX_HITS`` places is refused in one line (keyed,
sv and en) before a hit is made; one within it lists as before.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import ValidationError
from qualcode.project.text_search import MAX_HITS
from tests.conftest import small_codebook
from tests.hostile.hostile_kit import refused_here

WORDS_A_LINE = 1000


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """One document whose every word holds an 'e': ``MAX_HITS`` and one more of them."""
    lines = -(-(MAX_HITS + 1) // WORDS_A_LINE)
    text = "\n\n".join(" ".join(["ek"] * WORDS_A_LINE) for _ in range(lines))
    path = tmp_path / "p.db"
    with Project.create(path) as p:
        p.apply_codebook(small_codebook())
        p.add_coder("lena", role="lead")
        p.act_as("lena")
        p.import_text("ekar.txt", text + "\n\nEn gran.", lang="sv")
    return path


def test_a_search_found_past_the_limit_is_refused(project: Path) -> None:
    said = refused_here(project, "search", "e", "--context", "1000", coder="lena")
    assert said.startswith(f"error: search: found in more than {MAX_HITS:,} places; narrow it")
    refused_here(project, "search", "e", "--code", "integration", coder="lena")
    with Project.open(project) as p:
        p.act_as("lena")
        with pytest.raises(ValidationError) as caught:
            p.search_text("ek", exact=True)
        assert caught.value.key == "search_too_many"
        assert [h.text for h in p.search_text("gran")] == ["gran"]  # within it: as before


def test_the_refusal_is_said_in_both_languages() -> None:
    from qualcode.texts import texts

    for lang in ("sv", "en"):
        assert "{most}" in texts(lang, "refusals")["search_too_many"]
