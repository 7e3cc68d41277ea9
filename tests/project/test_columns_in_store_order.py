"""The codings a theme summary reads once (``coding_columns.read_columns``) are read in no
order and sorted in numpy as the store sorts them (perf42): by the document's name,
import time and id, then start, end, the code's key, the coder's name and the layer.
Sorted by anything else (a row number, the order the rows came in), the frames, the
quotes chosen among equal passages and every table built of them would come out in
another order than ``store.codings.rows`` gives. Here every one of those keys decides:
two documents share a name, the codes and coders were made in another order than their
keys and names sort in (capitals, then small letters, then "Å"), a removed code's key
is taken again, and the consensus lies on a coder's passage."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from qualcode import Project
from qualcode.model import Turn, Unit
from qualcode.project.coding_columns import _joined, _rows_read, held_columns, reading_once
from tests.conftest import store_document

TEXT = "Vi pratade om uppdraget. Sedan kom sommaren. Vi pratade igen i höstas.\n"


def _mixed(path: Path) -> Project:
    """A project whose store order no row number follows (see the module's words)."""
    project = Project.create(path)
    for name, role in (("lena", "lead"), ("Åsa", "coder"), ("anna", "coder"), ("Zed", "coder")):
        project.add_coder(name, role=role)
    project.act_as("lena")
    for key in ("zeta", "mid_2", "alpha", "mid"):
        project.add_code(key, {"sv": key.capitalize()})
    docs = [
        store_document(project, name, TEXT + tail, [Turn(0, None, 0, len(TEXT))], [Unit(0, 0, 24)])
        for name, tail in (("b.txt", ""), ("a.txt", "Ett."), ("a.txt", "Två."))
    ]
    _coded(project, docs)
    store = project.store
    with store.transaction():  # its codings stay: written before it was removed
        store.codes.retire(store.codes.id_for_key("alpha"), None)
    project.add_code("alpha", {"sv": "Alfa"})  # the key taken again
    _coded(project, docs, ["alpha"])
    return project


def _coded(project: Project, docs: list[str], keys: list[str] | None = None) -> None:
    """Three passages of each document coded with each live code (of ``keys``): first
    the consensus, then by the three coders in the order of their row numbers."""
    store = project.store
    people = {c.name: c.id for c in store.coders.list()}
    codes = [c.id for c in store.codes.list() if keys is None or c.key in keys]
    with store.transaction():
        for doc in docs:
            for start, end in ((25, 45), (0, 45), (0, 24)):
                for code in codes:
                    store.codings.insert(  # the layer alone sets it apart from Zed's own
                        document_id=doc,
                        start=start,
                        end=end,
                        code_id=code,
                        coder_id=people["Zed"],
                        layer="consensus",
                        origin="decision",
                    )
                    for name in ("Zed", "Åsa", "anna"):
                        store.codings.insert(
                            document_id=doc,
                            start=start,
                            end=end,
                            code_id=code,
                            coder_id=people[name],
                            origin="manual" if name != "anna" else "import",
                        )


def _in_store_order(project: Project) -> None:
    """The columns read once are ``store.codings.rows`` row for row, and the frames made
    of them the frames read alone."""
    fields = ("id", "document_id", "start", "end", "code", "coder", "layer", "origin")
    stored = project.store.codings.rows(fields=fields)
    alone = {layer: project.frames(layer=layer)["codings"] for layer in (None, "coder")}
    with reading_once(project):
        held = held_columns(project)
        assert held is not None
        read = held.frame_columns(None)
        assert list(zip(*(read[f].tolist() for f in fields), strict=True)) == stored
        for layer, frame in alone.items():
            pd.testing.assert_frame_equal(project.frames(layer=layer)["codings"], frame)


def test_the_columns_are_in_the_stores_order(tmp_path: Path) -> None:
    with _mixed(tmp_path / "p.db") as project:
        assert len(project.store.codings.rows()) == 3 * 3 * 5 * 4
        _in_store_order(project)


def test_each_field_read_as_one_text_is_what_the_rows_hold(tmp_path: Path) -> None:
    """Each field is read as one text of every coding's value and parted again
    (``_joined``, perf42); a coding whose id holds the separator (an id from elsewhere)
    cannot be parted so, and the columns are read as rows instead: the same either way."""
    with _mixed(tmp_path / "p.db") as project:
        store = project.store
        assert sorted(zip(*_joined(store), strict=True)) == sorted(
            zip(*_rows_read(store), strict=True)
        )
        doc = store.documents.summaries()[0].id
        with store.transaction():
            store.codings.insert(
                document_id=doc,
                start=1,
                end=9,
                code_id=store.codes.id_for_key("mid"),
                coder_id=store.coders.by_name("anna").id,
                coding_id="from,elsewhere",
            )
        columns = _joined(store)
        assert "from,elsewhere" in columns[0].tolist()
        assert len(columns[0]) == len(store.codings.rows(fields=("id",)))
        _in_store_order(project)
