"""Projects made by an older qualcode, opened by today's.

``old_projects/`` holds two small project files made with older checkouts' own CLI (the
demo's two transcripts, written for the project, and a three-code codebook; no real text):

- ``schema12_aa10b368.db``: the last commit before stop 39 (schema 12). Imported from
  ``/work/scratch/migrate40/home/anna.lind/intervjuer/``, aby_02 by its absolute path and
  aby_01 by a relative one; karin coded aby_02's title (0-53) and an answer, lena an
  answer, karin a turn of aby_01; a memo on aby_02.
- ``schema1_87920de0.db``: the first schema (87920de0, 2026-11-24), the same imports and
  codings with johan for lena, a memo on karin's title coding and lena's decision
  (accept:johan) on the answer both coded.
- ``schema1_491109d8.db``: qualcode's very first commit (a skeleton that could neither
  import nor load a codebook): lena, karin and johan, nothing else. Its migration 1 made
  the decisions table without ``case_id`` and ``superseded_at``.

Before stop 39 a document kept its file's path (a login's home folder in the file a lead
sends on), and the text above the first speaker label had no turn, so no sentence units.
Opened by today's code, both stayed so without a word.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from qualcode import Project
from qualcode.project.source_paths import spellings, upgraded
from tests.conftest import small_codebook, sql_rows

OLD = Path(__file__).parent / "old_projects"
FILES = ["schema12_aa10b368.db", "schema1_87920de0.db"]
TITLE = "Intervju 2, Åby, enhetschef barn och unga, 2024-03-14"


def _copy(tmp_path: Path, name: str) -> Path:
    target = tmp_path / "study.db"
    shutil.copyfile(OLD / name, target)
    return target


def _codings(path: Path) -> dict[str, tuple[str, int, int, str]]:
    """Every coding's document, offsets and the text they cover, read as SQL sees them."""
    rows = sql_rows(
        path,
        'SELECT c.id, d.name, c.start, c."end", d.text FROM codings c '
        "JOIN documents d ON d.id = c.document_id",
    )
    return {str(i): (str(n), int(s), int(e), str(t)[int(s) : int(e)]) for i, n, s, e, t in rows}


@pytest.mark.parametrize("name", FILES)
def test_an_old_project_keeps_no_path_and_its_title_gets_units(tmp_path: Path, name: str) -> None:
    path = _copy(tmp_path, name)
    assert b"anna.lind" in path.read_bytes()  # the fixture holds what it is meant to
    before = _codings(path)
    with Project.open(path) as project:
        upgrade = project.upgraded
        doc = project.document("aby_02_enhetschef.docx")
        turns = project.turns(doc.id)
        units = [doc.text[u.start : u.end] for u in project.units(doc.id)]
        other = project.document("aby_01_socialsekreterare.txt")
        other_turns = project.turns(other.id)
    assert upgrade is not None
    assert (upgrade.source_paths, upgrade.documents, upgrade.turns, upgrade.units) == (2, 1, 1, 1)
    assert upgrade.backup is not None and (tmp_path / upgrade.backup).exists()
    assert "2 documents" in upgrade.line() and upgrade.backup in upgrade.line()
    # the home folder is gone from the project file, its bytes too
    assert b"anna.lind" not in path.read_bytes()
    assert b"intervjuer/" not in path.read_bytes()
    # the title is a passage of nobody's with its unit; the interview's turns follow it
    assert turns[0].speaker is None and doc.text[turns[0].start : turns[0].end] == TITLE
    assert [t.idx for t in turns] == list(range(len(turns)))
    assert turns[1].speaker == "I"
    assert units[0] == TITLE
    assert other_turns[0].speaker == "Intervjuare"  # no text above its label: as it was
    # every coding covers the same text at the same offsets
    assert _codings(path) == before
    ((payload,),) = sql_rows(path, "SELECT payload FROM audit WHERE action = 'project.upgrade'")
    assert upgrade.backup in str(payload) and '"units": 1' in str(payload)


@pytest.mark.parametrize("name", FILES)
def test_the_upgrade_is_done_once(tmp_path: Path, name: str) -> None:
    path = _copy(tmp_path, name)
    Project.open(path).close()
    turns = sql_rows(path, "SELECT * FROM turns ORDER BY document_id, idx")
    units = sql_rows(path, "SELECT * FROM units ORDER BY document_id, idx")
    with Project.open(path) as again:
        assert again.upgraded is None
    assert sql_rows(path, "SELECT * FROM turns ORDER BY document_id, idx") == turns
    assert sql_rows(path, "SELECT * FROM units ORDER BY document_id, idx") == units
    assert len(sql_rows(path, "SELECT 1 FROM audit WHERE action = 'project.upgrade'")) == 1


