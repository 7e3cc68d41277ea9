"""The pseudonym key reads what is filled into a summary, never the summary's own words.

A real name can be an ordinary word of the summary's templates (Code, Kodare, Count,
Tema; a participant called May, Rose or Bo). The key ran over the whole rendered text, so
"Codes were applied in 4.5% ..." went out as "IPX were applied ...", "3 kodare (johan, ...)"
as "3 IPX (...)", and the check that refuses an export where a real name would appear
refused every summary for its table header "Count" or its heading "Tema" (review49). The
names filled in (coders, the set, codes, documents, quotes) still go through the key, and
the check still refuses one that did not.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import OutputError

# slow: renders whole summaries (md, html, docx)
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def keyed(tmp_path_factory: pytest.TempPathFactory, demo_file: Path) -> Path:
    path = tmp_path_factory.mktemp("keyed") / "demo.db"
    shutil.copy(demo_file, path)
    return path


def _summary(path: Path, tmp: Path, real: str, lang: str, suffix: str = "md") -> str:
    copy = tmp / "p.db"
    shutil.copy(path, copy)
    with Project.open(copy) as project:
        project.set_pseudonym(real, "IPX", "lena")
        out = project.export_summary(
            tmp / f"x.{suffix}", layer="coder", lang=lang, viewer="lena", quotes=1
        )
    if suffix == "docx":
        import docx

        return "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    return out.read_text(encoding="utf-8")


@pytest.mark.parametrize("suffix", ["md", "html", "docx"])
def test_a_name_that_is_a_word_of_the_methods_leaves_the_methods_as_written(
    keyed: Path, tmp_path: Path, suffix: str
) -> None:
    text = _summary(keyed, tmp_path, "Code", "en", suffix)
    assert "Codes were applied in" in text
    assert not re.search(r"(?<![\w+/])IPX", text)  # a chart's base64 may hold the letters


def test_a_name_that_is_the_word_for_coder_leaves_the_coders_line_as_written(
    keyed: Path, tmp_path: Path
) -> None:
    text = _summary(keyed, tmp_path, "Kodare", "sv")
    assert "3 kodare (johan, karin, mira)" in text
    assert not re.search(r"(?<![\w+/])IPX", text)


@pytest.mark.parametrize(("real", "lang"), [("Count", "en"), ("Tema", "sv")])
def test_a_name_that_is_a_header_or_heading_refuses_no_summary(
    keyed: Path, tmp_path: Path, real: str, lang: str
) -> None:
    text = _summary(keyed, tmp_path, real, lang)  # refused before: "the real name behind IPX"
    assert real in text


def test_a_set_and_a_coder_on_the_key_are_still_printed_through_it(
    keyed: Path, tmp_path: Path
) -> None:
    copy = tmp_path / "p.db"
    shutil.copy(keyed, copy)
    with Project.open(copy) as project:
        project.set_pseudonym("Count", "IPX", "lena")
        project.set_pseudonym("Elin Ek", "IP9", "lena")
        project.set_pseudonym("karin", "Kodare K", "lena")
        docs = [d.id for d in project.documents()]
        project.make_document_set("Elin Ek och Count", "lena", docs)
        summary = project.build_summary(
            "coder:karin", lang="en", viewer="lena", doc_set="Elin Ek och Count"
        )
    assert "IP9 och IPX" in summary.layer, summary.layer  # the set's name: a fill
    assert "Elin" not in summary.layer and "karin" not in summary.layer


def test_a_name_filled_in_past_the_key_is_still_refused(keyed: Path, tmp_path: Path) -> None:
    """The check reads the summary's own words as no name, never what is filled in: a
    code memo naming a participant, had it slipped past the key, is refused whole."""
    from qualcode.export.labels import own_words
    from qualcode.export.pseudonyms import check_files

    copy = tmp_path / "p.db"
    shutil.copy(keyed, copy)
    with Project.open(copy) as project:
        project.set_pseudonym("Count", "IPX", "lena")
        project.set_pseudonym("Elin Ek", "IP9", "lena")
        key = project.pseudonym_key(viewer="lena", lang="en")
    own = own_words("en")
    check_files(key, {"x.md": b"| Count | Code |\n"}, own)  # the header: no name
    with pytest.raises(OutputError, match="the real name behind IP9 would appear"):
        check_files(key, {"x.md": b"| Count |\nElin Ek said so\n"}, own)
    with pytest.raises(OutputError, match="the real name behind IPX would appear"):
        check_files(key, {"x.md": b"Count was here\n"})  # any other export: as before
