"""A decoded file is refused as binary by its share of control characters
(textbytes._refuse_binary), counted by one regular-expression scan: the same
characters, the same threshold and the same first one named as a test of each."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qualcode.errors import IngestError
from qualcode.textbytes import read_text_bytes

ALLOWED = "\t\n\r\x0b\x0c\x1a"


def refused_char_by_char(text: str) -> bool:
    """The test as it was written before, character by character."""
    controls = [c for c in text if ord(c) < 32 and c not in ALLOWED]
    return "\x00" in text or len(controls) > 0.01 * len(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("aåö .\n\t\x0b\x1a\x01\x02\x1b\x1f\x7f"), max_size=300))
def test_refused_exactly_where_the_char_by_char_test_refused(text: str) -> None:
    try:
        read_text_bytes(text.encode("utf-8"), "t.txt")
        refused = False
    except IngestError:
        refused = True
    assert refused == refused_char_by_char(text)


def test_the_threshold_and_the_first_control_named() -> None:
    read_text_bytes(("a" * 97 + "\x1a\x0b\x02").encode("utf-8"), "t.txt")  # 1 of 100
    with pytest.raises(IngestError, match=r"control character 0x02 at character 98"):
        read_text_bytes(("a" * 97 + "\x1a\x02\x1b").encode("utf-8"), "t.txt")  # 2 of 100
