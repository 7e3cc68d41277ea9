"""Names proposed for the pseudonym key (``pseudonym suggest``; the TUI's ``I``): the
interviewees' speaker labels, the places of the municipality attribute and, unless asked
not to, the people, places and workplaces named in the texts, the memos and the documents'
attributes. Kept apart from ``pseudonyms.py``, which keeps the key itself (set, remove, and
the ``Key`` every export applies): proposing names reads every text; keeping the key reads
none.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import replace
from typing import Any

from qualcode.project.name_scans import kept_scans
from qualcode.project.pseudonym_coders import CoderKeyMixin
from qualcode.project.pseudonym_interviewers import label_words, only_in_labels
from qualcode.project.pseudonym_names import (
    PseudonymCandidate,
    named_candidates,
    parts_on_key,
    same_name,
    without_pseudonyms,
)
from qualcode.project.pseudonym_speakers import head_interviewee_of, written_as_words
from qualcode.project.pseudonym_words import placeholder

# speaker labels that name a part, not a person ("I", "R", "Intervjuare", "Participant"):
# on the key, "Participant" -> IP1 rewrote the exports' own words too ("IP1:s who voiced
# it" for "Participants who voiced it"), and the participant is cited by her number anyway
ROLE_LABELS = frozenset(
    {
        *("i", "r", "ip", "a", "q", "f", "s", "int", "resp", "intervjuare", "interviewer"),
        *("respondent", "informant", "moderator", "fråga", "svar"),
        *("participant", "deltagare", "interviewee", "intervjuperson", "intervjuad"),
    }
)


# a part's label with a number, as UK and US transcripts number their interviewees ("R1",
# "P2", "Respondent 3"): every interview may have its own "R1", so it names no one person
_PART_NUMBER = re.compile(r"[ \t]*\d{1,4}[a-z]?$")


def part_label(label: str) -> bool:
    """Whether a speaker label names a part, not a person: a ``ROLE_LABELS`` word, alone
    or numbered ("R1"). "R1" was proposed for the key as the first interview's IP1, and
    applied, the "R1" of every other interview was cited as IP1 too: two women's words
    under one citation in a paper (user50b)."""
    low = label.strip().casefold()
    return low in ROLE_LABELS or _PART_NUMBER.sub("", low) in ROLE_LABELS


# the attributes whose values are no one's name, or are read apart (a place goes on the
# key as a place; the interviewer is a researcher)
_READ_APART = frozenset({"municipality", "role", "date", "lang", "language", "interviewer"})


def memo_where(memo_id: str) -> str:
    """Where ``suggest`` says a name was seen when it is in a memo: ``memo`` and the first
    eight characters of its id, as the memo list shows it."""
    return f"memo {memo_id[:8]}"


class PseudonymSuggestMixin(CoderKeyMixin):  # its lead check (`_require_lead`)
    """The names proposed for the key, for a lead's eyes only; ``PseudonymMixin`` keeps it."""

    # the last answer, by what it read (store view, change mark, names): an export's notes
    # ask twice (off_key.py), each a read of every text (1.2 s CPU on 1,000 documents)
    _suggested_read: tuple[tuple[Any, ...], list[PseudonymCandidate]] | None = None

    def suggest_pseudonyms(
        self, viewer: str | None, names: bool = True
    ) -> list[PseudonymCandidate]:
        """Candidates for the key: interviewees' speaker labels (``IP<n>``), the values of
        the municipality attribute (places) and, unless ``names`` is off, the people,
        places and workplaces named in the documents' text and in the memos
        (``export/names.py``); a name first seen in a memo is shown as seen in
        ``memo <id>``, the first characters of its id (`memo list` finds it)."""
        self._require_lead(viewer, "pseudonym suggest")
        read = (self.store, self.store.change_mark(), names)
        if self._suggested_read is None or self._suggested_read[0] != read:
            found = self._suggested(names)
            # the texts' scans this read kept (``kept_scans``) are this connection's own
            # change and change no answer: with no other's commit meanwhile, the answer
            # stands for the file as it is now, or the memos' note read every text again
            mark = self.store.change_mark()
            if mark[0] == read[1][0]:
                read = (self.store, mark, names)
            self._suggested_read = (read, found)
        return list(self._suggested_read[1])

    def _suggested(self, names: bool) -> list[PseudonymCandidate]:
        on_key = {p.real for p in self.store.pseudonyms.list()}
        numbers = self.participant_numbers()
        cited = self.speaker_pseudonyms()  # two in one interview: IP3a, IP3b
        summaries = {d.id: d for d in self.store.documents.summaries()}
        coders = {c.name.lower() for c in self.store.coders.list()}
        found: dict[str, PseudonymCandidate] = {}
        speakers: set[str] = set()
        # a label or place on the key, or a speaker's first name whose whole name is, is
        # proposed under the key's pseudonym: "Vendela" of "Vendela Rask" (IP20) was IP13,
        # and applied, one person was printed two ways (pseudo35)
        key_of = {p.real: p.pseudonym for p in self.store.pseudonyms.list()}
        keyed = {**parts_on_key(key_of), **key_of}
        key_by_name = {same_name(real): pseudonym for real, pseudonym in key_of.items()}
        # a label that is a document's role ("Politiker:" in the politician's interview)
        # names a part, not a person: on the key it was replaced in every export, the role
        # column and the codebook's definitions too ("samtalas om mellan IP3, ...") (eyes6)
        roles = {str(d.attributes.get("role", "")).casefold() for d in summaries.values()}
        asking = self.interviewer_labels()  # named so, or plainly asking the questions
        asked: dict[str, Counter[str]] = {}  # the interviewers' labels and their turns
        for doc_id, n in sorted(numbers.items(), key=lambda item: item[1]):
            labels = Counter(t.speaker for t in self.store.documents.turns(doc_id) if t.speaker)
            for label, turns in labels.items():
                speakers.add(label)
                if label in asking.get(doc_id, ()):
                    asked.setdefault(doc_id, Counter())[label] = turns
                low = label.lower()
                if part_label(label) or label in asking.get(doc_id, ()):
                    continue
                if label.casefold() in roles:
                    continue
                if cited[doc_id].get(label) == label:
                    continue  # the team's own code ("IP7"), cited as it stands: no name
                # a participant who shares a coder's name ("Karin:" answering, coder karin
                # in the project) is proposed, marked: skipped, her name stayed in every
                # transcript an export carries and wherever another turn names her
                coder = low in coders
                if label not in found:
                    found[label] = PseudonymCandidate(
                        label,
                        keyed.get(label)
                        or (key_by_name.get(same_name(label)) if coder else None)
                        or cited[doc_id].get(label, f"IP{n}"),
                        "speaker",
                        turns,
                        summaries[doc_id].name,
                        label in on_key or (coder and same_name(label) in key_by_name),
                        coder_name=coder,
                    )
        # a label the texts also write as a word ("Will", "Mark", "Bo") is left to the lead,
        # as a name found in the text is: on the key, "Will you tell me ...?" printed
        # "IP1 you tell me ...?" (pseudo37). Texts are read only when a label is off the
        # key or names are looked for: an export's note of labels off the key reads none
        off = [c.real for c in found.values() if not c.on_key]
        # each text read as it is looked at, never the study's at once (``each_text``)
        texts = self.store.documents.each_text(list(summaries) if off or names else [])
        for label in written_as_words(off, texts.values()):
            found[label] = replace(found[label], also_word=True)
        # a place's pseudonym is in the project's language (most documents'), every place
        # alike: a UK team's key read "Kommun A" (eyes7), and by each place's documents a
        # Swedish study's read "Municipality A" for Ekstad, interviewed in English, beside
        # "Kommun B" (pseudo40b). An export in another language reads it in its own words
        main = next(iter(self.store.documents.languages()), "sv")
        places = {str(d.attributes.get("municipality") or "") for d in summaries.values()}
        for i, place in enumerate(sorted(places - {""})):
            if place not in found:
                found[place] = PseudonymCandidate(
                    place,
                    key_of.get(place) or placeholder("municipality", i, main),
                    "place",
                    0,
                    "municipality",
                    place in on_key,
                )
        if not names:
            return [keyed_alike(c, *key_alike(key_of)) for c in found.values()]
        named = NamedTexts(texts, {d: summaries[d].name for d in texts})
        # each transcript's scan as the file keeps it: read once, not by every export
        scans = {summaries[d].name: scan for d, scan in kept_scans(self.store, texts).items()}
        # the memos too, after the documents (a name seen in both is shown where the text
        # has it): a participant's name typed in a memo went out as written in the memos
        # export, the codings' memo column and the .qdpx's notes, since no key held it
        printed = set(key_of.values()) - set(key_of)  # a pseudonym, not a real name too
        for memo in self.store.memos.list():
            where = memo_where(memo.id)
            named.setdefault(where, without_pseudonyms(memo.text, printed))
        # and a document's attributes (not its place, role, date, language or interviewer,
        # read apart): a sheet's name column ('namn': "Mats Holmqvist") went out as "IP7
        # Holmqvist" in the codings export and the .qdpx, no key holding her surname
        for d in summaries.values():
            values = [str(v) for k, v in d.attributes.items() if k not in _READ_APART]
            if any(v.strip() for v in values):
                where = f"attributes of {d.name}"
                named.setdefault(where, without_pseudonyms("\n".join(values), printed))
        in_main = dict.fromkeys(named, main)  # a place named in a text: as above
        candidates = named_candidates(named, in_main, found, speakers, coders, key_of, scans)
        # an interviewee her transcript's head names, above turns labelled "IP:", is the
        # participant (only the head's text read: each pass reads each text once, mem46)
        docs = self.store.documents
        for doc_id, each in cited.items():
            label, as_cited = next(iter(each.items())) if len(each) == 1 else ("", "")
            if part_label(label):
                head = head_interviewee_of(docs, doc_id, docs.turns(doc_id))
                candidates = _cited_by_head(candidates, head, as_cited)
        # a pseudonym seen in a memo only as the first word of a whole name ("Vera Lind") is
        # the whole name's part: the whole name is proposed, and the part alone would put
        # the pseudonym on the key as a real name, which the key refuses
        # a word seen only in the interviewer's labels ("Ek" of "Johan Ek:", the role word
        # of "Intervjuare Johan:") is no name said in the talk (pseudonym_interviewers.py)
        words, own = label_words(asked), {s for said in asked.values() for s in said}
        alike = key_alike(key_of)
        return [
            keyed_alike(c, *alike)
            for c in candidates.values()
            if not (c.where.startswith("memo ") and c.kind != "speaker" and c.real in printed)
            and (c.kind == "speaker" or not only_in_labels(c.real, c.seen, words, own))
        ]


