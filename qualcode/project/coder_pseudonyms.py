"""Coders on the pseudonym key stay told apart.

A coder's name leaves the project through the key as every name does: agreement rows,
the summary, the audit and the codings export print her pseudonym. Two coders given one
pseudonym ('Kodare A' for karin and for johan), or one given another coder's name while
he is off the key (karin as 'johan'), read as one coder: agree printed '2 coders (Kodare
A, Kodare A)' and two pair rows nobody could tell apart (red team 9). For participants one
pseudonym for two names is one person and allowed; for coders it never is.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from qualcode.errors import QualcodeError, ValidationError

if TYPE_CHECKING:
    from qualcode.export.pseudonyms import Key
    from qualcode.model import AuditEntry, Coder


def named_alike(
    coders: Iterable[str], entries: Mapping[str, str], made: Key | None = None
) -> set[tuple[str, str]]:
    """Pairs of coders whose names read alike once ``entries`` (real -> pseudonym) apply;
    ``made``: the key compiled of ``entries`` already (compiling one is most of the time a
    name put on a long key takes)."""
    from qualcode.export.pseudonyms import Key
    from qualcode.oneline import reads_as

    shown = (made if made is not None else Key(entries)).apply
    seen: dict[str, str] = {}
    pairs: set[tuple[str, str]] = set()
    for name in coders:
        twin = seen.setdefault(reads_as(shown(name)), name)
        if twin != name:
            pairs.add((twin, name))
    return pairs


def check_coders_apart(
    coders: list[str],
    before: Mapping[str, str],
    after: Mapping[str, str],
    what: str,
    made: tuple[Key, Key] | None = None,
) -> None:
    """Refuse a change of the key (``before`` -> ``after``) that names two coders alike;
    only a sameness the change makes is refused, so a key made before this rule can still
    be mended one entry at a time. ``made``: the two keys compiled already, if they are."""
    was, now = made if made is not None else (None, None)
    new = named_alike(coders, after, now) - named_alike(coders, before, was)
    if new:
        first, second = sorted(new)[0]
        raise ValidationError(
            f"{what} would name coders {first} and {second} alike; agreement rows and the "
            "audit could not tell them apart (give each coder a pseudonym of her own)"
        )


def check_new_coder_apart(
    coders: list[str],
    name: str,
    entries: Mapping[str, str],
    where: str = "coder add: ",
    error: type[QualcodeError] = ValidationError,
) -> None:
    """Refuse a new coder named as the key names a coder already there ('Kodare A' beside
    karin, who is 'Kodare A' in every report). Says no more than that: whoever adds a
    coder need not be a lead, and the key is the lead's. Every door a coder comes in by
    asks: ``coder add``, a merged package's coder, a .qdpx's users."""
    from qualcode.oneline import reads_as

    if not entries or any(reads_as(c) == reads_as(name) for c in coders):
        return  # named alike without the key: the store refuses it in its own words
    from qualcode.export.pseudonyms import Key

    # a participant's pseudonym: 'coder add IP1' beside Elin, printed IP1, made the coder
    # and the participant one name in every export (red team 35)
    printed = reads_as(Key(entries).apply(name))
    people = {reads_as(c) for c in coders}
    if any(
        reads_as(pseudonym) == printed and reads_as(real) not in people
        for real, pseudonym in entries.items()
    ):
        # said plainly which it is: 'petra' beside the interviewee Petra (IP4) read as
        # "printed as a participant's pseudonym", and a lead could not tell whether Petra
        # was a real name or a pseudonym, nor what to type instead (eyes42). The pseudonym
        # itself is not named: whoever adds a coder need not be a lead.
        if printed != reads_as(name):
            raise error(
                f"{where}{name} is a participant's real name on the pseudonym key, so exports "
                f"would print this coder as that participant; choose another coder name, "
                f"e.g. {name} with an initial"
            ).keyed("coder_name_participant", name=name)
        raise error(
            f"{where}{name} is a participant's pseudonym on the pseudonym key, so exports "
            "could not tell this coder from that participant; choose another coder name"
        ).keyed("coder_name_participant_pseudonym", name=name)
    if named_alike([*coders, name], entries) - named_alike(coders, entries):
        raise error(
            f"{where}{name} reads, where the pseudonym key applies, as a coder already in "
            "the project; choose another name"
        ).keyed("coder_name_pseudonym", name=name)


def check_participant_apart(
    coders: Sequence[str], real: str, pseudonym: str, what: str, printed: Mapping[str, str]
) -> None:
    """Refuse a pseudonym for a name that is no coder's when it reads as a coder as the
    key prints her (the participant Maria as 'karin', as 'Kаrin' with a Cyrillic а, or as
    'Kodare A' while karin is 'Kodare A'): a summary then cited quotes by a coder's name
    beside agreement rows naming that coder, and a reader took one for the other (red
    team 35). A coder's own entry is ``check_coders_apart``'s.

    ``printed``: each coder's name -> as exports print her once the change is made, as
    ``printed_coders`` says (the caller asks it with the changed key). This check kept a
    copy of that rule and read karin beside the participant "Karin Holm" as the key's
    'IP1', so "Holm" -> IP1 was refused and `pseudonym suggest --apply` put no name of any
    interview on the key (study46); two copies of one rule could disagree again. A label
    ("Coder B") is never refused here: ``printed_coders`` passes over every name on the
    key, the new pseudonym too, when it letters a coder."""
    from qualcode.oneline import reads_as

    if any(reads_as(c) == reads_as(real) for c in coders):
        return
    said = reads_as(pseudonym)
    twin = next((c for c in coders if reads_as(printed.get(c, c)) == said), None)
    if twin is not None:
        raise ValidationError(
            f"{what} reads as the coder {printed.get(twin, twin)!r} as exports print her; "
            "quotes would be cited by a coder's name (give the participant another pseudonym)"
        )


# Coders have a key of their own, kept as a setting of the project file (coder id ->
# pseudonym): one key served both, so a participant "Karin" keyed as IP1 printed coder karin
# as IP1 in the agreement rows, the audit and the codings' coder column (pseudo40). A coder
# is printed by her own entry; without one, by her name, or where the participants' key
# would replace that name (it is a participant's too), as "Kodare C" / "Coder C", never as a
# participant's pseudonym. An entry of "" says her name on the participants' key is a
# participant's (set since this rule), so an older key's entry is not read as hers.
CODER_KEY = "coder_pseudonyms"


def read_coder_key(raw: str | None) -> dict[str, str]:
    """The coder key as stored (coder id -> pseudonym); a missing or unreadable setting is
    an empty key."""
    import json

    try:
        found = json.loads(raw or "{}")
    except ValueError:
        return {}
    if not isinstance(found, dict):
        return {}
    return {str(k): v for k, v in found.items() if isinstance(v, str)}


def write_coder_key(key: Mapping[str, str]) -> str:
    """The coder key as a setting's value."""
    import json

    return json.dumps(dict(sorted(key.items())), ensure_ascii=False)


