"""A value of one look with another document's is refused (``doc_checks.AttributeLooks``,
red team 42), but a document's own value is no other document's: the one document
holding '\u200benhetschef' (written before the rule) was refused 'enhetschef' as reading
like the value "other documents have", and could not be given its old value back either
(a character that shows as nothing is refused as typed), so the lead could never set it
right (review42). Values are counted by the documents holding them. And a value held with
such a character is no form to type: the plain one goes in beside it, so documents from
before the rule (or a .qdpx's, whose variables are taken as they are) can be set right."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import ValidationError
from tests.conftest import SV_TEXT

HIDDEN = "\u200benhetschef"  # a zero-width space before it
CYRILLIC = "enhetsch\u0435f"  # a Cyrillic е: typed so, it is typed again so


def _study(path: Path, hidden_on: tuple[str, ...], held: str = HIDDEN) -> Path:
    """Three interviews; ``hidden_on`` hold the role as ``held`` (straight into the file,
    as a project from before the rule holds it)."""
    project = Project.create(path)
    with project:
        project.add_coder("lena", role="lead")
        project.act_as("lena")
        for n, place in enumerate(("Åby", "Ekstad", "Norrvik"), start=1):
            project.import_text(f"ip{n}.txt", SV_TEXT.replace("Åby", place), lang="sv")
        ids = {d.name: d.id for d in project.documents()}
    with sqlite3.connect(path) as conn:
        conn.executemany(
            "INSERT INTO attributes (document_id, key, value) VALUES (?, 'role', ?)",
            [(ids[name], held) for name in hidden_on],
        )
    conn.close()
    return path


def _roles(path: Path) -> dict[str, str | None]:
    with Project.open(path) as project:
        return {d.name: d.attributes.get("role") for d in project.documents()}


def test_the_one_document_holding_it_is_set_right(tmp_path: Path) -> None:
    path = _study(tmp_path / "p.db", ("ip1.txt",))
    with Project.open(path) as project:
        project.act_as("lena")
        project.set_attributes("ip1.txt", {"role": "enhetschef"}, "lena")
        project.set_attributes("ip2.txt", {"role": "enhetschef"}, "lena")
    assert _roles(path) == {"ip1.txt": "enhetschef", "ip2.txt": "enhetschef", "ip3.txt": None}


def test_another_document_holding_it_still_refuses(tmp_path: Path) -> None:
    path = _study(tmp_path / "p.db", ("ip1.txt", "ip2.txt"), CYRILLIC)
    with Project.open(path) as project:
        project.act_as("lena")
        for name in ("ip1.txt", "ip3.txt"):
            with pytest.raises(ValidationError, match="which other documents have"):
                project.set_attributes(name, {"role": "enhetschef"}, "lena")
    assert _roles(path) == {"ip1.txt": CYRILLIC, "ip2.txt": CYRILLIC, "ip3.txt": None}


def test_a_value_held_with_a_character_unseen_is_set_right_everywhere(tmp_path: Path) -> None:
    # two documents hold it: neither could be set to the plain value while the other held
    # it, nor given it back (refused as typed), and no new document could take the plain one
    path = _study(tmp_path / "p.db", ("ip1.txt", "ip2.txt"))
    with Project.open(path) as project:
        project.act_as("lena")
        for name in ("ip3.txt", "ip1.txt", "ip2.txt"):
            project.set_attributes(name, {"role": "enhetschef"}, "lena")
    assert set(_roles(path).values()) == {"enhetschef"}


def test_a_name_held_with_a_character_unseen_is_no_name_to_type(tmp_path: Path) -> None:
    path = _study(tmp_path / "p.db", ())
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO attributes (document_id, key, value) SELECT id, 'role\u200b', 'chef' "
            "FROM documents WHERE name = 'ip1.txt'"
        )
    conn.close()
    with Project.open(path) as project:
        project.act_as("lena")
        project.set_attributes("ip2.txt", {"role": "enhetschef"}, "lena")
        with pytest.raises(ValidationError, match="reads as 'role'"):
            project.set_attributes("ip3.txt", {"Role": "chef"}, "lena")
    assert _roles(path)["ip2.txt"] == "enhetschef"


def test_a_sheet_reads_each_row_against_the_values_as_they_stand(tmp_path: Path) -> None:
    # ip1's row takes the hidden value away from the only document holding it, so ip2's
    # row is of no look another document has (the sheet's kept values follow each row)
    path = _study(tmp_path / "p.db", ("ip1.txt",))
    sheet = tmp_path / "sheet.csv"
    sheet.write_text("file,role\nip1.txt,chef\nip2.txt,enhetschef\n", encoding="utf-8")
    with Project.open(path) as project:
        project.act_as("lena")
        project.load_attribute_sheet(sheet, "lena")
    assert _roles(path) == {"ip1.txt": "chef", "ip2.txt": "enhetschef", "ip3.txt": None}
