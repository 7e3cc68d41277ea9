"""A participant called Will on the key: "Will you tell me ...?" is the verb, not her.

With "Will Turner" on the key, her first name alone is that person too, so every "Will"
written with a capital was replaced: an English interviewer's questions went out as "IP3
you tell me about the workload?" (eyes37, left over). The word opening a sentence with a
pronoun or determiner after it is the modal verb; anywhere else it is still the person,
and the leak check agrees with what is replaced."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode.export.pseudonyms import Key
from tests.conftest import project_with

KEY = Key({"Will Turner": "IP3", "Will": "IP3", "Turner": "IP3", "May": "IP4"}, cased=["Will"])


@pytest.mark.parametrize(
    "text",
    [
        "Will you tell me about the workload?",
        "I: Will you tell me about the workload?",
        "It is heavy. Will the staff cope with it?",
        '"Will they listen?" she asked.',
        'and then he asked "Will you stay on?"',
        "[00:01:02] Will it change?",
        "WILL YOU COME?",
        "May I ask about the budget?",
    ],
)
def test_the_modal_verb_opening_a_question_stays(text: str) -> None:
    assert KEY.apply(text) == text
    assert KEY.leaks(text) == []


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Will said it was heavy.", "IP3 said it was heavy."),
        ("Will: It is heavy, and it will not change.", "IP3: It is heavy, and it will not change."),
        ("Will, you said the budget was cut?", "IP3, you said the budget was cut?"),
        ("and then Will you know came back", "and then IP3 you know came back"),
        ("Will Turner said so.", "IP3 said so."),
        ("May said it too.", "IP4 said it too."),
    ],
)
def test_the_person_is_still_replaced(text: str, shown: str) -> None:
    assert KEY.apply(text) == shown
    assert KEY.leaks(text)


def test_a_projects_key_with_her_whole_name_leaves_the_question(tmp_path: Path) -> None:
    text = (
        "Interviewer: Will you tell me about the workload?\n"
        "Respondent: It is heavy. Will Turner, my manager, knows. Will said so.\n"
    )
    with project_with(tmp_path / "p.db", ("ip.txt", text), lang="en") as project:
        project.set_pseudonym("Will Turner", "Manager A", "lena")
        rendered = project.pseudonym_key(viewer="lena").apply(text)
    assert rendered == (
        "Interviewer: Will you tell me about the workload?\n"
        "Respondent: It is heavy. Manager A, my manager, knows. Manager A said so.\n"
    )
