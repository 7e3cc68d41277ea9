"""Quotes as a researcher chooses them: pinned exemplars first, then spread across
participants, municipalities and roles; whole sentences with ellipses; translations."""

from __future__ import annotations

import re
from pathlib import Path

import docx
import openpyxl
import pytest

from qualcode import Project
from qualcode.errors import QualcodeError, ValidationError
from qualcode.export.quotes import choose, whole_sentences

# slow: renders whole summaries in every format
pytestmark = pytest.mark.slow

DOC = "Jag tycker det. Vi har en plan nu. Men det tar tid att se resultat, tror jag. Och sen?"


@pytest.mark.parametrize(
    ("start", "end", "quoted"),
    [
        (DOC.index("Vi"), DOC.index("Men") - 1, "Vi har en plan nu."),
        (DOC.index("tycker"), len(DOC), "… Vi har en plan nu. Men det tar tid att se "
         "resultat, tror jag. Och sen?"),
        (0, DOC.index("tar"), "Jag tycker det. Vi har en plan nu. …"),
        (DOC.index("plan"), DOC.index("plan") + 8, "… plan nu."),
        (DOC.index("Men"), DOC.index("resultat") + 8, "Men det tar tid att se resultat …"),
    ],
)  # fmt: skip
def test_whole_sentences_with_ellipses(start: int, end: int, quoted: str) -> None:
    assert whole_sentences(DOC, start, end) == quoted


def test_a_long_passage_keeps_whole_sentences_up_to_the_limit() -> None:
    assert whole_sentences(DOC, 0, len(DOC), max_words=8) == "Jag tycker det. Vi har en plan nu. …"
    assert whole_sentences(DOC, 0, len(DOC), max_words=2) == "Jag tycker …"


def test_choose_spreads_and_puts_pins_first() -> None:
    rows = [
        {"id": "a", "participant": "IP1", "municipality": "Åby", "role": "chef", "words": 35},
        {"id": "b", "participant": "IP1", "municipality": "Åby", "role": "chef", "words": 34},
        {"id": "c", "participant": "IP2", "municipality": "Åby", "role": "chef", "words": 80},
        {"id": "d", "participant": "IP3", "municipality": "Ekstad", "role": "chef", "words": 90},
        {"id": "e", "participant": None, "municipality": "Ekstad", "role": "interviewer"},
    ]
    assert [r["id"] for r in choose(rows, 3)] == ["a", "d", "c"]  # one each; Ekstad second
    assert [r["id"] for r in choose(rows, 3, pinned=["c"])] == ["c", "d", "a"]
    assert [r["id"] for r in choose(rows, 5)] == ["a", "d", "c"]  # no second from IP1
    assert [r["id"] for r in choose(rows, 4, per_participant=2)] == ["a", "d", "c", "b"]


@pytest.fixture
def project(demo: Path) -> Project:
    with Project.open(demo) as opened:  # the test's own copy of the demo
        yield opened


def test_summary_quotes_come_from_different_participants(project: Project) -> None:
    summary = project.build_summary(layer="coder", lang="sv", quotes=4)
    for theme in summary.themes:
        cited = [q.participant for q in theme.quotes]
        assert len(cited) == len(set(cited)) and len(cited) == 4, theme.key
        assert "interviewer" not in [q.role for q in theme.quotes]
        assert len({q.municipality for q in theme.quotes}) == 3  # every municipality heard
        for q in theme.quotes:
            assert q.text[:1].isupper() or q.text.startswith("…")
            assert q.text[-1] in ".!?…", q.text


