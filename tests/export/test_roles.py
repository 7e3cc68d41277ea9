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
        ("project lead", "sv", "project lead"),  # in both directions
        # the home care roles, both ways: "home care worker" stayed English in a Swedish
        # summary beside "undersköterska", which an English one said "assistant nurse"
        ("home care worker", "sv", "hemtjänstpersonal"),
        ("Hemtjänstpersonal", "en", "home care worker"),
        ("vårdbiträde", "en", "care assistant"),
        ("personal assistant", "sv", "personlig assistent"),
        ("", "en", ""),
        # another common spelling (study48): translated, and in Swedish kept as written
        ("förstelinjechef", "en", "first-line manager"),
        ("Första linjens chef", "en", "first-line manager"),
        ("förstelinjechef", "sv", "förstelinjechef"),
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


def test_a_summary_names_every_role_in_its_language(tmp_path: Path) -> None:
    """study45: an English interview's "home care worker" beside a Swedish one's
    "undersköterska"; each summary names both in its own language, and a role the table
    does not know ("projektledare") as typed in both."""
    talk = {
        "en_01.txt": ("en", "home care worker", "I: How is it?\n\nR: We are too few.\n"),
        "sv_01.txt": ("sv", "undersköterska", "I: Hur är det?\n\nR: Vi är för få.\n"),
        "sv_02.txt": ("sv", "projektledare", "I: Hur är det?\n\nR: Det är bra nu.\n"),
    }
    with Project.create(tmp_path / "p.db") as project:
        project.add_coder("lena", role="lead")
        project.add_code("mission", {"sv": "Uppdrag", "en": "Mission"})
        project.act_as("lena")
        for name, (lang, role, text) in talk.items():
            doc = project.import_text(name, text, lang=lang, attributes={"role": role})
            start = text.index("R: ") + 3
            project.add_coding(doc.id, start, len(text) - 1, "mission", "lena")
        for lang in ("sv", "en"):
            project.export_summary(tmp_path / f"{lang}.md", layer="coder", lang=lang)
    swedish = (tmp_path / "sv.md").read_text("utf-8")
    english = (tmp_path / "en.md").read_text("utf-8")
    assert "hemtjänstpersonal" in swedish and "undersköterska" in swedish
    assert "home care worker" not in swedish and "assistant nurse" not in swedish
    assert "home care worker" in english and "assistant nurse" in english
    assert "hemtjänstpersonal" not in english and "undersköterska" not in english
    assert "projektledare" in swedish and "projektledare" in english


def test_other_spellings_name_known_roles_only() -> None:
    """Each other spelling names a role of the language files and is not itself a name there
    (it would then be two roles)."""
    from qualcode.export.vocabulary import OTHER_SPELLINGS

    names = {
        n.casefold() for lang in LANGUAGES for n in texts(lang, "roles", english=False).values()
    }
    for lang, spellings in OTHER_SPELLINGS.items():
        known = texts(lang, "roles", english=False)
        for spelling, role in spellings.items():
            assert role in known and spelling.casefold() not in names, (lang, spelling)
