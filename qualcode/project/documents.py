"""Importing transcripts and reading documents back."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import replace
from pathlib import Path

from qualcode.errors import (
    SETTING,
    DuplicateDocumentError,
    IngestError,
    ProjectError,
    QualcodeError,
    SettingError,
    ValidationError,
    one_line,
)
from qualcode.ingest.attributes import AttributeSheet, read_attributes_csv
from qualcode.ingest.attributes import composed as composed_name
from qualcode.model import LANGS, Document, DocumentSummary, Turn, Unit
from qualcode.project.base import Service
from qualcode.project.doc_checks import (
    AttributeLooks,
    check_attribute_names,
    check_document_name,
    choose_lang,
)
from qualcode.project.import_report import ImportReport, read_note
from qualcode.project.source_paths import fingerprint, spellings
from qualcode.store import Store
from qualcode.store.documents import composed
from qualcode.textbytes import refuse_binary

DEMO_SETTING = "demo"  # set by the demo builder: the only projects it may replace


def owned_now(store: Store) -> None:
    """A document was imported: a demo holds someone's own transcript now, so its mark
    goes (`qualcode demo` rebuilt it from scratch and lost the transcript, since only
    the mark was asked). Called inside the import's write transaction."""
    if store.settings.get(DEMO_SETTING) == "1":
        store.settings.put(DEMO_SETTING, "")


