"""A child code without a definition reads as one sentence in the theme summary: "Part of
Integration, with no definition of its own in the codebook yet." f80c58d7 put "Part of X."
before the placeholder, so the summary read "Part of Integration. none in the codebook
yet" in md, html and docx alike (user47). A child with a definition keeps "Part of X."
before it."""

from __future__ import annotations

import html
from pathlib import Path

import pytest
from docx import Document

from qualcode import Project
from qualcode.model import Codebook, CodeSpec
from tests.conftest import SV_TEXT, small_codebook

WANTED = {
    "en": "Part of Integration, with no definition of its own in the codebook yet.",
    "sv": "Del av Integrering, utan egen definition i kodboken än.",
}


def _texts(tmp_path: Path, lang: str) -> dict[str, str]:
    """The md, html and docx summaries in ``lang`` as text."""
    book = small_codebook()
    defined = CodeSpec(
        key="turnover",
        parent="integration",
        names={"en": "Turnover", "sv": "Personalomsättning"},
        definitions={"en": "Staff leaving.", "sv": "Personal som slutar."},
    )
    with Project.create(tmp_path / f"{lang}.db") as p:
        p.apply_codebook(Codebook(book.name, (*book.codes, defined)))
        p.add_coder("lena", role="lead")
        p.act_as("lena")
        doc = p.import_text("aby_01.txt", SV_TEXT, lang="sv").id
        p.add_coding(doc, 30, 80, "caseload", "lena")
        p.add_coding(doc, 90, 120, "turnover", "lena")
        out = {}
        for suffix in ("md", "html", "docx"):
            path = p.export_summary(tmp_path / f"{lang}.{suffix}", layer="coder", lang=lang)
            if suffix == "docx":
                out[suffix] = "\n".join(para.text for para in Document(str(path)).paragraphs)
            else:
                out[suffix] = Path(path).read_text(encoding="utf-8")
    out["html"] = html.unescape(out["html"])
    return out


@pytest.mark.parametrize("lang", ["en", "sv"])
def test_a_child_without_a_definition_reads_as_one_sentence(tmp_path: Path, lang: str) -> None:
    broken = {"en": "Part of Integration. none", "sv": "Del av Integrering. ingen"}[lang]
    defined = {"en": "Part of Integration. Staff leaving.", "sv": "Del av Integrering. Personal"}
    for suffix, text in _texts(tmp_path, lang).items():
        assert WANTED[lang] in text, suffix
        assert broken not in text, suffix
        assert defined[lang] in text, suffix
