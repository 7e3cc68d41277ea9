"""A page saved from a site (a council's plan or minutes published on the web) imports as
its text: headings, paragraphs, list items and table rows apart, without the site's menus,
banner, cookie notice and footer."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode.errors import IngestError
from qualcode.ingest import read_document
from tests.ingest.reading_kit import read_written

PAGE = """<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8">
<title>Plan för arbetsmiljö | Kommunen</title><script>var spår = 1;</script></head><body>
<div role="dialog">Vi använder kakor. <button>Godkänn alla</button></div>
<header><a href="/">Kommunen</a><nav><ul><li>Förskola</li><li>Avfall</li></ul></nav>
<form role="search"><input name="q"><button>Sök</button></form></header>
<nav aria-label="Brödsmulor"><ol><li>Start</li><li>Omsorg</li></ol></nav>
<main><h1>Plan för arbetsmiljö</h1>
<p>Nämnden vill minska sjukfrånvaron.</p><p>Cheferna får fler   medarbetare&nbsp;att stödja.</p>
<h2>Mål</h2><ul><li>färre ärenden per handläggare</li><li>bättre introduktion</li></ul>
<table><tr><th>Mål</th><th>Mått</th></tr><tr><td>Ärenden</td><td>högst 18</td></tr></table>
</main><aside><h2>Relaterade sidor</h2><a href="/x">Familjehem</a></aside>
<footer><p>Kommunen 2024</p><a href="/kakor">Om kakor</a></footer></body></html>"""


def test_a_saved_page_is_its_text_without_the_sites_furniture(tmp_path: Path) -> None:
    raw = read_written(tmp_path / "plan.html", PAGE)
    assert raw.text.split("\n\n") == [
        "Plan för arbetsmiljö",
        "Nämnden vill minska sjukfrånvaron.",
        "Cheferna får fler medarbetare att stödja.",
        "Mål",
        "• färre ärenden per handläggare",  # the bullets a browser draws (html_lists)
        "• bättre introduktion",
        "Mål\tMått",
        "Ärenden\thögst 18",
    ]
    assert len(raw.turns) == 8 and raw.metadata["format"] == "html"
    for furniture in ("kakor", "Förskola", "Sök", "Brödsmulor", "Start", "Familjehem", "2024"):
        assert furniture not in raw.text


def test_a_page_of_only_menus_is_refused_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "meny.htm"
    path.write_text("<html><body><nav><a href='/'>Start</a></nav></body></html>", "utf-8")
    with pytest.raises(IngestError, match=r"^meny\.htm: the page shows no text"):
        read_document(path)
