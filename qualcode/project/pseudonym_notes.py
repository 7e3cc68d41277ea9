"""The lines `pseudonym suggest` says to the lead beside its candidates: names left off
the key because they are also ordinary words, a participant sharing a coder's name (what
that coder is printed as instead), a label on the key naming a part, and an interviewer
guessed from the turns. ``PseudonymNotesMixin.pseudonym_suggest_run`` decides which are
said, in what order, so each face only shows them: the CLI built the coders' printed-as
map and chose the notes itself (review49)."""

from __future__ import annotations

import shlex
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass

from qualcode.model import Pseudonym
from qualcode.project.off_key import OffKeyMixin
from qualcode.project.pseudonym_names import PseudonymCandidate
from qualcode.project.pseudonym_suggest import ROLE_LABELS


@dataclass(frozen=True)
class SuggestRun:
    """One `pseudonym suggest` run: ``found``, the candidates as they stood before
    anything was put on the key (the table); ``put``, those ``--apply`` keyed; ``notes``,
    the lines for the lead, in the order they are said."""

    found: list[PseudonymCandidate]
    put: list[PseudonymCandidate]
    notes: list[str]


class PseudonymNotesMixin(OffKeyMixin):
    """A suggestion run and what the lead is told of it, decided here for every face."""

    def pseudonym_suggest_run(
        self, viewer: str | None, kinds: Collection[str] | None = None
    ) -> SuggestRun:
        """Propose names (``suggest_pseudonyms``) and, with ``kinds``, put those of the
        kinds not yet on the key on it (``apply_suggested_pseudonyms``; none named is
        refused there); then the notes: the names left off as words, a participant who
        shares a coder's name with what that coder is printed as now (after the apply),
        a label on the key naming a part, and each interviewer guessed from the turns, by
        document name. A lead only."""
        found = self.suggest_pseudonyms(viewer)
        put: list[PseudonymCandidate] = []
        notes: list[str] = []
        if kinds is not None:
            put, asked = self.apply_suggested_pseudonyms(viewer, kinds)
            if asked:
                notes.append(also_words_note([c.real for c in asked]))
        printed = {
            p.real: p.pseudonym
            for p in (*self.coder_pseudonyms(viewer), *self.automatic_coder_labels(viewer))
        }
        coders = [c.name for c in self.store.coders.list()]
        for note in (
            coder_names_note(found, coders, printed),
            parts_on_key_note(self.pseudonyms(viewer)),
        ):
            if note:
                notes.append(note)
        names = {d.id: d.name for d in self.documents()}
        guessed = sorted((names[d], label) for d, label in self.guessed_interviewers().items())
        notes += [guessed_interviewer_note(document, label) for document, label in guessed]
        return SuggestRun(found, put, notes)


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


def guessed_interviewer_note(document: str, label: str) -> str:
    """The line `pseudonym suggest` says of a speaker ``label`` in ``document`` that is
    taken for the interviewer because most of her turns are questions: a guess, so the lead
    hears that she is neither cited nor proposed, and how to overrule it."""
    return (
        f"{document}: {label!r} is taken for the interviewer (most of the turns are "
        f"questions), neither cited nor proposed; if that is wrong, `qualcode docs set "
        f"{shlex.quote(document)} interviewer=NAME` names who asks (a name no label "
        "bears: nobody here)"
    )
