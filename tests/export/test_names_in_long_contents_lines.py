"""A contents page read as one long line (a PDF's, its leaders and page numbers kept:
"Omvärldsanalys... 7 Framåtblick... 9 ...") is a contents line, not prose, however many
words it holds: counted as running text for its length, its capitalised compounds of
common words were proposed for the key as names used in a sentence. A name in the
document's prose is still proposed."""

from __future__ import annotations

from qualcode.export.name_lines import running_lines
from qualcode.export.names import find_names
from qualcode.project.common_words import common_compounds, ordinary_words

CONTENTS = (
    "2 Innehåll Inledning Bakgrund Ansvarsområde... 3 Omvärldsanalys... 7 Framåtblick... 9 "
    "Verksamhetsplan Personalplan Kvalitetsarbete Uppföljning Måluppfyllelse Arbetsmiljöplan\n\n"
    "Enheten leds av Siv Granqvist, som kom från Vallentuna förra året.\n"
)


def test_a_long_contents_line_is_no_running_text() -> None:
    assert not running_lines(CONTENTS)(CONTENTS.index("Kvalitetsarbete"))


def test_its_compounds_are_no_names() -> None:
    found = {
        c.word
        for c in find_names({"p.txt": CONTENTS}, (), ordinary_words(), compound=common_compounds())
    }
    assert not found & {"Kvalitetsarbete", "Personalplan", "Arbetsmiljöplan", "Verksamhetsplan"}
    assert {"Siv", "Granqvist", "Vallentuna"} <= found
