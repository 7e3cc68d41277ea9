"""Reports and exports: analysis frames, theme summaries and coding tables for papers."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from qualcode.errors import QualcodeError, ValidationError
from qualcode.project.base import Service
from qualcode.project.files import check_target, write_output, write_outputs

if TYPE_CHECKING:
    import pandas as pd

    from qualcode.export.summary import Summary


class ExportMixin(Service):
    def _layer_frames(self, layer: str) -> dict[str, pd.DataFrame]:
        """Frames of one layer: ``consensus``, ``coder`` (all coders) or ``coder:NAME``."""
        kind, _, name = layer.partition(":")
        if kind not in ("consensus", "coder"):
            raise ValidationError(f"unknown layer {layer!r}; use consensus, coder or coder:NAME")
        frames = self.frames(layer=kind)
        if name:
            self.store.coders.by_name(name)
            codings = frames["codings"]
            frames["codings"] = codings[codings["coder"] == name]
        return frames

    def report_frequencies(self, by: list[str] | None = None, layer: str = "coder") -> pd.DataFrame:
        from qualcode.analysis.frames import frequencies

        f = self._layer_frames(layer)
        key = self.pseudonym_key()
        return key.frame(frequencies(f["codings"], f["documents"], by))

    def report_crosstab(self, attribute: str, layer: str = "coder") -> pd.DataFrame:
        from qualcode.analysis.frames import crosstab

        f = self._layer_frames(layer)
        if attribute not in f["documents"].columns:
            raise ValidationError(f"no document attribute {attribute!r}")
        key = self.pseudonym_key()
        return key.frame(crosstab(f["codings"], f["documents"], attribute))

    def report_cooccurrence(self, layer: str = "coder", within: str = "overlap") -> pd.DataFrame:
        """Codes x codes: overlapping passages (``overlap``) or shared speaker turns (``turn``)."""
        from qualcode.analysis.frames import cooccurrence

        if within not in ("overlap", "turn"):
            raise ValidationError(f"--within {within!r}: use overlap or turn")
        codings = self._layer_frames(layer)["codings"]
        if within == "overlap":
            return cooccurrence(codings)
        turns = self.turns_frame(sorted(set(codings["document"])))
        return cooccurrence(codings, turns)

    def report_quotes(
        self,
        code: str | None = None,
        per_code: int | None = None,
        layer: str = "coder",
        keyword: str | None = None,
        *,
        real_names: bool = False,
        viewer: str | None = None,
    ) -> pd.DataFrame:
        """Quotes per code, longest first (only those with ``keyword`` if given), with
        document, participant (the speaker's pseudonym) and role, turn (from 1) and
        character position; every text through the pseudonym key."""
        from qualcode.analysis.frames import attach_turns, quotes, speaker_roles

        if code:
            self.store.codes.id_for_key(code)
        f = self._layer_frames(layer)
        table = quotes(f["codings"], f["documents"], code, per_code, keyword=keyword)
        turns = self.turns_frame(sorted(set(table["document"])))
        table = attach_turns(table, turns)
        table["speaker_role"] = speaker_roles(table)
        table["turn"] = table["turn"].astype("Int64") + 1  # counted from 1, as the summary
        key = self.pseudonym_key(real_names, viewer)
        cite = self._citer(key, real_names)
        table["speaker"] = [
            cite(d, s if isinstance(s, str) else None, r if isinstance(r, str) else None)
            for d, s, r in zip(
                table["document"], table["speaker"], table["speaker_role"], strict=True
            )
        ]
        table = key.frame(table.rename(columns={"speaker": "participant"}))
        order = [
            "code",
            "document_name",
            "municipality",
            "role",
            "participant",
            "speaker_role",
            "turn",
        ]
        rest = [c for c in table.columns if c not in (*order, "id", "document")]
        return table[[c for c in order if c in table.columns] + rest]

    def export_codings(
        self,
        path: str | Path,
        layer: str | None = None,
        force: bool = False,
        *,
        real_names: bool = False,
        viewer: str | None = None,
    ) -> Path:
        """Every coding with its text, document, attributes (municipality, role, ...),
        participant (pseudonymised speaker), turn, coder, layer, origin, language and
        memos, as .csv or .xlsx; every text through the pseudonym key.

        ``layer`` (``coder:NAME``, ``coder``, ``consensus``) narrows it, so that a coder under
        blind coding can export their own work without anyone else's. Text cells are
        written as text (xlsx) or neutralised (csv), so no name or memo runs as a formula.
        """
        from qualcode.analysis.frames import attach_turns, speaker_roles, with_attributes
        from qualcode.export.cells import csv_bytes, xlsx_bytes
        from qualcode.export.pseudonyms import check_files

        target = Path(path)
        self._check_output(target, force)
        if target.suffix.lower() not in (".csv", ".xlsx"):
            raise ValidationError(f"{target.name}: choose .csv or .xlsx")
        frames = self.frames() if layer is None else self._layer_frames(layer)
        codings = frames["codings"]
        turns = self.turns_frame(sorted(set(codings["document"])))
        frame = with_attributes(attach_turns(codings, turns), frames["documents"])
        frame["turn"] = frame["turn"].astype("Int64") + 1  # counted from 1, as everywhere
        key = self.pseudonym_key(real_names, viewer)
        cite = self._citer(key, real_names)
        roles = speaker_roles(frame) if len(frame) else frame["speaker"]
        frame["participant"] = [
            cite(d, s if isinstance(s, str) else None, r if isinstance(r, str) else None)
            for d, s, r in zip(frame["document"], frame["speaker"], roles, strict=True)
        ]
        if not real_names:
            frame = frame.drop(columns=["speaker"])
        by_coding = self._memo_texts("coding")
        frame["memo"] = ["\n".join(by_coding.get(i, [])) for i in frame["id"]]
        langs = {d.id: d.lang for d in self.store.documents.summaries()}
        frame["language"] = [langs.get(d) for d in frame["document"]]
        frame = key.frame(frame)
        if target.suffix.lower() == ".csv":
            data = csv_bytes(frame)
        else:
            data = xlsx_bytes({"codings": frame}, widths=False)
        check_files(key, {target.name: data})
        return self._write_output(target, data, force)

    def _memo_texts(self, kind: str) -> dict[str, list[str]]:
        found: dict[str, list[str]] = {}
        for memo in self.store.memos.list(kind):
            found.setdefault(memo.target_id, []).append(memo.text)
        return found

    def _check_output(self, path: Path, force: bool) -> Path:
        """Refuse a bad target before any work is done (``files.check_target``)."""
        return check_target(path, project=self.store.path, force=force)

    def _write_output(self, path: Path, data: bytes | str, force: bool) -> Path:
        """The one writer (``qualcode.project.files``): checked, private, atomic."""
        return write_output(path, data, project=self.store.path, force=force)

    def build_summary(
        self,
        layer: str = "consensus",
        codes: list[str] | None = None,
        lang: str = "en",
        quotes: int = 3,
        *,
        real_names: bool = False,
        viewer: str | None = None,
        per_participant: int = 1,
        allow_empty: bool = False,
        appendix: bool = False,
    ) -> Summary:
        """The summary model: per theme counts, charts, quotes; agreement; decisions.

        Every text goes through the pseudonym key unless a lead (``viewer``) asks for
        ``real_names``; quotes are cited by participant pseudonym, role and municipality.
        """
        from qualcode.export.labels import LABELS, label, layer_name
        from qualcode.export.summary import Summary
        from qualcode.project.summary_build import (
            QuoteRules,
            apply_key,
            decisions_brief,
            decisions_table,
            overview,
            theme_for,
        )

        if lang not in LABELS:
            raise ValidationError(f"--lang {lang!r}: use sv or en")
        known = {c.key for c in self.store.codes.list()}
        for code_key in codes or []:
            if code_key not in known:
                self.store.codes.id_for_key(code_key)  # the store's clear "no code" error
        key = self.pseudonym_key(real_names, viewer)
        f = self._layer_frames(layer)
        codings, documents = f["codings"], key.frame(f["documents"])  # charts print values
        if codes:
            codings = codings[codings["code"].isin(codes)]
        if codings.empty and not allow_empty:
            hint = " (reconcile first)" if layer == "consensus" else ""
            raise ValidationError(
                f"layer {layer} has no codings{hint}; nothing written "
                "(--allow-empty writes a summary without any)"
            )
        turns = self.turns_frame(sorted(set(codings["document"])))
        summary = Summary(label(lang, "title"), lang, layer_name(layer, lang))
        if quotes < 0 or per_participant < 1:
            raise ValidationError("--quotes must be 0 or more and --per-participant 1 or more")
        rules = QuoteRules(
            quotes,
            per_participant,
            self._pins(),
            self.store.documents.texts(sorted(set(codings["document"]))),
            self._citer(key, real_names),
            translated=self._translated(),
            languages={d.id: d.lang for d in self.store.documents.summaries()},
        )
        memos = self._coding_memos()
        on_codes: dict[str, list[str]] = {}
        for memo in self.store.memos.list("code"):
            on_codes.setdefault(memo.target_id, []).append(memo.text)
        for code in self.store.codes.list():
            if codes and code.key not in codes:
                continue
            summary.themes.append(
                theme_for(
                    summary,
                    code,
                    codings,
                    documents,
                    turns,
                    memos,
                    on_codes.get(code.id, []),
                    rules,
                )
            )
        participant_of = {
            doc_id: cite(doc_id, speaker, None) or ""
            for doc_id, speaker in self.respondents().items()
            for cite in [rules.cite]
        }
        names = {
            c.key: c.name(lang) for c in self.store.codes.list() if not codes or c.key in codes
        }
        overview(summary, codings, documents, participant_of, names)
        self._summary_agreement(summary)
        decisions = self.store.decisions.current()
        if decisions:
            names = {c.key: c.name(lang) for c in self.store.codes.list()}
            if appendix:  # traceable: document, passage, verdict, rationale, who, when
                doc_names = {d.id: d.name for d in self.store.documents.summaries()}
                texts = self.store.documents.texts(sorted({d.document_id for d in decisions}))
                summary.decisions = decisions_table(decisions, names, lang, doc_names, texts)
            summary.decisions_brief = decisions_brief(decisions, lang)
        return apply_key(summary, key)

    def _translated(self) -> list[tuple[str, str, int, int, str, str]]:
        """Every translation with its coding's place: (document, code, start, end, lang,
        text), so a consensus quote finds the translation made on a coder's coding."""
        translations = self.store.quotes.translations()
        if not translations:
            return []
        codings = {c.id: c for c in self.store.codings.list()}
        return [
            (c.document_id, c.code, c.start, c.end, lang, text)
            for (coding_id, lang), text in translations.items()
            if (c := codings.get(coding_id)) is not None
        ]

    def _pins(self) -> list[tuple[str, str, int, int]]:
        """The lead's pinned exemplars as (document, code, start, end)."""
        pinned = self.store.quotes.pinned()
        if not pinned:
            return []
        return [
            (c.document_id, c.code, c.start, c.end)
            for c in self.store.codings.list()
            if c.id in pinned
        ]

    def _citer(self, key: Any, real_names: bool) -> Any:
        """How a quote names its speaker: the pseudonym on the key, else ``IP<n>`` by the
        interview's number (a real name only when a lead asked for real names)."""
        from qualcode.project.pseudonyms import ROLE_LABELS

        numbers = self.participant_numbers()

        def cite(doc_id: str, speaker: str | None, role: str | None) -> str | None:
            if role == "interviewer":
                return None
            named = key.pseudonym(speaker)
            if named:
                return str(named)
            if real_names and speaker and speaker.strip().lower() not in ROLE_LABELS:
                return speaker
            return f"IP{numbers.get(doc_id, 0)}"

        return cite

    def _coding_memos(self) -> dict[tuple[str, str], list[tuple[int, int, str]]]:
        """Memos on codings of any layer by (document, code): a consensus quote shows what
        the coders wrote on the passages it was made from."""
        by_id = {m.target_id: m.text for m in self.store.memos.list("coding")}
        found: dict[tuple[str, str], list[tuple[int, int, str]]] = {}
        if by_id:
            for c in self.store.codings.list():
                if c.id in by_id:
                    found.setdefault((c.document_id, c.code), []).append(
                        (c.start, c.end, by_id[c.id])
                    )
        return found

    def _summary_agreement(self, summary: Summary) -> None:
        from qualcode.project.summary_build import agreement_table

        try:
            report = self.agreement()  # type: ignore[attr-defined]  # the one bootstrap setting
        except QualcodeError:
            return  # fewer than two coders: the summary says nothing about agreement
        names = {c.key: c.name(summary.lang) for c in self.store.codes.list()}
        summary.agreement = agreement_table(report, names, summary.lang)
        summary.methods = report.methods_paragraph(summary.lang)

    def export_summary(
        self,
        path: str | Path,
        layer: str = "consensus",
        codes: list[str] | None = None,
        lang: str = "en",
        quotes: int = 3,
        force: bool = False,
        *,
        real_names: bool = False,
        viewer: str | None = None,
        per_participant: int = 1,
        allow_empty: bool = False,
        appendix: bool = False,
    ) -> Path:
        """Write the theme summary as .md, .docx, .xlsx or .html (Markdown with its charts
        beside it); every file is checked before the first is written, and the export is
        refused when a name on the pseudonym key would appear in any of them."""
        from qualcode.export.pseudonyms import check_files
        from qualcode.export.render import render_summary, summary_formats_check

        target = Path(path)
        self._check_output(target, force)
        summary_formats_check(target.name)
        key = self.pseudonym_key(real_names, viewer)
        summary = self.build_summary(
            layer,
            codes,
            lang,
            quotes,
            real_names=real_names,
            viewer=viewer,
            per_participant=per_participant,
            allow_empty=allow_empty,
            appendix=appendix,
        )
        files = render_summary(summary, target.name)
        check_files(key, files)
        write_outputs(
            {target.with_name(name): data for name, data in files.items()},
            project=self.store.path,
            force=force,
        )
        return target

    def export_qdc(self, path: str | Path, lang: str = "en", force: bool = False) -> Path:
        """The codebook as REFI-QDA .qdc (hierarchy, colours, definitions)."""
        from qualcode import __version__
        from qualcode.export.refi import codebook_xml

        target = Path(path)
        self._check_output(target, force)
        xml = codebook_xml(self.store.codes.list(), f"qualcode {__version__}", lang)
        return self._write_output(target, xml, force)

    def export_qdpx(
        self,
        path: str | Path,
        lang: str = "en",
        force: bool = False,
        *,
        real_names: bool = False,
        viewer: str | None = None,
    ) -> Path:
        """The whole project as REFI-QDA .qdpx: coders, codebook, participants as cases,
        texts, every coding, memos as notes by their authors.

        The texts go out through the pseudonym key and every coding is moved onto the
        same words of the pseudonymised text (the stored text itself never changes)."""
        import dataclasses
        import io

        from qualcode import __version__
        from qualcode.export.pseudonyms import check_files
        from qualcode.export.refi import SourceDoc, project_xml, write_qdpx
        from qualcode.store.rows import now

        target = Path(path)
        self._check_output(target, force)
        key = self.pseudonym_key(real_names, viewer)
        summaries = self.store.documents.summaries()
        texts = self.store.documents.texts([d.id for d in summaries])
        documents, moves = [], {}
        for d in summaries:
            text, moves[d.id] = key.apply_mapped(texts[d.id])
            values = {k: key.apply(str(v)) for k, v in d.attributes.items()}
            documents.append(SourceDoc(d.id, key.apply(d.name), text, values))
        codings = [
            dataclasses.replace(
                c, start=moves[c.document_id](c.start), end=moves[c.document_id](c.end)
            )
            for c in self.store.codings.list()
            if c.document_id in moves
        ]
        memos = [dataclasses.replace(m, text=key.apply(m.text)) for m in self.store.memos.list()]
        cite = self._citer(key, real_names)
        participants = {
            doc_id: cite(doc_id, speaker, None) or ""
            for doc_id, speaker in self.respondents().items()
        }
        name = key.apply(Path(str(self.store.path or "qualcode")).stem)
        xml = project_xml(
            name,
            f"qualcode {__version__}",
            now(),
            self.store.coders.list(),
            self.store.codes.list(),
            documents,
            codings,
            memos,
            lang,
            participants,
        )
        extras = {
            member: key.apply(data.decode("utf-8")).encode("utf-8")
            for member, data in self._qualcode_extras(name, summaries).items()
        }
        buffer = io.BytesIO()
        write_qdpx(buffer, xml, documents, extras)
        check_files(key, {target.name: buffer.getvalue()})
        return self._write_output(target, buffer.getvalue(), force)

    def _qualcode_extras(self, name: str, summaries: list[Any]) -> dict[str, bytes]:
        """What QDA-XML has no place for, so that qualcode reads its own file back whole:
        code keys and the codebook in both languages, coders' roles, the consensus layer
        and each document's language."""
        import json

        from qualcode.codebook import dump_codebook
        from qualcode.export.refi import consensus_user_guid
        from qualcode.model import Codebook

        specs = self.codebook_specs()
        meta = {
            "code_keys": {c.id: c.key for c in self.store.codes.list()},
            "roles": {c.id: c.role for c in self.store.coders.list()},
            "consensus": [c.id for c in self.store.codings.list(layer="consensus")],
            "consensus_users": {
                consensus_user_guid(c.coder_id): c.coder
                for c in self.store.codings.list(layer="consensus")
            },
            "languages": {d.id: d.lang for d in summaries},
        }
        return {
            "qualcode/codebook.yaml": dump_codebook(Codebook(name, tuple(specs))).encode(),
            "qualcode/project.json": json.dumps(meta, ensure_ascii=False).encode(),
        }