def printed_coders(
    coders: Sequence[Coder],
    own: Mapping[str, str],
    typed: Mapping[str, str],
    taken: Iterable[str],
    replaces: Callable[[str], bool],
    word: str,
    also: Iterable[str] = (),
) -> dict[str, str]:
    """Each coder's name (``coders`` in the order they joined) -> what every export prints
    for her: her own pseudonym (``own``, by coder id); else an older key's entry for her
    name that the lead typed (``typed``, real -> pseudonym: no speaker's, none ``pseudonym
    suggest`` proposed, and only where ``own`` does not say her name there is a
    participant's); else her name, unless the
    participants' key ``replaces`` it or another coder's pseudonym reads as it, when she is
    ``word`` and a letter ("Kodare C": the letter of her place in the order the coders
    joined, the next one free where that reads as a name already printed, ``taken``). The
    place was among the names sorted, so a coder joining later as "anna" moved karin from
    "Kodare B" to "Kodare C", and exports of two days named two people "Kodare B".
    A letter is taken only where it is free with each of the words ``also`` too, so she
    has one letter in every language ("Kodare B", "Coder B").

    Once one coder is labelled so, every coder without a pseudonym of her own is labelled
    alike: a participant Johan Lindqvist on the key made "3 kodare (karin, Kodare C,
    omar)", which told a co-author that the one name held back was the one that had to
    be, and beside a transcript's "Johan" whose it was (user49). A lead keeps her name
    unless it must go: she signs the paper, and none of the coders' names is told by it."""
    from qualcode.oneline import reads_as

    by_name = {reads_as(real): pseudonym for real, pseudonym in typed.items()}
    pseudonym = {
        c.id: by_name.get(reads_as(c.name), "") if own.get(c.id) is None else own[c.id]
        for c in coders
    }
    theirs = {reads_as(p) for p in own.values() if p}
    every = any(
        replaces(c.name) or reads_as(c.name) in theirs for c in coders if not pseudonym[c.id]
    )
    # a label passes over the names already printed and those of the coders who joined
    # before her, never a later coder's: "Kodare B" merged from a package moved karin on
    # to "Kodare C" (pseudo40b); the newcomer whose name reads as a label is labelled
    seen = {reads_as(n) for n in taken}
    seen |= theirs
    labels: set[str] = set()
    found: dict[str, str] = {}
    for at, coder in enumerate(coders):
        mine, name = pseudonym[coder.id], reads_as(coder.name)
        if mine:
            found[coder.name] = mine
        elif (every and coder.role != "lead") or replaces(coder.name) or name in (theirs | labels):
            # her name is another coder's pseudonym too ('Kodare K' added beside karin,
            # printed 'Kodare K'): agreement rows could not tell the two apart
            letter = at
            words = [word, *also]
            while any(reads_as(f"{w} {letters(letter)}") in seen for w in words):
                letter += 1
            label = f"{word} {letters(letter)}"
            forms = {reads_as(f"{w} {letters(letter)}") for w in words}
            seen |= forms
            labels |= forms
            found[coder.name] = label
        else:
            found[coder.name] = coder.name
        seen.add(name)
    return found


