"""Quotes for papers: the lead's exemplars and translations of codings."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from qualcode.errors import SETTING, QualcodeError, SettingError, ValidationError
from qualcode.model import LANGS, Coder, Coding
from qualcode.oneline import check_free_text
from qualcode.project.api_arguments import require_text
from qualcode.project.base import Service
from qualcode.project.source_paths import kept_name


@dataclass(slots=True)
class TranslationImport:
    """What a translation sheet changed: new or changed, the same as before, left empty."""

    translated: int = 0
    unchanged: int = 0
    skipped: int = 0


def _check_translation(coding: Coding, lang: str, person: Coder, doc_lang: str | None) -> None:
    """A coder translates their own codings, a lead any; never into the passage's language."""
    if person.role != "lead" and coding.coder_id != person.id:
        raise ValidationError(
            f"code translate: {coding.id[:8]} is not {person.name}'s coding "
            "(a coder translates their own; a lead any)",
            key="translate_not_yours",
            name=person.name,
        )
    if doc_lang == lang:
        raise ValidationError(
            f"code translate: the passage is already in {lang}",
            key="translate_already_swedish" if lang == "sv" else "translate_already_english",
        )


def _check_live(coding: Coding, what: str, live: Collection[str] | None = None) -> None:
    """A removed coding is quoted nowhere: a pin or a translation on it is refused; so is
    one on a document taken out of the project (not among ``live``, the live documents)."""
    if coding.deleted_at:
        raise ValidationError(
            f"code {what}: coding {coding.id[:8]} was removed and is quoted nowhere; "
            "restore it first",
            key="quote_removed",
        )
    if live is not None and coding.document_id not in live:
        raise ValidationError(
            f"code {what}: coding {coding.id[:8]} is on a document removed from the "
            "project and is quoted nowhere",
            key="quote_document_removed",
        )


class QuotesMixin(Service):
    def pin_exemplar(self, ref: str, viewer: str | None, unpin: bool = False) -> Coding:
        """Pin a coding as an exemplar quote of its theme (the lead's choice comes first
        in every summary), or take the pin off."""
        person = self.person(viewer, "pin an exemplar") if viewer else None
        if person is None or person.role != "lead":
            raise ValidationError(
                f"code pin: exemplars are the lead's choice; pass {SETTING}=LEAD", setting="viewer"
            )
        # looked up under the lock: a coding removed meanwhile (or before) is quoted in
        # no summary, so a pin on it was a success line for an exemplar shown nowhere
        with self.store.transaction():
            coding = self.store.codings.resolve(ref)
            if not unpin:
                _check_live(coding, "pin")
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
        require_text(ref, "code translate: the coding")
        require_text(text, "code translate: the translation")
        require_text(translator, "code translate: the translator", optional=True)
        if not translator:
            raise ValidationError(
                f"code translate: say who translates ({SETTING}=NAME)", setting="translator"
            )
        person = self.person(translator, "translate")
        if lang not in LANGS:
            raise SettingError("lang", f"{SETTING} {lang!r}: use {' or '.join(LANGS)}")
        text = " ".join(text.split())
        if not text:
            raise ValidationError("code translate: the translation is empty", key="translate_empty")
        check_free_text(text, "code translate: the translation")  # quoted in every export
        with self.store.transaction():  # looked up under the lock, as a pin is
            coding = self.store.codings.resolve(ref)
            langs = {d.id: d.lang for d in self.store.documents.summaries()}
            _check_live(coding, "translate", langs)
            _check_translation(coding, lang, person, langs[coding.document_id])
            self.store.quotes.translate(coding.id, lang, text, person.name)
            self.store.audit.append(
                person.name, "coding.translate", {"coding": coding.id, "lang": lang}
            )
        return coding

    def import_translations(
        self, path: str | Path, translator: str | None, lang: str | None = None
    ) -> TranslationImport:
        """Translations from a spreadsheet (.csv or .xlsx) with a coding ``id`` column and a
        ``translation`` column, such as ``export codings`` writes for a translator to fill
        in. The language is ``lang``, else the row's ``translation_language``, else the
        other language of the coding's document. Empty translations are skipped; every row
        is checked before any is written."""
        from qualcode.export.cells import XLSX_CELL_MAX, cut_part
        from qualcode.project.translation_sheet import read_sheet

        if not translator:
            raise ValidationError(
                f"code translations: say who translates ({SETTING}=NAME)", setting="translator"
            )
        person = self.person(translator, "translate")
        if lang is not None and lang not in LANGS:
            raise SettingError("lang", f"{SETTING} {lang!r}: use {' or '.join(LANGS)}")
        source = Path(path)
        langs = {d.id: d.lang for d in self.store.documents.summaries()}
        old = self.store.quotes.translations()
        # a passage's translation is shown on every coding of it (export codings): a row
        # that repeats it is unchanged, not a new translation
        by_id = {c.id: c for c in self.store.codings.list()}
        shown = {
            (c.document_id, c.code, c.start, c.end, into): text
            for (coding_id, into), text in old.items()
            if (c := by_id.get(coding_id)) is not None
        }
        planned: dict[tuple[str, str], str] = {}
        given: dict[tuple[str, str], tuple[int, str]] = {}  # each row's, by coding and language
        report = TranslationImport()
        for line, ref, row_lang, text in read_sheet(source):
            where = f"{source.name}: line {line}"
            text = " ".join(text.split())
            if not text:
                report.skipped += 1
                continue
            check_free_text(text, f"{where}: the translation")
            try:
                coding = self.store.codings.resolve(ref)
                # a removed coding, or one of a removed document, is quoted nowhere: its
                # translation was written all the same, and came back with the coding
                _check_live(coding, "translate", langs)
            except QualcodeError as exc:
                raise ValidationError(f"{where}: {exc}; nothing imported") from None
            doc_lang = langs[coding.document_id]
            into = lang or row_lang or ("en" if doc_lang == "sv" else "sv")
            if into not in LANGS:
                raise ValidationError(f"{where}: language {into!r}: use {' or '.join(LANGS)}")
            try:
                _check_translation(coding, into, person, doc_lang)
            except QualcodeError as exc:
                raise ValidationError(f"{where}: {exc}") from None
            first = given.setdefault((coding.id, into), (line, text))
            if first[1] != text:  # two rows for one coding: the later one won without a word
                raise ValidationError(
                    f"{where}: coding {coding.id[:8]} is translated into {into} on line "
                    f"{first[0]} too, differently; keep one row for it, nothing imported"
                )
            place = (coding.document_id, coding.code, coding.start, coding.end, into)
            before = old.get((coding.id, into), shown.get(place))
            if before == text:
                report.unchanged += 1
            elif (kept := cut_part(text)) is not None:
                # the workbook's cell held only the beginning of a long translation: the
                # stored one stays whole; a cut text is never written over it
                if before is None or not before.startswith(kept.rstrip()):
                    raise ValidationError(
                        f"{where}: the translation was cut at Excel's cell limit of "
                        f"{XLSX_CELL_MAX:,} characters; nothing imported (a .csv holds it "
                        "whole, or use code translate)"
                    )
                report.unchanged += 1
            else:
                planned[(coding.id, into)] = text
        with self.store.transaction():
            for (coding_id, into), text in planned.items():
                self.store.quotes.translate(coding_id, into, text, person.name)
            self.store.audit.append(
                person.name,
                "coding.translate_import",
                {"file": kept_name(source), "translations": len(planned)},
            )
        report.translated = len(planned)
        return report

    def translations(self) -> dict[tuple[str, str], str]:
        """Translations by (coding id, language)."""
        return self.store.quotes.translations()
