"""Every export written in a language reads a place's proposed pseudonym in that language:
the summary did since loose11 (d71758f), while the REFI-QDA project and codebook, the
codebook for a paper and the agreement's code names kept the stored "Kommun C" in an
English export. Here an English and a Swedish export of each, from one study with an
English interview from Ashbourne (proposed as "Municipality A") and a Swedish one from Åby
(proposed as "Kommun C"), say the same places in the same words. The transcripts a
.qdpx carries are the participants' own words, and say a place in their language in either
export (export/key_languages.py, pseudo41)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import openpyxl
import pytest

from tests.cli.cli_kit import ok
from tests.cli.study_kit import place_study

PLACE_CODE = """\
codebook: tiny
codes:
  - key: local_talk
    name: {sv: Om orten, en: About the place}
    definition: {sv: "Hur Åby och Ashbourne beskrivs", en: "How Åby and Ashbourne are told"}
"""
WORDS = {"en": ("Municipality A", "Municipality C"), "sv": ("Kommun A", "Kommun C")}


def _text(path: Path) -> str:
    """What a reader of the file sees, as one string."""
    suffix = path.suffix
    if suffix == ".docx":
        document = docx.Document(str(path))
        cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
        return "\n".join([p.text for p in document.paragraphs] + cells)
    if suffix == ".xlsx":
        book = openpyxl.load_workbook(path, read_only=True)
        return "\n".join(
            str(v) for sheet in book for row in sheet.iter_rows(values_only=True) for v in row if v
        )
    if suffix == ".qdpx":  # the transcripts apart (``_transcripts``)
        with zipfile.ZipFile(io.BytesIO(path.read_bytes())) as archive:
            return "\n".join(
                archive.read(n).decode("utf-8")
                for n in archive.namelist()
                if not n.startswith("sources/")
            )
    return path.read_text(encoding="utf-8")


def _transcripts(path: Path) -> str:
    """The texts of a .qdpx's sources, one string."""
    with zipfile.ZipFile(io.BytesIO(path.read_bytes())) as archive:
        names = [n for n in archive.namelist() if n.startswith("sources/")]
        return "\n".join(archive.read(n).decode("utf-8") for n in names)


@pytest.fixture(scope="module")
def study(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp_path = tmp_path_factory.mktemp("places")
    path = place_study(tmp_path)
    (tmp_path / "place.yaml").write_text(PLACE_CODE, encoding="utf-8")
    ok(path, "--coder", "sam", "codebook", "load", str(tmp_path / "place.yaml"))
    ok(path, "--coder", "sam", "pseudonym", "suggest", "--apply", "--kinds", "place")
    return path


@pytest.mark.parametrize("lang", ["en", "sv"])
def test_every_export_says_a_proposed_place_in_its_language(study: Path, lang: str) -> None:
    out = study.parent / lang
    out.mkdir()
    sam = (study, "--coder", "sam")
    for suffix in (".md", ".html", ".docx", ".xlsx"):
        ok(*sam, "export", "summary", "--layer", "coder", "--lang", lang,
           "-o", str(out / f"summary{suffix}"))  # fmt: skip
    ok(*sam, "export", "qdpx", str(out / "project.qdpx"), "--lang", lang)
    ok(*sam, "export", "qdc", str(out / "codebook.qdc"), "--lang", lang)
    for suffix in (".md", ".docx"):
        ok(*sam, "codebook", "export", str(out / f"codebook{suffix}"), "--lang", lang)
    wanted, other = WORDS[lang], WORDS["sv" if lang == "en" else "en"]
    for path in sorted(out.iterdir()):
        if path.suffix == ".png":
            continue
        text = _text(path)
        assert any(w in text for w in wanted), path.name
        assert not any(w in text for w in other), path.name
        assert "Åby" not in text and "Ashbourne" not in text, path.name
    # the transcripts, in either export: the English interview's place in English, the
    # Swedish one's in Swedish
    talk = _transcripts(out / "project.qdpx")
    assert "Municipality A" in talk and "Kommun C" in talk
    assert "Kommun A" not in talk and "Municipality C" not in talk