def check_not_a_label(
    name: str, held: Iterable[str], words: Iterable[str] = (), where: str = "coder add: "
) -> None:
    """Refuse a new coder named as a coder already in the project is, or would be, labelled
    ("Kodare B", "Coder B", ``held``): the newcomer's name pushed that coder on to "Kodare
    C", so an export of one day and of the next named two people "Kodare B", or she would
    be read as the newcomer (pseudo40b). A name of a label's shape in any of ``words``
    (the coder word of each language and one or two letters) is refused too, held or not:
    "Kodare B" went in beside a lone lead and printed as a coder whose name was kept back,
    a label in every export (tidy41)."""
    from qualcode.oneline import reads_as, shown

    read = reads_as(name)
    if read in {reads_as(label) for label in held} or label_shaped(read, words):
        raise ValidationError(
            f"{where}{shown(name)} reads as the label exports give a coder whose name is not "
            "printed ('Kodare B', 'Coder B'), and would be taken for one; choose another name",
            key="coder_name_label",
            name=name,
        )


def label_shaped(read: str, words: Iterable[str]) -> bool:
    """Whether ``read`` (a name as ``reads_as`` reads it) is a coder word and one or two
    letters, as ``printed_coders`` labels the first 702 coders; "Kodare Berg" is a name."""
    import re

    alternatives = "|".join(re.escape(w.casefold()) for w in words)
    return (
        bool(alternatives) and re.fullmatch(rf"(?:{alternatives}) [a-z]{{1,2}}", read) is not None
    )


def in_printed_order(names: Iterable[str], printed: Callable[[str], str]) -> list[str]:
    """``names`` (coders) in the order a reader of ``printed``'s output expects: by what is
    printed for each ("Kodare A", "Kodare B", ... "Kodare Z", "Kodare AA"; "Kodare 2"
    before "Kodare 10"), wherever any coder is printed as other than her name. The order
    of her real name leaked through the labels: agreement rows read "Kodare B, Kodare A"
    and the methods paragraph "3 coders (Kodare B, Kodare A, Kodare C)", which told a
    reader that Kodare B's name came first in the alphabet (order46). Where every coder is
    printed by her name (a lead's real names, a project without a coder on any key),
    ``names`` keep the order given: by name, or as the lead typed the team. The one rule
    every list of coders a report prints follows."""
    given = list(names)
    shown = {name: printed(name) for name in given}
    if all(shown[name] == name for name in given):
        return given
    return sorted(given, key=lambda name: printed_order(shown[name]))


# the audit payloads' lists of people: an export's coders, a decision's participants
LISTED_IN_ENTRIES = ("coders", "participants")


def entry_listed(entry: AuditEntry, printed: Callable[[str], str]) -> AuditEntry:
    """``entry`` with its payload's lists of coders (``LISTED_IN_ENTRIES``) in the order
    ``printed`` lists them (``in_printed_order``): an export's entry stored its coders by
    name, and the audit printed "Kodare B, Kodare A, Kodare C" (order46). The stored
    entry is untouched; only its reading is ordered."""
    from dataclasses import replace

    payload = dict(entry.payload)
    for field in LISTED_IN_ENTRIES:
        names = payload.get(field)
        if isinstance(names, list) and all(isinstance(n, str) for n in names):
            payload[field] = in_printed_order(names, printed)
    return replace(entry, payload=payload)


def printed_order(printed: str) -> tuple[tuple[tuple[str, int], ...], str]:
    """The sort key of a coder as printed: a label's letters by their place in
    ``letters`` (B before AA), numbers by value, the rest as read (case folded), then the
    text itself so that no two orders are left to chance."""
    import re

    label = re.fullmatch(r"(.*\s)([A-Z]{1,2})", printed)
    if label is not None:
        return ((label[1].casefold(), letter_place(label[2])),), printed
    pieces = re.split(r"(\d+)", printed)
    parts = tuple(
        (pieces[at].casefold(), int(pieces[at + 1]) if at + 1 < len(pieces) else -1)
        for at in range(0, len(pieces), 2)
    )
    return parts, printed


def letter_place(label: str) -> int:
    """The index ``letters`` writes as ``label`` ("A" 0, "Z" 25, "AA" 26)."""
    place = 0
    for letter in label:
        place = place * 26 + ord(letter) - ord("A") + 1
    return place - 1


def letters(index: int) -> str:
    """A, B, ... Z, then AA, AB, ...: as many as there are coders. The one lettering of
    every label qualcode gives (a coder's "Kodare B", an interviewer's "Intervjuare A",
    a participant's "IP3b" in lower case), so no two count differently past Z."""
    return chr(ord("A") + index) if index < 26 else letters(index // 26 - 1) + letters(index % 26)
