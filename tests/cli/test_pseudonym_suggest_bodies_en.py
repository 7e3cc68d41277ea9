"""`qualcode pseudonym suggest` on an English council report (eyes10): the subject of a
national body's name ("Department of Health", "Ministry of Justice") and an ordinary word
heading one ("Skills for Care") name no place and are not proposed, so `--apply` never
prints "Department of Place C"; a place after "of" or "in" still is one."""

from __future__ import annotations

from pathlib import Path

from tests.cli.cli_kit import proposed
from tests.conftest import project_with

# written for this test: a council's workforce report
REPORT = (
    "Workforce report\n\n"
    "The plan follows guidance prepared on behalf of the Department of Health’s workforce "
    "group and draws on ideas in Skills for Care’s retention toolkit. Probation staff "
    "seconded from the Ministry of Justice joined the team. Most of the people of "
    "Harrowfield who left social work moved to jobs in Dunmoor.\n"
)


def test_a_bodys_name_is_not_proposed_a_place_still_is(tmp_path: Path) -> None:
    path = tmp_path / "study.db"
    project_with(path, ("report.txt", REPORT), lang="en").close()
    found = proposed(path, "lena")
    for word in ("Health", "Skills", "Justice"):
        assert word not in found, (word, found.get(word))
    assert found["Harrowfield"]["kind"] == "place"
    assert found["Dunmoor"]["kind"] == "place"
