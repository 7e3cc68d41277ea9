"""What a lead's export prints as written because it is not on the pseudonym key, so that
she is told before the file leaves her hands: the key is hers to fill, and exports apply
only what is on it (the stored text never changes)."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING, cast

from qualcode.errors import SETTING, SettingError, ValidationError
from qualcode.model import PSEUDONYM_KINDS, Pseudonym
from qualcode.project.pseudonym_names import PseudonymCandidate, composed, without_pseudonyms
from qualcode.project.pseudonyms import PseudonymMixin

if TYPE_CHECKING:
    from qualcode.model import Memo, PseudonymKind

# said by every export a lead asks for with real names (`--real-names`): the file is hers,
# and no line said so; one sent on as it was written named every participant (pseudo35)
REAL_NAMES_NOTE = (
    "note: written with real names, not through the pseudonym key: the lead's own copy, "
    "not for sharing"
)

# the memos each export prints: the codings table each coding's, the .qdpx and the memos
# document every one; the summary those it recorded as printed (Summary.memos_printed)
MEMOS_IN = {
    "summary": ("code", "coding"),
    "codings": ("coding",),
    "qdpx": ("project", "code", "document", "coding"),
    "memos": ("project", "code", "document", "coding"),
}


class OffKeyMixin(PseudonymMixin):
    summary_memos: frozenset[str] | None  # the last summary's memos (SummaryMixin)

    def _keeps_key(self, viewer: str | None) -> bool:
        """Whether ``viewer`` is a lead: the notes are for whoever keeps the key."""
        try:
            self._require_lead(viewer, "pseudonym key")
        except ValidationError:
            return False
        return True

    def apply_suggested_pseudonyms(
        self, viewer: str | None, kinds: Collection[str] = ("speaker",)
    ) -> tuple[list[PseudonymCandidate], list[PseudonymCandidate]]:
        """Put ``suggest_pseudonyms``' candidates of ``kinds`` that are not on the key yet
        on it as proposed, all in one transaction (a refusal writes none of them); a first
        name that is also an ordinary word (``also_word``: "Sten", "Will") is left to the
        lead, since on the key every capitalised "Will" is replaced, "Will you come?" too.
        Returns (put on the key, left to the lead). The rule lived in `pseudonym suggest
        --apply` alone, which read an unknown kind ("speakers") as none and said nothing,
        and wrote each name in a transaction of its own (review37)."""
        self._require_lead(viewer, "pseudonym suggest")
        for kind in sorted(set(kinds) - set(PSEUDONYM_KINDS)):
            raise SettingError(
                "kinds", f"{SETTING} {kind!r}: use {', '.join(PSEUDONYM_KINDS)}", kind=kind
            )
        if not kinds:  # `--kinds "$UNSET"` put nothing on the key and exited 0 (red team 37)
            raise SettingError(
                "kinds", f"{SETTING} names no kind: use {', '.join(PSEUDONYM_KINDS)}"
            )
        chosen = [c for c in self.suggest_pseudonyms(viewer) if c.kind in kinds and not c.on_key]
        put = [c for c in chosen if not c.also_word]
        from qualcode.project.pseudonym_batch import put_on_key

        # judged in one pass, each name by `pseudonym set`'s rules (pseudonym_batch.py)
        entries = [Pseudonym(c.real, c.pseudonym, cast("PseudonymKind", c.kind), True) for c in put]
        from qualcode.project.qdpx_key import check_key_limits

        check_key_limits(  # the import's limits: one apply holds the write lock no longer
            [c.real for c in put],
            "pseudonym suggest --apply: this apply",
            "one apply puts on the key, as an import restores; put fewer kinds on at a time, "
            "or set names one by one; nothing was put on the key",
        )
        put_on_key(self, entries, viewer)
        return put, [c for c in chosen if c.also_word]

    def places_off_key(
        self, viewer: str | None, doc_set: str | None = None, docs: Sequence[str] | None = None
    ) -> list[str]:
        """The municipalities (the attribute every report splits by) that are not on the
        key, for a lead writing an export: they print as written in its tables, charts and
        citations. `pseudonym suggest --apply` puts only speakers on the key unless told,
        and a lead took the key for done and sent a summary citing "IP2, unit manager,
        Norrvik" (eyes10). Empty for anyone but a lead, who alone keeps the key. With
        ``doc_set``, those of that set's documents: what an export of the set prints; with
        ``docs`` (`export summary --docs`), those of the documents chosen: a summary of Åby
        and Ekstad's interviews was told Norrvik printed as written too (lead33)."""
        if not self._keeps_key(viewer):
            return []
        in_set = self.documents_in_view(docs, doc_set)
        # either composition: a place an older key holds decomposed is on it (red team 37)
        on_key = {composed(p.real).casefold() for p in self.store.pseudonyms.list()}
        places = {
            composed(str(d.attributes.get("municipality") or "").strip())
            for d in self.store.documents.summaries()
            if in_set is None or d.id in in_set
        }
        return sorted(p for p in places if p and p.casefold() not in on_key)

    def speakers_off_key(
        self, viewer: str | None, doc_set: str | None = None, docs: Sequence[str] | None = None
    ) -> list[str]:
        """The interviewees' speaker labels that are not on the key (those `pseudonym
        suggest --apply` would key), for a lead writing a .qdpx. Quotes, tables and the
        .qdpx's cases cite such a participant as ``IP<n>``, but the .qdpx carries every
        transcript whole, and each of its turns prints the label as written: eyes13's
        lead found a case named IP1 in a .qdpx whose transcript read "Mats:" twenty times,
        and no word said so. Empty for anyone but a lead, who alone keeps the key. With
        ``doc_set``, the labels of that set's transcripts: what an export of the set prints
        (another document's label named in the note would be a name the file never holds);
        with ``docs`` (`reconcile agenda --docs`), those of the documents chosen."""
        if not self._keeps_key(viewer):
            return []
        in_set = self.documents_in_view(docs, doc_set)
        said = (
            None
            if in_set is None
            else {t.speaker for d in in_set for t in self.store.documents.turns(d) if t.speaker}
        )
        # as the key prints a label: "Vendela" of "Vendela Rask" on the key is printed as
        # its pseudonym, and a note calling it printed as written misled the lead (pseudo36)
        key = self.pseudonym_key(False, viewer)
        return sorted(
            {
                c.real
                for c in self.suggest_pseudonyms(viewer, names=False)
                if c.kind == "speaker"
                and key.pseudonym(c.real) is None
                and (said is None or c.real in said)
            }
        )

    def names_off_key(
        self, viewer: str | None, doc_set: str | None = None, docs: Sequence[str] | None = None
    ) -> list[str]:
        """The names `pseudonym suggest` finds in what the transcripts say (people, places,
        workplaces, a speaker's name in another's turn) that the key does not replace, in
        the documents an export of ``doc_set`` (or of ``docs``) prints, for a lead writing
        it: quoted, they go out as written. `pseudonym suggest --apply` keys speakers alone
        unless told, and a lead who took the key for done sent a summary quoting "Åsa hade
        redan slutat" with no word said; places and memos had their notes, the talk none
        (pseudo39). Labels are left out (``speakers_off_key``), as are the municipalities
        (``places_off_key``) and names seen only in memos (``memos_off_key``). Empty for
        anyone but a lead, who alone keeps the key."""
        if not self._keeps_key(viewer):
            return []
        # the documents' summaries read once for the suggestions and the talk
        # (``store.held``); the texts one at a time as each reading goes through them
        # (``each_text``): held at once, they were the study's size after every export
        with self.store.held.holding():
            return self._names_off_key(viewer, doc_set, docs)

    def _names_off_key(
        self, viewer: str | None, doc_set: str | None, docs: Sequence[str] | None
    ) -> list[str]:
        key = self.pseudonym_key(False, viewer)
        off = {
            c.real
            for c in self.suggest_pseudonyms(viewer)
            if not c.on_key
            and c.where != "municipality"
            and not c.where.startswith("memo ")
            and key.pseudonym(c.real) is None
        }
        if not off:
            return []
        from qualcode.export.pseudonyms import Key

        finder = Key(dict.fromkeys(off, "\u2022"))
        in_set = self.documents_in_view(docs, doc_set)
        ids = [d.id for d in self.store.documents.summaries() if in_set is None or d.id in in_set]
        found: set[str] = set()
        for doc_id, text in self.store.documents.each_text(ids).items():  # one at a time
            said = _without_labels(text, [t.start for t in self.store.documents.turns(doc_id)])
            found.update(finder.leaks(key.apply(said)))  # as the export prints it
        return sorted(found)

    def memos_off_key(
        self,
        viewer: str | None,
        export: str,
        doc_set: str | None = None,
        docs: Sequence[str] | None = None,
    ) -> int:
        """How many of the memos ``export`` (a key of ``MEMOS_IN``) prints hold a name
        `pseudonym suggest` proposes and the key lacks, for a lead writing it: the export
        applies the key to a memo as to the documents, so such a name goes out as typed.
        A participant's full name typed in a memo reached the memos export unchanged, and
        no word said so (eyes31). 0 for anyone but a lead, who alone keeps the key; with
        ``doc_set``, the memos on that set's documents and codings (and the others). The
        summary's are those the summary this project last wrote printed, as its builder
        recorded them (``summary_memos``; ``doc_set`` and ``docs`` are its own): a summary
        of one document was told of a name in a memo on another's (small33a), one of some
        codes of memos on the others, a workbook of the memos on codes it has no place for."""
        if export not in MEMOS_IN:
            raise ValidationError(f"memos off key: no export {export!r}")
        if not self._keeps_key(viewer):
            return 0
        memos = self._memos_printed(export, doc_set, docs)
        if not memos:  # no need to look for names
            return 0
        from qualcode.export.pseudonyms import Key

        on_key = {p.real.casefold() for p in self.store.pseudonyms.list()}
        off = {
            c.real
            for c in self.suggest_pseudonyms(viewer)
            if not c.on_key and c.real.casefold() not in on_key
        }
        # the key's own matcher, so a name counts where the export would replace it if
        # keyed ("Berg" in "Bergs", not in "berget"), read in the text as the key prints
        # it: "Anna" of "Anna Berg" is gone once the whole name is on the key
        key = self.pseudonym_key(False, viewer)
        finder = Key(dict.fromkeys(off, "\u2022"))
        # a pseudonym written as one ("Vera says") is no name off the key even where the
        # same word begins a real name off it ("Vera Lind"): read as the export prints
        # it, with the key's pseudonyms standing alone blanked (as `pseudonym suggest` reads
        # memos), so only the real name counts
        # (a pseudonym that is also a name off the key, a speaker's label "Vera", stays:
        # which of the two a memo means nobody can tell, so it counts)
        entries = self.store.pseudonyms.list()
        real = {p.real.casefold() for p in entries} | {o.casefold() for o in off}
        printed = {p.pseudonym for p in entries if p.pseudonym.casefold() not in real}
        return sum(1 for m in memos if finder.leaks(without_pseudonyms(key.apply(m.text), printed)))

    def _memos_printed(
        self, export: str, doc_set: str | None, docs: Sequence[str] | None = None
    ) -> list[Memo]:
        """The live memos ``export`` prints (those of ``doc_set``'s documents, or of the
        documents ``docs`` chosen, and their codings, and every memo on a code or the
        project); the summary's as it recorded them."""
        kinds = MEMOS_IN[export]
        memos = [m for m in self.store.memos.list() if m.target_kind in kinds]
        if export == "summary":
            if self.summary_memos is None:
                raise ValidationError("memos off key: no summary written yet to count them in")
            return [m for m in memos if m.id in self.summary_memos]
        # the memos export has no set nor chosen documents: every memo
        in_set = None if export == "memos" else self.documents_in_view(docs, doc_set)
        if in_set is None:
            return memos
        coded = {c.id for c in self.store.codings.list() if c.document_id in in_set}
        return [
            m
            for m in memos
            if (m.target_kind == "document" and m.target_id in in_set)
            or (m.target_kind == "coding" and m.target_id in coded)
            or m.target_kind not in ("document", "coding")
        ]


def _without_labels(text: str, starts: Sequence[int]) -> str:
    """``text`` with each turn's speaker label ("Karin: ") blanked: from the start of the
    line a turn begins on to where its words begin (a turn's ``start``)."""
    chars = list(text)
    for start in starts:
        line = text.rfind("\n", 0, start) + 1
        chars[line:start] = " " * (start - line)
    return "".join(chars)
