"""Within one snapshot (``Store.snapshot``, an export's reads) the documents' summaries,
their texts and a coder's statuses are read of the file once and given again while it is
unchanged (perf42: a theme summary on 1,000 documents read the summaries 19 times, the
statuses 29 and every text four). Each answer is what a reading of the file gives: the
same rows in the same order, a subset of the texts as asked, a change made meanwhile
seen at once, and no caller's list or dict shared with the next."""

from __future__ import annotations

from qualcode import Project
from tests.conftest import SV_TEXT


def _selects(project: Project, table: str) -> list[str]:
    """The statements reading ``table`` from now on, gathered as they run."""
    seen: list[str] = []

    def trace(sql: str) -> None:
        if f"FROM {table}" in sql and sql.lstrip().upper().startswith("SELECT"):
            seen.append(sql)

    project.store.database.conn.set_trace_callback(trace)
    return seen


def test_a_snapshot_reads_each_once_and_gives_the_files_answer(project: Project) -> None:
    store = project.store
    second = project.import_text("b_02.txt", SV_TEXT + "R: Tack.\n", lang="sv").id
    karin = store.coders.by_name("karin").id
    project.set_status(second, "karin", "done")
    ids = [d.id for d in store.documents.summaries()]
    alone = (store.documents.summaries(), store.documents.texts(ids), store.coders.statuses(karin))
    read = _selects(project, "documents")
    with store.snapshot():
        for _ in range(3):
            assert store.documents.summaries() == alone[0]
            assert store.documents.texts(ids) == alone[1]
            assert list(store.documents.texts(ids)) == list(alone[1])  # the same order
            assert store.documents.texts([second]) == {second: alone[1][second]}
            assert store.coders.statuses(karin) == alone[2]
        # read once each: the attributes and the documents for the summaries, the texts
        assert len(read) == 3
        mine = store.documents.summaries()
        mine.clear()
        store.coders.statuses(karin).clear()
        assert store.documents.summaries() == alone[0]  # no caller's list is kept
        assert store.coders.statuses(karin) == alone[2]
    store.database.conn.set_trace_callback(None)


def test_a_change_within_the_snapshot_is_read_at_once(project: Project) -> None:
    store = project.store
    (doc,) = [d.id for d in store.documents.summaries()]
    karin = store.coders.by_name("karin").id
    with store.snapshot():
        assert store.coders.statuses(karin).get(doc) is None
        project.set_status(doc, "karin", "done")
        assert store.coders.statuses(karin)[doc] == "done"
        before = store.documents.summaries()
        added = project.import_text("b_02.txt", SV_TEXT + "R: Tack.\n", lang="sv").id
        assert [d.id for d in store.documents.summaries()] == [*(d.id for d in before), added]
        assert set(store.documents.texts([doc, added])) == {doc, added}
    assert not store.held.kept  # nothing kept once the snapshot ends
