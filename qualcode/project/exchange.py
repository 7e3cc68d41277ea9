"""Coder packages: coders on their own laptops send their work to the lead's project.

A package holds one coder's codings, memos, statuses, translations and rejected suggestions
with their ids. Merging maps documents by content (sha256), codes by id then key, and the
coder by id then name; it is idempotent (a second merge adds nothing), refuses a package
whose documents differ in content, and never touches another coder's rows. Writing a
package (``export_coder``) is ``package_export.py``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from qualcode.errors import ValidationError
from qualcode.project.package import check_lead_work, read_package, refuse_foreign
from qualcode.project.package_codes import map_codes
from qualcode.project.package_export import PackageExportMixin
from qualcode.project.package_memos import edit_times, merge_memo_change
from qualcode.project.package_proposals import propose_merged
from qualcode.project.package_rejections import merge_rejections, moot
from qualcode.project.package_reopened import merge_accepted, merge_reopened
from qualcode.project.package_restored import restore_times
from qualcode.project.package_rows import widened
from qualcode.project.package_times import read_ahead, settle_times
from qualcode.project.package_translations import merge_translations
from qualcode.project.source_paths import kept_name
from qualcode.store.rows import now


@dataclass(slots=True)
class MergeReport:
    coder: str
    added: int = 0  # codings new here and live: what the lead now reads as hers
    removed: int = 0
    # already here: the same coding, or the same passage, code and coder live (hostile50:
    # a duplicate kept as removed was "1 coding added")
    unchanged: int = 0
    kept_removed: int = 0  # new here but removed in her copy: kept, as removed
    memos: int = 0
    statuses: int = 0
    on_removed: int = 0  # of ``added``: codings onto a document the lead took out
    translations: int = 0
    restored: int = 0  # codings she removed and brought back since an earlier merge
    rejections: int = 0  # suggestions she rejected, new here
    reopened: int = 0  # rejections of hers she took back since an earlier merge
    accepted: int = 0  # of those, accepted since (her coding of the passage)
    clock_ahead: int = 0  # times later than this machine's clock, read as the merge's
    # the package does not name whom its copy was for (older, or edited)
    copy_unnamed: bool = False
    # its coder is known here by name only: the package carries an id no one has here
    by_name: bool = False


class ExchangeMixin(PackageExportMixin):
    def merge_package(
        self, path: str | Path, actor: str = "qualcode", *, lead_work: bool = False
    ) -> MergeReport:
        """Bring a coder package into this project; all of it, or nothing. ``lead_work``:
        a package under a lead's name is hers (``check_lead_work``); refused without it."""
        self.require_lead_act("merge coder packages")
        source = Path(path)
        package = read_package(source)
        called = kept_name(source)  # as every entry and message of the merge names it
        # all of it read and checked under the write lock: the lead's other window may
        # merge a code, take a document out or merge the same package meanwhile; read
        # before, codings went onto a code retired meanwhile, and a second merge of a
        # new coder's package was refused as 'coder already exists'
        with self.store.transaction():
            # instants, not strings, from here on; a time ahead of this clock read as the
            # merge that first met it read it
            before = read_ahead(self.store.audit.list("coder.merge"))
            ahead, first_ahead = settle_times(package, called, before)
            docs = self._map_documents(called, package["documents"])
            codes, proposed = map_codes(self.store, called, package["codes"], moot(package))
            ex = self.store.exchange
            who = package["coder"]
            local = self._local_coder(called, who)
            # no copy named (older, or edited; the lead's own project writes null): it
            # merges, and says so (minor50)
            unnamed = "handed_to" not in package
            role = who.get("role", "coder")  # as it is here: _local_coder checked it
            check_lead_work(package, called, role, lead_work)
            refuse_foreign(called, who["name"], self._foreign_rows(package, docs, local))
            package = widened(package, docs, self.store.documents.text_of)
            if local is None:  # a new coder: named apart from the others on the key too
                from qualcode.project.coder_pseudonyms import check_new_coder_apart

                key = {p.real: p.pseudonym for p in self.store.pseudonyms.list()}
                names = [c.name for c in self.store.coders.list()]
                check_new_coder_apart(names, who["name"], key, f"{called}: the package's coder ")
            # her name, with an id no one has here: a project of her own that imported the
            # same files merges so, and so does a package edited to carry a colleague's name
            # (omar's, renamed karin, merged as hers with nothing said): said (hostile50)
            by_name = local is not None and local != who["id"]
            report = MergeReport(
                who["name"], clock_ahead=ahead, copy_unnamed=unnamed, by_name=by_name
            )
            coder_id = local or self.store.coders.add(who["name"], "coder", who["id"]).id
            if proposed:  # her own codes, proposed here as hers
                person = next(c for c in self.store.coders.list() if c.id == coder_id)
                for code in proposed:
                    codes[code["id"]] = propose_merged(self.store, code, person, actor, called)
            live = {i for ids in ex.documents_by_sha().values() for i in ids}
            restored = restore_times(self.store.audit.list("coding.restore"))
            edited = edit_times(self.store)
            # her removals first: a removal and her new coding of the same passage, the
            # new one read first, was kept removed as the removed one's twin (hostile50)
            for row in sorted(package["codings"], key=lambda row: not row.get("deleted_at")):
                added = report.added
                self._merge_coding(row, docs, codes, coder_id, report, (called, actor, restored))
                if report.added > added and docs[row["document_id"]] not in live:
                    # kept with the removed document (nothing is lost) and counted, so the
                    # lead is told why the merged codings show nowhere until it is back
                    report.on_removed += 1
            for memo in package["memos"]:
                if ex.has_memo(memo["id"]):  # edited or removed in her copy since?
                    report.memos += merge_memo_change(self.store, memo, actor, called, edited)
                    continue
                if memo["target_kind"] == "document":
                    memo = {**memo, "target_id": docs[memo["target_id"]]}
                elif memo["target_kind"] == "code":
                    memo = {**memo, "target_id": codes.get(memo["target_id"], memo["target_id"])}
                ex.insert_memo(memo)
                report.memos += 1
            for status in package["statuses"]:
                doc_id = docs[status["document_id"]]
                row = ex.status_row(doc_id, coder_id)
                if row is None or (
                    row["status"] != status["status"] and row["updated_at"] < status["updated_at"]
                ):  # the same status again is nothing new (a clock ahead read as now is newer)
                    ex.put_status({**status, "document_id": doc_id, "coder_id": coder_id})
                    report.statuses += 1
            report.translations = merge_translations(self.store, package, docs, who["name"], called)
            report.reopened = merge_reopened(self.store, package, coder_id, actor, called)
            report.accepted = merge_accepted(
                self.store, package, (coder_id, who["name"]), actor, called
            )
            report.rejections = merge_rejections(
                self.store, package, (docs, codes), (coder_id, who["name"]), called
            )
            self.store.audit.append(
                actor,
                "coder.merge",
                {
                    "package": called,
                    "coder": who["name"],
                    "new_coder": local is None,
                    "added": report.added,
                    "removed": report.removed,
                    "unchanged": report.unchanged,
                    "kept_removed": report.kept_removed,
                    "memos": report.memos,
                    "statuses": report.statuses,
                    "translations": report.translations,
                    "restored": report.restored,
                    "rejections": report.rejections,
                    "reopened": report.reopened,
                    "accepted": report.accepted,
                    "clock_ahead": report.clock_ahead,
                    **({"times_ahead": first_ahead} if first_ahead else {}),
                    # said in the entry: whose copy the work came from is not known
                    **({"copy_named": False} if unnamed else {}),
                    **({"coder_by_name": True} if by_name else {}),
                    # the lead said a package under a lead's name is her own work
                    **({"lead_work": True} if role == "lead" else {}),
                },
            )
        return report

    def _local_coder(self, name: str, who: dict[str, Any]) -> str | None:
        """The package's coder here (by id, else name), or None for a new coder.

        A package may bring a new coder, never a lead, and never change a role or claim
        an id that is someone else's here.
        """
        from qualcode.project.access import same_name
        from qualcode.project.coders import check_coder_name
        from qualcode.store.people import alike_message

        role = who.get("role", "coder")
        check_coder_name(who["name"], f"{name}: the package's coder: ")
        coders = self.store.coders.list()
        by_id = next((c for c in coders if c.id == who["id"]), None)
        # names compared composed: the project keeps them so, a Mac's package may not
        if by_id is not None and not same_name(who["name"], by_id.name):
            raise ValidationError(
                f"{name}: the package's coder {who['name']!r} has the id of {by_id.name!r} "
                "here; merge refused, nothing written"
            )
        found = by_id or next((c for c in coders if same_name(who["name"], c.name)), None)
        twin = self.store.coders.reading_alike(who["name"]) if found is None else None
        if twin is not None:
            raise ValidationError(
                f"{name}: the package's {alike_message(who['name'], twin)}; merge refused, "
                "nothing written"
            )
        if found is None:
            from qualcode.project.coders import check_not_reserved

            check_not_reserved(who["name"], f"{name}: the package's ")
        if found is None and role != "coder":
            raise ValidationError(
                f"{name}: a package cannot create a {role} ({who['name']!r}); add them to the "
                "project's coders first; merge refused, nothing written",
                action=("add_lead", who["name"]),
            )
        if found is not None and found.role != role:
            raise ValidationError(
                f"{name}: a package cannot change roles: {found.name} is a {found.role} here, "
                f"the package says {role}; merge refused, nothing written"
            )
        return found.id if found else None

    def _foreign_rows(
        self, package: dict[str, Any], docs: dict[str, str], coder_id: str | None
    ) -> list[str]:
        """Every row that is not the package coder's own work on this project's things."""
        ex = self.store.exchange
        who = package["coder"]
        problems = []
        mine = {r["id"] for r in package["codings"]}
        for i, row in enumerate(package["codings"]):
            where = f"codings[{i}] ({row['id']})"
            if row.get("coder_id") not in (None, who["id"]):
                problems.append(f"{where}: coded by {row['coder_id']}, not {who['name']}")
            if row.get("layer", "coder") != "coder":
                problems.append(f"{where}: layer {row['layer']!r}; a package carries coder codings")
            here = ex.get_coding(row["id"])
            if here is not None and here["coder_id"] != coder_id:
                problems.append(f"{where}: this project holds it as another coder's coding")
        for i, status in enumerate(package["statuses"]):  # hers by the package, never his
            if status.get("coder_id") not in (None, who["id"]):
                problems.append(f"statuses[{i}]: set by {status['coder_id']}, not {who['name']}")
        codes = {c.id for c in self.store.codes.list(include_deleted=True)}
        codes |= {c["id"] for c in package["codes"]}
        for i, memo in enumerate(package["memos"]):
            where = f"memos[{i}] ({memo['id']})"
            if memo["author"] != who["name"]:
                problems.append(f"{where}: written by {memo['author']!r}, not {who['name']}")
            kind, target = memo["target_kind"], memo["target_id"]
            if kind == "coding" and target not in mine:
                here = ex.get_coding(target)
                if here is None:
                    problems.append(f"{where}: on coding {target}, which does not exist")
                elif here["coder_id"] != coder_id:
                    problems.append(f"{where}: on coding {target}, another coder's")
            elif kind == "document" and target not in docs:
                problems.append(f"{where}: on document {target}, which the package does not list")
            elif kind == "code" and target not in codes:
                problems.append(f"{where}: on code {target}, which does not exist")
            elif kind == "project" and target != "project":
                problems.append(f"{where}: a project memo on {target!r}")
            span = memo.get("start"), memo.get("end")
            if span != (None, None):  # a passage memo: whole offsets inside its document
                length = (
                    self.store.documents.text_length(docs[target])
                    if kind == "document" and target in docs
                    else -1
                )
                if kind != "document" or None in span or not 0 <= span[0] < span[1] <= length:
                    problems.append(
                        f"{where}: passage {span[0]}-{span[1]} is not inside its document"
                    )
            if ex.memo_author(memo["id"]) not in (None, who["name"]):
                problems.append(f"{where}: this project holds it as another person's memo")
        return problems

    def _merge_coding(
        self,
        row: dict[str, Any],
        docs: dict[str, str],
        codes: dict[str, str],
        coder_id: str,
        report: MergeReport,
        merging: tuple[str, str, dict[str, str]],
    ) -> None:
        """One coding of the package: added, or a removal or restoring merged onto it.
        ``merging``: the package's name, who merges, when each coding was last restored."""
        name, actor, restored = merging
        ex = self.store.exchange
        local = ex.get_coding(row["id"])
        if local is not None:  # the same coder's (checked before): a removal, or nothing new
            if row.get("deleted_at") and not local["deleted_at"]:
                if restored.get(row["id"], "") > row["deleted_at"]:
                    report.unchanged += 1  # an older package: she brought it back since
                    return
                ex.mark_deleted(row["id"], row["deleted_at"])
                report.removed += 1
            elif (
                not row.get("deleted_at")
                and local["deleted_at"]
                and (row.get("restored_at") or "") > local["deleted_at"]
                and local["code_id"] in self.store.codes.taken_ids()
                and not ex.live_twin(local["document_id"], local, local["code_id"], coder_id)
            ):  # she brought it back (undo, code restore) after the removal merged here
                self.store.codings.restore(row["id"])
                self.store.audit.append(
                    actor,
                    "coding.restore",
                    {"coding": row["id"], "package": name, "restored_at": row["restored_at"]},
                )
                report.restored += 1
            else:
                report.unchanged += 1
            return
        doc_id = docs[row["document_id"]]
        code_id = codes[row["code_id"]]
        counted = "kept_removed" if row.get("deleted_at") else "added"
        if not row.get("deleted_at") and ex.live_twin(doc_id, row, code_id, coder_id):
            # she coded the passage with both codes the lead merged: coded once, as the
            # merge left the project's own; the row is kept, removed, and the passage
            # counted as already here, not added
            row = {**row, "deleted_at": now()}
            counted = "unchanged"
        length = self.store.documents.text_length(doc_id)
        if not (0 <= row["start"] < row["end"] <= length):
            raise ValidationError(
                f"{name}: coding {row['id']} has offsets {row['start']}-{row['end']} "
                f"outside its document (0-{length})"
            )
        ex.insert_coding(
            {
                **row,
                "document_id": doc_id,
                "code_id": code_id,
                "coder_id": coder_id,
                "layer": "coder",
                "suggestion_id": None,
                "decision_id": None,
            }
        )
        setattr(report, counted, getattr(report, counted) + 1)

    def _map_documents(self, name: str, documents: list[dict[str, Any]]) -> dict[str, str]:
        ex = self.store.exchange
        by_sha = ex.documents_by_sha()  # live documents only
        by_name = {d.name: ex.document_sha(d.id) or "" for d in self.store.documents.summaries()}
        mapping: dict[str, str] = {}
        for doc in documents:
            local_sha = ex.document_sha(doc["id"])  # removed or not
            if local_sha is not None and local_sha != doc["sha256"]:
                raise ValidationError(
                    f"{name}: document {doc['name']!r} differs in content from this project's "
                    "copy (sha256 differs); merge refused, nothing written"
                )
            live = by_sha.get(doc["sha256"], [])
            if local_sha is not None and (doc["id"] in live or not live):
                mapping[doc["id"]] = doc["id"]
            elif live:
                # the lead removed the package's copy and imported the same text again:
                # the codings belong on the live copy, not on the removed one nobody reads
                mapping[doc["id"]] = live[0]
            elif doc["name"] in by_name:
                raise ValidationError(
                    f"{name}: document {doc['name']!r} differs in content from this project's "
                    f"{doc['name']!r} (sha256 {doc['sha256'][:12]}… here "
                    f"{by_name[doc['name']][:12]}…); merge refused, nothing written"
                )
            else:
                raise ValidationError(
                    f"{name}: document {doc['name']!r} is not in this project (no document "
                    "with the same content); import it first, nothing written"
                )
        return mapping
