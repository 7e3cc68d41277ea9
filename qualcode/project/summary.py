"""The theme summary for papers: built once as a model (counts, quotes, agreement,
decisions) and rendered as .md, .docx, .xlsx or .html through the pseudonym key."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from qualcode.errors import SETTING, QualcodeError, SettingError, ValidationError
from qualcode.project.coding_columns import codings_read_once
from qualcode.project.export_log import names_said, write_recorded
from qualcode.project.export_names import check_export_name, cited_names
from qualcode.project.keys_held import keys_held, keys_made_once
from qualcode.project.snapshot import one_snapshot
from qualcode.project.summary_scope import SummaryScope

if TYPE_CHECKING:
    from qualcode.export.summary import Summary


@contextlib.contextmanager
def collection_paused() -> Iterator[None]:
    """Python's cycle collector held off while a summary is made, and back on after (as it
    was), refused or not: the 200k rows it reads are as many new objects, and the collector
    walked every object of the process each time they filled a generation (0.1 s CPU of a
    summary on 1,000 documents), to find no cycle to free; and the modules imported on
    the way (pandas, matplotlib: 0.02 s more)."""
    import gc

    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


# an empty summary's refusal in the interface's words (``refusals``), by why it is empty:
# no codings in the layer, none in the consensus yet (the coders have some), none the
# acting coder may see
_EMPTY_SAID = {
    "coder": "summary_layer_empty",
    "consensus": "summary_consensus_empty",
    "coders": "summary_consensus_or_coders",
    "hidden": "summary_consensus_hidden",
}


class SummaryMixin(SummaryScope):
    # the memos the summary this project last wrote printed (Summary.memos_printed), by
    # id: None until it writes one
    summary_memos: frozenset[str] | None = None
    # why the lead's default summary this project last wrote is of all coders' codings
    # (``report_layer_note``), worked out within its snapshot; None when not asked
    summary_layer_note: str | None = None

    @one_snapshot
    @codings_read_once
    @keys_made_once
    def build_summary(
        self,
        layer: str | None = None,
        codes: list[str] | None = None,
        lang: str = "en",
        quotes: int = 3,
        *,
        real_names: bool = False,
        viewer: str | None = None,
        per_participant: int = 1,
        allow_empty: bool = False,
        appendix: bool = False,
        coders: list[str] | None = None,
        doc_set: str | None = None,
        docs: list[str] | None = None,
    ) -> Summary:
        """The summary model: per theme counts, charts, quotes; agreement; decisions.

        Every text goes through the pseudonym key unless a lead (``viewer``) asks for
        ``real_names``; quotes are cited by participant pseudonym, role and municipality.
        ``doc_set`` (a document set's name) makes it a summary of that set's documents:
        counts, quotes, agreement and decisions, its name beside the layer's. ``docs``
        (ids, names or prefixes, as ``agree --docs``) narrows it to those documents alike:
        without it a four-coder summary could not report the agreement ``agree --docs``
        reports, where a coder never started some of them (lead33).

        A summary not restricted to a blind coder's own codings reads every coding once
        (``coding_columns.codings_read_once``): its frames, the open cases' count and the
        agreement take their parts of the same columns.
        """
        from qualcode.export.labels import LABELS, label, layer_name
        from qualcode.export.summary import Summary
        from qualcode.export.vocabulary import role_names
        from qualcode.project.one_coder import taken_in_force, waiting_for_take
        from qualcode.project.summary_build import QuoteRules, apply_key, code_rows, theme_for
        from qualcode.project.summary_counts import ATTRIBUTES, attribute_counts, chart_scales
        from qualcode.project.summary_overview import overview
        from qualcode.project.summary_tables import (
            as_printed,
            decisions_brief,
            decisions_table,
            in_table,
        )
        from qualcode.project.typed_team import layer_typed

        if lang not in LABELS:
            raise SettingError("lang", f"{SETTING} {lang!r}: use sv or en")
        known = {c.key for c in self.store.codes.list()}
        # a code a coder proposed and no lead has accepted is not in the codebook yet, so a
        # summary for a paper leaves it out: the xlsx overview listed karin's proposal with
        # zeros beside the codebook's codes (eyes8)
        statuses = self.store.codes.statuses()
        proposed = {
            c.key
            for c in self.store.codes.list()
            if statuses.get(c.id, ("active", None))[0] == "proposed"
        }
        for code_key in codes or []:
            if code_key not in known:
                self.store.codes.id_for_key(code_key)  # the store's clear "no code" error
            if code_key in proposed:
                raise ValidationError(
                    f"{code_key} is a code a coder proposed that no lead has accepted: it is "
                    "not in the codebook yet; accept it first (TUI themes, a)"
                )
        key = self.pseudonym_key(real_names, viewer, lang)
        me = self.restricted_to()
        chosen = self.chosen_documents(docs, doc_set)  # unknown or outside the set: refused
        # mid-reconciliation the consensus holds only what was decided so far: a lead's
        # summary is of all coders' codings then, and says how far it has come (eyes40)
        under_way = None if me is not None else self._under_way(chosen, doc_set, coders)
        if layer is None:  # the consensus a paper reports, but a blind coder sees none of
            # it: her own codings, as her reports screen shows (she was refused and told
            # to run 'team unblind', a lead's command)
            layer = f"coder:{me.name}" if me else "coder" if under_way else "consensus"
        if layer == "coder" and me is not None:  # blind: all a coder's view holds is hers
            layer = f"coder:{me.name}"  # so the summary says whose codings, not 'all coders'
        f = self._layer_frames(layer, doc_set)
        layer = layer_typed(self, layer)  # "coder:Kodare A": the coder printed so, by name
        in_set = chosen if chosen is not None else self.set_members(doc_set)
        if chosen is not None:
            f = {
                **f,
                "documents": f["documents"][f["documents"]["id"].isin(chosen)],
                "codings": f["codings"][f["codings"]["document"].isin(chosen)],
            }
        codings, documents = f["codings"], key.frame(f["documents"])  # charts print values
        # an attribute no document here has (a set of policies imported without a
        # municipality) is no attribute of this material: no table, chart, material row or
        # quote's "ej angivet" for it, only for one some documents have and others lack
        unset = [a for a in ATTRIBUTES if a in documents.columns and documents[a].isna().all()]
        documents = documents.drop(columns=unset)
        if "role" in documents.columns:  # "socialsekreterare" is a "social worker" in English
            documents = documents.assign(role=role_names(documents["role"], lang))
        # a document without a municipality or role (a policy imported without one) is
        # counted under words a co-author reads, not under "?" in every table and chart
        given = [a for a in ATTRIBUTES if a in documents.columns]
        documents = documents.assign(
            **{a: documents[a].fillna(label(lang, "no_value")) for a in given}
        )
        if codes:
            codings = codings[codings["code"].isin(codes)]
        codings = codings[~codings["code"].isin(proposed)]
        if codings.empty and not allow_empty:
            hint = " (reconcile first)" if layer == "consensus" else ""
            # the interface's words for it (its English names no option of the CLI's)
            said = "consensus" if layer == "consensus" else "coder"
            theirs = self._layer_frames("coder", doc_set)["codings"]
            if chosen is not None:
                theirs = theirs[theirs["document"].isin(chosen)]
            if layer == "consensus" and not theirs.empty:
                # a researcher coding alone never reconciles: her codings are the coders'
                hint = " (reconcile first, or summarise layer coder: the coders' own codings)"
                said = "coders"
            if layer == "consensus" and me is not None:  # it has codings she may not see
                hint = (  # what she can do herself: turning blind coding off is a lead's
                    f" that {me.name} may see (blind coding, until a lead turns it off; "
                    "summarise layer coder: your own codings)"
                )
                said = "hidden"
            raise SettingError(
                "allow_empty",
                f"layer {layer} has no codings{hint}; nothing written "
                f"({SETTING} writes a summary without any)",
            ).keyed(_EMPTY_SAID[said], name=me.name if me is not None else "")
        turns = self.turns_frame(sorted(set(codings["document"])))
        # the names filled into the summary's own words go through the key, never those
        # words: "Codes were applied" went out as "IPX were applied" with Code on it (pseudo49)
        kind, colon, whose = layer.partition(":")
        printed_layer = f"{kind}:{key.coder(whose)}" if colon else layer
        summary = Summary(label(lang, "title"), lang, layer_name(printed_layer, lang))
        if doc_set is not None:  # what the counts are of, in the header and the material
            set_name = key.apply(doc_set)
            summary.layer = label(lang, "layer_in_set", layer=summary.layer, name=set_name)
        if chosen is not None:  # "coder, 2 of 15 documents": what the counts are of
            of = len(self.set_members(doc_set) or self.store.documents.summaries())
            summary.layer = label(lang, "layer_of_docs", layer=summary.layer, n=len(chosen), of=of)
        if layer == "coder" and under_way is not None:  # why not the consensus, in its line
            summary.layer += under_way.note(lang)
        if quotes < 0:
            raise SettingError("quotes", f"{SETTING} must be 0 or more")
        if per_participant < 1:
            raise SettingError("per_participant", f"{SETTING} must be 1 or more")
        # a document without speakers (a plan, a policy) has no interviewee: it is counted,
        # shown and cited as a document by its name, never as a participant "IP<n>"
        speakers = self.respondents()
        # plan.docx and plan.pdf are never both cited 'plan' (export_names.cited_names)
        cited = cited_names((d.id, d.name) for d in self.store.documents.summaries())
        others = {d: key.apply(cited[d]) for d in cited if d in speakers and not speakers[d]}
        citer = self._citer(key, real_names)

        def cite(doc_id: str, speaker: str | None, role: str | None) -> str | None:
            return others[doc_id] if doc_id in others else citer(doc_id, speaker, role)

        from qualcode.project.interviewer_labels import asking_pairs
        from qualcode.project.layout import quote_parts

        texts = self.store.documents.texts(sorted(set(codings["document"])))
        listed = self.store.documents.summaries()
        names = {d.id: d.name for d in listed}
        wrapped = {d: quote_parts(names.get(d, ""), text) for d, text in texts.items()}
        pinned = self.store.quotes.pinned()
        on_codings: dict[str, list[tuple[str, str]]] = {}
        for m in self.store.memos.list("coding"):
            on_codings.setdefault(m.target_id, []).append((m.id, m.text))
        # the pinned and the memos' codings of any layer, read once for both
        wanted = self._codings_among(set(pinned) | set(on_codings))
        rules = QuoteRules(
            quotes,
            per_participant,
            self._pins(pinned, wanted),
            texts,
            cite,
            translated=self._translated(),
            languages={d.id: d.lang for d in listed},
            page_lines={d: parts for d, parts in wrapped.items() if parts is not None},
            asking=asking_pairs(self.interviewer_labels()),
            cited=cited,
        )
        memos = self._coding_memos(on_codings, wanted)
        on_codes: dict[str, list[tuple[str, str]]] = {}
        for memo in self.store.memos.list("code"):
            on_codes.setdefault(memo.target_id, []).append((memo.id, memo.text))
        counts = attribute_counts(codings, documents)  # every theme's tables are rows of them
        scales = chart_scales(codings, documents, counts)  # every theme's charts share them
        rows = code_rows(codings)  # each theme's codings, found once
        by_id = {c.id: c for c in self.store.codes.list()}
        for code in by_id.values():
            if (codes and code.key not in codes) or code.key in proposed:
                continue
            theme = theme_for(
                summary,
                key.code(code),  # its chart's title is drawn into the picture
                codings,
                documents,
                turns,
                memos,
                on_codes.get(code.id, []),
                rules,
                scales,
                counts,
                rows,
            )
            if (parent := by_id.get(code.parent_id or "")) is not None:
                # a child code stood as a theme of its own, its parent unnamed (user47)
                parent_name = key.code(parent).name(lang)
                if any(code.definitions.values()):
                    part = label(lang, "part_of", parent=parent_name)
                    theme.definition = f"{part} {theme.definition}"
                else:  # "Part of X. none in the codebook yet" read as two broken ones
                    theme.definition = label(lang, "part_of_undefined", parent=parent_name)
            summary.themes.append(theme)
        participant_of = {
            doc_id: rules.cite(doc_id, speaker, None) or ""
            for doc_id, speaker in speakers.items()
            if speaker
        }
        names = {
            c.key: key.code(c).name(lang)
            for c in self.store.codes.list()
            if (not codes or c.key in codes) and c.key not in proposed
        }
        overview(summary, codings, documents, participant_of, names, others)
        self._summary_agreement(summary, layer, coders, doc_set, sorted(chosen or ()) or None, key)
        decisions = [
            as_printed(d, key.coder)  # coders, though a speaker's label reads as one of them
            for d in self.store.decisions.current()
            if in_set is None or d.document_id in in_set
        ]
        if decisions:
            names = {c.key: key.code(c).name(lang) for c in self.store.codes.list()}
            if appendix:  # traceable: document, passage, verdict, rationale, who, when
                texts = self.store.documents.texts(sorted({d.document_id for d in decisions}))
                results = self.store.decisions.consensus_codes([d.id for d in decisions])
                team = self._summary_team(coders)
                for d in decisions:  # a rejection puts nothing in: name what it turned down
                    if d.verdict == "reject" and not d.code and not results.get(d.id):
                        results[d.id] = self._codes_in(d.document_id, d.start, d.end, team)
                named = {d: key.apply(n) for d, n in cited.items()}
                summary.decisions = decisions_table(decisions, names, lang, named, texts, results)
                # each passage's language, a place in its words (export/key_languages.py)
                langs = {s.id: str(s.lang) for s in listed}
                in_rows = [d.document_id for d in decisions if in_table(d)]
                summary.decision_langs = [langs.get(at) for at in in_rows]
            now = self.store.decisions.current()
            taken = taken_in_force(self.store, now)
            taken = [t for t in taken if in_set is None or t.document_id in in_set]
            summary.decisions_brief = decisions_brief(
                decisions,
                lang,
                *self._still_open(doc_set, coders, chosen),
                taken_stale=sum(t.stale for t in taken),
                waiting=len(waiting_for_take(self.store, now, in_set)),
            )
            if summary.methods and taken:  # agreement counts none of them: said so
                summary.methods += label(lang, "methods_taken", n=len(taken))
        return apply_key(summary, key)

    def _default_layer_note(
        self,
        layer: str | None,
        viewer: str | None,
        doc_set: str | None,
        docs: list[str] | None,
    ) -> str | None:
        """``report_layer_note`` for a summary of the lead's default layer (no ``layer``,
        no ``docs``), asked here, within the export's snapshot, where the counts it needs
        are the summary's own: asked once the file was written, its audit entry (a change
        of the file) had every count read and made again (0.4 s CPU on 200k codings).
        None for any other summary, or when the note cannot be said."""
        if layer is not None or docs or not viewer:
            return None
        try:
            return self.report_layer_note(viewer, doc_set)
        except QualcodeError:
            return None

    @one_snapshot
    def export_summary(
        self,
        path: str | Path,
        layer: str | None = None,
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
        coders: list[str] | None = None,
        doc_set: str | None = None,
        docs: list[str] | None = None,
    ) -> Path:
        """Write the theme summary as .md, .docx, .xlsx or .html (Markdown with its charts
        beside it); every file is checked before the first is written, and the export is
        refused when a name on the pseudonym key would appear in any of them."""
        from qualcode.export.labels import own_words
        from qualcode.export.pseudonyms import check_files
        from qualcode.export.render import render_summary

        target = Path(path)
        self._check_output(target, force)
        check_export_name("summary", target)
        # from the key on: its first use imports pandas; each key made once (keys_held)
        with collection_paused(), keys_held(self):
            key = self.pseudonym_key(real_names, viewer, lang)
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
                coders=coders,
                doc_set=doc_set,
                docs=docs,
            )
            files = render_summary(summary, target.name)
            check_files(key, files, own_words(lang))  # "Tema" on the key: no name there
            self.summary_layer_note = self._default_layer_note(layer, viewer, doc_set, docs)
        details = {
            "layer": summary.layer,
            "names": names_said(real_names),
            "themes": len(summary.themes),
            "quotes": sum(len(t.quotes) for t in summary.themes),
            "set": doc_set,
        }
        written = {target.with_name(name): data for name, data in files.items()}
        write_recorded(self, "summary", written, details, force=force)
        # what the note on names in memos off the key counts (memos_off_key "summary")
        self.summary_memos = summary.memos_printed(target.name)
        return target
