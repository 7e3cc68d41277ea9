"""A place's proposed pseudonym reads in the words of the text it stands in, in every export.

One rule (export/key_languages.py, pseudo41): the participants' words in their document's
language and a translation in its own; a memo, rationale or comment in the language its
words are in; what qualcode writes around them (citations, the municipality column) in the
export's language, or the project's for a file written in none. A Swedish quote's original
keeps "Kommun B" in an English summary, its English translation says "Municipality B".
Before, only the memos export read a text's own language: the English summary printed
"Vi i Municipality B" in the Swedish original, the .qdpx (English unless told) the Swedish
transcript so too, and the codings table an English interview as "We in Kommun B".
"""

from __future__ import annotations

import csv
import zipfile
from pathlib import Path

import pytest

from qualcode import Project
from tests.conftest import mission_team
from tests.hostile.export_kit import export_text

SV = (
    "I: Hur var det på enheten?\n\n"
    "R: Vi i Åby hade alldeles för många ärenden och chefen lyssnade inte på oss.\n"
)
SV2 = SV.replace("enheten", "kontoret")
EN = (
    "I: How was it in the team?\n\n"
    "R: We in Åby had far too many cases and the manager did not listen to us.\n"
)
TRANSLATION = "We in Åby had far too many cases and the manager did not listen to us."


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A Swedish study (two Swedish interviews, one English) with its places proposed
    for the key; the Swedish passage translated into English; memos, a comment and a
    decision's rationale in both languages naming Åby."""
    path = tmp_path_factory.mktemp("places") / "p.db"
    with mission_team(path) as p:
        docs = {
            "sv": p.import_text("sv.txt", SV, lang="sv", attributes={"municipality": "Åby"}),
            "sv2": p.import_text("sv2.txt", SV2, lang="sv", attributes={"municipality": "Ekstad"}),
            "en": p.import_text("en.txt", EN, lang="en", attributes={"municipality": "Åby"}),
        }
        p.apply_suggested_pseudonyms("lena", ["place"])
        for which, text in (("sv", SV), ("en", EN), ("sv2", SV2)):
            start = text.index("R: ") + 3
            end = text.index("\n", start)
            for coder, stop in (("karin", end), ("johan", end - 10)):
                p.act_as(coder)
                coding = p.add_coding(docs[which].id, start, stop, "mission", coder)
                p.set_status(docs[which].id, coder, "done")
                if which == "sv" and coder == "karin":
                    p.translate_coding(coding.id, "en", TRANSLATION, "karin")
        p.act_as("lena")
        p.add_memo("document", docs["sv"].id, "lena", "Här säger hon att det var tungt i Åby.")
        p.add_memo("document", docs["en"].id, "lena", "She says that it was hard in Åby.")
        cases = {v.case.document_id: v.case.id for v in p.cases()}
        p.comment(cases[docs["sv"].id], "lena", "The team in Åby was far too small.")
        p.decide(cases[docs["sv2"].id], "accept:karin", "It was the whole team in Åby.", "lena")
    return path


def _letter(path: Path) -> str:
    with Project.open(path) as p:
        keyed = {e.real: e.pseudonym for e in p.act_as("lena", "lena").pseudonyms("lena")}
    assert keyed["Åby"].startswith("Kommun ")  # proposed in the project's words
    return keyed["Åby"][-1]


def test_a_quote_and_its_translation_read_in_their_own_words(project: Path, tmp_path: Path) -> None:
    b = _letter(project)
    with Project.open(project) as p:
        p.act_as("lena", "lena")
        for lang in ("sv", "en"):
            p.export_summary(tmp_path / f"s_{lang}.md", "coder", lang=lang, quotes=5, viewer="lena")
        quotes = p.report_quotes(viewer="lena")
    english = (tmp_path / "s_en.md").read_text(encoding="utf-8")
    swedish = (tmp_path / "s_sv.md").read_text(encoding="utf-8")
    assert f"We in Municipality {b} had" in english  # the translation and the English talk
    assert f"Vi i Kommun {b} hade" in english  # the Swedish original beside it
    assert f"Vi i Municipality {b}" not in english
    assert f"Vi i Kommun {b} hade" in swedish
    assert f"We in Municipality {b} had" in swedish  # the English interview, as said
    assert f"Municipality {b}" in english.split("Vi i")[0]  # citations: the export's words
    said = dict(zip(quotes["document_name"], quotes["text"], strict=False))
    assert f"Vi i Kommun {b}" in said["sv.txt"] and f"We in Municipality {b}" in said["en.txt"]


def test_the_codings_table_reads_each_text_in_its_words(project: Path, tmp_path: Path) -> None:
    b = _letter(project)
    with Project.open(project) as p:
        p.act_as("lena", "lena")
        p.export_codings(tmp_path / "c.csv", viewer="lena", lang="sv")
    rows = list(csv.DictReader((tmp_path / "c.csv").open(encoding="utf-8-sig")))
    by_doc = {(r["document_name"], r["coder"]): r for r in rows}
    swedish, english = by_doc["sv.txt", "karin"], by_doc["en.txt", "karin"]
    assert f"Vi i Kommun {b}" in swedish["text"]
    assert f"We in Municipality {b}" in swedish["translation"]
    assert f"We in Municipality {b}" in english["text"]
    # the column qualcode fills: in the sheet's words (lang, as every export's: minor47)
    assert swedish["municipality"] == english["municipality"] == f"Kommun {b}"


def test_the_qdpx_transcripts_memos_and_audit_read_in_their_words(
    project: Path, tmp_path: Path
) -> None:
    b = _letter(project)
    with Project.open(project) as p:
        p.act_as("lena", "lena")
        p.export_qdpx(tmp_path / "p.qdpx", viewer="lena")  # in English unless told
        p.export_memos(tmp_path / "m.md", "lena", lang="sv")
        rationale = next(e for e in p.audit(viewer="lena") if "rationale" in e.payload)
    with zipfile.ZipFile(tmp_path / "p.qdpx") as archive:
        sources = {
            n: archive.read(n).decode("utf-8")
            for n in archive.namelist()
            if n.startswith("sources/") and n.endswith(".txt")
        }
    talk = "\n".join(sources.values())
    assert f"Vi i Kommun {b} hade" in talk and f"We in Municipality {b} had" in talk
    assert f"Vi i Municipality {b}" not in talk
    qde = export_text(tmp_path / "p.qdpx")
    assert f"it was hard in Municipality {b}" in qde  # an English memo as its note
    assert f"tungt i Kommun {b}" in qde
    memos = (tmp_path / "m.md").read_text(encoding="utf-8")
    assert f"it was hard in Municipality {b}" in memos and f"tungt i Kommun {b}" in memos
    assert rationale.payload["rationale"] == f"It was the whole team in Municipality {b}."


def test_the_agenda_reads_the_passage_and_the_comment_in_their_words(
    project: Path, tmp_path: Path
) -> None:
    b = _letter(project)
    with Project.open(project) as p:
        p.act_as("lena", "lena")
        p.write_agenda(tmp_path / "a.md", viewer="lena", lang="en")
    agenda = (tmp_path / "a.md").read_text(encoding="utf-8")
    assert f"Vi i Kommun {b}" in agenda and f"Vi i Municipality {b}" not in agenda
    assert f"The team in Municipality {b} was far too small." in agenda
