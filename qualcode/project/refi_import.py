"""Importing a REFI-QDA project (.qdpx) from NVivo, ATLAS.ti, MAXQDA or QualCoder.

All of it in one transaction: documents, codes, coders, codings and notes arrive together or
not at all. Texts keep their characters; only line endings and Unicode composition are
normalised, and every selection's positions are carried through both steps. What a file
qualcode wrote carries beside the standard is restored by ``refi_own.py``.
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from qualcode.errors import IngestError, QualcodeError
from qualcode.graphemes import whole_characters
from qualcode.project.base import Service
from qualcode.project.documents import owned_now
from qualcode.project.qdpx_key import check_key_size, restore_key
from qualcode.project.refi_checks import brings, check_names, check_users, file_roles
from qualcode.project.refi_codes import onto_project_codes
from qualcode.project.refi_own import Qualcode, origin_of, passage_of, qualcode_extras
from qualcode.project.refi_sets import check_sets, import_sets
from qualcode.project.refi_spool import SourceSpool
from qualcode.project.source_paths import fingerprint, kept_name


@dataclass(slots=True)
class RefiImportReport:
    documents: list[str] = field(default_factory=list)
    codes: int = 0
    codings: int = 0
    skipped: list[str] = field(default_factory=list)
    # selections whose user the file does not name (no creatingUser, or a GUID no User
    # has): they came in as the coder "imported" without a word, and agreement counted
    # that coder as a rater (loose11)
    unknown_user: int = 0
    # variables named as a document's own columns (id, name, lang, ...), kept under
    # another name: one line each, "'id' -> 'id (variable)'"
    renamed: list[str] = field(default_factory=list)

    def unknown_user_line(self) -> str | None:
        """The one line a person reads about selections without a known user, or None."""
        if not self.unknown_user:
            return None
        n = self.unknown_user
        said = "1 selection names" if n == 1 else f"{n} selections name"
        return f"{said} no user the file holds: imported as codings of the coder 'imported'"


def _utc(written: str) -> str | None:
    """A Note's creationDateTime as the project writes times (UTC, ISO, microseconds),
    or ``None`` when it is missing or unreadable (the memo is then dated now). A time
    without a zone is read as UTC, as QualCoder's are meant."""
    from datetime import UTC, datetime

    try:
        at = datetime.fromisoformat(written.strip())
    except ValueError:
        return None
    at = at.replace(tzinfo=UTC) if at.tzinfo is None else at.astimezone(UTC)
    return at.isoformat(timespec="microseconds")


