"""`pseudonym suggest` proposes a name with a particle or an apostrophe whole.

"Sean O'Neill" was proposed as "Neill" (the finder read a capitalised word from its second
capital on) and went out as "Sean O'N4"; "Anna af Klint" as "Anna" alone (the surname a
word, "klint", and no candidate), and went out as "N2 af Klint".
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from qualcode import Project

TALK = (
    "I: Vem hjälpte er?\n\n"
    "Karin: Sean O'Neill från universitetet räknade på konsulterna, och Anna af Klint "
    "i nämnden drev frågan. Sedan kom Hans von Essen och lyssnade på oss.\n\n"
    "I: Och sedan?\n\n"
    "Karin: Det var af Klint som ringde, och von Essen höll med O'Neill om budgeten.\n"
)


def test_whole_names_proposed_and_none_left_in_part(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.db") as p:
        p.add_coder("lena", role="lead")
        p.add_code("mission", {"sv": "Uppdrag"})
        p.act_as("lena")
        doc = p.import_text("aby_01.txt", TALK, lang="sv")
        proposed = {c.real: c.pseudonym for c in p.suggest_pseudonyms("lena")}
        assert {"Sean O'Neill", "Anna af Klint", "Hans von Essen"} <= proposed.keys()
        assert "Neill" not in proposed
        assert proposed["Anna af Klint"] == proposed["Anna"]
        p.apply_suggested_pseudonyms("lena", ["speaker", "person", "other"])
        for turn in p.store.documents.turns(doc.id):
            if turn.speaker == "Karin":
                p.add_coding(doc.id, turn.start, turn.end, "mission", "lena")
        target = tmp_path / "codings.csv"
        p.export_codings(target, viewer="lena")
    text = " ".join(
        " ".join(row.values())
        for row in csv.DictReader(io.StringIO(target.read_text(encoding="utf-8-sig")))
    )
    assert "drev frågan" in text
    left = {w for w in ("Sean", "Neill", "Klint", "Essen", "Anna", "Hans") if re.search(w, text)}
    assert left == set(), text
    assert not re.search(r"\b(?:af|von) N\d", text)
