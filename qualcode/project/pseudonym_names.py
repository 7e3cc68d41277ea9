"""Names found in the documents' text, proposed for the pseudonym key beside the speakers
and places (``PseudonymSuggestMixin.suggest_pseudonyms``): a speaker's first name or surname alone
is that speaker, a first name and surname written together take one pseudonym, a name on
the key keeps its pseudonym and a new one never takes one in use."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from qualcode.project.common_words import common_compounds, function_words, ordinary_words
from qualcode.project.pseudonym_words import in_language, placeholder

if TYPE_CHECKING:
    from qualcode.export.name_scan import TextNames


def composed(name: str) -> str:
    """A name on the key as the documents' text holds it (NFC): a Mac pastes 'Åby' as an
    A and a combining ring, and kept so, the key held the place twice under two
    pseudonyms, and `pseudonym remove Åby` typed composed left the other (red team 37)."""
    return unicodedata.normalize("NFC", name)


def same_name(name: str) -> str:
    """What two spellings of one name on the key share: any case, either composition."""
    return composed(name).casefold()


def without_pseudonyms(text: str, pseudonyms: Iterable[str]) -> str:
    """``text`` (a memo) with every pseudonym on the key blanked out, its genitive too: a
    memo may name a participant as the exports do ("Lisa says ..."), and such a name is
    what the key prints, not a real one to key. Read as a name, it made every export
    count the memo as holding a name off the key, and put a common word beside it on
    the list ("Mentorn Lisa": "Mentorn") (eyes32)."""
    words = sorted({p.strip() for p in pseudonyms if p.strip()}, key=len, reverse=True)
    if not words:
        return text
    pattern = "|".join(re.escape(w) for w in words)
    # only where it stands as a whole name: "Vera Lind" or "Anna-Vera" is a person's real
    # name that begins or ends like the pseudonym Vera; blanked to "• Lind" it was no name
    # at all, and a memo naming her counted as holding no name off the key (safety33)
    alone = re.compile(rf"(?<![\w-])(?:{pattern})s?(?![\w-])")

    def blank(seen: re.Match[str]) -> str:
        after = _NEXT_WORD.match(text, seen.end())
        surname = after is not None and after.group(1).istitle() and len(after.group(1)) > 1
        return seen.group() if surname else "\u2022"

    return alone.sub(blank, text)


# a word written as a name (a capital, then small letters) right after a pseudonym: the
# two are one name ("Vera Lind"), not the pseudonym; "Vera IP1" or "Vera och" is not
_NEXT_WORD = re.compile(r"[ \t\u00a0]+([^\W\d_]+)")


def name_scans(
    texts: Mapping[str, str], scans: Mapping[str, TextNames] | None = None
) -> dict[str, TextNames]:
    """Each of ``texts``' scan for the name finder, as `pseudonym suggest` reads it (the
    lemma tables' ordinary words, English's lower-case words): the one in ``scans``, else
    read now. What the project keeps in its file (``PseudonymMixin._kept_scans``)."""
    from qualcode.export.names import scanned
    from qualcode.nlp.written_case import mostly_lower

    return scanned(texts, ordinary_words(), mostly_lower, scans)


@dataclass(frozen=True, slots=True)
class PseudonymCandidate:
    """A name ``suggest`` found, what it proposes for it and where it was seen."""

    real: str
    pseudonym: str
    kind: str
    seen: int
    where: str
    on_key: bool
    # a first name the texts also write as an ordinary word ("Sten", "Will"): proposed so
    # the lead is asked, never put on the key by `--apply` (each capitalised "Will" at a
    # sentence's start would print the pseudonym)
    also_word: bool = False
    # a name that is also a coder's ("Karin" beside coder karin): proposed, and put on the
    # key by `--apply` as any other, for skipped it stayed in every export's text ("Karin
    # sa att ..."); the lead is told (``coder_names_note``) that the key holds one
    # pseudonym per name and so prints coder karin under it too
    coder_name: bool = False


def named_candidates(
    texts: Mapping[str, str],
    langs: Mapping[str, str],
    proposed: Mapping[str, PseudonymCandidate],
    speakers: set[str],
    coders: set[str],
    key_of: Mapping[str, str],
    scans: Mapping[str, TextNames] | None = None,
) -> dict[str, PseudonymCandidate]:
    """``proposed`` (the speakers and places, by real name) with the names found in
    ``texts`` (document name to text; ``langs``: document name to language) added, none of
    the ``speakers``' labels; ``key_of`` is the key as it stands, real name to pseudonym. A
    name that is one of the ``coders`` (in lower case) is proposed marked ``coder_name``
    where a document's text holds it, a participant's name then as likely as the coder's;
    seen only in memos, which coders write, it is the coder and left out. ``scans``:
    the texts' scans read before (``name_scans``), by the same names; the rest are read."""
    from qualcode.export.name_pairs import full_names, joined_people, particle_names
    from qualcode.export.names import find_names

    found = dict(proposed)
    on_key = set(key_of)
    read = name_scans(texts, scans)
    named = find_names(
        texts,
        skip=speakers | set(found),
        ordinary=ordinary_words(),
        scans=read,
        compound=common_compounds(),
        function=function_words(),
    )
    # two people joined by and/och ("Anna Reed and Tom Reed"): two whole names, each a person
    joined = joined_people(read, {c.word: c.kind for c in named})
    named = [replace(c, kind="person") if c.word in joined else c for c in named]
    # a speaker's first name or surname alone in the text ("jag heter Anneli") is that
    # speaker: proposed as a speaker under the same pseudonym, so `--apply` puts it on
    # the key with the label; as a name of its own it stayed off, and every export and
    # the .qdpx's transcript printed it beside "IP1:" (eyes6)
    parts: dict[str, PseudonymCandidate] = {}
    shared: set[str] = set()  # "Anna" of "Anna Berg" (IP1) and "Anna Lind" (IP2): a name
    for label in sorted(speakers):
        speaker = found.get(label)
        if speaker is None or speaker.kind != "speaker" or len(label.split()) < 2:
            continue
        for word in label.split():
            if parts.setdefault(word, speaker).pseudonym != speaker.pseudonym:
                shared.add(word)
    for word in shared:
        del parts[word]
    # a speaker labelled by her first name alone, written with her surname in the text
    # ("Per:" and "Jag, Per Nilsson, ..."): the surname is hers, and so is the whole name.
    # Apart, "Per Nilsson" printed "IP2 N2", a participant and someone else (pseudo39)
    alone = [label for label in speakers if len(label.split()) == 1 and label in found]
    alone = [label for label in alone if found[label].kind == "speaker"]
    seen = {c.word: c for c in named if c.kind in ("person", "other") and c.word not in parts}
    for word, label in speaker_surnames(texts, alone, seen, read).items():
        parts[word] = speaker = found[label]
        whole = f"{label} {word}"
        if whole not in found:  # seen where her surname is
            at = seen[word]
            found[whole] = replace(
                speaker, real=whole, seen=at.seen, where=at.where, on_key=whole in on_key
            )
    # a person's first name and surname written together take one pseudonym, and the
    # whole name is proposed with it: "Per-Olof Lindqvist" printed "N7 N8" (eyes8)
    people = [c for c in named if c.kind in ("person", "other") and c.word not in parts]
    pairs = full_names(texts, (c.word for c in people), read)
    pairs.update({w: side for w, side in joined.items() if side and w not in pairs})
    for word in [w for w, side in joined.items() if side is None]:
        pairs.pop(word, None)  # "Reed" of "Anna and Tom Reed" paired with Tom alone
    # a first name before a particle and a surname is that whole name ("Anna af Klint")
    particled = particle_names(texts, (c.word for c in people if c.word not in pairs))
    kinds = {c.word: c.kind for c in people}
    person_of: dict[tuple[str, str], str] = {}
    # a name on the key keeps its pseudonym, and a new one never takes one in use: run
    # again after names were applied, the whole names came out numbered afresh, and
    # "Sara Nyström" was proposed as N8, Lindqvist's pseudonym on the key (eyes8)
    taken = set(key_of.values())
    counts: Counter[str] = Counter()
    # a surname or first name alone whose whole name is on the key is that person: "Ohlin"
    # of "Sten Ohlin" (P1) was proposed as N2, and applied, one person printed two ways
    in_whole = parts_on_key(key_of)
    keyed_as = {same_name(real): pseudonym for real, pseudonym in key_of.items()}

    from qualcode.texts import LANGUAGES

    def fresh(kind: str, where: str) -> str:
        # each try gives a label not given before, so one more try than there are taken
        # labels finds a free one; past that the lettering repeats itself, and the search
        # had hung a lead's export for good (27 places lettered round again): a bug, said
        for _ in range(len(taken) + 1):
            counts[kind] += 1
            if kind in ("place", "workplace"):
                lang = langs.get(where, "sv")
                pseudonym = placeholder(kind, counts[kind] - 1, lang)
            else:
                pseudonym = f"N{sum(counts[k] for k in ('person', 'other'))}"
            # "Kommun A" is taken where the key holds "Municipality A": an export reads
            # either in its own words, and two places printed alike were one
            if not {pseudonym, *(in_language(pseudonym, lang) for lang in LANGUAGES)} & taken:
                taken.add(pseudonym)
                return pseudonym
        raise RuntimeError(f"no free {kind} pseudonym after {pseudonym!r}: the lettering repeats")

    for c in named:
        coder = c.word.casefold() in coders
        if coder and c.where.startswith("memo "):
            continue  # "Karin kodade om det här": a coder writing of a coder
        speaker = parts.get(c.word)
        if speaker is not None:
            found[c.word] = PseudonymCandidate(
                c.word,
                speaker.pseudonym,
                "speaker",
                c.seen,
                c.where,
                c.word in on_key,
                c.also_word,  # "Will" of "Will Berg" is asked of too, as the label is
                coder,
            )
            continue
        pair = pairs.get(c.word)
        # the whole name's own words: "Reed" of Anna Reed and Tom Reed is neither's alone
        on = [key_of[w] for w in (pair or ()) if w in key_of and pairs.get(w) == pair]
        if coder and same_name(c.word) in keyed_as:
            # coder karin on the key as "Kodare A": the key prints "Karin" so in the text
            pseudonym = keyed_as[same_name(c.word)]
        elif c.word in key_of:
            pseudonym = key_of[c.word]
        elif pair is not None and pair in person_of:
            pseudonym = person_of[pair]
        elif on:
            pseudonym = on[0]
        elif c.word in in_whole:
            pseudonym = in_whole[c.word]
        else:
            pseudonym = fresh(c.kind, c.where)
        if pair is not None and pair not in person_of:
            whole = " ".join(pair)
            person_of[pair] = key_of.get(whole) or (on[0] if on else pseudonym)
            kind = "person" if "person" in (kinds[w] for w in pair) else "other"
            found[whole] = PseudonymCandidate(
                whole, person_of[pair], kind, c.seen, c.where, whole in on_key
            )
        found[c.word] = PseudonymCandidate(
            c.word,
            pseudonym,
            c.kind,
            c.seen,
            c.where,
            c.word in on_key or (coder and same_name(c.word) in keyed_as),
            c.also_word,
            coder,
        )
        named_so = particled.get(c.word)
        if named_so is not None and named_so not in found:  # "af Klint" then goes with it
            found[named_so] = PseudonymCandidate(
                named_so,
                key_of.get(named_so) or pseudonym,
                c.kind,
                c.seen,
                c.where,
                named_so in on_key,
            )
    return found