class RefiImportMixin(Service):
    def _users_apart_on_key(self, refi: Any, own: Qualcode, file: str) -> None:
        """The file's users who would come in as new coders, each named apart from the
        project's coders where the pseudonym key names them (coder_pseudonyms.py)."""
        from qualcode.project.coder_pseudonyms import check_new_coder_apart

        key = {p.real: p.pseudonym for p in self.store.pseudonyms.list()}
        names = [c.name for c in self.store.coders.list()]
        for user in dict.fromkeys([*refi.users.values(), *own.deciders.values()]):
            if user not in names:
                check_new_coder_apart(names, user, key, f"{file}: user ", IngestError)
                names.append(user)

    def import_qdpx(
        self, path: str | Path, actor: str = "qualcode", *, arriving: str | None = None
    ) -> RefiImportReport:
        """Bring a .qdpx in: every document, code and coding, with their coders and notes,
        and its sets of documents as document sets (``refi_sets.py``).

        ``arriving``: who runs the import, named before the project knows them: a
        researcher moving from another tool names themselves at the first import, into a
        project that knows nobody yet. They must be one of the file's people; the import
        is theirs and they act from then on. A project with coders refuses a stranger."""
        import tempfile

        from qualcode.export.refi_stream import QdpxFile

        self.store.require_writable()  # before reading and parsing the archive
        arriving = None if arriving is None else unicodedata.normalize("NFC", arriving)
        if arriving is not None and self.store.coders.list():
            self.store.coders.by_name(arriving)  # known: fine; else its one-line refusal
        source = Path(path)
        # the sources put aside beside the project (a file of the study's size), each
        # read, checked and segmented alone (refi_spool.py)
        where = self.store.path.parent if self.store.path is not None else None
        with QdpxFile(source) as qdpx, tempfile.TemporaryFile(dir=where) as spool:
            refi = qdpx.head()
            # a user a Mac's tool wrote decomposed ('Åsa') is that coder, as a package's
            # is: kept so, the file was refused as reading like her (red team 37)
            refi.users = {k: unicodedata.normalize("NFC", v) for k, v in refi.users.items()}
            own = qualcode_extras(refi, source.name)
            check_key_size(own.key, own.coders, source.name)  # before a byte is written
            their_role = brings(refi, own, source.name, arriving) if arriving else None
            known = {c.name for c in self.store.coders.list()}
            roles = file_roles(refi, own).items()
            leads = [n for n, r in roles if r == "lead" and n not in known]
            self.check_leads_brought(leads, source.name)  # as `coder add --role lead` would
            people: dict[str, str] = {c.name: c.role for c in self.store.coders.list()}
            check_names(refi, source.name, own, people)
            check_sets(refi, source.name)
            self._users_apart_on_key(refi, own, source.name)
            check_users(refi, source.name)
            # turns, language and sentence units before the write transaction: segmenting
            # a large project takes seconds to minutes, and while the transaction is open
            # every other coder's write waits (and gives up after the busy timeout)
            sources = SourceSpool(refi, own, source.name, spool)
            for src in qdpx.sources(refi):
                sources.add(src)
            report = RefiImportReport(skipped=list(refi.skipped), renamed=sources.renamed)
            report.skipped += sources.missing_notes()
            # the lead's real-names copy brings its key, each name put on it as `pseudonym
            # set` would (qdpx_key.py): re-read without it, the study's next export printed
            # them all. One transaction with the texts: a crash between the two left the
            # real names in the project and part of the key, or none of it (review48)
            with self.store.transaction():
                self._write_qdpx(refi, own, sources, report, source, actor, arriving, their_role)
                importer = arriving or self.acting_name(actor)
                report.skipped += restore_key(
                    self, own.key, importer, source.name, not known, own.coders
                )
        if arriving is not None:
            self.act_as(arriving, arriving)  # the file brought them: they act from now on
        return report

    def _write_qdpx(
        self,
        refi: Any,
        own: Qualcode,
        sources: SourceSpool,
        report: RefiImportReport,
        source: Path,
        actor: str,
        arriving: str | None,
        their_role: str | None,
    ) -> None:
        """The import's one transaction: codebook, memos, documents a source at a time
        as ``sources`` gives them back, codings, sets and the audit entry."""
        with self.store.transaction():
            coders = {c.name: c.id for c in self.store.coders.list()}

            def author(note: str, default: str) -> tuple[str, str | None]:
                """Who wrote a note and when, as the file says (its creatingUser, one
                of its users, and its creationDateTime), else ``default`` and now: a
                colleague's memo on a code came in as the importer's, written today."""
                user, written = refi.note_origins.get(note, ("", ""))
                name = person(user)
                return (name or default), _utc(written)

            def person(user: str) -> str | None:
                """The name of the file's user ``user``, added as a coder where she is
                none here yet (she wrote a memo or marked a document, coded nothing)."""
                name = own.deciders.get(user) or refi.users.get(user)
                if name and name not in coders:
                    lead = name in own.deciders.values()
                    role = "lead" if lead else own.roles.get(user, "coder")
                    coders[name] = self.store.coders.add(name, role).id
                return name

            if refi.codebook is not None:
                book = refi.codebook
                if not own.restored:
                    book, refi.code_keys = onto_project_codes(
                        book, refi.code_keys, self.store.codes.list()
                    )
                self.apply_codebook(
                    book,
                    actor=actor,
                    source=kept_name(source),
                )
                report.codes = len(refi.codebook.codes)
                for code_guid, notes in refi.code_notes.items():
                    key = refi.code_keys.get(code_guid)
                    if key is None:
                        continue
                    for note in notes:
                        if note in refi.notes:
                            code_id = self.store.codes.id_for_key(key)
                            by, at = author(note, actor)
                            self.store.memos.add(
                                "code", code_id, by, refi.notes[note], created_at=at
                            )
            for note in refi.project_notes:
                if note in refi.notes:
                    by, at = author(note, actor)
                    memos = self.store.memos
                    memos.add("project", "project", by, refi.notes[note], created_at=at)
            fallback = None
            made: dict[str, str] = {}  # source GUID -> its document's id, for the sets
            # (document, start, end, key, coder, layer) -> (coding id, file code, selection)
            placed: dict[tuple[str, int, int, str, str, str], tuple[str, str, str]] = {}

            def _add_notes(notes: list[str], coding_id: str, coder: str) -> None:
                for note in notes:
                    if note in refi.notes:
                        by, at = author(note, coder)
                        memos = self.store.memos
                        memos.add("coding", coding_id, by, refi.notes[note], created_at=at)

            for src, text, nlp in sources.each():
                if nlp is None:
                    report.skipped.append(f"{src['name']}: empty text")
                    continue
                turns, lang, units = nlp
                doc_id = self.store.documents.insert(
                    name=src["name"],
                    lang=lang,
                    text=text,
                    sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
                    # the .qdpx's path as every import keeps one: no folder (source_paths)
                    source_path=fingerprint(str(source)),
                    attributes=src["attributes"],
                    turns=turns,
                    units=units,
                )
                report.documents.append(src["name"])
                made[src["guid"]] = doc_id
                owned_now(self.store)  # a demo holding them is no demo any more
                for note in src["notes"]:
                    if note in refi.notes:
                        by, at = author(note, actor)
                        memos, span = self.store.memos, passage_of(own, note, text)
                        said = refi.notes[note]
                        memos.add("document", doc_id, by, said, span=span, created_at=at)
                for user, status in own.statuses.get(src["guid"], {}).items():
                    # "done" is what agreement counts by: read again without it, the
                    # coders counted where they had started (user47)
                    if (marker := person(user)) is not None:
                        self.store.coders.set_status(doc_id, coders[marker], status)
                for sel in src["selections"]:
                    key = refi.code_keys[sel["code"]]  # checked in check_source
                    # mapped onto the stored text and checked (refi_checks.check_source);
                    # another tool counting UTF-16 units may land inside an emoji: widened
                    # to the whole characters it touches
                    start, end = whole_characters(text, sel["start"], sel["end"])
                    # a consensus user of qualcode's own file goes back to the lead it stood for
                    name = own.deciders.get(sel["user"]) or refi.users.get(sel["user"])
                    if not name:
                        name, report.unknown_user = "imported", report.unknown_user + 1
                    if name not in coders:
                        if name == "imported" and fallback:
                            coders[name] = fallback
                        else:
                            lead = "lead" if sel["user"] in own.deciders else "coder"
                            role = own.roles.get(sel["user"], lead)
                            coders[name] = self.store.coders.add(name, role).id
                    layer = "consensus" if sel["guid"] in own.consensus else "coder"
                    spot = (doc_id, start, end, key, name, layer)
                    first = placed.get(spot)
                    if first is not None and first[1] != sel["code"]:
                        # two of the file's codes met one project code by name (refi_codes):
                        # the passage is that code's once, with both selections' notes; the
                        # store refused the second and the whole file with it
                        _add_notes(sel["notes"], first[0], name)
                        report.skipped.append(
                            f"{src['name']}: selection {sel['guid']}: the passage of selection "
                            f"{first[2]} on the same code {key!r}; coded once"
                        )
                        continue
                    try:
                        coding_id = self.store.codings.insert(
                            document_id=doc_id,
                            start=start,
                            end=end,
                            # never a theme, which a file's code named so meets by name
                            code_id=self.codable_id(key),
                            coder_id=coders[name],
                            layer=layer,
                            origin=origin_of(own, sel["guid"]),
                            created_at=_utc(sel["written"]),
                        )
                    except QualcodeError as exc:  # the same passage twice in the file
                        raise IngestError(
                            f"{source.name}: source {src['name']!r}, selection {sel['guid']}: "
                            f"{exc}; nothing imported"
                        ) from None
                    placed[spot] = (coding_id, sel["code"], sel["guid"])
                    _add_notes(sel["notes"], coding_id, name)
                    for into, translated in own.translations.get(sel["guid"], {}).items():
                        if into != lang and translated.strip():
                            self.store.quotes.translate(coding_id, into, translated, actor)
                    if sel["guid"] in own.pinned:
                        self.store.quotes.pin(coding_id, actor)
                    report.codings += 1
            # the coder who ran the import makes its sets and signs its audit entry, so
            # they may change those sets themselves (not only a lead, as for "qualcode")
            if arriving and their_role and arriving not in coders:
                self.store.coders.add(arriving, their_role)  # a user who coded nothing
            importer = arriving or self.acting_name(actor)
            renamed_sets, skipped_sets = import_sets(
                self.store, refi, made, importer, kept_name(source)
            )
            report.renamed += renamed_sets
            report.skipped += skipped_sets
            self.store.audit.append(
                importer,
                "project.import_qdpx",
                {
                    "file": kept_name(source),
                    "origin": refi.origin,
                    "documents": report.documents,
                    "codings": report.codings,
                    "skipped": report.skipped,
                    "unknown_user": report.unknown_user,
                },
            )
