"""A .qdpx's own member of qualcode's (``qualcode/project.json``) keeps its field names
through the pseudonym key. The member went through the key whole, so a name Code on it
wrote "IPX_keys" for "code_keys" (the field's words read as a file name's), and the file
read back without the code keys it carries (pseudo49). What the fields hold still goes
through the key: a coder's name in them is printed as the coders' key prints her."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pytest

from qualcode import Project

# slow: writes the demo's whole .qdpx
pytestmark = pytest.mark.slow


def test_a_name_that_is_a_field_names_word_leaves_the_field_as_written(
    demo_file: Path, tmp_path: Path
) -> None:
    copy = tmp_path / "p.db"
    shutil.copy(demo_file, copy)
    with Project.open(copy) as project:
        project.set_pseudonym("Code", "IPX", "lena")
        project.set_pseudonym("Roles", "IPY", "lena")
        keys = {c.id: c.key for c in project.store.codes.list()}
        package = project.export_qdpx(tmp_path / "p.qdpx", viewer="lena")
    with zipfile.ZipFile(package) as archive:
        meta = json.loads(archive.read("qualcode/project.json"))
    assert "code_keys" in meta and "roles" in meta, sorted(meta)
    assert meta["code_keys"] == keys  # the demo's keys name no one
    assert not any("IPX" in field or "IPY" in field for field in meta)


def test_the_fields_values_still_go_through_the_key(demo_file: Path, tmp_path: Path) -> None:
    copy = tmp_path / "p.db"
    shutil.copy(demo_file, copy)
    with Project.open(copy) as project:
        project.set_pseudonym("mission_dialogue", "IPZ", "lena")
        package = project.export_qdpx(tmp_path / "p.qdpx", viewer="lena")
    with zipfile.ZipFile(package) as archive:
        meta = json.loads(archive.read("qualcode/project.json"))
    assert "mission_dialogue" not in json.dumps(meta)
    assert "ipz" in meta["code_keys"].values() or "IPZ" in json.dumps(meta), meta["code_keys"]
