"""The pseudonym key: kept in the project, seen and changed by the lead only, applied to
every export, report and quote when text is rendered (the stored text never changes).

A participant is cited by the pseudonym of their speaker label when it is on the key, and
otherwise as ``IP<n>``, n being the interview's place in name order, the same number
``suggest`` proposes, so a half-filled key still never prints a speaker's label. The
names proposed for the key are found in ``pseudonym_suggest.py``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from qualcode.model import Pseudonym
from qualcode.project.api_arguments import require_text
from qualcode.project.coder_pseudonyms import check_coders_apart
from qualcode.project.common_words import no_word, word_names
from qualcode.project.export_names import cited_names
from qualcode.project.pseudonym_clashes import KeyClashMixin
from qualcode.project.pseudonym_coders import CoderKeyMixin
from qualcode.project.pseudonym_interviewers import INTERVIEWER_WORD, interviewers_printed
from qualcode.project.pseudonym_names import composed, parts_printed, same_name
from qualcode.project.pseudonym_suggest import PseudonymSuggestMixin
from qualcode.project.pseudonym_words import in_language

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

    from qualcode.export.pseudonyms import Key
    from qualcode.model import PseudonymKind

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
        from qualcode.project.pseudonym_batch import put_on_key

        # the rules live once, for a batch: this is one of one (pseudonym_batch.py)
        entry = Pseudonym(real, pseudonym, cast("PseudonymKind", kind), generated)
        return put_on_key(self, [entry], viewer)[0]

    def remove_pseudonym(self, real: str, viewer: str | None) -> Pseudonym:
        self._require_lead(viewer, "pseudonym remove")
        # read under the write lock, as set_pseudonym does: the lead's other window may
        # put the name on the key meanwhile, and read before, its removal went unchecked
        with self.store.transaction():
            # typed either way: an entry kept decomposed (an older project's) is found too
            key = self.store.pseudonyms.list()
            # and in any case, as set_pseudonym finds it: 'pseudonym set maria X' replaced
            # Maria's entry, but 'pseudonym remove maria' said she was not on the key
            alike = [p for p in key if same_name(p.real) == same_name(real.strip())]
            entry = (
                self.store.pseudonyms.get(real.strip())
                or next((p for p in key if composed(p.real) == composed(real.strip())), None)
                or (alike[0] if len(alike) == 1 else None)
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
