"""A blind coder's view of the store fails closed. Each part of it (``blind_parts.py``,
``blind_team.py``) passed every method it did not define straight to the store's
repository, everyone's work: ``codings.each`` gave a blind coder every colleague's
codings until perf43 found it, and any read added to a repository later would have done
the same. Now a method passes only when ``blind_passes.py`` names it (with why), the
reads of colleagues' work that passed are held to her own, and anything else is refused."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from qualcode.project import BlindError
from qualcode.project.blind_passes import PASSES, REFUSED
from qualcode.project.blind_view import StoreView
from qualcode.store import Store
from qualcode.store.codings import CodingRepo
from tests.project.team_kit import agreed_and_decided


def _parts() -> dict[str, Any]:
    """Each part of a blind coder's view, by the store repository it stands for."""
    store = Store.memory()
    view = StoreView(store, None, True, None, "say who acts")
    parts = view.__dict__["_apart"]
    store.close()
    return parts


def test_every_repository_method_is_decided_for_a_blind_coder() -> None:
    """A method added to a store repository fails here until someone decides: wrap it on
    its part (a read of colleagues' work, held to hers) or name it in ``PASSES``."""
    store = Store.memory()
    undecided: dict[str, list[str]] = {}
    stale: dict[str, list[str]] = {}
    for repo, part in _parts().items():
        assert part.repo == repo
        methods = {n for n in dir(type(getattr(store, repo))) if not n.startswith("_")}
        defined = {n for n in vars(type(part)) if not n.startswith("_") and n != "repo"}
        passes, refused = set(PASSES[repo]), set(REFUSED.get(repo, {}))
        undecided[repo] = sorted(methods - defined - passes - refused)
        # a name no method has, or decided twice, is a decision gone stale
        stale[repo] = sorted(
            ((passes | refused) - methods) | (passes & defined) | (refused & (passes | defined))
        )
    store.close()
    assert set(PASSES) == set(_parts())
    decided = (*PASSES.values(), *REFUSED.values())
    assert all(reason.strip() for names in decided for reason in names.values())
    assert undecided == {repo: [] for repo in undecided}
    assert stale == {repo: [] for repo in stale}


def test_a_read_no_one_decided_is_refused(tmp_path: Path, monkeypatch: Any) -> None:
    """A repository read added later (here: everyone's codings, under a new name) is
    refused to a blind coder in one line, and reaches a lead's unblinded store as ever."""

    def everyone(self: CodingRepo) -> int:
        return len(self.rows())

    monkeypatch.setattr(CodingRepo, "everyone", everyone, raising=False)
    project, _ = agreed_and_decided(tmp_path / "t.db")
    with project:
        project.act_as("karin")
        with pytest.raises(BlindError, match=r"^blind coding keeps each coder's work apart"):
            project.store.codings.everyone()
        with pytest.raises(BlindError, match=r"coders\.held is not open"):
            project.store.coders.held  # noqa: B018
        with pytest.raises(AttributeError):
            project.store.codings._no_such_thing  # noqa: B018
        assert not hasattr(project.store.codings, "__no_such_dunder__")
        project.act_as("lena")
        assert project.store.codings.everyone() == 4


def test_codings_reads_that_passed_hold_hers(tmp_path: Path) -> None:
    project, doc = agreed_and_decided(tmp_path / "t.db")
    with project:
        project.act_as("karin")
        karin = project.store.coders.by_name("karin").id
        johan = project.store.coders.by_name("johan").id
        mine = {c.id for c in project.codings()}
        n, (ids, coders) = project.store.codings.joined(["id", "coder_id"], ",")
        assert n == len(mine) == 2
        assert set(ids.split(",")) == mine and set(coders.split(",")) == {karin}
        assert project.store.codings.coded_documents() == 1
        assert project.store.codings.coded_documents(coder_ids=[johan]) == 0
        assert not project.store.codings.layer_has_codings("consensus")
        assert project.store.codings.layer_has_codings("coder", [doc])
        code = project.store.codes.id_for_key("mission")
        assert project.store.codings.on_removed_documents(code) == 0
        project.act_as("lena")
        project.remove_document(doc, "taken out to count", actor="lena")
        # johan's coding and the consensus stood there too: karin is told of her two only
        project.act_as("karin")
        assert project.store.codings.on_removed_documents(code) == 2
        project.act_as("lena")
        assert project.store.codings.on_removed_documents(code) > 2


