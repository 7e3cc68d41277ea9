"""Exports for exchange: every coding as .csv/.xlsx, the codebook as .qdc and the whole
project as .qdpx, every text through the pseudonym key."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from qualcode.errors import OutputError, ValidationError
from qualcode.project.export_log import names_said, write_recorded
from qualcode.project.export_names import check_export_name
from qualcode.project.files import check_suffix
from qualcode.project.outputs import OutputBase
from qualcode.project.snapshot import after_snapshot, one_snapshot
from qualcode.project.turn_clock import turn_times

# a codings sheet's columns are sized by its first rows (xlsx_bytes: measured)
MEASURED_ROWS = 500

# the columns export_codings adds to the codings and their documents' attributes
ADDED_COLUMNS = (
    "participant",
    "time",
    "memo",
    "language",
    "translation_language",
    "translation",
)

# a workbook is read by a co-author: what was said, by whom, coded how, first; the
# offsets, the time of coding and the ids (which the translation sheet is read back by)
# last, so the sheet no longer opened on two columns of uuids (eyes33)
READ_FIRST = (
    "document_name",
    "participant",
    "speaker",
    "code",
    "text",
    "coder",
    "municipality",
    "role",
)
READ_LAST = ("start", "end", "created_at", "document", "id")


def reading_order(columns: list[str]) -> list[str]:
    """``columns`` as a co-author reads them: READ_FIRST, the rest as they were, READ_LAST."""
    first = [c for c in READ_FIRST if c in columns]
    last = [c for c in READ_LAST if c in columns]
    return first + [c for c in columns if c not in first and c not in last] + last


class ExportMixin(OutputBase):
    @one_snapshot
    def export_codings(
        self,
        path: str | Path,
        layer: str | None = None,
        force: bool = False,
        *,
        real_names: bool = False,
        viewer: str | None = None,
        doc_set: str | None = None,
        lang: str = "en",
    ) -> Path:
        """Every coding with its text, document, attributes (municipality, role, ...),
        participant (pseudonymised speaker), turn, coder, layer, origin, language,
        translation (and its language) and memos, as .csv or .xlsx; every text through the
        pseudonym key.

        ``lang``, as every export's (English unless told): a document, a proposed place
        and a role read in its words, as in the summary and memos of that language; the
        sheet in none named 'Kommun_C_01' the English memos' 'Municipality_C_01' (minor47).

        ``layer`` (``coder:NAME``, ``coder``, ``consensus``) narrows it, so that a coder under
        blind coding can export their own work without anyone else's; ``doc_set`` (a
        document set's name) keeps that set's documents' codings only. Text cells are
        written as text (xlsx) or neutralised (csv), so no name or memo runs as a formula.
        """
        from qualcode.analysis.frames import attach_turns, with_attributes
        from qualcode.export.cells import csv_bytes
        from qualcode.export.pseudonyms import check_files
        from qualcode.export.vocabulary import role_names
        from qualcode.export.workbook import xlsx_bytes
        from qualcode.project.report_groups import others_named, participants_said
        from qualcode.texts import LANGUAGES

        target = Path(path)
        self._check_output(target, force)
        check_export_name("codings", target)
        if lang not in LANGUAGES:
            raise ValidationError(f"lang {lang!r}: use {' or '.join(LANGUAGES)}")
        in_set = self.set_members(doc_set)
        frames = self.frames() if layer is None else self._layer_frames(layer)
        codings = frames["codings"]
        if in_set is not None:
            codings = codings[codings["document"].isin(in_set)].reset_index(drop=True)
        turns = self.turns_frame(sorted(set(codings["document"])))
        frame = with_attributes(attach_turns(codings, turns), frames["documents"])
        # an attribute named as a column the export adds below ('participant', the name
        # the refusal of an attribute 'id' proposes) was overwritten by it: every value
        # gone from the file without a word; it is kept as 'participant_document'
        frame = frame.rename(
            columns={c: f"{c}_document" for c in ADDED_COLUMNS if c in frame.columns}
        )
        frame["turn"] = frame["turn"].astype("Int64") + 1  # counted from 1, as everywhere
        # where in the recording the turn begins (a .vtt, .srt or a timed transcript), so
        # a passage can be heard again: NVivo and MAXQDA users cite and check by it
        frame.insert(int(frame.columns.get_loc("turn")) + 1, "time", turn_times(self.store, frame))
        key = self.pseudonym_key(real_names, viewer, lang)
        # a plan's codings under its name, as the crosstab by participant counts them
        others = others_named(self, key)
        frame["participant"] = participants_said(self, frame, key, real_names, others)
        if not real_names:
            frame = frame.drop(columns=["speaker"])
        by_coding = self._memo_texts("coding")
        frame["memo"] = ["\n".join(by_coding.get(i, [])) for i in frame["id"]]
        langs = {d.id: d.lang for d in self.store.documents.summaries()}
        frame["language"] = [langs.get(d) for d in frame["document"]]
        frame["translation_language"], frame["translation"] = self._translation_columns(frame)
        # "Johan" in the talk is no coder Johan; a place in the words of the text it is in
        frame = self._through_key_in_words(key, frame)
        if "role" in frame.columns:  # after the key: a value it replaced passes as is
            frame["role"] = role_names(frame["role"], lang)
        if target.suffix.lower() == ".csv":
            data = csv_bytes(frame)
        else:
            frame = frame[reading_order(list(frame.columns))]  # a .csv keeps its columns
            data = xlsx_bytes({"codings": frame}, measured=MEASURED_ROWS, title="Codings")
        check_files(key, {target.name: data})
        me = self.restricted_to()  # blind: every layer she may read is her own codings
        details = {
            "layer": layer or (f"coder:{me.name}" if me else "all"),
            "coders": sorted(set(codings["coder"].dropna())),
            "names": names_said(real_names),
            "codings": len(frame),
            "set": doc_set,
        }
        write_recorded(self, "codings", {target: data}, details, force=force)
        return target

    @one_snapshot
    def export_qdc(
        self,
        path: str | Path,
        lang: str = "en",
        force: bool = False,
        *,
        real_names: bool = False,
        viewer: str | None = None,
    ) -> Path:
        """The codebook as REFI-QDA .qdc (hierarchy, colours, definitions), its texts
        through the pseudonym key like every export (``real_names``: a lead asks)."""
        from qualcode import __version__
        from qualcode.export.pseudonyms import check_files
        from qualcode.export.refi import codebook_xml

        target = Path(path)
        self._check_output(target, force)
        check_suffix(target, "a REFI-QDA codebook", ".qdc")
        key = self.pseudonym_key(real_names, viewer, lang)  # a proposed place in lang's words
        codes = [key.code(c) for c in self.store.codes.list()]
        xml = codebook_xml(codes, f"qualcode {__version__}", lang)
        check_files(key, {target.name: xml})
        details = {"names": names_said(real_names), "codes": len(codes)}
        write_recorded(self, "qdc", {target: xml}, details, force=force)
        return target

    @one_snapshot
    def export_qdpx(
        self,
        path: str | Path,
        lang: str = "en",
        force: bool = False,
        *,
        real_names: bool = False,
        viewer: str | None = None,
        doc_set: str | None = None,
    ) -> Path:
        """The whole project as REFI-QDA .qdpx: coders, codebook, participants as cases,
        texts, every coding, memos as notes by their authors, document sets as Sets.

        The texts go out through the pseudonym key and every coding is moved onto the
        same words of the pseudonymised text (the stored text itself never changes).
        ``doc_set`` (a document set's name) sends that set's documents only, with their
        codings and memos, and the sets they are in."""
        import tempfile

        target = Path(path)
        self._check_output(target, force)
        check_export_name("qdpx", target)
        in_set = self.set_members(doc_set)
        key = self.pseudonym_key(real_names, viewer, lang)  # a proposed place in lang's words
        summaries = [
            d for d in self.store.documents.summaries() if in_set is None or d.id in in_set
        ]
        # the texts put aside and the archive itself wait on disk beside the export, not in
        # memory (qdpx_sources.py): a 2 GiB project.qde took 10.9 GB
        try:
            with tempfile.TemporaryFile(dir=target.parent) as spool:
                return self._qdpx_written(
                    target, key, summaries, in_set, spool, lang, force, real_names, viewer, doc_set
                )
        except OSError as exc:  # the folder takes no file, or the disk filled meanwhile
            raise OutputError(f"{target}: cannot write: {exc.strerror or exc}") from None

    def _qdpx_written(
        self,
        target: Path,
        key: Any,
        summaries: list[Any],
        in_set: frozenset[str] | None,
        spool: Any,
        lang: str,
        force: bool,
        real_names: bool,
        viewer: str | None,
        doc_set: str | None,
    ) -> Path:
        """``export_qdpx``'s file, its sources read through ``QdpxSources``."""
        import dataclasses
        import tempfile

        from qualcode import __version__
        from qualcode.export.pseudonyms import check_files
        from qualcode.export.refi import SourceSet, project_parts, write_qdpx
        from qualcode.project.qdpx_sources import QdpxSources
        from qualcode.store.rows import now

        sources = QdpxSources(self.store, key, summaries, spool, target.name)
        documents = sources.documents
        coding_ids = sources.coding_ids(in_set)
        memos = [
            dataclasses.replace(m, text=key.written(m.text), author=key.apply(m.author))
            for m in self.store.memos.list()
            if in_set is None
            or (m.target_kind == "document" and m.target_id in in_set)
            or (m.target_kind == "coding" and m.target_id in coding_ids)
            or m.target_kind not in ("document", "coding")
        ]
        cite = self._citer(key, real_names)
        # a case per participant: a pair interview's two (IP3a, IP3b), where its most
        # frequent speaker alone had one and the other was in no case (pseudo37)
        labels = self.speaker_pseudonyms()
        speakers: dict[str, list[str | None]] = {
            doc_id: [*labels.get(doc_id, {})] or [speaker]
            for doc_id, speaker in self.respondents().items()
        }
        participants = {
            doc_id: list(
                dict.fromkeys(cited for label in said if (cited := cite(doc_id, label, None)))
            )
            for doc_id, said in speakers.items()
        }
        # the project file's name, a file name's word: "aby.db" named after Åby went out as
        # the .qdpx project's name "aby" (the plain spelling read only as a file's word)
        name = key.file_words(Path(str(self.store.path or "qualcode")).stem)
        xml = project_parts(
            name,
            f"qualcode {__version__}",
            now(),
            [dataclasses.replace(c, name=key.apply(c.name)) for c in self._qdpx_users(viewer)],
            [key.code(c) for c in self.store.codes.list()],
            documents,
            [],
            memos,
            lang,
            participants,
            [
                SourceSet(s.id, key.apply(s.name), s.documents)
                for s in self.store.document_sets.live()
                if in_set is None or in_set & set(s.documents)
            ],
            sources=sources.each(),
            consensus=sources.consensus(key.apply, in_set),
        )
        from qualcode.export.pseudonym_frames import members_through_key

        # a JSON member's field names as written: the read-back looks them up
        extras, fields = members_through_key(
            key, self._qualcode_extras(name, summaries, key, coding_ids, viewer, real_names)
        )
        # the file and its entry are written after the snapshot (``after_snapshot``): the
        # archive is closed, and gone, once they are
        archive = tempfile.TemporaryFile(dir=target.parent)  # noqa: SIM115
        try:
            write_qdpx(archive, xml, sources.texts(), extras)
            check_files(key, {target.name: archive}, fields)
            details = {
                "coders": sorted(sources.coders),
                "names": names_said(real_names),
                "documents": len(documents),
                "codings": sources.codings,
                "set": doc_set,
            }
            write_recorded(self, "qdpx", {target: archive}, details, force=force)
        except BaseException:
            archive.close()
            raise
        after_snapshot(self, archive.close)
        return target

    def _turn_times_kept(self, summaries: list[Any]) -> dict[str, list[list[float | None]]]:
        """Each timed document's turns' (start, end) times, by document id."""
        kept = {}
        for d in summaries:
            turns = self.store.documents.turns(d.id)
            if any(t.start_time is not None for t in turns):
                kept[d.id] = [[t.start_time, t.end_time] for t in turns]
        return kept

    def _qdpx_users(self, viewer: str | None) -> list[Any]:
        """The people a .qdpx names as its users: the team, or, while blind coding keeps a
        coder to her own work, only her. Her file carries her codings and notes alone; it
        listed every colleague (and each one's role) as a user of the project, so another
        tool showed them as coders who had coded nothing, and the file told whoever she
        sent it to who else codes the study and who leads it (red team 32)."""
        only = self.reads_only(viewer, "export the project")
        people = self.store.coders.list()
        return people if only is None else [c for c in people if c.id == only.id]

    def _qualcode_extras(
        self,
        name: str,
        summaries: list[Any],
        key: Any,
        coding_ids: set[str],
        viewer: str | None = None,
        real_names: bool = False,
    ) -> dict[str, bytes]:
        """What QDA-XML has no place for, so that qualcode reads its own file back whole:
        code keys and the codebook in both languages, coders' roles, the consensus layer,
        each document's language, and the quotes' translations and pinned exemplars (of
        the codings sent: a set's export carries no other document's words)."""
        import dataclasses
        import json

        from qualcode.codebook import dump_codebook
        from qualcode.export.refi import consensus_user_guid
        from qualcode.model import Codebook
        from qualcode.project.qdpx_kept import kept_work
        from qualcode.project.qdpx_key import key_members

        # keys as they load again (a key made of a participant's name, through the key)
        specs = [
            dataclasses.replace(
                s, key=key.code_key(s.key), parent=key.code_key(s.parent) if s.parent else None
            )
            for s in self.codebook_specs()
        ]
        translations: dict[str, dict[str, str]] = {}
        for (coding_id, lang), text in self.store.quotes.translations().items():
            if coding_id not in coding_ids:
                continue
            translations.setdefault(coding_id, {})[lang] = text
        users = [c.id for c in self._qdpx_users(viewer)]
        meta = {
            "code_keys": {c.id: key.code_key(c.key) for c in self.store.codes.list()},
            "roles": {c.id: c.role for c in self._qdpx_users(viewer)},
            "consensus": [
                c.id for c in self.store.codings.list(layer="consensus") if c.id in coding_ids
            ],
            "consensus_users": {
                consensus_user_guid(c.coder_id): c.coder
                for c in self.store.codings.list(layer="consensus")
            },
            "languages": {d.id: d.lang for d in summaries},
            # what the methods section counts and memos' passages (user47)
            **kept_work(self.store, key, users, summaries, coding_ids),
            # what QDA-XML has no place for either: quotes' translations and exemplars
            "translations": translations,
            "pinned": sorted(self.store.quotes.pinned() & coding_ids),
            # each turn's place in the recording (a .vtt's, .srt's or Teams' times), which
            # the plain text no longer says: read again, its turns came back untimed
            "turn_times": self._turn_times_kept(summaries),
            # the lead's lossless copy alone carries the key its real names go out by
            **(key_members(self.store, users) if real_names else {}),
        }
        return {
            # the codebook's own title (each language's): the file's name ('study') stood
            # there, and importing the file put it over the title of the project (red team 17)
            "qualcode/codebook.yaml": dump_codebook(
                Codebook(
                    self.store.codes.title() or name,
                    tuple(specs),
                    titles=self.store.codes.titles(),
                )
            ).encode(),
            "qualcode/project.json": json.dumps(meta, ensure_ascii=False).encode(),
        }
