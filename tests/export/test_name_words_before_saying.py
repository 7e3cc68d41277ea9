"""A first name that is also a word, seen only at the starts of sentences, is proposed when
a verb of saying follows it ("Per sa att ...", "Hope said ..."), or a title with its full
stop stands before it ("Dr. Bo"). A capital at a sentence's start says nothing of a word
that is also a name, so a participant named only so ("Per sa att det var för mycket", "Rut
berättade ...") was never proposed and every export printed her name (pseudo40). Proposed
from a sentence's start alone she is marked ``also_word``: `--apply` leaves her to the lead
with its note, as for a name the texts also write in lower case; "Per dag", "Bo här" and
"Will you ...?" still say nothing.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.export.names import find_names

SAID = [
    ("sv", "R: Det var tungt. Per sa att det var för mycket. Vi pratade länge.\n", "Per"),
    ("sv", "R: Chefen lyssnar. Bo tycker att det blev bättre.\n", "Bo"),
    ("sv", "R: Rut berättade om ärendena. Det var mycket.\n", "Rut"),
    ("en", "R: It was hard. Hope said the team was tired. We talked a lot.\n", "Hope"),
    ("en", "R: The manager listened. Will thinks it got better.\n", "Will"),
]
NOTHING = [
    "R: Per dag hinner vi tre ärenden. Bo här är dyrt. Rut är ett ord.\n",
    "I: Will you tell me more?\n\nR: Yes. Will do. Hope is what keeps us going.\n",
]


@pytest.mark.parametrize(("lang", "text", "name"), SAID)
def test_a_name_word_before_a_verb_of_saying_is_proposed_marked(
    lang: str, text: str, name: str
) -> None:
    found = {c.word: c for c in find_names({f"doc_{lang}": text})}
    assert found[name].kind == "person" and found[name].also_word, found


@pytest.mark.parametrize("text", NOTHING)
def test_the_word_at_a_sentence_start_still_says_nothing(text: str) -> None:
    assert find_names({"doc": text}) == []


def test_a_title_with_its_full_stop_names_her() -> None:
    found = {c.word: c for c in find_names({"doc": "R: I spoke to Dr. Bo. We met Mr. Will.\n"})}
    assert {"Bo", "Will"} <= set(found) and found["Bo"].kind == "person", found


def test_suggest_proposes_her_and_apply_leaves_her_to_the_lead(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.db") as project:
        project.add_coder("lena", role="lead")
        project.act_as("lena")
        project.import_text("aby_01.txt", "I: Hur var det?\n\n" + SAID[0][1], lang="sv")
        found = {c.real: c for c in project.suggest_pseudonyms("lena")}
        put, asked = project.apply_suggested_pseudonyms("lena", ["person"])
    assert found["Per"].kind == "person" and found["Per"].also_word
    assert "Per" in [c.real for c in asked] and not put
