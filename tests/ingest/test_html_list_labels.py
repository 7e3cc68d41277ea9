"""A page's list items keep the number or bullet a browser draws: a plan published as a
web page came in with its numbered goals as bare sentences ("Sjukfrånvaron ska minska.",
no "2."), as Word's and LibreOffice's lists did."""

from __future__ import annotations

from pathlib import Path

from qualcode.ingest import read_document

PAGE = """<html><head><meta charset="utf-8"></head><body>
<p>Nämnden har mål.</p>
<ol><li>Ärendetaket hålls.</li><li><p>Sjukfrånvaron minskar.</p>
<ol type="a"><li>Mätt varje tertial.</li></ol></li><li>Fler stannar.</li></ol>
<ol start="7"><li>Sjunde målet.</li><li value="10">Tionde målet.</li><li></li></ol>
<p>Åtgärder:</p><ul><li>Ärendetak: femton utredningar.</li></ul><p>Slut.</p>
</body></html>"""


def test_numbers_and_bullets_as_a_browser_draws_them(tmp_path: Path) -> None:
    path = tmp_path / "plan.html"
    path.write_text(PAGE, encoding="utf-8")
    assert read_document(path).text.split("\n\n") == [
        "Nämnden har mål.",
        "1. Ärendetaket hålls.",
        "2. Sjukfrånvaron minskar.",
        "a. Mätt varje tertial.",
        "3. Fler stannar.",
        "7. Sjunde målet.",
        "10. Tionde målet.",
        "Åtgärder:",
        "• Ärendetak: femton utredningar.",
        "Slut.",
    ]
