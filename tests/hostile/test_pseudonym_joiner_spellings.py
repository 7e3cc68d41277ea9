"""A name on the pseudonym key holding a hidden mark is found without it (red team, round
12).

Persian writers put the zero-width non-joiner inside a compound name ("نیک‌نام") or leave
it out ("نیکنام"), and the key already took the two for one name when comparing entries.
Its pattern, though, asked the text for every character of the key's spelling, the mark
too: the lead put "نیک‌نام" on the key, the transcript said "نیکنام", and the real name
stood in every export. The same held for a soft hyphen or zero-width space typed into a
key entry ("Ka­rin" found no "Karin"). A mark in the key's spelling is now one of the
marks a name may hold between its letters, or not.
"""

from __future__ import annotations

import pytest

from qualcode.export.pseudonyms import Key

ON_KEY = {"نیک\u200cنام": "IP1", "Ka\u00adrin Ek": "IP2", "\u200bLindqvist": "IP3"}


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("من با نیکنام صحبت کردم", "من با IP1 صحبت کردم"),
        ("من با نیک\u200cنام صحبت کردم", "من با IP1 صحبت کردم"),
        ("R: Karin Ek ringde.", "R: IP2 ringde."),
        ("R: Ka\u00adrin Ek ringde.", "R: IP2 ringde."),
        ("R: Lindqvist svarade.", "R: IP3 svarade."),
    ],
)
def test_the_name_is_found_with_the_mark_or_without(text: str, shown: str) -> None:
    key = Key(ON_KEY)
    assert key.apply(text) == shown
    assert key.leaks(text) and not key.leaks(shown)