def speaker_surnames(
    texts: Mapping[str, str],
    labels: Iterable[str],
    words: Iterable[str],
    scans: Mapping[str, TextNames] | None = None,
) -> dict[str, str]:
    """Each of ``words`` (candidates) that the texts write right after one of ``labels``
    (speakers' one-word labels) and after no other capitalised word: that speaker's
    surname ("Nilsson" of "Per Nilsson" beside the speaker "Per:"). One written after two
    first names ("Per Ek", "Lars Ek") is no one speaker's and stays a name of its own.
    ``scans``: the texts' scans read before, by the same names (``find_names``)."""
    from qualcode.export.names import scanned

    wanted, speaking = set(words), set(labels)
    before: dict[str, set[str]] = {}
    for scan in scanned(texts, scans=scans).values():
        for first, second in scan.beside:  # each capitalised pair once, first seen first
            if second in wanted:
                before.setdefault(second, set()).add(first)
    return {
        word: next(iter(firsts))
        for word, firsts in before.items()
        if len(firsts) == 1 and next(iter(firsts)) in speaking
    }


def parts_on_key(key_of: Mapping[str, str]) -> dict[str, str]:
    """Each word of a name of two words or more on the key, to that name's pseudonym; a word
    two names on the key share ("Anna" of "Anna Berg" and "Anna Lind") is left out."""
    parts: dict[str, str] = {}
    shared: set[str] = set()
    for real, pseudonym in key_of.items():
        words = real.split()
        if len(words) < 2:
            continue
        for word in words:
            if parts.setdefault(word, pseudonym) != pseudonym:
                shared.add(word)
    return {w: p for w, p in parts.items() if w not in shared}


