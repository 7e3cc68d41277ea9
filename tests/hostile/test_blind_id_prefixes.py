"""An id prefix is looked up among the blind coder's own work (red team, round 6).

``qualcode code remove 0`` (or ``suggest accept``) with a short prefix was resolved among
every coder's rows and only then checked for being hers: karin, blind, read "coding id
prefix 'ef01' matches 2 codings" where she had none, so trying prefixes one hex digit at
a time counted johan's codings and suggestions; and a prefix she shared with him was
"ambiguous" although it named one of hers. Ids come from uuid4 here and from coders'
laptops in packages; the cases give them the shared prefixes directly in the file.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import QualcodeError
from tests.hostile.export_kit import run


@pytest.fixture
def project(blind_team: tuple[Project, str]) -> Path:
    p, doc = blind_team
    for coder, spans in (("karin", [(30, 80)]), ("johan", [(30, 80), (100, 150), (200, 260)])):
        p.act_as(coder, coder)
        for start, end in spans:
            p.add_coding(doc, start, end, "mission_dialogue", coder)
    p.close()
    return p.path


def _prefix(path: Path, table: str, ids: list[str], prefix: str) -> list[str]:
    """Give rows of ``table`` ids beginning with ``prefix``, as another machine might."""
    with sqlite3.connect(path) as conn:
        renamed = [prefix + i[len(prefix) :] for i in ids]
        for old, new in zip(ids, renamed, strict=True):
            conn.execute(f"UPDATE {table} SET id = ? WHERE id = ?", [new, old])
    return renamed


def _as(path: Path, name: str) -> Project:
    return Project.open(path).act_as(name, name)


def test_a_coding_prefix_counts_only_her_own(project: Path) -> None:
    with _as(project, "lena") as lena:
        hers = [c.id for c in lena.codings(coder="karin")]
        his = [c.id for c in lena.codings(coder="johan")]
    _prefix(project, "codings", his[1:], "ef01")
    shared = _prefix(project, "codings", [hers[0], his[0]], "abcd")
    with _as(project, "karin") as karin:
        with pytest.raises(QualcodeError) as raised:
            karin.remove_coding("ef01", "karin")
        assert "among karin's" in str(raised.value) and "matches" not in str(raised.value)
        assert karin.coding("abcd").id == shared[0]
    status, _, err = run(project, "--coder", "karin", "code", "remove", "ef01")
    assert status == 1 and "matches" not in err
    # the lead still resolves among everyone's
    with _as(project, "lena") as lena, pytest.raises(QualcodeError, match="matches 2 codings"):
        lena.coding("abcd")


def test_a_suggestion_prefix_counts_only_her_own(project: Path) -> None:
    with _as(project, "johan") as johan:
        his = [s.id for s in johan.suggest(["aby_02"], coder="johan", min_score=0.0)]
    with _as(project, "karin") as karin:
        hers = [s.id for s in karin.suggest(["aby_02"], coder="karin", min_score=0.0)]
    assert len(his) >= 2 and hers
    shared = _prefix(project, "suggestions", [hers[0], *his], "abcd")
    with _as(project, "karin") as karin:
        karin.accept_suggestions(["abcd"], "karin")  # was "matches 3 suggestions"
        assert [c.suggestion_id for c in karin.codings() if c.suggestion_id] == [shared[0]]
    with _as(project, "johan") as johan, pytest.raises(QualcodeError, match="among johan's"):
        johan.accept_suggestions([shared[0]], "johan")