def test_pinned_exemplar_and_translations(project: Project) -> None:
    first = project.build_summary(layer="coder", codes=["integration"], lang="en")
    choice = next(
        c
        for c in project.codings(layer="coder", code="integration")
        if c.document_id not in {d.id for d in project.documents() if d.lang == "en"}
        and project.coding_texts([c])[0] not in [q.text for q in first.themes[0].quotes]
    )
    project.pin_exemplar(choice.id, "lena")
    project.translate_coding(choice.id, "en", "We cannot win on pay.", choice.coder)
    summary = project.build_summary(layer="coder", codes=["integration"], lang="en")
    quotes = summary.themes[0].quotes
    assert quotes[0].text == "We cannot win on pay."
    assert quotes[0].source("en").endswith("(translated from Swedish)")
    assert all(
        q.source("en").endswith("(in Swedish, untranslated)")
        for q in quotes[1:]
        if q.language and "Swedish" in q.language and q.text != "We cannot win on pay."
    )
    swedish = project.build_summary(layer="coder", codes=["integration"], lang="sv")
    assert swedish.themes[0].quotes[0].language is None  # in its own language
    project.pin_exemplar(choice.id, "lena", unpin=True)
    again = project.build_summary(layer="coder", codes=["integration"], lang="en")
    assert again.themes[0].quotes[0].text != "We cannot win on pay." or len(quotes) == 1


def test_english_quotes_in_a_swedish_summary_say_so(project: Project) -> None:
    summary = project.build_summary(layer="coder", lang="sv", quotes=15)
    marks = {q.language for t in summary.themes for q in t.quotes}
    assert "på engelska, oöversatt" in marks and None in marks


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ({"lang": "de", "text": "x"}, "use sv or en"),
        ({"lang": "en", "text": "  "}, "empty"),
        ({"lang": "sv", "text": "x"}, "already in sv"),
    ],
)
def test_bad_translations_are_refused(project: Project, args: dict[str, str], message: str) -> None:
    coding = next(
        c for c in project.codings(layer="coder", coder="karin")
        if c.document_id in {d.id for d in project.documents() if d.lang == "sv"}
    )  # fmt: skip
    with pytest.raises(ValidationError, match=message):
        project.translate_coding(coding.id, args["lang"], args["text"], "karin")
    assert project.translations() == {}


def test_only_a_lead_pins_and_a_coder_translates_only_their_own(project: Project) -> None:
    johans = next(c for c in project.codings(layer="coder", coder="johan"))
    with pytest.raises(ValidationError, match="lead"):
        project.pin_exemplar(johans.id, "karin")
    with pytest.raises(ValidationError, match="not karin's"):
        project.translate_coding(johans.id, "en", "text", "karin")
    with pytest.raises(QualcodeError):
        project.pin_exemplar("nonexistent", "lena")
    assert project.exemplars() == set() and project.translations() == {}


def test_a_translated_quote_keeps_its_original_in_every_format(
    project: Project, tmp_path: Path
) -> None:
    choice = next(
        c
        for c in project.codings(layer="coder", code="integration")
        if c.document_id in {d.id for d in project.documents() if d.lang == "sv"}
    )
    project.pin_exemplar(choice.id, "lena")
    project.translate_coding(choice.id, "en", "We cannot win on pay.", choice.coder)
    said = project.build_summary(layer="coder", codes=["integration"], lang="en")
    first = said.themes[0].quotes[0]
    assert first.text == "We cannot win on pay." and first.original and first.original_lang == "sv"
    assert project.coding_texts([choice])[0].split()[0] in first.original
    assert all(q.original is None for q in said.themes[0].quotes[1:])
    # a name on the key is hidden there too; the original may open with "…" where the
    # quote cuts into a sentence (e7fffb2f), and "…" is no name (a real name has a letter)
    key_name = next(w.strip(",.…") for w in first.original.split() if any(c.isalpha() for c in w))
    project.set_pseudonym(key_name, "Xyz", "lena")
    for suffix in (".md", ".html", ".docx", ".xlsx"):
        path = project.export_summary(
            tmp_path / f"s{suffix}", layer="coder", codes=["integration"], lang="en"
        )
        if suffix == ".docx":
            text = "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
        elif suffix == ".xlsx":
            book = openpyxl.load_workbook(path)
            sheet = book["Quotes"]  # headed by the theme's name since 9183881, not "Code"
            assert "Original" in [c.value for c in sheet[1]]
            text = "\n".join(str(c.value) for row in sheet.iter_rows() for c in row)
        else:
            text = path.read_text("utf-8")
        assert "We cannot win on pay." in text and "Original" in text, suffix
        assert "Xyz" in text and not re.search(rf"\b{re.escape(key_name)}\b", text), suffix
