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

from pathlib import Path

from qualcode.errors import ValidationError
from qualcode.project.base import Service


class AttributeSheetMixin(Service):
    def load_attribute_sheet(self, path: Path, actor: str) -> dict[str, dict[str, str]]:
        """Set the attributes a CSV sheet gives (first column: the document's file name,
        with or without its suffix) on the documents already imported; other attributes
        stay. A ``lang`` column (which import reads) must agree with each document's.
        Returns what was set, by document name. A row naming no document here is refused,
        and then nothing is written."""
        from qualcode.errors import NotFoundError
        from qualcode.ingest.attributes import read_attributes_csv

        sheet = read_attributes_csv(path)
        targets: list[tuple[str, str, dict[str, str]]] = []
        for file_name, values in sheet.rows.items():
            try:
                doc_id = self.store.documents.resolve(file_name)
            except NotFoundError:
                raise ValidationError(
                    f"{sheet.source}: {file_name!r} is no document in this project "
                    "(`qualcode docs list` names them)"
                ) from None
            doc = self.store.documents.get(doc_id)
            values = dict(values)
            lang = values.pop("lang", "").strip()
            if lang and lang != doc.lang:  # the sheet import read: the language stays
                raise ValidationError(
                    f"{sheet.source}: {doc.name} is {doc.lang}, not {lang}: a document keeps "
                    "its language from import"
                )
            if values:
                targets.append((doc_id, doc.name, values))
        done: dict[str, dict[str, str]] = {}
        with self.store.transaction():
            for doc_id, name, values in targets:
                self.set_attributes(doc_id, values, actor)
                done[name] = values
        return done
