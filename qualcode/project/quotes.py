"""Quotes for papers: the lead's exemplars and translations of codings."""

from __future__ import annotations

from qualcode.errors import ValidationError
from qualcode.model import LANGS, Coding
from qualcode.project.base import Service


class QuotesMixin(Service):
    def pin_exemplar(self, ref: str, viewer: str | None, unpin: bool = False) -> Coding:
        """Pin a coding as an exemplar quote of its theme (the lead's choice comes first
        in every summary), or take the pin off."""
        person = self.store.coders.by_name(viewer) if viewer else None
        if person is None or person.role != "lead":
            raise ValidationError("code pin: exemplars are the lead's choice; pass --coder LEAD")
        coding = self.store.codings.resolve(ref)
        with self.store.transaction():
            changed = (
                self.store.quotes.unpin(coding.id)
                if unpin
                else self.store.quotes.pin(coding.id, person.name)
            )
            if changed:
                action = "exemplar.unpin" if unpin else "exemplar.pin"
                self.store.audit.append(person.name, action, {"coding": coding.id})
        return coding

    def exemplars(self) -> set[str]:
        return self.store.quotes.pinned()

    def translate_coding(self, ref: str, lang: str, text: str, translator: str | None) -> Coding:
        """The coding's passage in ``lang``: a summary in that language quotes it so."""
        if not translator:
            raise ValidationError("code translate: say who translates with --coder NAME")
        person = self.store.coders.by_name(translator)
        if lang not in LANGS:
            raise ValidationError(f"--lang {lang!r}: use {' or '.join(LANGS)}")
        text = " ".join(text.split())
        if not text:
            raise ValidationError("code translate: the translation is empty")
        coding = self.store.codings.resolve(ref)
        if person.role != "lead" and coding.coder_id != person.id:
            raise ValidationError(
                f"code translate: {coding.id[:8]} is not {person.name}'s coding "
                "(a coder translates their own; a lead any)"
            )
        source = self.store.documents.summaries()
        doc_lang = next((d.lang for d in source if d.id == coding.document_id), None)
        if doc_lang == lang:
            raise ValidationError(f"code translate: the passage is already in {lang}")
        with self.store.transaction():
            self.store.quotes.translate(coding.id, lang, text, person.name)
            self.store.audit.append(
                person.name, "coding.translate", {"coding": coding.id, "lang": lang}
            )
        return coding

    def translations(self) -> dict[tuple[str, str], str]:
        """Translations by (coding id, language)."""
        return self.store.quotes.translations()
