"""The words of a pseudonym qualcode proposes for a place or workplace ("Kommun A",
"Municipality A", "Ort B", "Place B"), in each language the texts hold.

A proposed pseudonym is stored in the words of the documents its place was found in; an
export in another language reads it in its own words, so an English summary of a Swedish
study says "Municipality C" where a Swedish one says "Kommun C" (an English summary
printed "Kommun C" beside English text, loose11). A pseudonym the lead typed is never
translated: it is hers, and it is printed as she wrote it.
"""

from __future__ import annotations

KINDS = ("municipality", "place", "workplace")  # the templates' names in [summary]


def placeholder(kind: str, index: int, lang: str) -> str:
    """The ``index``-th proposed pseudonym of a place or workplace in ``lang``'s words
    (Kommun A, Municipality A; Ort B, Place B), lettered A to Z, then AA, AB ... as every
    label qualcode gives (``coder_pseudonyms.letters``). Lettered round again past Z, the
    27th place of a kind was "Kommun A" once more, always taken, and the key's search for a
    free pseudonym never ended: an export or ``pseudonym suggest`` hung (eyes44)."""
    from qualcode.project.coder_pseudonyms import letters
    from qualcode.texts import texts

    return texts(lang, "summary")[f"pseudonym_{kind}"].format(letter=letters(index))


def in_language(pseudonym: str, lang: str) -> str | None:
    """A proposed pseudonym in ``lang``'s words ('Kommun C' -> 'Municipality C'), or None
    when it is none of the proposed forms in any language (it was then edited by hand)."""
    from qualcode.texts import LANGUAGES, texts

    for kind in KINDS:
        for source in LANGUAGES:
            head, _, tail = texts(source, "summary")[f"pseudonym_{kind}"].partition("{letter}")
            letter = pseudonym[len(head) : len(pseudonym) - len(tail)]
            if (
                pseudonym.startswith(head)
                and pseudonym.endswith(tail)
                and 1 <= len(letter) <= 3
                and all("A" <= c <= "Z" for c in letter)
            ):
                return texts(lang, "summary")[f"pseudonym_{kind}"].format(letter=letter)
    return None