class DocumentsMixin(Service):
    def import_files(
        self,
        paths: Sequence[str | Path],
        *,
        lang: str = "auto",
        attributes: Mapping[str, str] | None = None,
        attributes_csv: str | Path | None = None,
        actor: str = "qualcode",
    ) -> ImportReport:
        """Import transcripts; each file is all-or-nothing and failures are reported."""
        from qualcode import ingest

        if lang not in (*LANGS, "auto"):
            raise ValidationError(f"unknown language {lang!r}; use sv, en or auto")
        self.store.require_writable()  # before reading files or loading spaCy (1.5 s)
        sheet = read_attributes_csv(Path(attributes_csv)) if attributes_csv else None
        from qualcode.project.file_patterns import expanded

        # a quoted pattern, within the TUI prompt's bound, refused before any file is read
        named = expanded(list(paths))
        report = ImportReport()
        # the project's attributes as they read, once for every file of this import
        looks = AttributeLooks(self.store.documents.attribute_values)
        for raw_path in named:
            path = Path(raw_path)
            # "." or "/" has no name: its refusal read "error: : .: is a folder"
            shown = path.name or str(path)
            try:
                attrs = _sheet_row(sheet, path)
                raw = ingest.read_document(path)
                attrs.update(attributes or {})
                doc_lang = choose_lang(lang, attrs.pop("lang", None), raw.text, path.name)
                summary = self._add_document(
                    name=composed_name(path.name),  # as typed later, not as macOS spells it
                    text=raw.text,
                    turns=raw.turns,
                    lang=doc_lang,
                    attributes=attrs,
                    source_path=str(path),
                    actor=actor,
                    looks=looks,
                )
                report.imported.append(summary)
                note = read_note(raw.metadata)
                if note:
                    report.notes.append((path.name, note))
            except ProjectError:
                raise  # the project itself cannot take the import: no point in the next file
            except QualcodeError as exc:
                message = str(exc)  # its quotes escaped (one_line), so the prefix is too
                prefix = f"{one_line(shown)}: "
                if exc.setting is not None:
                    report.settings[len(report.failed)] = exc
                if exc.key:
                    report.keyed[len(report.failed)] = exc
                report.failed.append((shown, message.removeprefix(prefix)))
            except OSError as exc:
                report.failed.append((shown, exc.strerror or str(exc)))
        if sheet is not None and report.imported:  # none: the refusals say why, alone
            report.sheet = sheet.source
            report.rows_not_applied = self._rows_naming_nothing(sheet, paths)
        return report

    def _rows_naming_nothing(self, sheet: AttributeSheet, paths: Sequence[str | Path]) -> list[str]:
        """The sheet's rows that name (by file name, or by it without its suffix, as a row
        is matched) no file given to this import and no live document in the project. A
        file given but refused is named by its row: its refusal says the rest."""
        names: set[str] = set()
        for name in [Path(p).name for p in paths] + [
            d.name for d in self.store.documents.summaries()
        ]:
            names.update((composed_name(name), composed_name(Path(name).stem)))
        return [row for row in sheet.rows if row not in names]

    def import_text(
        self,
        name: str,
        text: str,
        *,
        lang: str = "auto",
        attributes: Mapping[str, str] | None = None,
        actor: str = "qualcode",
    ) -> DocumentSummary:
        """Import a transcript given as a string (speaker turns are recognised). Its lines
        are read as a plain text file's are, whatever ``name`` ends in (``plain_text``),
        but the string is kept as given, normalised only as every text is (NFC, ``\\n``
        line ends, no trailing spaces, at most one blank line): a PDF's running heads and
        page numbers are taken out when a file is read, not from a notebook's string,
        whose offsets, worked out on it, would then have fallen on other words. Where that
        normalising changes the string (a trailing space, a third line end, a decomposed
        "e\\u0301"), offsets after the change move: a notebook reads them on the stored
        text, ``document(id).text``, as every coding is read (review46), or maps them with
        ``qualcode.offset_in_stored(text, offset)``; the summary returned says whether the
        stored text differs from ``text`` (``normalised``, types47)."""
        from qualcode import ingest

        self.store.require_writable()  # before segmenting, which loads spaCy
        check_document_name(name)  # before its name is quoted in any other refusal
        if not isinstance(text, str):  # bytes, None: a TypeError deep in the reading
            raise IngestError(f"{name}: the text must be a string, not {type(text).__name__}")
        refuse_binary(text, name)  # as a file of the same text is
        _, plain = ingest.plain_text(text)  # a PDF's text: its line ends are its pages'
        clean = ingest.normalise(text)
        if not clean.strip():
            raise IngestError(f"{name}: the text is empty")
        ingest.check_text(name, clean)
        added = self._add_document(
            name=name,
            text=clean,
            turns=ingest.find_turns(clean, plain=plain),
            lang=choose_lang(lang, None, clean, name),
            attributes=dict(attributes or {}),
            source_path=None,
            actor=actor,
        )
        # said, so a notebook whose offsets were worked out on ``text`` maps them
        # (``offset_in_stored``) instead of coding the words a few characters on (types47);
        # line ends or spaces cut from the end alone move no offset within the text
        return replace(added, normalised=not text.startswith(clean))

    def _add_document(
        self,
        *,
        name: str,
        text: str,
        turns: Sequence[Turn],
        lang: str,
        attributes: Mapping[str, str],
        source_path: str | None,
        actor: str,
        looks: AttributeLooks | None = None,
    ) -> DocumentSummary:
        from qualcode.nlp.units import segment

        check_document_name(name)
        check_attribute_names(attributes, name)
        sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
        self._refuse_duplicate(name, sha, source_path)  # early, before the segmentation
        units = segment(text, turns, lang)
        with self.store.transaction():
            # again inside the write transaction: two imports racing cannot both pass it
            # (and the unique index on the live content hash backs it up)
            self._refuse_duplicate(name, sha, source_path)
            looks = looks or AttributeLooks(self.store.documents.attribute_values)
            looks.refuse(attributes, name)
            doc_id = self.store.documents.insert(
                name=name,
                lang=lang,
                text=text,
                sha256=sha,
                # its absolute path's hash: a file first named from its folder ('plan.docx')
                # and later by its full path is one file, and no folder is kept
                source_path=None if source_path is None else fingerprint(source_path),
                attributes=attributes,
                turns=turns,
                units=units,
            )
            owned_now(self.store)
            # the attributes it came with: where a later change (document.attributes) started
            self.store.audit.append(
                actor,
                "document.import",
                {"document": doc_id, "name": name, "sha256": sha, "attributes": dict(attributes)},
            )
        looks.add(composed(attributes))
        return next(d for d in self.store.documents.summaries() if d.id == doc_id)

    def _refuse_duplicate(self, name: str, sha: str, source_path: str | None = None) -> None:
        """A content is imported once, and so is a file: a live document of the same name
        read from the same path is that file, even where its text now reads otherwise
        (edited since, or read anew by a newer reader: a Word list's numbers, a PDF's
        paragraphs). Importing the folder again to add one interview brought every such
        file in a second time under the same name, each reported as imported."""
        if other := self.store.documents.find_by_sha256(sha):
            raise DuplicateDocumentError(
                f"{name}: same content as {other!r}, already in the project; a content is "
                "imported once",
                key="document_same_content",
                other=other,
            )
        if source_path is not None and self.store.documents.find_by_source(
            name, spellings(source_path)
        ):
            raise DuplicateDocumentError(
                f"{name}: already imported from this file, whose text now reads otherwise "
                "(edited, or read anew); remove the old document first to import it again",
                key="document_imported_before",
            )

    def documents(self, doc_set: str | None = None) -> list[DocumentSummary]:
        """Every document (or the document set ``doc_set``'s), without texts (cheap at
        thousands of documents)."""
        found = self.store.documents.summaries()
        in_set = self.set_members(doc_set)
        return found if in_set is None else [d for d in found if d.id in in_set]

    def documents_stamp(self) -> tuple[int, int, int]:
        """A mark that moves when documents arrive (another coder's ``qualcode import``
        while the TUI is open), cheap enough to ask every second: the documents are counted
        (from an index) only when the file changed since the last asking."""
        mark = self.store.change_mark()
        known: tuple[tuple[int, int], tuple[int, int, int]] | None
        known = self.__dict__.get("_documents_stamp")
        if known is not None and known[0] == mark:
            return known[1]
        stamp = self.store.documents.stamp()
        self.__dict__["_documents_stamp"] = (mark, stamp)
        return stamp

    def document(self, ref: str) -> Document:
        """A document by id, unambiguous id prefix or name."""
        return self.store.documents.get(self.store.documents.resolve(ref))

    def turns(self, ref: str) -> list[Turn]:
        return self.store.documents.turns(self.store.documents.resolve(ref))

    def units(self, ref: str) -> list[Unit]:
        return self.store.documents.units(self.store.documents.resolve(ref))

    def set_attributes(
        self,
        ref: str,
        attributes: Mapping[str, str],
        actor: str = "qualcode",
        *,
        looks: AttributeLooks | None = None,
    ) -> None:
        """Set (add or change) a document's attributes; the others stay.

        Attributes split every report by municipality, role or date, so they are the
        lead's to change and, for a document a coder imported, that coder's (who knows
        the interview); anyone else is refused. The audit entry keeps what each changed
        attribute was before (``from``), so a report that shifted can be explained.
        ``looks``: the project's attributes as they read, kept by a caller setting many
        documents' (a sheet), so they are read once, not once per document.
        """
        check_attribute_names(attributes, ref)
        attributes = composed(attributes)  # as stored: the audit's 'from' compares alike
        if actor != "qualcode":
            self.require_self(actor, "change document attributes")
        # the document found under the write lock: the lead's other window may take it out
        # meanwhile; found before, its attributes were changed after its removal
        with self.store.transaction():
            doc_id, name = self._attributes_changeable(ref)
            before = self.store.documents.attributes([doc_id]).get(doc_id, {})
            looks = looks or AttributeLooks(self.store.documents.attribute_values)
            looks.refuse(attributes, name, before)  # its own values are no other's
            self.store.documents.set_attributes(doc_id, attributes)
            self.store.audit.append(
                actor,
                "document.attributes",
                {
                    "document": doc_id,
                    "name": name,
                    "attributes": dict(attributes),
                    "from": {
                        k: before.get(k) for k in attributes if before.get(k) != attributes[k]
                    },
                },
            )
        looks.add(attributes, before)

    def check_attribute_change(self, ref: str) -> None:
        """Refuse at once whoever may not change the document's attributes (the rule of
        ``set_attributes``), so a face asks before anyone types new values."""
        self._attributes_changeable(ref)

    def _attributes_changeable(self, ref: str) -> tuple[str, str]:
        """The id and name of the document ``ref`` names, once the acting person is found
        to be who may change its attributes: the lead, or the coder who imported it. The
        one home of that rule, which ``set_attributes`` asks under its write lock and
        ``check_attribute_change`` before a face asks for values."""
        doc_id = self.store.documents.resolve(ref)
        name = self.store.documents.get(doc_id).name
        self.require_lead_or(
            self._importer(doc_id),
            f"change the attributes of {name}",
            key="lead_or_importer_attributes",
            name=name,
        )
        return doc_id, name

    def _importer(self, doc_id: str) -> str | None:
        """Who imported the document, as its audit entry names them (None: not found, or
        the log is closed to whoever acts, who is then no lead and refused anyway)."""
        from qualcode.project.blind_parts import BlindError

        try:
            entries = self.store.audit.list("document.import")
        except BlindError:
            return None
        for entry in entries:
            if entry.payload.get("document") == doc_id:
                return entry.actor
        return None


def _sheet_row(sheet: AttributeSheet | None, path: Path) -> dict[str, str]:
    """The file's attributes from the sheet; a file the sheet does not name is refused."""
    if sheet is None:
        return {}
    stem, whole = composed_name(path.stem), composed_name(path.name)
    if stem != whole and stem in sheet.rows and whole in sheet.rows:
        # 'ip1' and 'ip1.txt': the row with the suffix won without a word
        raise SettingError(
            "attributes_csv",
            f"{path.name}: rows {path.stem!r} and {path.name!r} of {sheet.source} both name "
            "it; keep one row for it",
        )
    row = sheet.for_file(path)
    if row is None:
        raise SettingError(
            "attributes_csv",
            f"{path.name}: no row for it in {sheet.source} (column {sheet.key_column!r}); "
            f"add one, or import it without {SETTING}",
        )
    return row
