"""The blind view covers the store's other reads too (helper "pseudo"): karin, blind, read
from Python the case discussion (`project.store.comments.list()`, the lead's words on
johan's and her passages), johan's memo by trying id prefixes one hex digit at a time
(`store.memos.get`), every rater's spans (`store.codings.rater_spans`) and johan's
codings, memos and statuses as his package would hold them (`store.exchange`), while the
service's own doors refused her cases, his memos, agreement and his package. (The raw
connection, `store.db`, is the file itself: no view holds against it.)"""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.project import BlindError
from tests.conftest import team_project

TEXT = "R: Vi pratade om uppdraget med nämnden. Det blev bättre efter det.\n"


@pytest.fixture
def path(tmp_path: Path) -> Path:
    made, doc = team_project(tmp_path / "p.db", document=("ip1.txt", TEXT))
    made.act_as("johan", "johan")
    his = made.add_coding(doc, 3, 38, "mission", "johan")
    made.add_memo("coding", his.id, "johan", "johans egen tanke")
    made.act_as("karin", "karin")
    made.add_coding(doc, 3, 60, "mission", "karin")
    made.set_status(doc, "karin", "done")
    made.act_as("johan", "johan").set_status(doc, "johan", "done")
    lena = made.act_as("lena", "lena")
    case = lena.cases()[0]
    lena.comment(case.case.id, "lena", "johan tog bara första meningen")
    made.close()
    return tmp_path / "p.db"


def test_a_coder_reads_none_of_it(path: Path) -> None:
    with Project.open(path) as p:
        karin = p.act_as("karin", "karin")
        assert karin.store.comments.list() == []
        prefixes = [f"{n:x}" for n in range(16)] + [f"{n:02x}" for n in range(256)]
        found = [karin.store.memos.get(prefix) for prefix in prefixes]
        assert not [m for m in found if m is not None and m.author != "karin"]
        docs = [d.id for d in karin.documents()]
        codes = [c.id for c in karin.codebook()]
        with pytest.raises(BlindError):
            karin.store.codings.rater_spans(docs, codes)
        johan = karin.store.coders.by_name("johan")
        for read in (
            lambda: karin.store.exchange.coder_codings(johan.id),
            lambda: karin.store.exchange.memos_by("johan"),
            lambda: karin.store.exchange.statuses(johan.id),
        ):
            with pytest.raises(BlindError):
                read()
        me = karin.store.coders.by_name("karin")
        assert len(karin.store.exchange.coder_codings(me.id)) == 1


def test_nor_one_document_or_coding_at_a_time(path: Path) -> None:
    """Red team, round 5: ``exchange.status_row`` asked for each document in turn said
    which ones johan had finished (``exchange.statuses`` refused him whole), and
    ``exchange.get_coding`` handed over his coding whole given its id."""
    with Project.open(path) as p:
        his = p.act_as("lena", "lena").codings(coder="johan")[0].id
        karin = p.act_as("karin", "karin")
        doc = karin.documents()[0].id
        johan, me = (karin.store.coders.by_name(n) for n in ("johan", "karin"))
        with pytest.raises(BlindError):
            karin.store.exchange.status_row(doc, johan.id)
        assert karin.store.exchange.status_row(doc, me.id)["status"] == "done"
        assert karin.store.exchange.get_coding(his) is None
        mine = karin.codings()[0].id
        assert karin.store.exchange.get_coding(mine)["coder_id"] == me.id


def test_the_lead_reads_all_of_it(path: Path) -> None:
    with Project.open(path) as p:
        lena = p.act_as("lena", "lena")
        assert [c.text for c in lena.store.comments.list()] == ["johan tog bara första meningen"]
        memo = next(m for m in lena.store.memos.list() if m.author == "johan")
        assert lena.store.memos.get(memo.id[:8]) == memo
        docs = [d.id for d in lena.documents()]
        assert len(lena.store.codings.rater_spans(docs, [c.id for c in lena.codebook()])) == 2
        johan = lena.store.coders.by_name("johan")
        assert lena.store.exchange.status_row(docs[0], johan.id)["status"] == "done"


def test_nor_a_colleagues_undone_acceptance(path: Path) -> None:
    """Red team, round 5: a suggestion johan accepted and then took back (its coding
    removed) stays pending for his next run, and ``store.suggestions.kept_pending`` gave
    it to karin with its code, passage and his name as the engine's learner."""
    with Project.open(path) as p:
        johan = p.act_as("johan", "johan")
        doc = johan.documents()[0].id
        made = johan.suggest([doc], min_score=0.0)
        johan.remove_coding(johan.accept_suggestions([made[0].id], "johan")[0])
        assert [s.id for s in johan.store.suggestions.kept_pending([doc])] == [made[0].id]
        assert p.act_as("karin", "karin").store.suggestions.kept_pending([doc]) == []
