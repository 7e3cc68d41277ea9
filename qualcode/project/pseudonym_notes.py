"""The lines `pseudonym suggest` says to the lead beside its candidates: names left off
the key because they are also ordinary words, and a participant sharing a coder's name
(what that coder is printed as instead)."""

from __future__ import annotations

import shlex
from collections.abc import Iterable, Mapping

from qualcode.model import Pseudonym
from qualcode.project.pseudonym_names import PseudonymCandidate


def also_words_note(names: Iterable[str]) -> str:
    """The line `pseudonym suggest --apply` says of the candidates it left off the key
    because they are ordinary words too (``also_word``): the lead is asked, not skipped."""
    listed = ", ".join(repr(n) for n in names)
    return (
        f"not put on the key: {listed}, names that are also ordinary words (on the key, "
        "each is replaced where written with a capital, at a sentence's start too, and, "
        "but for a few given names such as Per, in small letters as well); key each that "
        "names someone with `qualcode pseudonym set NAME PSEUDONYM`"
    )


def coder_names_note(
    candidates: Iterable[PseudonymCandidate],
    coders: Iterable[str] = (),
    printed: Mapping[str, str] | None = None,
) -> str | None:
    """The line `pseudonym suggest` says of the candidates that are also a coder's name
    (``coder_name``): a participant "Karin" beside coder karin. She is proposed and keyed
    like any participant; the coder is printed by the coders' own key (pseudonym_coders.py),
    and the lead hears what as: ``printed`` (coder -> her label or own pseudonym) among
    ``coders``. An example, 'Kodare B', while the label was 'Kodare C', left a lead reading
    "3 kodare (karin, Kodare C, omar)" unable to tell who C was (user49)."""
    shared = [c for c in candidates if c.coder_name]
    if not shared:
        return None
    listed = ", ".join(f"{c.real!r} ({c.pseudonym})" for c in shared)
    folded, shown = {c.real.casefold() for c in shared}, printed or {}
    named = [name for name in coders if name.casefold() in folded] or ["NAME"]
    letter = "the word for coder and a letter by the order the coders joined"
    told = ", ".join(
        f"coder {n} as {shown[n]!r}" if n in shown else f"coder {n} as {letter}" for n in named
    )
    return (
        f"note: also a coder's name: {listed}; that coder is never printed as the "
        f"participant: where the key replaces the name, exports print {told} (in each "
        "export's language: agreement rows, the methods, the audit, the codings' coder "
        "column) while the other coders keep theirs; to choose, "
        f"`qualcode pseudonym set {named[0]} PSEUDONYM --kind coder`"
    )


def parts_on_key_note(entries: Iterable[Pseudonym]) -> str | None:
    """The line `pseudonym suggest` says of a speaker label on the key that names a part,
    not a person ("Participant", "Deltagare": ``ROLE_LABELS``). Such a label is proposed
    for no key now, but a project keyed before kept it, and the key rewrote the exports'
    own words: "IP1:s who voiced it" for "Participants who voiced it" (user49)."""
    from qualcode.project.pseudonym_suggest import ROLE_LABELS

    parts = [e for e in entries if e.real.strip().casefold() in ROLE_LABELS]
    if not parts:
        return None
    listed = ", ".join(f"{e.real!r} ({e.pseudonym})" for e in parts)
    return (
        f"note: on the key though it names a part, not a person: {listed}; the key rewrites "
        "the word wherever an export writes it ('IP1:s who voiced it'), and the participant "
        "is cited by her number without it: "
        f"`qualcode pseudonym remove {shlex.quote(parts[0].real)}`"
    )
