"""Role values in the summary's language: the known vocabulary translated both ways,
unknown values kept as written, and no Swedish role left in the demo's English summary."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from qualcode import Project
from qualcode.export.vocabulary import role_name
from qualcode.texts import LANGUAGES, texts


@pytest.mark.parametrize(
    ("value", "lang", "shown"),
    [
        ("socialsekreterare", "en", "social worker"),
        ("Socialsekreterare", "en", "social worker"),
        ("fackligt  ombud", "en", "union representative"),
        ("HR-strateg", "en", "HR strategist"),
        ("social worker", "sv", "socialsekreterare"),
        ("enhetschef", "sv", "enhetschef"),
        ("projektledare", "en", "projektledare"),  # unknown: as written, never guessed
        ("", "en", ""),
    ],
)
def test_role_name(value: str, lang: str, shown: str) -> None:
    assert role_name(value, lang) == shown


def test_the_vocabulary_is_one_to_one() -> None:
    """In each language file a name is one role, and no name means two roles across them."""
    seen: dict[str, str] = {}
    for lang in LANGUAGES:
        roles = texts(lang, "roles", english=False)
        names = [name.casefold() for name in roles.values()]
        assert len(names) == len(set(names)), lang
        for role, name in roles.items():
            assert seen.setdefault(name.casefold(), role) == role, (lang, name)


@pytest.mark.slow
def test_the_demo_summary_cites_roles_in_its_language(demo: Path, tmp_path: Path) -> None:
    with Project.open(demo) as project:
        en = project.export_summary(tmp_path / "en.md", layer="coder", lang="en")
        sv = project.export_summary(tmp_path / "sv.docx", layer="coder", lang="sv")
    english = en.read_text("utf-8")
    for swedish in ("socialsekreterare", "enhetschef", "förvaltningschef", "fackligt ombud"):
        assert swedish not in english
    assert ", social worker, " in english and "union representative" in english
    document = docx.Document(str(sv))
    text = "\n".join(
        [p.text for p in document.paragraphs]
        + [c.text for t in document.tables for r in t.rows for c in r.cells]
    )
    assert ", socialsekreterare, " in text and "social worker" not in text