def test_the_upgraded_title_reads_as_a_new_import_of_it(tmp_path: Path) -> None:
    """The turns and units the upgrade adds are those an import today makes of the same
    text: a title upgraded and a title imported are counted alike by agreement."""
    path = _copy(tmp_path, FILES[0])
    with Project.open(path) as project:
        doc = project.document("aby_02_enhetschef.docx")
        old = ([(t.speaker, t.start, t.end) for t in project.turns(doc.id)], project.units(doc.id))
        with Project.create(tmp_path / "new.db") as new:
            fresh = new.import_text("again", doc.text, lang=doc.lang)
            made = ([(t.speaker, t.start, t.end) for t in new.turns(fresh.id)], new.units(fresh.id))
    assert old == made


def test_a_new_project_has_nothing_to_upgrade(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.db") as project:
        project.import_text("intervju", "Titel\n\nI: Hur är det?\n\nR: Bra.\n", lang="sv")
    with Project.open(tmp_path / "p.db") as project:
        assert project.upgraded is None


def test_a_relative_path_upgraded_is_still_the_same_file() -> None:
    """An older import kept a relative path as given; its hash is one of the spellings
    the same file named so again is known by, wherever the upgrade ran."""
    assert upgraded("intervjuer/aby_01.txt") in spellings("intervjuer/aby_01.txt")
    assert upgraded("/home/anna/aby_01.txt") in spellings("/home/anna/aby_01.txt")
    assert "anna" not in upgraded("/home/anna/aby_01.txt").rpartition("/")[0]


@pytest.mark.parametrize(
    "kept", ["C:\\Users\\anna.lind\\intervjuer\\aby_01.txt", "D:/anna.lind/aby_01.txt"]
)
def test_a_path_written_on_windows_keeps_no_folder_here(kept: str) -> None:
    """A project made on Windows and opened on a Mac or Linux: to this system's paths the
    whole Windows path was one file name, and its folders stayed in the fingerprint."""
    made = upgraded(kept)
    assert made.endswith("/aby_01.txt") and "anna" not in made


def test_an_old_project_on_read_only_media_still_opens_as_it_stands(tmp_path: Path) -> None:
    """An archived project on a read-only disk opened with today's code before migration
    13; that migration adds nothing a read needs, so it still does, read as it was
    imported (nothing upgraded, nothing written), where it was refused as needing an
    upgrade it could not have."""
    from tests.hostile.disk_kit import read_only_tmpfs

    def fill(disk: Path) -> None:
        shutil.copyfile(OLD / FILES[0], disk / "study.db")

    for disk in read_only_tmpfs(tmp_path / "card", "4m", fill):
        path = disk / "study.db"
        before = path.read_bytes()
        with Project.open(path) as project:
            project.act_as("lena")
            assert project.upgraded is None
            doc = project.document("aby_02_enhetschef.docx")
            assert project.turns(doc.id)[0].speaker == "I"  # as imported
            assert len(project.codings()) == 4
        assert path.read_bytes() == before


def test_the_command_that_upgrades_says_so_in_one_line(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from qualcode.cli import app

    path = _copy(tmp_path, FILES[0])
    runner = CliRunner()
    first = runner.invoke(app, ["-p", str(path), "--coder", "lena", "docs", "list"])
    assert first.exit_code == 0, first.stderr
    (line,) = [s for s in first.stderr.splitlines() if s.startswith("upgraded")]
    assert "the file path of 2 documents replaced by a hash" in line
    assert "1 document made 1 passage (1 sentence unit)" in line and ".v12-" in line
    again = runner.invoke(app, ["-p", str(path), "--coder", "lena", "docs", "list"])
    assert again.exit_code == 0 and "upgraded" not in again.stderr


def test_the_first_commit_s_project_reconciles(tmp_path: Path) -> None:
    """Opened by today's code, `reconcile list` ended in a traceback ('no such column:
    d.case_id'); its decisions table gets the columns, and a case is decided in it."""
    from typer.testing import CliRunner

    from qualcode.cli import app

    path = _copy(tmp_path, "schema1_491109d8.db")
    listed = CliRunner().invoke(app, ["-p", str(path), "--coder", "lena", "reconcile", "list"])
    assert listed.exit_code == 0, listed.stderr
    with Project.open(path) as project:
        project.act_as("lena")
        project.apply_codebook(small_codebook())
        doc = project.import_text("ip1", "I: Hur är det?\n\nR: Vi har för många ärenden.\n")
        text = project.document(doc.id).text
        start = text.index("Vi har")
        project.add_coding(doc.id, start, len(text.rstrip()), "mission_dialogue", "karin")
        project.add_coding(doc.id, start, start + 6, "mission_dialogue", "johan")
        (case,) = project.cases(coders=["karin", "johan"])
        made = project.decide(
            case.case.id, "accept:karin", "Hela svaret.", "lena", coders=["karin", "johan"]
        )
    assert len(made) == 1
