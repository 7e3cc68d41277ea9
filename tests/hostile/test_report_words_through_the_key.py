"""`qualcode report words` through the pseudonym key (red team 19).

Every report goes through the lead's key (README), but `report words` printed a colleague's
first name and surname ("torbjörn", "lind": a participant's "vår chef Torbjörn Lind")
among the words said most, whatever the key said of them. It now counts such a word as
its pseudonym; the words one pseudonym stands for are counted together, and a lead's
--real-names copy is as said. The TUI's search screen, a view of the stored text, lists
the words as said.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from qualcode import Project
from qualcode.model import Turn, Unit
from tests.conftest import store_document

SENTENCES = [
    "Vår chef Torbjörn Lind pratade med nämnden om uppdraget.",
    "Torbjörn ordnade möten där nämnden lyssnade på oss.",
    "Lind visade att konsulterna kostade mer än fler anställda.",
]
REAL = ("Torbjörn", "Lind", "Gunilla", "Berg")


def _study(lead_study: Callable[..., tuple[Project, dict[str, str]]]) -> tuple[Project, str]:
    """lena (lead) and karin; Gunilla Berg's interview (her turns labelled 'Gunilla', the
    file named after her) coded by karin; Gunilla Berg and Torbjörn Lind on the key."""
    project, _ = lead_study("karin")
    text = " ".join(SENTENCES)
    units, pos = [], 0
    for i, sentence in enumerate(SENTENCES):
        units.append(Unit(i, pos, pos + len(sentence)))
        pos += len(sentence) + 1
    doc = store_document(
        project, "intervju_Gunilla_Berg.txt", text, [Turn(0, "Gunilla", 0, len(text))], units
    )
    project.act_as("karin")
    for unit in units[:2]:
        project.add_coding(doc, unit.start, unit.end, "mission_dialogue", "karin")
    project.act_as("lena")
    for real, pseudonym, kind in [
        ("Gunilla Berg", "IP20", "speaker"),
        ("Gunilla", "IP20", "speaker"),
        ("Torbjörn Lind", "N1", "person"),
        ("Torbjörn", "N1", "person"),
        ("Lind", "N1", "person"),
    ]:
        project.set_pseudonym(real, pseudonym, "lena", kind=kind)
    return project, doc


def _named(text: str) -> list[str]:
    return [name for name in REAL if name.lower() in text.lower()]


def test_word_frequencies_report_counts_a_name_as_its_pseudonym(
    lead_study: Callable[..., tuple],
) -> None:
    project, _ = _study(lead_study)
    with project:
        words = {w.word: (w.count, w.documents) for w in project.report_words(viewer="lena")}
        assert not _named(" ".join(words)), sorted(words)
        assert words["N1"] == (4, 1)  # Torbjörn twice, Lind twice: one person
        stored = {w.word for w in project.word_frequencies()}
        assert {"torbjörn", "lind"} <= stored  # the search screen's words, as said
        own = {w.word for w in project.report_words(viewer="lena", real_names=True)}
        assert {"torbjörn", "lind"} <= own
        coded = {w.word for w in project.report_words(code="mission_dialogue", viewer="karin")}
        assert "N1" in coded and not _named(" ".join(coded))


def test_the_cli_prints_no_name_on_the_key(
    lead_study: Callable[..., tuple], tmp_path: Path
) -> None:
    from typer.testing import CliRunner

    from qualcode.cli import app

    project, _ = _study(lead_study)
    project.close()
    path = str(tmp_path / "study.db")
    env = {"QUALCODE_SEMANTIC": "off", "QUALCODE_CODER": "lena"}
    args = ["report", "words", "-f", "csv"]
    got = CliRunner().invoke(app, ["-p", path, *args], env=env)
    assert got.exit_code == 0, got.output
    assert "N1" in got.stdout and not _named(got.stdout), got.stdout
    own = CliRunner().invoke(app, ["-p", path, *args, "--real-names"], env=env)
    assert own.exit_code == 0, own.output
    assert "Torbjörn".lower() in own.stdout.lower()
