"""An OpenDocument text's list items keep the number or bullet LibreOffice draws before
them: read as paragraphs only, a plan's numbered goals came in as bare sentences, as a
Word document's did (tests/ingest/test_docx_list_labels.py). A nested list counts on its
own, starting over under each item; a list that continues the one before goes on."""

from __future__ import annotations

from pathlib import Path

from qualcode.ingest import read_document


def _plan(path: Path) -> Path:
    from odf.opendocument import OpenDocumentText
    from odf.text import List, ListItem, ListLevelStyleBullet, ListLevelStyleNumber, ListStyle, P

    document = OpenDocumentText()
    numbered = ListStyle(name="Mål")
    numbered.addElement(ListLevelStyleNumber(level=1, numformat="1", numsuffix="."))
    numbered.addElement(ListLevelStyleNumber(level=2, numformat="a", numsuffix=")"))
    bullets = ListStyle(name="Punkter")
    bullets.addElement(ListLevelStyleBullet(level=1, bulletchar="–"))
    document.automaticstyles.addElement(numbered)
    document.automaticstyles.addElement(bullets)

    def listed(style: str, items: list[str | list[str]], **more: str) -> List:
        made = List(stylename=style, **more)
        for item in items:
            if isinstance(item, list):
                made.lastChild.addElement(listed(style, item))  # nested under the last item
                continue
            entry = ListItem()
            entry.addElement(P(text=item))
            made.addElement(entry)
        return made

    document.text.addElement(P(text="Nämnden har mål för perioden."))
    document.text.addElement(listed("Mål", ["Ärendetaket hålls.", ["Femton per handläggare."]]))
    document.text.addElement(P(text="Och vidare:"))
    goals = ["Sjukfrånvaron minskar.", "Fler stannar."]
    document.text.addElement(listed("Mål", goals, continuenumbering="true"))
    document.text.addElement(listed("Punkter", ["Ärendetak: femton utredningar."]))
    document.save(str(path))
    return path


def test_numbers_letters_and_bullets_as_drawn(tmp_path: Path) -> None:
    text = read_document(_plan(tmp_path / "plan.odt")).text
    assert text.split("\n\n") == [
        "Nämnden har mål för perioden.",
        "1. Ärendetaket hålls.",
        "a) Femton per handläggare.",
        "Och vidare:",
        "2. Sjukfrånvaron minskar.",
        "3. Fler stannar.",
        "• Ärendetak: femton utredningar.",
    ]
