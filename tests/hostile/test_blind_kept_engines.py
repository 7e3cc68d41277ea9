"""A colleague's kept engine is his work (helper "pseudo"): johan's engine, kept in the file
after his `suggest`, holds his coded sentences with their codes (its few-shot stage), and
karin, blind, read it from Python through `project.store.suggestions.model('johan', ...)`
or loaded it whole with `project.suggester(only_coder='johan')`, which then also kept an
engine fitted on her view over his. The store's finished_documents() listed which
documents each colleague marked done. Now a coder's view holds her own engine and
statuses only, and never writes over a colleague's engine."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from qualcode import Project
from qualcode.nlp.state import to_state
from tests.conftest import SV_TEXT

HIS = SV_TEXT.index("Politikerna bestämde")


@pytest.fixture
def project(blind_team: tuple[Project, str]) -> Path:
    p, doc = blind_team
    with p:
        p.add_coding(doc, HIS, HIS + 38, "mission_dialogue", "johan")
        p.set_status(doc, "johan", "done")
        johan = p.act_as("johan", "johan")
        johan.suggest([doc])  # keeps his engine in the file
    return p.path


def _his_engine(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        row = conn.execute("SELECT meta FROM suggest_models WHERE coder = 'johan'").fetchone()
    return str(row[0])


def test_a_coder_cannot_read_or_load_a_colleagues_engine(project: Path) -> None:
    before = _his_engine(project)
    assert "Politikerna bestämde" in before  # what karin must not read
    with Project.open(project) as p:
        karin = p.act_as("karin", "karin")
        assert karin.store.suggestions.model("johan", "core") is None
        assert set(karin.store.suggestions.finished_documents()) <= {"karin"}
        engine = karin.suggester(only_coder="johan")
        assert "Politikerna bestämde" not in json.dumps(to_state(engine)[0], ensure_ascii=False)
    assert _his_engine(project) == before  # not written over with one fitted on her view


def test_the_lead_and_johan_still_read_it(project: Path) -> None:
    with Project.open(project) as p:
        assert p.act_as("johan", "johan").store.suggestions.model("johan", "core") is not None
        lena = p.act_as("lena", "lena")
        assert lena.store.suggestions.finished_documents().keys() == {"johan"}
