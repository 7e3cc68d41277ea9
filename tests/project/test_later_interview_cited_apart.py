"""An interview imported after the key was filled never takes a pseudonym already given.

A participant is cited, and proposed for the key, as ``IP<n>`` by her interview's place in
name order. Importing "aby_00" after "aby_01" (Anna, keyed IP1) and "aby_02" (Bo, IP2) made
the new participant IP1 too: quotes cited both as IP1 and `pseudonym suggest --apply` keyed
her so, two people printed as one in every export.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from qualcode import Project


def _talk(name: str) -> str:
    return f"I: Hur är det med uppdraget?\n\n{name}: Vi pratar om uppdraget med nämnden.\n"


def test_a_later_interview_takes_a_free_number(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.db") as p:
        p.add_coder("lena", role="lead")
        p.add_code("mission", {"sv": "Uppdrag"})
        p.act_as("lena")
        p.import_text("aby_01.txt", _talk("Anna"), lang="sv")
        p.import_text("aby_02.txt", _talk("Bo"), lang="sv")
        p.apply_suggested_pseudonyms("lena", ["speaker"])
        assert {k.real: k.pseudonym for k in p.pseudonyms("lena")} == {"Anna": "IP1", "Bo": "IP2"}
        doc = p.import_text("aby_00.txt", _talk("Cecilia"), lang="sv")
        proposed = {c.real: c.pseudonym for c in p.suggest_pseudonyms("lena", names=False)}
        assert proposed["Cecilia"] not in ("IP1", "IP2")
        turn = next(t for t in p.store.documents.turns(doc.id) if t.speaker == "Cecilia")
        p.add_coding(doc.id, turn.start, turn.end, "mission", "lena")
        target = tmp_path / "codings.csv"
        p.export_codings(target, viewer="lena")
        rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8-sig"))))
        cited = {v for row in rows for v in row.values() if v.startswith("IP")}
        assert cited == {proposed["Cecilia"]}
        p.apply_suggested_pseudonyms("lena", ["speaker"])
        keyed = {k.real: k.pseudonym for k in p.pseudonyms("lena")}
        assert len(set(keyed.values())) == 3
