"""Committee minutes saved from a PDF as plain text: the running head, the page numbers and
the signature box left out on every page, a minutes' items ("§ 14 ...") and their "Beslut"
apart from the sentences around them, whether the pages are parted by form feeds
(pdftotext) or not at all (a copy out of a PDF viewer, ``pdftotext -nopgbrk``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode.ingest import read_document
from qualcode.ingest.page_marks import marked_pages

HEAD = "BYHOLMS KOMMUN\nPROTOKOLL FRÅN SAMMANTRÄDE\nOmsorgsnämnden\nDatum 2031-04-02\n\n"
FOOT = "\n\nJusterare sign\tUtdrag bestyrks\n"
BODIES = [
    "Närvarande ledamöter: Åsa Ek, ordförande; Bo Ling\nUtses att justera: Bo Ling",
    "§ 7 Dnr ON 2031/3 Redovisning av läget i gruppen för\nbarn och unga\n"
    "Chefen berättar att gruppen saknar fyra handläggare sedan i vintras och att de som\n"
    "finns kvar har fler ärenden än de hinner med under en vanlig vecka.\n"
    "Beslut\nNämnden beslutar att lägga redovisningen till handlingarna.",
    "§ 8 Dnr ON 2031/5 Ekonomisk rapport efter första kvartalet i år för nämnden\n"
    "Ekonomen visar att kostnaden för inhyrd personal har stigit jämfört med förra\n"
    "året och att nämnden går mot ett underskott.\n"
    "Beslut\nNämnden beslutar att godkänna rapporten.",
    "§ 9 Meddelanden\nInga meddelanden finns.",
]
PAGES = [f"{HEAD}Sida {n}({len(BODIES)})\n\n{body}{FOOT}" for n, body in enumerate(BODIES, 1)]
FURNITURE = ("BYHOLMS", "PROTOKOLL FRÅN", "Datum 2031", "Sida", "Justerare sign", "bestyrks")


def _paragraphs(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "protokoll.txt"
    path.write_text(text, encoding="utf-8")
    return read_document(path).text.split("\n\n")


@pytest.mark.parametrize("between", ["\f", ""], ids=["form feeds", "no page breaks"])
def test_minutes_saved_as_text_lose_their_page_furniture(tmp_path: Path, between: str) -> None:
    text = "\n".join(_paragraphs(tmp_path, between.join(PAGES)))
    assert not [part for part in FURNITURE if part in text]
    assert "Närvarande ledamöter: Åsa Ek" in text and "Inga meddelanden finns." in text


@pytest.mark.parametrize("between", ["\f", ""], ids=["form feeds", "no page breaks"])
def test_a_minutes_items_and_decisions_stand_apart(tmp_path: Path, between: str) -> None:
    paragraphs = _paragraphs(tmp_path, between.join(PAGES))
    # before: the item's title read into its first sentence, "Beslut" into the decision
    assert "§ 7 Dnr ON 2031/3 Redovisning av läget i gruppen för\nbarn och unga" in paragraphs
    assert "§ 8 Dnr ON 2031/5 Ekonomisk rapport efter första kvartalet i år för nämnden" in (
        paragraphs
    )
    assert paragraphs.count("Beslut") == 2
    assert "Nämnden beslutar att godkänna rapporten." in paragraphs
    assert any(p.startswith("Chefen berättar") and p.endswith("vanlig vecka.") for p in paragraphs)


def test_a_text_whose_pages_are_not_numbered_in_order_is_as_written(tmp_path: Path) -> None:
    """Page numbers that do not follow one another (two pages, or numbers in the talk) cut
    no pages: an interview saying "sida 3" keeps every line."""
    text = (
        "I: Vad stod det på sida 3 (5)?\nR: Att nämnden vill spara.\n"
        "I: Och på sida 2?\nR: Inget om det.\nDatum\nSida 1\n"
    )
    assert marked_pages(text) is None
    assert _paragraphs(tmp_path, text) == [text.strip()]
