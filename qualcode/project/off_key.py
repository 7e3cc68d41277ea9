"""What a lead's export prints as written because it is not on the pseudonym key, so that
she is told before the file leaves her hands: the key is hers to fill, and exports apply
only what is on it (the stored text never changes)."""

from __future__ import annotations

from qualcode.errors import ValidationError
from qualcode.project.pseudonyms import PseudonymMixin


class OffKeyMixin(PseudonymMixin):
    def _keeps_key(self, viewer: str | None) -> bool:
        """Whether ``viewer`` is a lead: the notes are for whoever keeps the key."""
        try:
            self._require_lead(viewer, "pseudonym key")
        except ValidationError:
            return False
        return True

    def places_off_key(self, viewer: str | None, doc_set: str | None = None) -> list[str]:
        """The municipalities (the attribute every report splits by) that are not on the
        key, for a lead writing an export: they print as written in its tables, charts and
        citations. `pseudonym suggest --apply` puts only speakers on the key unless told,
        and a lead took the key for done and sent a summary citing "IP2, unit manager,
        Norrvik" (eyes10). Empty for anyone but a lead, who alone keeps the key. With
        ``doc_set``, those of that set's documents: what an export of the set prints."""
        if not self._keeps_key(viewer):
            return []
        in_set = self.set_members(doc_set)
        on_key = {p.real.casefold() for p in self.store.pseudonyms.list()}
        places = {
            str(d.attributes.get("municipality") or "").strip()
            for d in self.store.documents.summaries()
            if in_set is None or d.id in in_set
        }
        return sorted(p for p in places if p and p.casefold() not in on_key)

    def speakers_off_key(self, viewer: str | None, doc_set: str | None = None) -> list[str]:
        """The interviewees' speaker labels that are not on the key (those `pseudonym
        suggest --apply` would key), for a lead writing a .qdpx. Quotes, tables and the
        .qdpx's cases cite such a participant as ``IP<n>``, but the .qdpx carries every
        transcript whole, and each of its turns prints the label as written: eyes13's
        lead found a case named IP1 in a .qdpx whose transcript read "Mats:" twenty times,
        and no word said so. Empty for anyone but a lead, who alone keeps the key. With
        ``doc_set``, the labels of that set's transcripts: what an export of the set prints
        (another document's label named in the note would be a name the file never holds)."""
        if not self._keeps_key(viewer):
            return []
        in_set = self.set_members(doc_set)
        said = (
            None
            if in_set is None
            else {t.speaker for d in in_set for t in self.store.documents.turns(d) if t.speaker}
        )
        on_key = {p.real.casefold() for p in self.store.pseudonyms.list()}
        return sorted(
            {
                c.real
                for c in self.suggest_pseudonyms(viewer, names=False)
                if c.kind == "speaker"
                and c.real.casefold() not in on_key
                and (said is None or c.real in said)
            }
        )
