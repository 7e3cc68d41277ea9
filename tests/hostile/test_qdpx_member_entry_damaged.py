"""One damaged entry in a .qdpx's own member loses itself, not the member (hostile48).

qualcode's member (``qualcode/project.json``) carries the codebook's keys, roles, the
consensus layer and, since stop 47, each coder's statuses, how each coding was made and a
passage memo's passage. One entry a hand edit or another tool left malformed (a
document's statuses given as one word, a passage of three numbers, a list where a mapping
goes) made the reader drop the whole member without a word: the import re-keyed every code
from its name ('from_mission_monologue...' for 'mission_dialogue'), put the passage memo on
the whole document and forgot every status. Now only the damaged entry is passed over.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from qualcode import Project
from tests.hostile.export_kit import rewritten
from tests.lead_and_coder_kit import lead_and_karin

TEXT = "Interviewer: What changed?\nIP1: We got an intake team. It helped.\n"


def _exported(tmp_path: Path) -> Path:
    p, doc = lead_and_karin(tmp_path / "a.db", "ip_01.txt", TEXT, "en")
    with p:
        p.import_text("ip_02.txt", TEXT.replace("IP1", "IP2"), lang="en")
        p.act_as("karin")
        at = TEXT.index("We got")
        p.add_coding(doc, at, at + 22, "mission_dialogue", "karin")
        p.add_memo("document", doc, "karin", "who set it up?", span=(at, at + 22))
        p.set_status(doc, "karin", "done")
        p.act_as("lena")
        return p.export_qdpx(tmp_path / "a.qdpx")


def _statuses_as_a_word(meta: dict) -> None:
    meta["statuses"]["ip_02"] = "done"  # a source's statuses are by coder, not one word


def _passage_of_three(meta: dict) -> None:
    meta["passages"]["another-memo"] = [1, 2, 3]


def _passage_as_text(meta: dict) -> None:
    meta["passages"]["another-memo"] = "1-2"


def _translations_as_a_list(meta: dict) -> None:
    meta["translations"] = {"some-selection": ["sv", "text"]}


def _origins_as_a_list(meta: dict) -> None:
    meta["origins"] = ["manual"]


def _times_as_text(meta: dict) -> None:
    meta["turn_times"] = {"some-source": "00:01"}


def _pinned_as_a_number(meta: dict) -> None:
    meta["pinned"] = 5


def _a_language_not_read(meta: dict) -> None:
    for source in meta["languages"]:  # stored, it broke the import in a traceback
        meta["languages"][source] = "xx"


@pytest.mark.parametrize(
    "damage",
    [
        _statuses_as_a_word,
        _passage_of_three,
        _passage_as_text,
        _translations_as_a_list,
        _origins_as_a_list,
        _times_as_text,
        _pinned_as_a_number,
        _a_language_not_read,
    ],
)
def test_a_damaged_entry_keeps_the_rest_of_the_member(
    tmp_path: Path, damage: Callable[[dict], None]
) -> None:
    qdpx = _exported(tmp_path)

    def damaged(member: str) -> str:
        meta = json.loads(member)
        damage(meta)
        return json.dumps(meta)

    edited = rewritten(qdpx, "qualcode/project.json", damaged, tmp_path / "e.qdpx")
    with Project.create(tmp_path / "b.db") as fresh:
        fresh.import_qdpx(edited, arriving="lena")
    with Project.open(tmp_path / "b.db") as p:
        p.act_as("lena")
        assert sorted(c.key for c in p.codebook()) == [
            "caseload",
            "integration",
            "mission_dialogue",
        ]
        doc = p.document("ip_01")
        assert doc.lang == "en"  # as the member says, or guessed from the text
        (memo,) = p.memos()
        assert doc.text[memo.start : memo.end] == "We got an intake team."
        karin = p.store.coders.by_name("karin").id
        assert p.store.coders.statuses(karin) == {doc.id: "done"}
