"""A page nesting ``@media screen`` thousands deep (review of red team round 12).

Round 12 read the rules inside ``@media screen`` by reading the block again for each
level, one Python call deeper each time: a page inserted into a .docx with three thousand
such levels stopped ``qualcode import`` with a RecursionError and its traceback, and two
hundred levels read the sheet two hundred times. The sheet is read in one pass now; the
rule at the bottom still hides its name.
"""

from __future__ import annotations

from pathlib import Path

from tests.hostile.hostile_kit import imported_page


def test_a_rule_thousands_of_screens_deep_hides_and_the_page_imports(tmp_path: Path) -> None:
    deep = 3000
    css = "@media screen {" * deep + ".dold { display: none }" + "}" * deep
    page = (
        f"<html><head><style>{css}</style></head><body>"
        "<p>IP: Vi byggde det tillsammans.</p><p class='dold'>Anna Lindqvist</p></body></html>"
    )
    text = imported_page(tmp_path, page)
    assert "Vi byggde det tillsammans." in text
    assert "Anna Lindqvist" not in text
