"""A .qdpx round trip keeps each coder's status of each document (user47). Agreement
counts, by default, the coders who marked documents done on the documents they all
finished; the file carried no status, so a lead who re-read her study through a .qdpx (as
the README advises, to segment old documents afresh) found every document "to do", the
agreement counting whoever had started, and a coder who had finished a document without
coding anything in it (she counts as having found nothing there) gone from the team."""

from __future__ import annotations

from pathlib import Path

from qualcode import Project
from tests.conftest import SV_TEXT, small_codebook
from tests.hostile.export_kit import rewritten


def _exported(tmp_path: Path) -> tuple[Path, dict[str, dict[str, str]]]:
    with Project.create(tmp_path / "a.db") as p:
        p.apply_codebook(small_codebook())
        p.add_coder("lena", role="lead")
        p.add_coder("karin")
        p.add_coder("johan")
        p.add_coder("mira")
        p.act_as("lena")
        one = p.import_text("aby_01.txt", SV_TEXT, lang="sv").id
        two = p.import_text("aby_02.txt", SV_TEXT + "\nSlut.\n", lang="sv").id
        for coder in ("karin", "johan"):
            p.act_as(coder)
            p.add_coding(one, 30, 80, "mission_dialogue", coder)
            p.set_status(one, coder, "done")
        p.act_as("karin")
        p.add_coding(two, 30, 80, "integration", "karin")  # started, not finished
        p.act_as("mira")  # finished the first, found nothing there: coded nothing at all
        p.set_status(one, "mira", "done")
        p.act_as("lena")
        statuses = {
            c: p.store.coders.statuses(p.store.coders.by_name(c).id)
            for c in ("karin", "johan", "mira")
        }
        named = {c: {p.document(d).name: s for d, s in by.items()} for c, by in statuses.items()}
        return p.export_qdpx(tmp_path / "a.qdpx"), named


def test_each_coder_s_status_of_each_document_comes_back(tmp_path: Path) -> None:
    qdpx, written = _exported(tmp_path)
    assert written["mira"] == {"aby_01.txt": "done"}
    with Project.create(tmp_path / "b.db") as fresh:
        fresh.import_qdpx(qdpx, arriving="lena")
        fresh.act_as("lena")
        store = fresh.store
        back = {
            c: {
                fresh.document(d).name: s
                for d, s in store.coders.statuses(store.coders.by_name(c).id).items()
            }
            for c in ("karin", "johan", "mira")
        }
        assert back == written
        with Project.open(tmp_path / "a.db") as before:
            assert fresh.agreement().scope == before.act_as("lena").agreement().scope


def test_statuses_that_name_no_one_or_no_status_are_passed_over(tmp_path: Path) -> None:
    """A damaged or hand-edited member: a status no coder has, a user or a source the file
    does not hold, are left out; the rest of the file comes in."""
    import json

    qdpx, _ = _exported(tmp_path)

    def sleeping_or_no_one(member: str) -> str:
        meta = json.loads(member)
        sleeping = {user: "sleeping" for user in meta["roles"]}
        meta["statuses"] = {
            "x": {"y": "done"},
            **{doc: {"nobody": "done", **sleeping} for doc in meta["languages"]},
        }
        return json.dumps(meta)

    plain = rewritten(qdpx, "qualcode/project.json", sleeping_or_no_one, tmp_path / "plain.qdpx")
    with Project.create(tmp_path / "c.db") as fresh:
        fresh.import_qdpx(plain, arriving="lena")
        store = fresh.store
        assert all(store.coders.statuses(c.id) == {} for c in store.coders.list())
        assert len(fresh.documents()) == 2 and len(store.codings.list()) == 3
