"""A lead naming a new code for a passage in the coding screen (`p`, as NVivo's "code to
new node") got a proposal waiting for her own review: until she found the theme view and
accepted it, agreement's codes, the theme summary and its themes left her code out without
a word (user50b). A lead's new code joins the codebook at once; a coder's stays proposed."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import MISSION_TEXT, team_project


def test_a_lead_s_new_code_is_in_the_codebook_at_once(tmp_path: Path) -> None:
    made, doc = team_project(tmp_path / "p.db", document=("ip1.txt", MISSION_TEXT))
    with made:
        unit = made.units(doc)[0]
        made.act_as("lena")
        coding = made.propose_code(doc, unit.start, unit.end, "Staff churn", "lena")
        key = next(c.key for c in made.codebook() if c.id == coding.code_id)
        assert key == "staff_churn"
        assert made.code_status(key)[0] == "active"
        assert key in made._rated_codes(None)  # agreement rates it
        made.act_as("karin")
        theirs = made.propose_code(doc, unit.start, unit.end, "Veckomöten", "karin")
        other = next(c.key for c in made.codebook() if c.id == theirs.code_id)
        assert made.code_status(other) == ("proposed", "karin")
