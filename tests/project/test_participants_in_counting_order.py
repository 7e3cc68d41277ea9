"""A report split by participant lists them as they are counted: "IP2" before "IP10" and
"IP3" before "IP3a", those not given last. Sorted as text, the demo's crosstab read "IP1,
IP10, IP12, IP13, IP2" across a paper's table (review46). The text is written for the test.
"""

from __future__ import annotations

from pathlib import Path

from tests.conftest import team_project

TEXT = (
    "Intervjuare: Hur var hösten?\n\n"
    "Vendela Rask: Vi fick fler barn i samma rum.\n\n"
    "Tore Lindahl: Ingen frågade oss först.\n\n"
    "Saga Björk: Arbetslaget planerade ändå veckan.\n\n"
    "Mirja Holm: Fredagarna blev våra.\n"
)
KEYED = (("Vendela Rask", "IP10"), ("Tore Lindahl", "IP2"), ("Saga Björk", "IP3a"))
KEYED += (("Mirja Holm", "IP3"),)


def test_participants_are_listed_as_counted(tmp_path: Path) -> None:
    project, doc = team_project(tmp_path / "p.db", document=("fsk.txt", TEXT))
    with project:
        project.act_as("lena")
        for real, pseudonym in KEYED:
            project.set_pseudonym(real, pseudonym, "lena", kind="speaker")
        project.act_as("karin")
        for turn in project.store.documents.turns(doc):
            project.add_coding(doc, turn.start, turn.end, "mission", "karin")
        project.act_as("lena")
        cross = project.report_crosstab("participant")
        table = project.report_frequencies(by=["participant"], lang="en")
        unnamed = project.report_frequencies(by=["participant"])
    counted = ["IP2", "IP3", "IP3a", "IP10", "not given"]
    assert list(cross.columns) == [*counted, "total"]
    assert table["participant"].tolist() == counted
    assert unnamed["participant"].tolist()[:4] == counted[:4]
    assert unnamed["participant"].isna().tolist() == [False] * 4 + [True]
