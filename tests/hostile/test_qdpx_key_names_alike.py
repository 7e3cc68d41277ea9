"""A .qdpx's pseudonym key never replaces the project's entry for a name the project keys
in another case or composition. ``set_pseudonym`` reads "vendela rask" as Vendela Rask's
entry and replaces her pseudonym, but the import's own check (the project keys that name
already: said in one line, the project's key stands) compared the names letter for
letter, so a file keying "Vendela Rask" as N1 silently turned the project's "vendela
rask" -> P7 into N1, and every quote already sent out as P7 was printed as N1 after it
(hostile50)."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from tests.export.test_refi_key_travels import _study


@pytest.mark.parametrize("held", ["vendela rask", "VENDELA RASK"])
def test_a_name_keyed_alike_keeps_the_project_s_pseudonym(tmp_path: Path, held: str) -> None:
    with _study(tmp_path / "a.db") as p:
        qdpx = p.export_qdpx(tmp_path / "lossless.qdpx", real_names=True, viewer="lena")
    with Project.create(tmp_path / "b.db") as fresh:
        fresh.add_coder("lena", role="lead")
        fresh.set_pseudonym(held, "P7", "lena")
        report = fresh.act_as("lena", "lena").import_qdpx(qdpx)
        key = {e.real.casefold(): e.pseudonym for e in fresh.store.pseudonyms.list()}
    assert key == {"vendela rask": "P7", "skönsberg": "Ort A"}
    [said] = [s for s in report.skipped if "pseudonym key" in s]
    assert said.startswith("lossless.qdpx: pseudonym key: 'N1' not restored; the project keys")
    assert "'P7'" in said and "\n" not in said
