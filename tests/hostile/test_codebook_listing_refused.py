"""`codebook show --format csv` is a listing for scripts (one language's name and
definition, each code's count of codings), not a codebook. Loaded back with `codebook
load`, its fields replaced the project's and emptied what it leaves out (the other
language, criteria, keywords, examples, parts, colours), and a listing shown in Swedish
put Swedish names under English headers; a note named the loss only after it (hostile48).
It is refused in one line pointing at `codebook export`, and nothing changes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.hostile.hostile_kit import qualcode

BUNDLED = Path(__file__).parents[2] / "codebooks" / "turning_points.yaml"


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv("QUALCODE_CODER", raising=False)
    path = tmp_path / "p.db"
    for args in (("init",), ("coder", "add", "lena", "--role", "lead")):
        assert qualcode(path, *args, coder="lena").status == 0
    assert qualcode(path, "codebook", "load", str(BUNDLED), coder="lena").status == 0
    return path


def _codebook(project: Path) -> list[dict]:
    shown = qualcode(project, "codebook", "show", "-f", "json", coder="lena")
    return list(json.loads(shown.stdout))


@pytest.mark.parametrize("lang", ["en", "sv"])
def test_a_show_listing_is_refused_and_the_codebook_kept(
    project: Path, tmp_path: Path, lang: str
) -> None:
    before = _codebook(project)
    listing = tmp_path / "kodbok.csv"
    shown = qualcode(project, "codebook", "show", "-f", "csv", "--lang", lang, coder="lena")
    listing.write_text(shown.stdout, encoding="utf-8")
    done = qualcode(project, "codebook", "load", str(listing), coder="lena")
    assert done.status == 1
    assert " ".join(done.stderr.split()) == (
        "error: kodbok.csv: a `codebook show` listing (it counts codings), not a codebook: "
        "loading it would empty every field it leaves out; write one with "
        "`qualcode codebook export FILE.yaml`; nothing loaded"
    )
    assert _codebook(project) == before


def test_the_export_it_points_at_loads_back_with_nothing_emptied(
    project: Path, tmp_path: Path
) -> None:
    before = _codebook(project)
    exported = tmp_path / "kodbok.yaml"
    assert qualcode(project, "codebook", "export", str(exported), coder="lena").status == 0
    done = qualcode(project, "codebook", "load", str(exported), coder="lena")
    assert done.status == 0, done.stderr
    assert "emptied" not in done.stdout + done.stderr
    assert _codebook(project) == before
