"""A coder's package written for the lead's merge (``qualcode export-coder``): her own
codings, memos, statuses, translations, rejected suggestions and proposed codes, with
their ids and the times a merge compares, through the one writer (never over a project,
private, atomic) and recorded in the audit log as every export is. Kept apart from
``exchange.py``, which merges packages.
"""

from __future__ import annotations

import json
from pathlib import Path

from qualcode.project.export_log import names_said, write_recorded
from qualcode.project.files import check_suffix
from qualcode.project.handed import HandedMixin
from qualcode.project.output_targets import check_target
from qualcode.project.package import PACKAGE_FORMAT, PACKAGE_VERSION
from qualcode.project.package_memos import edit_times
from qualcode.project.package_proposals import proposals_of
from qualcode.project.package_rejections import rejections_of
from qualcode.project.package_reopened import reopened_of
from qualcode.project.package_restored import restore_times
from qualcode.project.package_translations import translations_of
from qualcode.project.snapshot import one_snapshot
from qualcode.store.rows import now


class PackageExportMixin(HandedMixin):
    """The writing side of coder packages; ``ExchangeMixin`` merges them."""

    @one_snapshot
    def export_coder(self, coder: str, path: str | Path, force: bool = False) -> Path:
        """Write one coder's codings, memos, statuses, translations and rejections as a
        package for ``merge`` (through the one writer: never over a project, private,
        atomic)."""
        from qualcode import __version__

        self.require_self(coder, "export a package")
        self.require_handed(coder)  # a copy packs its own coder's work, nobody else's
        person = self.store.coders.by_name(coder)
        target = Path(path)
        check_target(target, project=self.store.path, force=force)
        check_suffix(target, "a coder's package", ".json")
        ex = self.store.exchange
        restored = restore_times(self.store.audit.list("coding.restore"))
        codings = [{**c, "restored_at": restored.get(c["id"])} for c in ex.coder_codings(person.id)]
        statuses = ex.statuses(person.id)
        rejected = rejections_of(self.store, person.id)
        doc_ids = {r["document_id"] for r in [*codings, *statuses, *rejected]}
        edited = edit_times(self.store)
        memos = [{**m, "edited_at": edited.get(m["id"])} for m in ex.memos_by(person.name)]
        doc_ids |= {m["target_id"] for m in memos if m["target_kind"] == "document"}
        codes = {c.id: c.key for c in self.store.codes.list(include_deleted=True)}
        mine = proposals_of(self.store, person.name)  # proposed again where it is merged
        package = {
            "format": PACKAGE_FORMAT,
            "version": PACKAGE_VERSION,
            "qualcode": __version__,
            "created_at": now(),
            "coder": {"id": person.id, "name": person.name, "role": person.role},
            # whom this file is a copy for (None: the lead's own project), held to the
            # coder above where it is merged
            "handed_to": self._handed_to(),
            "documents": ex.documents_meta(doc_ids),
            "codes": [
                {"id": cid, "key": codes[cid], **({"proposed": mine[cid]} if cid in mine else {})}
                for cid in sorted({c["code_id"] for c in [*codings, *rejected]})
            ],
            "codings": codings,
            "memos": memos,
            "statuses": statuses,
            "translations": translations_of(self.store, {c["id"] for c in codings}),
            "rejections": rejected,
            "reopened": reopened_of(self.store, {r["id"] for r in rejected}),
        }
        text = json.dumps(package, ensure_ascii=False, indent=1)
        # her own work, with real names: what a package carries for the lead's merge
        details = {
            "coders": [person.name],
            "names": names_said(True),
            "codings": len(codings),
            "memos": len(memos),
        }
        write_recorded(self, "package", {target: text}, details, force=force)
        return target
