"""The store a blind coder's requests read through (``StoreView``) passed every attribute
it did not wrap straight to the full store: ``project.store.database`` (the file's
connection, every table), ``store.transaction()``'s connection, ``settings`` (a
colleague's own setting), ``documents``' kept reads. Now every attribute is a part that
holds her own work, one ``blind_passes.py`` passes with why, or refused in one line; an
attribute added to ``Store`` later is refused until someone decides. Each door a blind
coder has (the pandas API, exports, the CLI, search, the audit view, suggestions, the
agenda) still works for what she may see, and none hands her johan's coding, his memo or
the lead's words on the case."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app
from qualcode.project import BlindError
from qualcode.project.blind_passes import STORE_PASSES, STORE_REFUSED
from qualcode.project.blind_view import StoreView
from qualcode.store import Store
from tests.conftest import team_project

HIS_MEMO = "johans egen tanke"
LEADS_WORDS = "lenas ord om fallet"


@pytest.fixture
def path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("QUALCODE_SEMANTIC", "off")
    monkeypatch.delenv("QUALCODE_CODER", raising=False)
    made, doc = team_project(tmp_path / "p.db")
    made.act_as("johan", "johan")
    his = made.add_coding(doc, 3, 38, "mission", "johan")
    made.add_memo("coding", his.id, "johan", HIS_MEMO)
    made.act_as("karin", "karin")
    hers = made.add_coding(doc, 3, 60, "mission", "karin")
    made.add_memo("coding", hers.id, "karin", "karins egen tanke")
    lena = made.act_as("lena", "lena")
    lena.comment(lena.cases()[0].case.id, "lena", LEADS_WORDS)
    made.close()
    return tmp_path / "p.db"


def test_every_attribute_of_the_store_is_decided_for_a_blind_coder() -> None:
    """An attribute added to ``Store`` fails here until someone decides: a part, passed
    with why (``STORE_PASSES``), or refused (``STORE_REFUSED``)."""
    store = Store.memory()
    view = StoreView(store, None, True, None, "say who acts")
    parts = set(view.__dict__["_apart"])
    own = {n for n in vars(StoreView) if not n.startswith("_")}
    passes, refused = set(STORE_PASSES), set(STORE_REFUSED)
    names = {n for n in dir(store) if not n.startswith("_")}
    store.close()
    assert names - parts - own - passes - refused == set()
    assert (passes | refused) - names == set()  # a decision about a name gone is stale
    assert not (parts & passes or parts & refused or passes & refused or own & passes)
    assert all(why.strip() for why in (*STORE_PASSES.values(), *STORE_REFUSED.values()))


def test_the_connection_and_undecided_names_are_refused(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(Store, "everyone", property(lambda s: s.codings), raising=False)
    with Project.open(path) as p:
        karin = p.act_as("karin", "karin")
        for name in ("database", "everyone", "open"):
            with pytest.raises(BlindError, match=rf"^blind coding .*store's {name} is not open"):
                getattr(karin.store, name)
        with karin.store.transaction() as db:
            assert db is None  # the connection a transaction yields: every table
        with pytest.raises(BlindError, match=r"documents\.held is not open"):
            karin.store.documents.held  # noqa: B018
        with pytest.raises(BlindError, match=r"documents\.db is not open"):
            karin.store.documents.db  # noqa: B018
        johan = karin.store.coders.by_name("johan").id
        with pytest.raises(BlindError, match=r"^blind coding: karin cannot read johan's own"):
            karin.store.settings.get(f"accept_all_threshold.{johan}")
        assert karin.store.settings.get("blind") is None
        lena = p.act_as("lena", "lena")
        assert lena.store.database.path == path and lena.store.everyone is not None
        with lena.store.transaction() as db:
            assert db is not None


def test_each_door_shows_her_own_work_only(path: Path, tmp_path: Path) -> None:
    with Project.open(path) as p:
        karin = p.act_as("karin", "karin")
        frames = karin.frames()
        assert set(frames["codings"]["coder"]) == {"karin"}
        assert [h.text for h in karin.search_text("nämnden")] == ["nämnden"]
        assert {e.actor for e in karin.audit()} == {"karin"}
        assert karin.suggestions() == []
        with pytest.raises(BlindError, match=r"^blind coding: karin cannot see the disagreement"):
            karin.agenda()
        written = [
            karin.export_codings(tmp_path / "mine.csv"),
            karin.export_memos(tmp_path / "memos.md", "karin"),
            karin.export_qdpx(tmp_path / "mine.qdpx"),
        ]
    got = CliRunner(env={"QUALCODE_CODER": "karin"}).invoke(
        app, ["-p", str(path), "export", "codings", str(tmp_path / "cli.csv")]
    )
    assert got.exit_code == 0, got.output
    written.append(tmp_path / "cli.csv")
    for file in written:
        text = _text(file)
        assert "karin" in text, file.name
        for theirs in ("johan", HIS_MEMO, LEADS_WORDS):
            assert theirs not in text, (file.name, theirs)
    assert (tmp_path / "mine.csv").read_text(encoding="utf-8-sig").count("\n") == 2


def _text(file: Path) -> str:
    if file.suffix != ".qdpx":
        return file.read_text(encoding="utf-8-sig")
    with zipfile.ZipFile(file) as archive:
        return " ".join(archive.read(n).decode("utf-8") for n in archive.namelist())
