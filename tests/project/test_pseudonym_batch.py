"""A batch of names put on the key refuses what `pseudonym set` refuses, in its words (key50).

A .qdpx's key and `pseudonym suggest --apply` put many names on in one pass
(``pseudonym_batch.put_on_key``), judged against the key read once and compiled once with
every name. Each case here puts the names before it on one by one in one project, and the
same names with it as one batch in another: the batch refuses the same name in the same
words and writes nothing, or, told to go on (``refused``), leaves that name alone and puts
the others on as one by one did. Cases where the whole key's pattern reaches a text (a
pseudonym holding a name, a participant named as a coder) are the ones judged with a key
of the names found there, so they are here too.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import QualcodeError
from qualcode.model import Pseudonym
from qualcode.project.pseudonym_batch import put_on_key
from tests.conftest import team_project

PAIR = (
    "Intervjuare: Hur är arbetsbelastningen?\n"
    "Anna: Den är hög, vi har för många ärenden.\n"
    "Elsa: Jag håller med, men chefen lyssnar nu.\n"
)
# names that reach nothing, so the batch judges most of them without compiling a key
FILLER = [Pseudonym(f"Namn{i} Efternamn", f"P{i}") for i in range(12)]


def _project(path: Path) -> Project:
    project, _ = team_project(path, document=("pair.txt", PAIR))
    project.set_coder_pseudonym("johan", "Kodare J", "lena")
    return project


def _key(project: Project) -> list[tuple[str, str, str, bool]]:
    return [(p.real, p.pseudonym, p.kind, p.generated) for p in project.pseudonyms("lena")]


def _one_by_one(project: Project, entries: list[Pseudonym]) -> str | None:
    """Each entry through `set_pseudonym`; the first refusal's words, if any."""
    for entry in entries:
        try:
            project.set_pseudonym(
                entry.real, entry.pseudonym, "lena", entry.kind, generated=entry.generated
            )
        except QualcodeError as exc:
            return str(exc)
    return None


CASES = {
    "no real name": [Pseudonym("  ", "P1")],
    "two lines": [Pseudonym("Anna\nBerg", "P1")],
    "a control character": [Pseudonym("Anna\x1b", "P1")],
    "no letter": [Pseudonym("((", "P1")],
    "reads as the name": [Pseudonym("Bengt", "B\u0435ngt")],
    "an unknown kind": [Pseudonym("Olle", "P1", "people")],  # type: ignore[arg-type]
    "a real name on the key": [Pseudonym("Anna Berg", "IP1"), Pseudonym("Olle", "anna berg")],
    "another name's pseudonym": [Pseudonym("Karin Ek", "Vera"), Pseudonym("Vera", "IP2")],
    "a mark that shows as nothing": [Pseudonym("Olle", "IP\u200b1")],
    "reads as another pseudonym": [Pseudonym("Anna Berg", "IP1"), Pseudonym("Olle", "ＩＰ１")],
    "holds a name on the key": [
        Pseudonym("Vendela Rask", "IP1"),
        Pseudonym("Olle", "Vendela Rask 2"),
    ],
    "holds its own name": [Pseudonym("Alla", "P-Alla")],
    # the whole batch's key, holding both, does not read "Berg, Anna" as Anna Berg
    "holds a name written surname first": [
        Pseudonym("Anna Berg", "IP1"),
        Pseudonym("Olle", "Berg, Anna"),
        Pseudonym("Berg Anna", "IP2"),
    ],
    "names two coders alike": [Pseudonym("johan", "karin")],
    "reads as a coder": [Pseudonym("Maria", "karin")],
    "a coder's own pseudonym": [Pseudonym("Johan", "Kodare J")],
    "two participants as one": [Pseudonym("Anna", "IP3"), Pseudonym("Elsa", "IP3")],
}


