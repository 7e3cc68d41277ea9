"""The read-back of an export's XML for names on the key finds the pieces between tags
once and joins them twice (with spaces, and without), instead of substituting the tags
twice: the texts it reads are the very ones the two substitutions made (perf40: a codings
workbook's sheet holds 25 million tags)."""

from __future__ import annotations

import io
import re
import zipfile
from html import unescape

from hypothesis import given, settings
from hypothesis import strategies as st

from qualcode.export.leaks import file_texts

_PIECES = st.sampled_from(
    [
        "<t>",
        "</t>",
        "<c r='A1' t=\"s\">",
        "<br/>",
        "Å",
        "by",
        " ",
        "\n",
        "&amp;",
        "&#197;",
        "&am",
        "p;",
        "&#x41;",
        "Anna",
        "<",
        ">",
        "x",
        "&",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECES, max_size=40))
def test_the_texts_read_back_are_those_of_the_two_substitutions(pieces: list[str]) -> None:
    xml = "".join(pieces)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("xl/worksheets/sheet1.xml", xml)
    ((part, text),) = list(file_texts("c.xlsx", buffer.getvalue()))
    spaced = unescape(re.sub(r"<[^>]+>", " ", xml))
    joined = unescape(re.sub(r"<[^>]+>", "", xml))
    assert part == "c.xlsx:xl/worksheets/sheet1.xml"
    assert text.startswith(f"xl/worksheets/sheet1.xml\n{spaced}\n{joined}\n")