def test_a_lead_reads_everyones_through_the_same_names(tmp_path: Path) -> None:
    project, _ = agreed_and_decided(tmp_path / "t.db")
    with project:
        project.act_as("lena")
        n, _ = project.store.codings.joined(["id"], ",")
        assert n == 4  # karin's two, johan's one and the consensus the decision made
        assert project.store.codings.layer_has_codings("consensus")
        decisions = [d.id for d in project.store.decisions.all()]
        assert decisions and project.store.decisions.consensus_codings_of(decisions)


def test_decisions_and_consensus_stay_the_leads(tmp_path: Path) -> None:
    project, _ = agreed_and_decided(tmp_path / "t.db")
    with project:
        (decision,) = project.store.decisions.all()
        project.act_as("karin")
        assert project.store.decisions.in_force(decision.case_id) == []
        assert project.store.decisions.consensus_codings_of([decision.id]) == []
        assert project.store.decisions.consensus_codes([decision.id]) == {}


def test_a_colleagues_memos_and_suggestions_are_unknown_ids(tmp_path: Path) -> None:
    project, doc = agreed_and_decided(tmp_path / "t.db")
    with project:
        project.act_as("johan")
        memo = project.add_memo("code", "mission", "johan", "his own reading").id
        johan = project.store.coders.by_name("johan").id
        code = project.store.codes.id_for_key("mission")
        row = {"document_id": doc, "start": 0, "end": 5, "code_id": code, "score": 0.9}
        project.act_as("lena")
        project.store.exchange.insert_suggestion(
            {
                **row,
                "id": "s-johan",
                "method": "keyword",
                "evidence": json.dumps({"learned_from": "johan"}),
                "model_version": "test",
                "status": "rejected",
                "decided_by": johan,
                "decided_at": "2026-01-01T00:00:00Z",
                "created_at": "2026-01-01T00:00:00Z",
            }
        )
        project.act_as("karin")
        ex = project.store.exchange
        assert ex.memo_row(memo) is None and ex.memo_author(memo) is None
        assert not ex.has_memo(memo)
        assert ex.suggestion_row("s-johan") is None
        with pytest.raises(BlindError, match="karin reads only her own work"):
            ex.rejections(johan)
        with pytest.raises(BlindError, match="karin reads only her own work"):
            ex.live_twin(doc, row, code, johan)
        project.act_as("johan")
        assert project.store.exchange.memo_author(memo) == "johan"
        assert project.store.exchange.suggestion_row("s-johan") is not None


def test_the_teams_training_state_is_not_hers(tmp_path: Path) -> None:
    """The team's fingerprint, or johan's, moves when johan codes: karin could watch it
    do so. Hers is all she is given, whoever's she asks for."""
    project, doc = agreed_and_decided(tmp_path / "t.db")
    with project:
        project.act_as("karin")
        johan = project.store.coders.by_name("johan").id
        asked = (project.store.suggestions.training_state(), _state(project, johan))
        project.act_as("johan")
        unit = project.units(doc)[1]  # which karin alone coded
        project.add_coding(doc, unit.start, unit.end, "mission", "johan")
        project.act_as("karin")
        assert (project.store.suggestions.training_state(), _state(project, johan)) == asked
        project.act_as("lena")
        assert _state(project, johan) != asked[1]


def _state(project: Any, coder_id: str) -> str:
    return str(project.store.suggestions.training_state(coder_id))


def test_a_colleagues_proposed_code_is_no_taken_id(tmp_path: Path) -> None:
    project, doc = agreed_and_decided(tmp_path / "t.db")
    with project:
        project.act_as("johan")
        unit = project.units(doc)[0]
        proposed = project.propose_code(doc, unit.start, unit.end, "his own idea", "johan")
        project.act_as("karin")
        assert proposed.code_id not in project.store.codes.taken_ids()
        assert project.store.codes.id_for_key("mission") in project.store.codes.taken_ids()
        project.act_as("johan")
        assert proposed.code_id in project.store.codes.taken_ids()
