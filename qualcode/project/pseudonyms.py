"""The pseudonym key: kept in the project, seen and changed by the lead only, applied to
every export, report and quote when text is rendered (the stored text never changes).

A participant is cited by the pseudonym of their speaker label when it is on the key, and
otherwise as ``IP<n>``, n being the interview's place in name order, the same number
``suggest`` proposes, so a half-filled key still never prints a speaker's label. The
names proposed for the key are found in ``pseudonym_suggest.py``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from qualcode.errors import SETTING, SettingError, ValidationError
from qualcode.model import PSEUDONYM_KINDS, Pseudonym, is_pseudonym_kind
from qualcode.project.api_arguments import require_text
from qualcode.project.coder_pseudonyms import check_coders_apart, check_participant_apart
from qualcode.project.common_words import no_word, word_names
from qualcode.project.export_names import cited_names
from qualcode.project.pseudonym_clashes import KeyClashMixin, check_reads_apart
from qualcode.project.pseudonym_coders import CoderKeyMixin
from qualcode.project.pseudonym_interviewers import INTERVIEWER_WORD, interviewers_printed
from qualcode.project.pseudonym_names import composed, parts_printed, same_name
from qualcode.project.pseudonym_suggest import PseudonymSuggestMixin
from qualcode.project.pseudonym_words import in_language

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

    from qualcode.export.pseudonyms import Key

_BY_US = frozenset({"interviewer"})  # naming a researcher: a coder is one (Key.attribute)


class PseudonymMixin(KeyClashMixin, PseudonymSuggestMixin, CoderKeyMixin):
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
        require_text(real, "pseudonym set: the real name")
        require_text(pseudonym, "pseudonym set: the pseudonym")
        require_text(viewer, "pseudonym set: the viewer", optional=True)
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
            before = {p.real: p.pseudonym for p in key}
            others = {r: p for r, p in before.items() if r != real}
            if self._compiled_key(others).leaks(pseudonym):
                raise ValidationError(
                    "pseudonym set: the pseudonym contains a real name on the key"
                )
            # its own name too: 'P-Alla' for Alla was taken, and every export then refused
            # as showing the name behind P-Alla, the pseudonym printed for her (user49b)
            if kind != "coder" and self._compiled_key({real: pseudonym}).leaks(pseudonym):
                raise ValidationError(
                    f"pseudonym set: {quoted} holds the real name itself; every export "
                    "would show it, so choose a pseudonym without it"
                )
            # the key as the store will list it with this name on: compiled once here, it
            # is the next name's key as it stands, compiled no more (``_compiled_key``)
            changed = [p for p in key if p.real != real]
            changed.append(Pseudonym(real, pseudonym, kind, generated))
            changed.sort(key=lambda p: (p.kind, p.pseudonym, p.real))
            after = {p.real: p.pseudonym for p in changed}
            made = (self._compiled_key(before), self._compiled_key(after))
            coders = [c.name for c in self.store.coders.list()]
            check_coders_apart(coders, before, after, f"pseudonym set: {quoted}", made)
            # each coder as exports will print her, by the one rule (``printed_coders``)
            printed = self._printed_coders(made[1], "en", changed)
            check_participant_apart(coders, real, pseudonym, f"pseudonym set: {quoted}", printed)
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

    def _compiled_key(self, entries: Mapping[str, str]) -> Key:
        """The participants' key of ``entries`` compiled, kept for the next name: a name put
        on the key compiled the key three times over and the key with it once more, each
        the whole key's patterns (hundreds of names: minutes of an import's write
        transaction, key49). Kept by the entries in their order, so a key kept is the key
        ``entries`` compile to, whatever changed between; the last three are kept."""
        from qualcode.export.pseudonyms import Key

        kept: dict[tuple[tuple[str, str], ...], Key]
        kept = self.__dict__.setdefault("_pseudonym_keys_compiled", {})
        asked = tuple(entries.items())
        if asked not in kept:
            while len(kept) >= 3:
                kept.pop(next(iter(kept)))
            kept[asked] = Key(entries)
        return kept[asked]

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
        require_text(viewer, "the viewer", optional=True)  # every report and export
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
        # and a name of one word that is also a word ("Berg", *ett berg*): capitalised only
        # (a surname with its particle, "af Klint", in any case: its particle is small)
        cased = [
            *(p for p in parts if p[:1].isupper()),
            *word_names(p.real for p in key if p.kind != "coder"),
        ]

        def keyed(
            entries: Mapping[str, str],
            coders: Mapping[str, str] | None = None,
            labels: Iterable[str] = (),
            researchers: Iterable[str] = (),
        ) -> Key:
            # made again as interviewers and coders join it, each time with the same
            # places, contacts and names that are also words
            return Key(
                entries, places, contacts, cased, coders, labels, researchers, plain_talk=no_word
            )

        found = keyed({**parts, **printed})
        # an interviewer whose name the key would touch in part, whole as a researcher
        taken = [n for p in key for n in (p.real, p.pseudonym)]
        researchers = self._interviewers_printed(found, taken, lang or main)
        if researchers:
            printed = {**researchers, **printed}
            found = keyed({**parts, **printed})
        # coders by their own key, never as a participant of their name (pseudonym_coders)
        # a label qualcode gave in the export's words ("Coder B"), one typed as typed
        shown = self._printed_coders(found, lang or main)
        if any(name != printed for name, printed in shown.items()):
            # a coder's own pseudonym stands for her name in the text too (a memo), where no
            # participant's entry reads it; a label written as her name is read as a label
            own = {n: p for n, p in shown.items() if n != p and not found.leaks(n)}
            # her whole name, where the participants' key reads a word of it ("Johan Ek"
            # beside the participant Johan), is hers whole: in part it printed "N1 Ek"
            own |= {
                n: p
                for n, p in shown.items()
                if n != p and " " in n.strip() and found.pseudonym(n) is None and found.leaks(n)
            }
            labels = {s for said in self.store.documents.speakers_in_order().values() for s in said}
            # in running text a name the participants' key reads is hers, in any case ("Som
            # Karin sa" was "Som Kodare B sa" beside coder Karin); a field stands for the
            # coder (Key.coder), and so does the interviewer attribute naming her (pseudo41)
            labels |= {n for n in shown if found.leaks(n)}
            entries = {**parts, **printed, **own}
            found = keyed(entries, shown, labels, _BY_US)
        # a document's name is a file's, whose small letters name her ('per 2024.docx')
        listed = [(d.id, d.name) for d in self.store.documents.summaries()]
        gone = self.store.documents.gone()  # a removed one's: the audit log still names it
        names = [n for _, n in listed] + list(cited_names(listed).values()) + gone
        # a document's name reads in the export's words, as its tables and citations do
        # (key_languages.py): an English summary's appendix, agenda headings and memos read
        # 'Kommun_C_01_socialsekreterare' beside 'Municipality C' (render45, pseudo46)
        found.names_files(names)
        if lang and any(p.generated for p in key):  # a place in its text's words
            from qualcode.export.key_languages import KeyLanguages
            from qualcode.ingest.languages import leaning

            found.languages = KeyLanguages(
                lambda other: self.pseudonym_key(viewer=viewer, lang=other), leaning
            )
            found.languages.holds(lang, found)
        held[asked] = found
        return found

    def _interviewers_printed(
        self, participants: Key, taken: list[str], lang: str
    ) -> dict[str, str]:
        """Each interviewer's name (the ``interviewer`` attribute, her labels) that
        ``participants`` would change in part, to a researcher's label in the export's
        words (``pseudonym_interviewers.py``); none where the key touches no interviewer."""
        names: list[str] = []
        asking = self.interviewer_labels()
        spoken = self.store.documents.speakers_in_order()
        for d in self.store.documents.summaries():
            names.append(str(d.attributes.get("interviewer") or ""))
            names += [s for s in spoken.get(d.id, []) if s in asking.get(d.id, ())]
        coders = {c.name.casefold() for c in self.store.coders.list()}

        def touched(name: str) -> bool:  # a name on the key whole keeps its entry
            return participants.pseudonym(name) is None and bool(participants.leaks(name))

        word = INTERVIEWER_WORD.get(lang, INTERVIEWER_WORD["en"])
        labels = [s for said in spoken.values() for s in said]  # "Intervjuare A:" is one
        words = INTERVIEWER_WORD.values()
        return interviewers_printed(names, touched, [*taken, *labels], coders, word, words)
