"""The coders' own pseudonym key, apart from the participants'.

Coders are not participants. One key served both, so a participant "Karin" keyed as IP1
printed coder karin as IP1 in the agreement rows, the audit and the codings' coder column,
a coder reported as an interviewee (pseudo40). A coder is now printed by her own entry
(`pseudonym set karin "Kodare A" --kind coder`), else by her name, or, where the
participants' key would replace that name, as "Kodare C" / "Coder C"; never as a
participant's pseudonym. The participants' names in the text are replaced as before.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from qualcode.errors import SETTING, ValidationError
from qualcode.model import Pseudonym
from qualcode.project.base import Service
from qualcode.project.coder_pseudonyms import (
    CODER_KEY,
    printed_coders,
    read_coder_key,
    write_coder_key,
)

if TYPE_CHECKING:
    from qualcode.export.pseudonyms import Key
    from qualcode.store import Store

# what a coder is called where her name would read as a participant's
CODER_WORD = {"sv": "Kodare", "en": "Coder"}


class CoderKeyMixin(Service):
    def _require_lead(self, viewer: str | None, what: str, asked: str | None = None) -> None:
        """Refuse the key to anyone but a lead. ``asked`` is the setting that asked for it
        (``real_names``): a coder's refusal names it, as each face calls it, for ``what``."""
        if not viewer:
            raise ValidationError(
                f"{what}: the pseudonym key is for the lead only; pass {SETTING}=LEAD",
                setting="viewer",
            )
        person = self.person(viewer, what)
        if person.role != "lead":
            raise ValidationError(
                f"{SETTING if asked else what}: {viewer} is not a lead; the pseudonym key is "
                "for the lead only",
                setting=asked,
            )

    def _coder_key(self) -> dict[str, str]:
        """The coders' key as stored: coder id -> pseudonym ("" where her name on the
        participants' key is a participant's)."""
        return read_coder_key(self.store.settings.get(CODER_KEY))

    def _compiled_key(self, entries: Mapping[str, str]) -> Key:
        """The participants' key of ``entries`` compiled, kept for the next name or coder's
        pseudonym: each compiled the whole key's patterns (hundreds of names: minutes of an
        import's write transaction, key49; a .qdpx's coders one after another, key50).
        Kept by the entries in their order, so a key kept is the key ``entries`` compile
        to, whatever changed between; the last three are kept."""
        from qualcode.export.pseudonyms import Key

        kept: dict[tuple[tuple[str, str], ...], Key]
        kept = self.__dict__.setdefault("_pseudonym_keys_compiled", {})
        asked = tuple(entries.items())
        if asked not in kept:
            while len(kept) >= 3:
                kept.pop(next(iter(kept)))
            kept[asked] = Key(entries)
        return kept[asked]

    def coder_pseudonyms(self, viewer: str | None) -> list[Pseudonym]:
        """The coders' own key, for a lead's eyes only (kind ``coder``)."""
        self._require_lead(viewer, "pseudonym list")
        own = self._coder_key()
        return [
            Pseudonym(c.name, own[c.id], "coder") for c in self.store.coders.list() if own.get(c.id)
        ]

    def automatic_coder_labels(self, viewer: str | None) -> list[Pseudonym]:
        """The coders printed by a label qualcode gave them ("Kodare B"), not one the lead
        typed: in the project's words here, in each export's words in exports ("Coder B"
        in English), where a typed one prints as typed in every language. ``pseudonym
        list`` showed neither, so a lead could not tell why "Kodare A" stayed Swedish in
        an English export while another coder's label turned English (pseudo40b)."""
        self._require_lead(viewer, "pseudonym list")
        main = next(iter(self.store.documents.languages()), "sv")
        by_lang = {lang: self.pseudonym_key(viewer=viewer, lang=lang) for lang in CODER_WORD}
        here = by_lang.get(main, by_lang["en"])
        return [
            Pseudonym(c.name, here.coder(c.name), "coder", generated=True)
            for c in self.store.coders.joined()
            if len({key.coder(c.name) for key in by_lang.values()}) > 1
        ]

    def set_coder_pseudonym(self, coder: str, pseudonym: str, viewer: str | None) -> Pseudonym:
        """Print the coder ``coder`` as ``pseudonym`` in every export (agreement rows, the
        audit, coder columns, memo authors, and her name in the text where no participant
        of that name is on the key). Refused where it would read as her name, as a name or
        pseudonym on the participants' key, or as another coder as printed."""
        self._require_lead(viewer, "pseudonym set")
        from qualcode.oneline import check_name, reads_as, shown

        pseudonym = pseudonym.strip()
        what = f"pseudonym set: {shown(pseudonym)}"
        if not pseudonym or "\n" in pseudonym:
            raise ValidationError("pseudonym set: give the coder's pseudonym, on one line")
        check_name(pseudonym, "pseudonym set: the pseudonym")
        with self.store.transaction():
            person = self.store.coders.find(coder.strip())
            if person is None:
                raise ValidationError(
                    f"pseudonym set: {shown(coder)} is no coder of this project (--kind coder "
                    "gives a coder her own pseudonym)"
                )
            if reads_as(pseudonym) == reads_as(person.name):
                raise ValidationError(f"{what} would leave the name as it reads")
            key = self.store.pseudonyms.list()
            said = {reads_as(n) for p in key for n in (p.real, p.pseudonym)}
            if reads_as(pseudonym) in said:
                raise ValidationError(
                    f"{what} is a name or pseudonym on the participants' key, or reads as "
                    "one; a coder would be read as a participant"
                )
            # the participants' key as compiled for the last coder (a .qdpx brings them
            # one after another) or for the last name put on it (``_compiled_key``)
            participants = {p.real: p.pseudonym for p in key}
            if self._compiled_key(participants).leaks(pseudonym):
                raise ValidationError(f"{what} contains a real name on the key")
            own = self._coder_key()
            others = self.pseudonym_key().coder
            for other in self.store.coders.list():
                if other.id != person.id and reads_as(pseudonym) in {
                    reads_as(other.name),
                    reads_as(own.get(other.id) or others(other.name)),
                }:
                    raise ValidationError(
                        f"{what} reads as the coder {shown(others(other.name))} as exports "
                        "print her; agreement rows could not tell them apart"
                    )
            from qualcode.project.pseudonym_clashes import check_reads_apart

            check_reads_apart(pseudonym, [])  # no mark that shows as nothing
            # the pseudonym replaced, which exports already shared printed (red team 41)
            was = own.get(person.id)
            replaced = {"from": was} if was is not None and was != pseudonym else {}
            own[person.id] = pseudonym
            self.store.settings.put(CODER_KEY, write_coder_key(own))
            self.store.audit.append(
                viewer or "",
                "pseudonym.coder",
                {"coder": person.id, "pseudonym": pseudonym, **replaced},
            )
        return Pseudonym(person.name, pseudonym, "coder")

    def remove_coder_pseudonym(self, coder: str, viewer: str | None) -> Pseudonym:
        """Take a coder's own pseudonym off the coders' key: she is printed by her name
        again (or as "Kodare C" where that is a participant's too)."""
        self._require_lead(viewer, "pseudonym remove")
        from qualcode.oneline import shown

        with self.store.transaction():
            person = self.store.coders.find(coder.strip())
            own = self._coder_key()
            if person is None or not own.get(person.id):
                raise ValidationError(
                    f"pseudonym remove: {shown(coder)} is no coder with a pseudonym of her own"
                )
            old = own[person.id]
            own[person.id] = ""
            self.store.settings.put(CODER_KEY, write_coder_key(own))
            self.store.audit.append(
                viewer or "", "pseudonym.coder_remove", {"coder": person.id, "pseudonym": old}
            )
        return Pseudonym(person.name, old, "coder")

    def _participant_named_as_coder(self, real: str, pseudonym: str) -> None:
        """Note, in the lead's transaction putting ``real`` on the participants' key, that
        a coder of that name is not the one meant where the transcripts have a participant
        of it (a speaker's label, or the name in the talk): a participant Karin typed in
        printed coder karin as her pseudonym. Where they have none, the entry is the
        coder's, as it always was (`pseudonym set karin "Kodare A"`)."""
        from qualcode.oneline import reads_as

        own = self._coder_key()
        named = [c for c in self.store.coders.list() if reads_as(c.name) == reads_as(real)]
        named = [c for c in named if c.id not in own]
        if not named:
            return
        labels = self.store.documents.speakers_in_order().values()
        if not any(reads_as(s) == reads_as(real) for said in labels for s in said):
            from qualcode.export.pseudonyms import Key

            finder = Key({real: pseudonym})
            ids = [d.id for d in self.store.documents.summaries()]
            if not any(finder.leaks(t) for t in self.store.documents.texts(ids).values()):
                return
        marked = {c.id: "" for c in named}
        self.store.settings.put(CODER_KEY, write_coder_key({**own, **marked}))

    def _printed_coders(
        self, participants: Key, lang: str, key: Sequence[Pseudonym] | None = None
    ) -> dict[str, str]:
        """Each coder's name -> as exports in ``lang`` print her (``printed_coders``), with
        the participants' ``key`` as stored, or as given: a change judged before it is made
        (``set_pseudonym``) asks the rule every export follows, not a copy of it that could
        read a coder otherwise."""
        key = self.store.pseudonyms.list() if key is None else key
        # an older key's entry for a coder's name, typed by the lead, was hers
        typed = {p.real: p.pseudonym for p in key if p.kind != "speaker" and not p.generated}
        return printed_coders(
            self.store.coders.joined(),
            self._coder_key(),
            typed,
            [n for p in key for n in (p.real, p.pseudonym)],
            lambda name: bool(participants.leaks(name)),
            CODER_WORD.get(lang, CODER_WORD["en"]),
            CODER_WORD.values(),
        )


def labels_held(store: Store) -> set[str]:
    """Every automatic label, in every language, that a coder already in the project is printed as
    or would be where her name had to go (``printed_coders`` with every name replaced): a
    newcomer named so moved her to the next letter (``check_not_a_label``)."""
    key = store.pseudonyms.list()
    typed = {p.real: p.pseudonym for p in key if p.kind != "speaker" and not p.generated}
    taken = [n for p in key for n in (p.real, p.pseudonym)]
    coders = store.coders.joined()
    own = read_coder_key(store.settings.get(CODER_KEY))
    held: set[str] = set()
    for word in CODER_WORD.values():
        shown = printed_coders(
            coders, own, typed, taken, lambda _name: True, word, CODER_WORD.values()
        )
        typed_for = {*own.values(), *typed.values()}  # the lead's, not qualcode's labels
        held |= {label for name, label in shown.items() if label not in (name, *typed_for)}
    return held
