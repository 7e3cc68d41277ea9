"""A participant's name spelled by chance in the bytes of an HTML summary's chart.

The HTML summary carries each theme's chart inline, as a PNG in base64: hundreds of
thousands of letters and digits, parted by '+' and '/', which the read-back of an export
read as words. A short name on the pseudonym key ('Max', 'Eva', 'Bo') between two of those
marks is spelled there by chance, and the lead's summary was refused for a name it never
held (a chart's .png inside a .docx was never read). An image's data is left out of the
read-back; its alt text, which names the theme, is read as before.
"""

from __future__ import annotations

import pytest

from qualcode.errors import OutputError
from qualcode.export.pseudonyms import Key, check_files, leaks_in_files

KEY = Key({"Max": "IP1", "Eva Lund": "IP2"})


def _page(alt: str, data: str) -> bytes:
    return f"<p>Uppdrag</p><img alt='{alt}' src='data:image/png;base64,{data}'>".encode()


def test_a_name_spelled_in_a_charts_data_refuses_nothing() -> None:
    page = _page("Uppdrag", "iVBORw0KGgo+Max/AAAA+eva/lund+EVA/LUND==")
    assert leaks_in_files(KEY, {"s.html": page}) == {}
    check_files(KEY, {"s.html": page})  # written


def test_a_name_in_the_images_alt_text_is_still_refused() -> None:
    page = _page("Max om uppdraget", "iVBORw0KGgo=")
    assert leaks_in_files(KEY, {"s.html": page}) == {"s.html": ["Max"]}
    with pytest.raises(OutputError, match="IP1"):
        check_files(KEY, {"s.html": page})


def test_words_written_as_image_data_in_the_text_are_read() -> None:
    """Only an image's source is left out: a passage that spells a data address (escaped,
    as every text of the page is) still has its names read."""
    page = b"<p>data:image/png;base64,Max sa att src=&#x27;data:image/png;base64,Max</p>"
    assert leaks_in_files(KEY, {"s.html": page}) == {"s.html": ["Max"]}
