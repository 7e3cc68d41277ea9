"""An interviewee whose transcript's head names her ("Intervjuperson: Birgitta Holmqvist,
enhetschef") above turns labelled "IP:" was two people in print: her turns cited as IP1,
her name on the key as a person of her own (N1), so her quote read "jag heter N1" beside
"IP1"; and set to IP1 by hand, her name took the number from her and she was cited as IP2
(user50). Her name and its parts are proposed under her citation, and her number stays
hers where the key gives it to the name her head says."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import project_with

# Invented for this test.
HEAD = "Intervju 7\n\nIntervjuare: Ulrika Sandström. Intervjuperson: Birgitta Holmqvist, chef.\n\n"
TALK = (
    "Intervjuare: Hur såg det ut när du började?\n\n"
    "IP: Ja, jag heter Birgitta och ärendemängden var orimlig.\n\n"
    "Intervjuare: Vad hände sedan?\n\n"
    "IP: Politikerna kom och lyssnade på oss.\n"
)


def test_her_name_is_proposed_as_her_citation(tmp_path: Path) -> None:
    with project_with(tmp_path / "p.db", ("intervju_7.txt", HEAD + TALK)) as project:
        project.act_as("lena")
        proposed = {c.real: c.pseudonym for c in project.suggest_pseudonyms("lena")}
        assert proposed["Birgitta Holmqvist"] == proposed["Birgitta"] == "IP1", proposed
        assert proposed["Holmqvist"] == "IP1"
        assert proposed["Ulrika Sandström"] != "IP1"  # the interviewer is someone else
        project.apply_suggested_pseudonyms("lena", ("speaker", "person", "other"))
        assert list(project.speaker_pseudonyms().values()) == [{"IP": "IP1"}]
        key = project.pseudonym_key(viewer="lena")
    assert key.apply("Ja, jag heter Birgitta Holmqvist.") == "Ja, jag heter IP1."


def test_her_number_set_by_hand_stays_hers(tmp_path: Path) -> None:
    with project_with(tmp_path / "p.db", ("intervju_7.txt", HEAD + TALK)) as project:
        project.act_as("lena")
        project.set_pseudonym("Birgitta Holmqvist", "IP1", "lena")
        assert list(project.speaker_pseudonyms().values()) == [{"IP": "IP1"}]


def test_a_number_given_to_someone_else_still_moves_her(tmp_path: Path) -> None:
    with project_with(tmp_path / "p.db", ("intervju_7.txt", HEAD + TALK)) as project:
        project.act_as("lena")
        project.set_pseudonym("Karl Berg", "IP1", "lena")  # not the one her head names
        assert list(project.speaker_pseudonyms().values()) == [{"IP": "IP2"}]