# what stands inside a person's name and names no one alone: particles ("Anna af Klint" is
# skipped for its small letter; "Van" and "De" when a key writes them so)
_PARTICLES = frozenset({"af", "av", "von", "van", "der", "den", "de", "da", "di", "du", "la"})
# a word of a name alone: letters, inner hyphens and apostrophes ("Anna-Lena", "O'Brien")
_PART = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


def parts_printed(
    key: Iterable[tuple[str, str, str]], printed: Mapping[str, str]
) -> dict[str, str]:
    """Each word of a person's whole name on the key (``key``: real name, pseudonym, kind)
    to the pseudonym ``printed`` gives the whole name: the first name or surname alone is
    that person, as `pseudonym suggest` proposes it. With only "Vendela Rask" on the key,
    "Vendela", "Vendelas" and "Rask" went out as written in every export, and nothing said
    so (pseudo36). Left out: a word on the key itself (its own entry stands), one two
    people's names share ("Anna" of Anna Berg and Anna Lind: whose?), one that reads as a
    pseudonym, a place's or an other's words ("Västra" of "Västra Götaland"), initials,
    particles and titles."""
    from qualcode.export.name_words import TITLES
    from qualcode.oneline import reads_as

    entries = list(key)
    taken = {reads_as(r) for r, _, _ in entries} | {reads_as(p) for p in printed.values()}
    # a coder's name is no longer left out: coders are printed by their own key
    # (pseudonym_coders.py), and "Karin" of the participant Karin Ek went out as written
    owners: dict[str, set[str | None]] = {}  # a word -> the pseudonyms of names holding it
    spelled: dict[str, str] = {}
    for real, _, kind in entries:
        words = real.split()
        if len(words) < 2:
            continue
        for word in words:
            person = kind in ("speaker", "person")
            owners.setdefault(reads_as(word), set()).add(printed.get(real) if person else None)
            spelled.setdefault(reads_as(word), word)
    found: dict[str, str] = {}
    for folded, pseudonyms in owners.items():
        word = spelled[folded]
        if len(pseudonyms) != 1 or folded in taken or len(word) < 2 or not word[:1].isupper():
            continue
        if not _PART.fullmatch(word) or word.casefold() in _PARTICLES | TITLES:
            continue
        (pseudonym,) = pseudonyms
        if pseudonym is not None:
            found[word] = pseudonym
    for real, _, kind in entries:
        # the surname with its particle ("af Klint" of "Anna af Klint"): read word by word,
        # "af Klint" went out as "af N2", the particle saying whose name it was (pseudo45)
        tail = _particle_tail(real) if kind in ("speaker", "person") else None
        surname = found.get(tail.split()[-1]) if tail else None
        if tail and surname and surname == printed.get(real) and reads_as(tail) not in taken:
            found[tail] = surname
    return found


def _particle_tail(name: str) -> str | None:
    """A person's surname from its particle on ("af Klint", "von der Berg"), or None."""
    words = name.split()
    for at in range(1, len(words) - 1):
        if words[at] in _PARTICLES and words[-1][:1].isupper():
            return " ".join(words[at:])
    return None
