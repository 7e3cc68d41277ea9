"""A speaker labelled by her first name is proposed with her surname where the text
writes it ("Per:" and "Jag, Per Nilsson, ..."): the surname alone and the whole name take
her pseudonym. Apart, "Per Nilsson" was printed "IP2 N2" in every export, a participant
and someone else. A surname written after two first names is no one speaker's."""

from __future__ import annotations

from pathlib import Path

from tests.project.name_proposal_kit import sv_and_en

PER = (
    "I: Berätta om dig själv.\n\n"
    "Per: Jag, Per Nilsson, var samordnare. Nilsson är ett vanligt namn här.\n\n"
    "I: Och teamet?\n\n"
    "Per: Där fanns Anna Ek och Lars Ek, syskon.\n"
)
SIOBHAN = (
    "I: Who are you?\n\n"
    "Siobhan: I am Siobhan Walsh, and the team calls me Walsh.\n\n"
    "I: Thanks.\n\n"
    "Siobhan: You are welcome.\n"
)


def test_a_speakers_surname_takes_her_pseudonym(tmp_path: Path) -> None:
    with sv_and_en(tmp_path / "p.db", PER, SIOBHAN, ("ip_01.txt", "ip_02.txt")) as project:
        found = {c.real: (c.pseudonym, c.kind) for c in project.suggest_pseudonyms("lena")}
        put, _ = project.apply_suggested_pseudonyms("lena", ["speaker"])
        key = project.pseudonym_key(viewer="lena")
    assert found["Nilsson"] == found["Per Nilsson"] == ("IP1", "speaker"), found
    assert found["Walsh"] == found["Siobhan Walsh"] == ("IP2", "speaker"), found
    assert found["Ek"][0] not in ("IP1", "IP2"), found  # Anna's and Lars's: no speaker's
    assert {"Per Nilsson", "Nilsson", "Siobhan Walsh"} <= {c.real for c in put}
    assert key.apply("Jag, Per Nilsson, var samordnare.") == "Jag, IP1, var samordnare."