# what each refusal says, in part: each case is refused by its own rule
WORDS = {
    "no real name": "give a real name and a pseudonym",
    "two lines": "a name is one line",
    "a control character": "the real name",
    "no letter": "has no letter",
    "reads as the name": "would leave the name as it reads",
    "an unknown kind": "people",
    "a real name on the key": "is itself a real name on the key",
    "another name's pseudonym": "is the pseudonym of another name on the key",
    "a mark that shows as nothing": "shows as nothing",
    "reads as another pseudonym": "another pseudonym on the key",
    "holds a name on the key": "contains a real name on the key",
    "holds its own name": "holds the real name itself",
    "holds a name written surname first": "contains a real name on the key",
    "names two coders alike": "would name coders johan and karin alike",
    "reads as a coder": "reads as the coder 'karin'",
    "a coder's own pseudonym": "is a coder's own pseudonym",
    "two participants as one": "already another participant's in the same interview",
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_batch_refuses_as_one_by_one(tmp_path: Path, case: str) -> None:
    entries = [*FILLER[:6], *CASES[case], *FILLER[6:]]
    with _project(tmp_path / "one.db") as one, _project(tmp_path / "batch.db") as batch:
        said = _one_by_one(one, entries)
        assert said is not None
        assert WORDS[case] in said
        bare = _key(batch)
        with pytest.raises(QualcodeError) as refused:
            put_on_key(batch, entries, "lena")
        assert str(refused.value) == said
        assert _key(batch) == bare  # nothing written


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_batch_told_to_go_on_leaves_the_refused_name(tmp_path: Path, case: str) -> None:
    entries = [*FILLER[:6], *CASES[case], *FILLER[6:]]
    with _project(tmp_path / "one.db") as one, _project(tmp_path / "batch.db") as batch:
        said = [
            (entry, str(exc))
            for entry in entries
            if (exc := _refused_alone(one, entry)) is not None
        ]
        told: list[tuple[Pseudonym, str]] = []
        put = put_on_key(batch, entries, "lena", lambda e, exc: told.append((e, str(exc))))
        assert told == said
        assert len(said) == 1
        assert WORDS[case] in said[0][1]
        assert _key(batch) == _key(one)
        assert len(put) == len(entries) - 1


def _refused_alone(project: Project, entry: Pseudonym) -> QualcodeError | None:
    try:
        project.set_pseudonym(
            entry.real, entry.pseudonym, "lena", entry.kind, generated=entry.generated
        )
    except QualcodeError as exc:
        return exc
    return None


def test_a_later_name_is_not_held_against_an_earlier_one(tmp_path: Path) -> None:
    """The whole batch is compiled at once, but a name is judged only by those before it:
    'Vendela Rask 2' is no refusal while Vendela Rask is not yet on the key."""
    entries = [
        Pseudonym("Olle", "Vendela Rask 2"),
        Pseudonym("Vendela Rask", "IP1"),
        Pseudonym("Elin", "IP2"),
        Pseudonym("elin", "IP4"),  # the same name: replaces its pseudonym, case kept
        Pseudonym("Anna", "IP3"),
        *FILLER,
    ]
    with _project(tmp_path / "one.db") as one, _project(tmp_path / "batch.db") as batch:
        assert _one_by_one(one, entries) is None
        put_on_key(batch, entries, "lena")
        assert _key(batch) == _key(one)
        assert ("Elin", "IP4", "person", False) in _key(batch)
        audit = [e.payload for e in batch.store.audit.list("pseudonym.set")]
        assert audit == [e.payload for e in one.store.audit.list("pseudonym.set")]


NAMES = {
    "Anna Berg": "IP1",
    "Anna Öberg": "IP2",
    "Åby": "Kommun A",
    "Per": "IP3",
    "Lindqvist": "N1",
    "Ann-Charlotte Ek": "N2",
    "Vendela Rask": "N3",
}
TEXTS = [
    "Berg, Anna",
    "aby_01.txt",
    "Öberg-Lind",
    "IP1",
    "anna berg",
    "ANNA BERG",
    "Anna\u00adBerg",
    "per",
    "Per Lindqvist",
    "Lindqvist_Karin",
    "AnnCharlotteEk",
    "karin",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_the_names_that_reach_a_text_are_found_by_halves(text: str) -> None:
    """``reaching`` finds, from the whole key, each name that reaches ``text`` alone; and
    where the whole key reaches nothing, no name alone does (what lets a batch skip a
    check: no name here is another's surname first)."""
    from qualcode.export.pseudonyms import Key
    from qualcode.project.pseudonym_batch import flipped_onto, reaching

    assert flipped_onto(NAMES) == set()
    alone = {real for real, given in NAMES.items() if Key({real: given}).reaches(text)}
    whole = Key(NAMES)
    assert reaching(list(NAMES.items()), whole, [text]) == alone
    assert whole.reaches(text) == bool(alone)
    # what a key reads in the text, it reaches
    assert not whole.leaks(text) or whole.reaches(text)
    assert whole.apply(text) == text or whole.reaches(text)


def test_a_name_written_surname_first_as_another_name_is_looked_for_alone() -> None:
    from qualcode.export.pseudonyms import Key
    from qualcode.project.pseudonym_batch import flipped_onto

    both = {"Anna Berg": "IP1", "Berg Anna": "IP2"}
    assert flipped_onto(both) == {"Anna Berg", "Berg Anna"}  # each the other turned
    assert Key({"Anna Berg": "IP1"}).reaches("Berg, Anna")
    # the whole key lost the spelling, why it is looked for alone; since small50 it reads
    # "Berg, Anna" as either, and prints neither (tests/export/test_surname_comma_of_two_names)
    assert Key(both).reaches("Berg, Anna") and Key(both).leaks("Berg, Anna") == list(both)
