"""speaker_surnames reads the pairs of words with ``findall``, not a match object each:
the same pairs, overlapping runs ("Anna Per Nilsson") and words with an apostrophe or a
hyphen ("d'Per Ek", "Per-Olof Ek") included, so the same surnames are found."""

from __future__ import annotations

from qualcode.export.name_scan import _BESIDE
from qualcode.project.pseudonym_names import speaker_surnames

TEXTS = {
    "a.txt": "Jag heter Per Nilsson. Anna Per Nilsson kom.\nd'Lars Ek, l'Eva Holm, Eva\u00a0Holm.",
    "b.txt": "Per-Olof Berg, Lars Ek och Mia Ek; Per Nilsson igen. 'Eva Holm' sa per Strand.",
}


def _pairs_one_by_one(text: str) -> list[tuple[str, str]]:
    return [(m.group(1), m.group(2)) for m in _BESIDE.finditer(text)]


def test_the_pairs_read_at_once_are_those_read_one_by_one() -> None:
    for text in TEXTS.values():
        assert _BESIDE.findall(text) == _pairs_one_by_one(text)


def test_a_speakers_surname_is_found_beside_her_alone() -> None:
    words = ["Nilsson", "Ek", "Holm", "Berg", "Strand"]
    found = speaker_surnames(TEXTS, ["Per", "Eva", "Lars"], words)
    # Nilsson after Per (Anna's "Per" too); Ek after "d'Lars", Lars and Mia: no one's;
    # Holm after Eva ("l'Eva" is written in lower case); Strand after "per", no one
    assert found == {"Nilsson": "Per", "Holm": "Eva"}
