"""Document attributes changed after import: one document's values, or a whole sheet.

NVivo's classification sheet, MAXQDA's document variables and QualCoder's attribute table
are where a team fills in and corrects municipality, role, date and interviewer once the
interviews are in. Here a lead (or the coder who imported a document) sets values on one
document, or loads the same kind of CSV sheet ``import --attributes`` reads for documents
already imported: every row is checked (its document found, its values valid, who may
change it) before anything is written, and the sheet is one transaction whose audit
entries keep what each value was before.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path

from qualcode.errors import ValidationError
from qualcode.model import DocumentSummary
from qualcode.project.base import Service
from qualcode.project.doc_checks import AttributeLooks

SEPARATOR = ";"  # between the pairs of one line: a value holds commas ("Lena, Johan")


def attributes_line(attributes: Mapping[str, str]) -> str:
    """A document's attributes as one editable line: ``municipality=Åby; role=chef``. A
    pair that would not read back as itself is left off, and left out of the line it stays
    as it is: a value holding the separator or a line break (Enter on the line unchanged
    was refused), a key holding the separator or ``=`` (a sheet's column 'år;kvartal'
    refused the line; 'skala=1-5' read back as a new attribute 'skala' of '1-5=3')."""
    return f"{SEPARATOR} ".join(f"{k}={v}" for k, v in attributes.items() if not _off_line(k, v))


def _off_line(key: str, value: str) -> bool:
    """Whether the pair cannot stand on the line and read back unchanged."""
    if SEPARATOR in key or "=" in key or key != key.strip():
        return True
    return SEPARATOR in value or (bool(value) and value.splitlines() != [value])


def parse_attributes_line(line: str) -> dict[str, str]:
    """``KEY=VALUE`` pairs separated by ``;`` (spaces around each trimmed); a piece
    without ``=`` or a key given twice is refused in one line. Empty pieces are skipped."""
    values: dict[str, str] = {}
    for piece in line.split(SEPARATOR):
        if not piece.strip():
            continue
        key, eq, value = piece.partition("=")
        key = key.strip()
        if not eq or not key:
            raise ValidationError(
                f"{piece.strip()!r}: write each attribute as KEY=VALUE",
                key="attribute_line_pair",
                piece=repr(piece.strip()),
            )
        if key in values:
            raise ValidationError(
                f"{key!r} is given twice; give it once", key="attribute_line_twice", name=repr(key)
            )
        values[key] = value.strip()
    return values


class AttributeSheetMixin(Service):
    def edit_attributes(
        self, ref: str, line: str, actor: str, headings: Mapping[str, str] | None = None
    ) -> dict[str, str]:
        """Set the attributes one line gives (``parse_attributes_line``) on a document:
        those new or changed are written (one audited act); a key left out stays as it
        is. Returns what changed (empty: nothing did, and nothing was written).

        ``headings``: the words a face heads attribute columns with, casefolded, to the
        key each heads ("kommun": "municipality"). A key typed as a heading is that
        attribute, unless the project holds an attribute of that very name: a Swedish lead
        typed "kommun=Habo" under the column "Kommun" and got a second attribute, a second
        "Kommun" column, and a document no report counted under its municipality (eyes43)."""
        wanted = parse_attributes_line(line)
        if headings:
            held = self.store.documents.attribute_values()
            wanted = {
                k if k in held else headings.get(k.casefold(), k): v for k, v in wanted.items()
            }
        doc_id = self.store.documents.resolve(ref)
        now = self.store.documents.attributes([doc_id]).get(doc_id, {})
        # the line shows a value as it is and reads it back trimmed: ' Åby' left as it was
        # is no change (Enter on the line unchanged rewrote it)
        changed = {k: v for k, v in wanted.items() if k not in now or now[k].strip() != v}
        if changed:
            self.set_attributes(doc_id, changed, actor)
        return changed

    def load_attribute_sheet(self, path: Path, actor: str) -> dict[str, dict[str, str]]:
        """Set the attributes a CSV sheet gives (first column: the document's file name,
        with or without its suffix) on the documents already imported; other attributes
        stay. A ``lang`` column (which import reads) must agree with each document's.
        Returns what was set, by document name. A row naming no document here is refused,
        and then nothing is written."""
        from qualcode.ingest.attributes import read_attributes_csv

        sheet = read_attributes_csv(path)
        done: dict[str, dict[str, str]] = {}
        # read under the write lock, so a document the lead's other window takes out
        # meanwhile is not found rather than changed after its removal
        with self.store.transaction():
            named = _by_file_name(self.store.documents.summaries())
            targets: list[tuple[str, str, dict[str, str]]] = []
            rows_of: dict[str, str] = {}  # document id -> the row that named it first
            for file_name, values in sheet.rows.items():
                docs = named.get(file_name, [])
                if len(docs) != 1:
                    raise ValidationError(
                        f"{sheet.source}: {file_name!r} "
                        + (
                            "is no document in this project"
                            if not docs
                            else f"names {len(docs)} documents "
                            f"({', '.join(repr(d.name) for d in docs)}); "
                            "write the file name with its suffix"
                        ),
                        action="list_documents" if not docs else (),
                    )
                doc = docs[0]
                if doc.id in rows_of:  # 'ip1' and 'ip1.txt': the later row's values won
                    raise ValidationError(
                        f"{sheet.source}: rows {rows_of[doc.id]!r} and {file_name!r} both "
                        f"name {doc.name}; keep one row for it, nothing written"
                    )
                rows_of[doc.id] = file_name
                values = dict(values)
                lang = values.pop("lang", "").strip()
                if lang and lang != doc.lang:  # the sheet import read: the language stays
                    raise ValidationError(
                        f"{sheet.source}: {doc.name} is {doc.lang}, not {lang}: a document "
                        "keeps its language from import"
                    )
                if values:
                    targets.append((doc.id, doc.name, values))
            # the project's attributes as they read, once for every row of the sheet
            looks = AttributeLooks(self.store.documents.attribute_values)
            for doc_id, name, values in targets:
                self.set_attributes(doc_id, values, actor, looks=looks)
                done[name] = values
        return done


def _by_file_name(
    documents: Iterable[DocumentSummary],
) -> dict[str, list[DocumentSummary]]:
    """The live documents' names by what a sheet's row may call them: the file name, or
    the name without its suffix, as ``import --attributes`` matches rows. Never a prefix:
    a row for ip1, not imported yet, would have set its values on ip10."""
    named: dict[str, list[DocumentSummary]] = {}
    for doc in documents:
        for key in dict.fromkeys((doc.name, Path(doc.name).stem)):
            named.setdefault(key, []).append(doc)
    return named