def _cited_by_head(
    candidates: dict[str, PseudonymCandidate], head: str | None, as_cited: str
) -> dict[str, PseudonymCandidate]:
    """``candidates`` with the interviewee a transcript's head names (``head``:
    "Intervjuperson: Birgitta Holmqvist") and every part of her name proposed under her
    citation (``as_cited``, IP1): proposed as a person of her own (N1), the key printed
    "jag heter N1" in the quote cited "IP1" (user50). A name on the key stays as it is."""
    found = candidates.get(head or "")
    if found is None or found.on_key or found.pseudonym == as_cited:
        return candidates
    return {
        real: replace(c, pseudonym=as_cited)
        if c.pseudonym == found.pseudonym and not c.on_key
        else c
        for real, c in candidates.items()
    }


def key_alike(key_of: Mapping[str, str]) -> tuple[dict[str, str], dict[str, str]]:
    """The key's names and the words of its whole names, each as ``same_name`` reads it
    (any case, either composition), to their pseudonyms: what ``keyed_alike`` looks in."""
    whole = {same_name(real): pseudonym for real, pseudonym in key_of.items()}
    parts = {same_name(word): pseudonym for word, pseudonym in parts_on_key(key_of).items()}
    return whole, parts


def keyed_alike(
    candidate: PseudonymCandidate, whole: Mapping[str, str], parts: Mapping[str, str]
) -> PseudonymCandidate:
    """``candidate`` as the key holds it when the key spells her name in another case or
    composition ("maria berg" for the text's "Maria Berg"): on the key, under its
    pseudonym, as ``set_pseudonym`` reads the two as one name; and a word of such a name
    ("Maria") under the whole name's pseudonym (``key_alike``). Compared letter for letter,
    both were proposed afresh, and ``--apply`` replaced the lead's own X1 with N1 and put
    "Maria" on the key as N1 beside it (hostile50)."""
    if candidate.on_key:
        return candidate
    name = same_name(candidate.real)
    if name in whole:
        return replace(candidate, pseudonym=whole[name], on_key=True)
    if name in parts:
        return replace(candidate, pseudonym=parts[name])
    return candidate


class NamedTexts(Mapping[str, str]):
    """The documents' texts by document name, each read when asked for (``texts``: by
    id; ``names``: each id's name), then the other texts the names are looked for in,
    by where they were seen (a memo, a document's attributes), added by ``setdefault``."""

    def __init__(self, texts: Mapping[str, str], names: Mapping[str, str]) -> None:
        self._texts = texts
        self._ids = {names[doc]: doc for doc in texts}
        self._more: dict[str, str] = {}

    def __getitem__(self, key: str) -> str:
        if key in self._ids:
            return self._texts[self._ids[key]]
        return self._more[key]

    def __contains__(self, key: object) -> bool:
        return key in self._ids or key in self._more

    def __iter__(self) -> Iterator[str]:
        yield from self._ids
        yield from self._more

    def __len__(self) -> int:
        return len(self._ids) + len(self._more)

    def setdefault(self, key: str, text: str) -> str:
        """``text`` under ``key`` unless a text is there already (a dict's setdefault)."""
        if key not in self:
            self._more[key] = text
            return text
        return self[key]
