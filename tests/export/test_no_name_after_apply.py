"""After `pseudonym suggest --apply` no participant's name is in any export.

Transcripts that name participants in other people's turns, in possessives ("Karins",
"Pers", "Karin's"), at the starts of lines, with a speaker's surname beside her label
("Jag, Per Nilsson, ..."), one participant sharing a coder's name, and a memo typed with
decomposed letters (a Mac's "Å" as "A" and a ring). The lead keys what qualcode proposes,
and every export is read back here with its own reader, not the one the exports check
themselves with: the summary (.md, .html, .docx, .xlsx, in both languages), the codings
(.csv, .xlsx), the .qdpx, the memos (.md, .docx), the codebook (.qdc) and the quotes.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

from qualcode import Project
from tests.conftest import mission_team
from tests.export.name_leak_kit import export_as_lead, texts_in

pytestmark = pytest.mark.slow


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


KARIN = (
    "I: Hur var det när du började?\n\n"
    "Karin: Det var tungt med uppdraget. Jag pratade med Per om dialogen med nämnden.\n"
    "Åsa hade redan slutat då. Pers chef, alltså Åsas också, höll med om uppdraget.\n\n"
    "I: Vad sa han mer?\n\n"
    "Karin: Han tyckte att dialogen var bra. Vi pratade med Åsa Öberg om uppdraget.\n"
)
PER = nfd(  # as a Mac writes the letters: stored composed, keyed and checked so
    "I: Berätta om teamet.\n\n"
    "Per: Karin och Åsa jobbade med mig på uppdraget. Karins ärenden var många.\n"
    "Karin sa att nämnden lyssnade i dialogen.\n\n"
    "I: Och du själv?\n\n"
    "Per: Jag, Per Nilsson, var samordnare. Pers roll var dialog med nämnden.\n"
)
SIOBHAN = (
    "I: How was the mission dialogue?\n\n"
    "Siobhan: Karin's team and Per's colleagues helped with the mission dialogue.\n"
    "Karin told me the committee listened. Åsa's plan helped too.\n\n"
    "I: Who are you?\n\n"
    "Siobhan: I am Siobhan Walsh, and I led the mission dialogue here.\n"
)
MEMO = nfd("Åsa nämns här, och Karins chef. Per sa emot.\nÅsas plan och Pers roll.")
# in any case: the names that are no ordinary word
ANYCASE = ["Karin", "Åsa", "Öberg", "Nilsson", "Siobhan", "Walsh", "Åby", "Kingsmere"]
CAPITALISED = ["Per"]  # "per dag" is the word


def _names_in(text: str) -> set[str]:
    text = unicodedata.normalize("NFC", text)
    found = {n for n in ANYCASE if re.search(rf"(?<!\w){n}", text, re.IGNORECASE)}
    return found | {n for n in CAPITALISED if re.search(rf"(?<!\w){n}(?!\w)|{n}s\b", text)}


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("names") / "p.db"
    with mission_team(path) as p:
        docs = [
            p.import_text(name, text, lang=lang, attributes={"municipality": place})
            for name, text, lang, place in (
                ("aby_01.txt", KARIN, "sv", "Åby"),
                ("aby_02.txt", PER, "sv", "Åby"),
                ("kings_01.txt", SIOBHAN, "en", "Kingsmere"),
            )
        ]
        for coder in ("karin", "johan"):
            p.act_as(coder)
            for doc in docs:
                for turn in p.store.documents.turns(doc.id):
                    if turn.speaker != "I":
                        p.add_coding(doc.id, turn.start, turn.end, "mission", coder)
                p.add_memo("document", doc.id, coder, MEMO)
        p.act_as("lena")
        p.apply_suggested_pseudonyms("lena", ["speaker", "person", "place"])
    return path


EXPORTS = [
    ("summary", ".md", "en"),
    ("summary", ".md", "sv"),
    ("summary", ".html", "sv"),
    ("summary", ".docx", "en"),
    ("summary", ".xlsx", "sv"),
    ("codings", ".csv", ""),
    ("codings", ".xlsx", ""),
    ("qdpx", ".qdpx", "sv"),
    ("memos", ".md", "sv"),
    ("memos", ".docx", "en"),
    ("qdc", ".qdc", ""),
]


@pytest.mark.parametrize(("kind", "suffix", "lang"), EXPORTS)
def test_no_name_in_an_export(
    project: Path, tmp_path: Path, kind: str, suffix: str, lang: str
) -> None:
    target = tmp_path / f"out{suffix}"
    export_as_lead(project, kind, target, lang)
    found = {n for text in texts_in(target) for n in _names_in(text)}
    assert found == set(), found


def test_no_name_in_the_quotes(project: Path) -> None:
    with Project.open(project) as p:
        p.act_as("lena")
        quotes = p.report_quotes(viewer="lena")
    assert len(quotes) > 0
    assert _names_in(quotes.to_csv()) == set()


def test_the_reader_finds_the_names_a_lead_asks_for(project: Path, tmp_path: Path) -> None:
    """The reading above can fail: the lead's own copy, with real names, holds them."""
    target = tmp_path / "real.xlsx"
    with Project.open(project) as p:
        p.act_as("lena")
        p.export_codings(target, real_names=True, viewer="lena")
    found = {n for text in texts_in(target) for n in _names_in(text)}
    assert found >= {"Karin", "Per", "Åsa", "Nilsson", "Siobhan", "Åby"}, found
