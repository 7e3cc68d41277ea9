"""The interviewer as exports print her where the participants' key would touch her name.

An interviewer is a researcher, not a participant: her name (the ``interviewer`` attribute,
her speaker label) is printed as written, and a coder's as the coders' key prints her
(``pseudonym_frames.attribute_printed``). But where a word of it is on the participants'
key, a participant's first name, the key replaced that word alone: interviewer "Johan Ek"
beside the participant Johan (N1) went out as "N1 Ek" in the codings' interviewer column
and as "N1 Ek:" before every question of her transcript in the .qdpx, half a pseudonym that
prints her surname and reads as the participant N1 (pseudo43). Such a name is now printed
whole as a researcher's label, "Intervjuare A" / "Interviewer A", the same letter in every
export and language; a name the key leaves alone stays as written.

And the name finder read her label's words as names spoken in the talk: "Ek" of "Johan
Ek:" and even the role word of "Intervjuare Johan:" were proposed as people (N2, N3), and
`--apply` printed her turns as "N1 N2:". A word seen only in the interviewer's labels is no
name in the talk (``only_in_labels``); one the talk says too is still proposed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping

from qualcode.oneline import reads_as
from qualcode.project.coder_pseudonyms import letters

# what an interviewer is called where her name would read as a participant's
INTERVIEWER_WORD = {"sv": "Intervjuare", "en": "Interviewer"}


def interviewers_printed(
    names: Iterable[str],
    touched: Callable[[str], bool],
    taken: Collection[str],
    coders: Collection[str],
    word: str,
    words: Collection[str] = (),
) -> dict[str, str]:
    """Each of ``names`` (the interviewers' names: attribute values and labels, in the
    project's order) that ``touched`` says the participants' key would change, to
    ``word`` and a letter ("Intervjuare A"), lettered in ``names``' order so every
    export and language gives one name one letter. Left out: a name that is a coder's,
    or whose first word is (``coders``, case folded: printed as that coder is), and a
    letter whose label, in ``word`` or any of ``words`` (the other languages'), reads as
    one of ``taken`` (the key's names and pseudonyms, the transcripts' speaker labels:
    "Intervjuare A:" may be another interviewer's label already)."""
    held = {reads_as(t) for t in taken}
    found: dict[str, str] = {}
    seen: set[str] = set()
    index = 0
    for name in names:
        name = " ".join(name.split())
        if not name or reads_as(name) in seen:
            continue
        seen.add(reads_as(name))
        if {name.casefold(), name.split()[0].casefold()} & set(coders) or not touched(name):
            continue
        # a letter taken in any language (``words``) is skipped in all: one name, one letter
        while any(reads_as(f"{w} {letters(index)}") in held for w in (word, *words)):
            index += 1
        found[name] = f"{word} {letters(index)}"
        index += 1
    return found


def label_words(asking: Mapping[str, Counter[str]]) -> Counter[str]:
    """How often each word of the interviewers' labels stands as one (``asking``: per
    document, each interviewer label and its turns): each turn writes its label once."""
    words: Counter[str] = Counter()
    for labels in asking.values():
        for label, turns in labels.items():
            for word in label.split():
                words[word] += turns
    return words


def only_in_labels(real: str, seen: int, words: Mapping[str, int], labels: Collection[str]) -> bool:
    """Whether a name found ``seen`` times is only the interviewer's label or its words
    (``words``: ``label_words``; ``labels``: the labels themselves): no name said in the
    talk, never proposed for the participants' key."""
    if real in labels:
        return True
    parts = real.split()
    return all(p in words for p in parts) and seen <= min(words[p] for p in parts)
