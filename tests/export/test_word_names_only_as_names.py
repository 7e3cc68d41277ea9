"""A participant's name that is also a word ("Berg" and *ett berg*, a place "Lund" and *en
lund*) is printed as her pseudonym where it is a name, written with a capital, and left as
the word in lower case, in every export that leaves the project: the summary (.md, .html,
.docx, .xlsx), the codings (.csv, .xlsx), the .qdpx, the memos (.md, .docx), the codebook
(.qdc, .md), the agenda, the quotes and a saved frame. Each file is read back with its own
reader. Before, with Berg on the key, "vi gick upp på ett berg" went out as "ett IP1".
The texts are written for the test."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from qualcode import Project
from qualcode.model import Turn
from tests.export.name_leak_kit import EXPORTS, code_turns, exported_texts, lead_and_coder

pytestmark = pytest.mark.slow

TALK = (
    "I: Hur började det?\n\n"
    "Berg: Vi gick upp på ett berg i Lund.\n\n"
    "I: Och sen?\n\n"
    "Berg: En ek stod i en lund vid sjön. Berg sa att det var brant.\n"
)
MEMO = "Berg talade om ett berg och om en lund utanför Lund."
# capitalised, a name: never in an export; in lower case, the word: kept where the text is
NAMES = re.compile(r"(?<![\w-])(?:Berg|Lund|BERG|LUND)(?![\w-])")
WORDS = ("ett berg", "en lund")


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("words") / "p.db"
    with Project.create(path) as p:
        lead_and_coder(p, "karin", "Om att ta sig upp på ett berg tillsammans.")
        doc = p.import_text("samtal_01.txt", TALK, lang="sv", attributes={"municipality": "Lund"})
        text = p.document(doc.id).text

        def end(coder: str, turn: Turn) -> int:  # karin codes the turn's first sentence
            return turn.end if coder == "lena" else turn.start + text[turn.start :].index(".")

        code_turns(p, doc.id, "Berg", ("lena", "karin"), MEMO, end=end)
        p.set_pseudonym("Berg", "IP1", "lena", kind="speaker")
        p.set_pseudonym("Lund", "Ort A", "lena", kind="place")
    return path


# the exports that print the passages or the memos, where the words must stay
WITH_TEXT = {"summary", "codings", "qdpx", "memos", "frame"}


@pytest.mark.parametrize(("kind", "suffix"), EXPORTS)
def test_a_word_stays_a_word_and_a_name_goes(
    project: Path, tmp_path: Path, kind: str, suffix: str
) -> None:
    text = "\n".join(exported_texts(project, kind, suffix, tmp_path))
    assert NAMES.findall(text) == []
    assert "IP1" in text or kind in ("codebook", "qdc")
    if kind in ("summary", "agenda"):  # passages chosen: one of the two at least
        assert any(word in text for word in WORDS), kind
    elif kind in WITH_TEXT:
        for word in WORDS if kind != "frame" else WORDS[:1]:
            assert word in text, (word, kind)
    if kind in ("codebook", "qdc"):
        assert "ett berg" in text  # the definition's word


def test_the_quotes_keep_the_word(project: Path) -> None:
    with Project.open(project) as p:
        p.act_as("lena")
        quotes = p.report_quotes(viewer="lena").to_csv()
    assert NAMES.findall(quotes) == []
    assert "ett berg" in quotes
