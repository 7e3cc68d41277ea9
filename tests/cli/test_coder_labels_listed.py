"""A coder's automatic label reads in the export's language, a typed one as typed, and
`pseudonym list` says which (pseudo40b).

A Swedish study: karin's label qualcode gave ("Kodare B", her name being a participant's
too) stayed "Kodare B" in English exports, as did johan's typed "Kodare J", and the list
showed only johan's, so a lead could not tell the two kinds apart.
"""

from __future__ import annotations

import json
from pathlib import Path

from qualcode import Project
from tests.cli.cli_kit import ok

TEXT = "I: Hur var det?\n\nKarin: Det var tungt, vi hade för många ärenden.\n"


def _study(path: Path) -> Path:
    with Project.create(path) as project:
        for name, role in (("lena", "lead"), ("Karin", "coder"), ("johan", "coder")):
            project.add_coder(name, role=role)
        project.act_as("lena")
        project.import_text("aby_01.txt", TEXT, lang="sv")
        project.apply_suggested_pseudonyms("lena", ["speaker"])
        project.set_pseudonym("johan", "Kodare J", "lena", kind="coder")
    return path


def test_an_automatic_label_translates_and_a_typed_one_stays(tmp_path: Path) -> None:
    path = _study(tmp_path / "p.db")
    with Project.open(path) as project:
        english = project.pseudonym_key(viewer="lena", lang="en")
        swedish = project.pseudonym_key(viewer="lena", lang="sv")
        assert (swedish.coder("Karin"), english.coder("Karin")) == ("Kodare B", "Coder B")
        assert (swedish.coder("johan"), english.coder("johan")) == ("Kodare J", "Kodare J")
    listed = json.loads(ok(path, "--coder", "lena", "pseudonym", "list", "-f", "json"))
    coders = {r["real"]: (r["pseudonym"], r["kind"]) for r in listed if "coder" in r["kind"]}
    assert coders == {"johan": ("Kodare J", "coder"), "Karin": ("Kodare B", "coder (automatic)")}
