"""A participant's name kept as a document's attribute goes on the key with the others.

A team's attributes sheet often holds a column of names ('namn': "Mats Holmqvist"). The
key took "Mats", the speaker label, so the codings export and the .qdpx printed the
attribute as "IP1 Holmqvist": `pseudonym suggest` read names in the texts and the memos,
never in the attributes (red team 39). Now it reads them too, but not the place, role,
date, language or interviewer, which are read apart."""

from __future__ import annotations

import csv
from pathlib import Path

from qualcode import Project
from tests.conftest import project_with
from tests.hostile.hostile_kit import qualcode

TALK = (
    "I: Hur ser uppdraget ut hos er?\n\n"
    "Mats: Vi pratar mer med politikerna nu, det är en dialog.\n\n"
    "I: Och budgeten?\n\n"
    "Mats: Den följer behoven bättre nu.\n"
)
ATTRIBUTES = {"namn": "Mats Holmqvist", "interviewer": "Fiona Berg", "role": "chef"}


def test_suggest_proposes_the_name_in_an_attribute(tmp_path: Path) -> None:
    with project_with(tmp_path / "p.db", ("ip_01.txt", TALK), attributes=ATTRIBUTES) as p:
        proposed = {c.real: c.pseudonym for c in p.suggest_pseudonyms("lena")}
    assert proposed.get("Holmqvist") == "IP1" or proposed.get("Mats Holmqvist") == "IP1"
    assert not {"Fiona", "Berg", "Fiona Berg"} & set(proposed)


def test_the_export_prints_no_surname_after_apply(tmp_path: Path) -> None:
    project_with(tmp_path / "p.db", ("ip_01.txt", TALK), attributes=ATTRIBUTES).close()
    with Project.open(tmp_path / "p.db") as p:
        doc = p.documents()[0].id
        p.act_as("lena")
        p.add_code("mission", {"sv": "Uppdrag", "en": "Mission"})
        p.add_coding(doc, TALK.index("Vi pratar"), TALK.index(", det är"), "mission", "lena")
    applied = qualcode(tmp_path / "p.db", "pseudonym", "suggest", "--apply", coder="lena")
    assert applied.status == 0, applied.stderr
    out = tmp_path / "codings.csv"
    wrote = qualcode(tmp_path / "p.db", "export", "codings", "-o", str(out), coder="lena")
    assert wrote.status == 0, wrote.stderr
    rows = list(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert rows and "Holmqvist" not in out.read_text(encoding="utf-8-sig")
    assert rows[0]["namn"] == "IP1"
