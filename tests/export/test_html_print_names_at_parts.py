"""A document's name in the printed web summary's decisions appendix breaks between its
parts, after an underscore, never inside a word. Printed from Chromium, the demo's
consensus summary set "Kommun_C_01_socialsekreterare" as "Kommun_C" / "_01_socials" /
"ekreterare" in a column squeezed to a few letters, as the Word file does not (render44)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.export.browser_kit import decided_summary, needs_print, printed_text

# slow: prints a whole html summary in headless Chromium
pytestmark = pytest.mark.slow

NAME = "kommun_c_01_socialsekreterare.txt"
SENTENCES = (
    "Nämnden träffar handläggarna varje månad och talar om vad uppdraget kräver av dem.",
    "Budgeten följer behoven i stället för förra årets ram under hela perioden framåt.",
    "Nyanställda får en mentor och en mindre ärendemängd under det första halvåret här.",
)
WHY = "Passagen beskriver förändringen och problemet, så det längre spannet står kvar i sin helhet."


def _parts(printed: str) -> list[str]:
    """The lines of ``printed`` holding a piece of the document's name, as printed."""
    return [line for line in printed.splitlines() if "kommun" in line or "_0" in line]


@needs_print
def test_a_printed_document_name_breaks_between_its_parts(tmp_path: Path) -> None:
    page = decided_summary(tmp_path, NAME, SENTENCES, WHY, participants=["johan", "karin"])
    printed = printed_text(page)
    appendix = printed[printed.index("Motivering") :]
    lines = _parts(appendix)
    assert lines, appendix
    assert "socialsekreterare" in appendix, lines  # was "kommun_c" / "_01_socials" / ...
