"""The contact patterns run the personnummer and phone part on a text only where one can
begin (six digits, "+" and a digit, or a trunk 0, at an edge): a codings export's ids and
times no longer run it in vain. Every text whose digits the part finds still runs it."""

from __future__ import annotations

import random
import uuid

from qualcode.export import contacts
from qualcode.export.pseudonyms import Key

DIGITS = contacts._compiled(("digits",))

WRITTEN = [
    "Ring 070-123 45 67 eller +46 70 123 45 67.",
    "(08)(12)(34)(56) och 0701234567",
    "Personnummer 19850312-1234, 850312-1234 och 198503121234.",
    "+4 6 7 0 1 2 3 4 5 6",
    "datum 2026-12-04T18:43:00.000123+00:00, kl. 18:43",
    "060-19 10 00, 0(0)123 45 67, ＋46 70 123 45 67",
    "id=3f2a0b1c-9d4e-4f5a-8b6c-7d8e9f0a1b2c/070-1234567",
    "ett fel: 12-34, 1 2, 0 1, 01",
]


def _texts() -> list[str]:
    rng = random.Random(39)
    ids = [str(uuid.UUID(int=rng.getrandbits(128), version=4)) for _ in range(3000)]
    times = [
        f"2026-12-{d:02d}T{h:02d}:{m:02d}:05.{rng.randrange(10**6):06d}+00:00"
        for d, h, m in zip(range(1, 29), range(24), range(0, 60, 2), strict=False)
    ]
    digits = "0123456789 -()+"
    made = ["".join(rng.choice(digits) for _ in range(rng.randrange(6, 20))) for _ in range(3000)]
    return [*WRITTEN, *ids, *times, *made, *(f"x{t}" for t in made[:500])]


def test_no_text_left_unread_holds_a_number_the_part_finds() -> None:
    for text in _texts():
        pattern = contacts.pattern_for(text)
        if pattern is None or "pnr" not in pattern.groupindex:
            assert DIGITS.search(text) is None or not contacts._HINTS["digits"].search(text)


def test_most_ids_no_longer_run_the_part() -> None:
    ids = [t for t in _texts() if len(t) == 36 and t.count("-") == 4]
    read = [t for t in ids if (p := contacts.pattern_for(t)) and "pnr" in p.groupindex]
    assert len(read) < len(ids) // 5  # before: every id with a digit, a hyphen and a digit


def test_a_codings_time_no_longer_runs_the_part() -> None:
    pattern = contacts.pattern_for("2026-12-04T18:43:00.000123+00:00")
    assert pattern is None or "pnr" not in pattern.groupindex


def test_numbers_are_replaced_as_before() -> None:
    key = Key({}, contacts={"phone": "[telefon]", "personnummer": "[pnr]", "email": "[e]"})
    assert key.apply(WRITTEN[0]) == "Ring [telefon] eller [telefon]."
    # twelve digits alone only when the check digit holds, which this one's does not
    assert key.apply(WRITTEN[2]) == "Personnummer [pnr], [pnr] och 198503121234."
    assert key.apply(WRITTEN[4]) == WRITTEN[4]
