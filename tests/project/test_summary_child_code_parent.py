"""A child code in the theme summary says which code it is part of (user47). A lead who
put "Caseload" under integration, as NVivo's and MAXQDA's users nest codes, sent her
co-author a summary where "Caseload" stood as a theme of its own, its parent unnamed and
showing "0 coded segments": nothing told the reader the two belonged together."""

from __future__ import annotations

from pathlib import Path

from qualcode import Project
from tests.conftest import SV_TEXT, small_codebook


def _summary(tmp_path: Path, lang: str) -> tuple[str, str, str]:
    with Project.create(tmp_path / f"{lang}.db") as p:
        p.apply_codebook(small_codebook())
        p.add_coder("lena", role="lead")
        p.act_as("lena")
        doc = p.import_text("aby_01.txt", SV_TEXT, lang="sv").id
        p.add_coding(doc, 30, 80, "caseload", "lena")
        p.add_coding(doc, 90, 120, "integration", "lena")
        out = p.export_summary(tmp_path / f"{lang}.md", layer="coder", lang=lang)
        names = {c.key: c.name(lang) for c in p.store.codes.list()}
        text = Path(out).read_text(encoding="utf-8")
        return text, names["integration"], names["caseload"]  # caseload: under integration


def _section(text: str, heading: str) -> str:
    start = text.index(f"\n## {heading}\n")
    end = text.find("\n## ", start + 1)
    return text[start : end if end != -1 else len(text)]


def test_a_child_code_names_its_parent_in_both_languages(tmp_path: Path) -> None:
    for lang, part in (("en", "Part of"), ("sv", "Del av")):
        text, parent, child = _summary(tmp_path, lang)
        assert f"{part} {parent}," in _section(text, child)  # no definition of its own
        assert part not in _section(text, parent)
