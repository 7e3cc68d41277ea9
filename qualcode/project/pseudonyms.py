"""The pseudonym key: kept in the project, seen and changed by the lead only, applied to
every export, report and quote when text is rendered (the stored text never changes).

A participant is cited by the pseudonym of their speaker label when it is on the key, and
otherwise as ``IP<n>``, n being the interview's place in name order, the same number
``suggest`` proposes, so a half-filled key still never prints a speaker's label.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from qualcode.errors import SETTING, SettingError, ValidationError
from qualcode.model import PSEUDONYM_KINDS, Pseudonym, is_pseudonym_kind
from qualcode.project.coder_pseudonyms import check_coders_apart, check_participant_apart
from qualcode.project.export_names import cited_names
from qualcode.project.name_scans import kept_scans
from qualcode.project.pseudonym_clashes import KeyClashMixin, check_reads_apart
from qualcode.project.pseudonym_coders import CoderKeyMixin
from qualcode.project.pseudonym_names import (
    PseudonymCandidate,
    composed,
    named_candidates,
    parts_on_key,
    parts_printed,
    same_name,
    without_pseudonyms,
)
from qualcode.project.pseudonym_speakers import written_as_words
from qualcode.project.pseudonym_words import in_language, placeholder

if TYPE_CHECKING:
    from qualcode.export.pseudonyms import Key

# speaker labels that name a part, not a person ("I", "R", "Intervjuare")
ROLE_LABELS = frozenset(
    {
        *("i", "r", "ip", "a", "q", "f", "s", "int", "resp", "intervjuare", "interviewer"),
        *("respondent", "informant", "moderator", "fråga", "svar"),
    }
)


# the attributes whose values are no one's name, or are read apart (a place goes on the
# key as a place; the interviewer is a researcher)
_READ_APART = frozenset({"municipality", "role", "date", "lang", "language", "interviewer"})
_BY_US = frozenset({"interviewer"})  # naming a researcher: a coder is one (Key.attribute)


def memo_where(memo_id: str) -> str:
    """Where ``suggest`` says a name was seen when it is in a memo: ``memo`` and the first
    eight characters of its id, as the memo list shows it."""
    return f"memo {memo_id[:8]}"


class PseudonymMixin(KeyClashMixin, CoderKeyMixin):
    def pseudonyms(self, viewer: str | None) -> list[Pseudonym]:
        """The key (real name -> pseudonym), for a lead's eyes only: the participants',
        then the coders' own (kind ``coder``)."""
        self._require_lead(viewer, "pseudonym list")
        return [*self.store.pseudonyms.list(), *self.coder_pseudonyms(viewer)]

    def set_pseudonym(
        self,
        real: str,
        pseudonym: str,
        viewer: str | None,
        kind: str = "person",
        *,
        generated: bool = False,
    ) -> Pseudonym:
        """Put ``real`` on the key as ``pseudonym`` (replacing its old pseudonym);
        ``generated`` when it is ``suggest_pseudonyms``' proposal taken as it stands (a
        place's is then printed in each export's language, see ``pseudonym_words``). Kind
        ``coder`` gives a coder her own pseudonym (``set_coder_pseudonym``)."""
        if kind == "coder":
            return self.set_coder_pseudonym(real, pseudonym, viewer)
        self._require_lead(viewer, "pseudonym set")
        real, pseudonym = composed(real.strip()), composed(pseudonym.strip())
        if not real or not pseudonym:
            raise ValidationError("pseudonym set: give a real name and a pseudonym")
        if "\n" in real or "\n" in pseudonym:
            raise ValidationError("pseudonym set: a name is one line")
        from qualcode.oneline import check_name

        check_name(real, "pseudonym set: the real name")  # no ESC, tab or other control
        if not any(c.isalpha() for c in real):
            # '(' or '*' was put on the key, and every export then replaced each bracket or
            # star of the text by the pseudonym (redteam40)
            from qualcode.oneline import shown

            raise ValidationError(
                f"pseudonym set: the real name {shown(real)} has no letter; a name has at "
                "least one",
                key="pseudonym_real_no_letter",
                name=real,
            )
        check_name(pseudonym, "pseudonym set: the pseudonym")  # printed in every export
        from qualcode.oneline import reads_as

        def reading(name: str) -> str:
            # a pseudonym that reads as a real name prints that name in every export:
            # 'Bеngt' (a Cyrillic е) for Bengt was taken, and the leak check looks for the
            # letters, not for how they read (red team 8)
            return reads_as(name)

        quoted = repr(pseudonym) if pseudonym.isascii() else ascii(pseudonym)
        if reading(real) == reading(pseudonym):
            raise ValidationError(f"pseudonym set: {quoted} would leave the name as it reads")
        if not is_pseudonym_kind(kind):
            kinds = ", ".join((*PSEUDONYM_KINDS, "coder"))
            raise SettingError("kind", f"{SETTING} {kind!r}: use {kinds}")
        # read under the write lock: a second window of the lead (`pseudonym suggest
        # --apply` beside the TUI) may put a name on the key meanwhile; read before,
        # "Karin Ek" -> "IP1" and "Anna Berg" -> "IP1" both passed, two people as one
        with self.store.transaction():
            key = self.store.pseudonyms.list()
            # the key matches in any case and either composition: "elin" replaces the
            # entry for "Elin"; one an older project kept decomposed is replaced composed
            same = next((p.real for p in key if same_name(p.real) == same_name(real)), real)
            if same != composed(same):
                self.store.pseudonyms.remove(same)
                key = self.store.pseudonyms.list()
            real = composed(same)
            if any(reading(p.real) == reading(pseudonym) for p in key):
                raise ValidationError(
                    f"pseudonym set: {quoted} is itself a real name on the key, or reads as one"
                )
            # and the other way round: a real name that is another name's pseudonym. The key
            # then printed the word for one participant and replaced it for another, so a
            # memo's "Vera" written for the participant keyed as Vera went out as the real
            # Vera's pseudonym, and nothing warned of either (safety33)
            clash = next(
                (p for p in key if p.real != real and reading(p.pseudonym) == reading(real)),
                None,
            )
            if clash is not None:
                named = repr(real) if real.isascii() else ascii(real)
                raise ValidationError(
                    f"pseudonym set: {named} is the pseudonym of another name on the key, or "
                    "reads as it; give that name another pseudonym first (`qualcode pseudonym "
                    f"set REAL PSEUDONYM`), then put {named} on the key"
                )
            check_reads_apart(pseudonym, [p.pseudonym for p in key if p.real != real])
            from qualcode.export.pseudonyms import Key

            if Key({p.real: p.pseudonym for p in key if p.real != real}).leaks(pseudonym):
                raise ValidationError(
                    "pseudonym set: the pseudonym contains a real name on the key"
                )
            before = {p.real: p.pseudonym for p in key}
            coders = [c.name for c in self.store.coders.list()]
            check_coders_apart(
                coders, before, {**before, real: pseudonym}, f"pseudonym set: {quoted}"
            )
            after = {**before, real: pseudonym}
            check_participant_apart(coders, after, real, pseudonym, f"pseudonym set: {quoted}")
            if any(reading(own) == reading(pseudonym) for own in self._coder_key().values()):
                raise ValidationError(  # quotes cited as by a coder ('Kodare K')
                    f"pseudonym set: {quoted} is a coder's own pseudonym, or reads as one; "
                    "give the participant another"
                )
            self.check_speakers_apart(before, after, f"pseudonym set: {quoted}")
            self._participant_named_as_coder(real, pseudonym)  # coder karin is not Karin
            self.store.pseudonyms.set(real, pseudonym, kind, viewer or "", generated)
            # the audit names the pseudonym only: the real name stays in one place; and the
            # one it replaces, which the exports already shared printed (red team 41)
            replaced = {"from": before[real]} if before.get(real, pseudonym) != pseudonym else {}
            self.store.audit.append(
                viewer or "", "pseudonym.set", {"pseudonym": pseudonym, "kind": kind, **replaced}
            )
        return Pseudonym(real, pseudonym, kind, generated)

    def remove_pseudonym(self, real: str, viewer: str | None) -> Pseudonym:
        self._require_lead(viewer, "pseudonym remove")
        # read under the write lock, as set_pseudonym does: the lead's other window may
        # put the name on the key meanwhile, and read before, its removal went unchecked
        with self.store.transaction():
            # typed either way: an entry kept decomposed (an older project's) is found too
            key = self.store.pseudonyms.list()
            entry = self.store.pseudonyms.get(real.strip()) or next(
                (p for p in key if composed(p.real) == composed(real.strip())), None
            )
            if entry is not None:  # karin as 'johan' and johan off the key: both 'johan'
                before = {p.real: p.pseudonym for p in key}
                after = {r: p for r, p in before.items() if r != entry.real}
                coders = [c.name for c in self.store.coders.list()]
                check_coders_apart(coders, before, after, f"pseudonym remove: {entry.real!r}")
            old = self.store.pseudonyms.remove(entry.real if entry else real.strip())
            self.store.audit.append(
                viewer or "", "pseudonym.remove", {"pseudonym": old.pseudonym, "kind": old.kind}
            )
        return old

    def pseudonym_key(
        self,
        real_names: bool = False,
        viewer: str | None = None,
        lang: str | None = None,
        *,
        as_stored: bool = False,
    ) -> Key:
        """The key every export applies, replacing names and contact details (an e-mail
        address, a phone number, a personnummer; contacts.py); an empty one only when a
        lead asks for real names. A place's pseudonym qualcode proposed reads in ``lang``'s
        words (the export's language), or in the project's (most documents') for an export
        written in none: the codings table, the reports and the TUI's listed "Kommun C"
        beside "Municipality A" in an English study with one Swedish interview, where the
        English summary said "Municipality C". One the lead typed stays as typed, and so
        does a proposal that would then read as another pseudonym on the key; ``as_stored``
        keeps every proposal as stored (a YAML codebook, which holds both languages)."""
        from qualcode.export.pseudonyms import Key

        if real_names:
            self._require_lead(viewer, "real names", "real_names")
            return Key({})
        from qualcode.export.contacts import KINDS
        from qualcode.project.keys_held import held_keys
        from qualcode.texts import texts

        held, asked = held_keys(self), (viewer, lang, as_stored)  # an export's, made once
        if asked in held:
            return held[asked]
        key = self.store.pseudonyms.list()
        # a place or workplace also begins compounds ("Storforsmodellen"); a person's
        # name does not ("Annandag")
        places = [p.real for p in key if p.kind in ("place", "workplace")]
        # e-mail addresses, phone numbers, personnummer: in the export's words
        main = next(iter(self.store.documents.languages()), "sv")
        lang = None if as_stored else lang or main
        words = texts(lang or main, "summary")
        contacts = {kind: words[f"contact_{kind}"] for kind in KINDS}
        printed = {p.real: p.pseudonym for p in key}
        for p in (p for p in key if lang and p.generated):
            said = in_language(p.pseudonym, lang or "")
            if said and said not in printed.values():
                printed[p.real] = said
        # a person's first name or surname alone is that person (pseudonym_names.py)
        parts = parts_printed([(p.real, p.pseudonym, p.kind) for p in key], printed)
        found = Key({**parts, **printed}, compounds=places, contacts=contacts, cased=parts)
        # coders by their own key, never as a participant of their name (pseudonym_coders)
        # a label qualcode gave in the export's words ("Coder B"), one typed as typed
        shown = self._printed_coders(found, lang or main)
        if any(name != printed for name, printed in shown.items()):
            # a coder's own pseudonym stands for her name in the text too (a memo), where no
            # participant's entry reads it; a label written as her name is read as a label
            own = {n: p for n, p in shown.items() if n != p and not found.leaks(n)}
            labels = {s for said in self.store.documents.speakers_in_order().values() for s in said}
            # in running text a name the participants' key reads is hers, in any case ("Som
            # Karin sa" was "Som Kodare B sa" beside coder Karin); a field stands for the
            # coder (Key.coder), and so does the interviewer attribute naming her (pseudo41)
            labels |= {n for n in shown if found.leaks(n)}
            entries = {**parts, **printed, **own}
            found = Key(entries, places, contacts, parts, shown, labels, researchers=_BY_US)
        # a document's name is a file's, whose small letters name her ('per 2024.docx')
        listed = [(d.id, d.name) for d in self.store.documents.summaries()]
        gone = self.store.documents.gone()  # a removed one's: the audit log still names it
        names = [n for _, n in listed] + list(cited_names(listed).values()) + gone
        found.names_files(names)
        if lang and lang != main and any(p.generated for p in key):
            # a document is named alike in every export, in the project's words: the codings
            # sheet's 'Kommun_C_01.txt' was the English memos' 'Municipality_C_01.txt'
            # (and as a summary cites it: "aby_plan", export_names.cited_names)
            found.named_alike(names, self.pseudonym_key(viewer=viewer, lang=main))
        if lang and any(p.generated for p in key):  # a place in its text's words
            from qualcode.export.key_languages import KeyLanguages
            from qualcode.ingest.languages import leaning

            found.languages = KeyLanguages(
                lambda other: self.pseudonym_key(viewer=viewer, lang=other), leaning
            )
            found.languages.holds(lang, found)
        held[asked] = found
        return found

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
        for doc_id, n in sorted(numbers.items(), key=lambda item: item[1]):
            labels = Counter(t.speaker for t in self.store.documents.turns(doc_id) if t.speaker)
            for label, turns in labels.items():
                speakers.add(label)
                low = label.lower()
                if low in ROLE_LABELS or label in asking.get(doc_id, ()):
                    continue
                if label.casefold() in roles:
                    continue
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
        texts = self.store.documents.texts(list(summaries) if off or names else [])
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
            return list(found.values())
        named = {summaries[d].name: text for d, text in texts.items()}
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
        # a pseudonym seen in a memo only as the first word of a whole name ("Vera Lind") is
        # the whole name's part: the whole name is proposed, and the part alone would put
        # the pseudonym on the key as a real name, which the key refuses
        return [
            c
            for c in candidates.values()
            if not (c.where.startswith("memo ") and c.kind != "speaker" and c.real in printed)
        ]
