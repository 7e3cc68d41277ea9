"""Reports: frequencies, crosstabs, co-occurrence and quotes as tables, and the audit log,
every text through the pseudonym key."""

from __future__ import annotations

import operator
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, SupportsIndex, overload

from qualcode.errors import SETTING, SettingError
from qualcode.model import AuditEntry
from qualcode.project.api_arguments import require_texts
from qualcode.project.coder_pseudonyms import entry_listed
from qualcode.project.export_names import cited_names
from qualcode.project.outputs import OutputBase
from qualcode.project.report_groups import (
    BY_DOCUMENT,
    by_participant,
    check_grouping,
    cited_one,
    documents_named,
    in_report_order,
    others_named,
    values_printed,
    with_participants,
)
from qualcode.project.report_groups import splits_by_coder as splits_by_coder  # the TUI's
from qualcode.project.snapshot import one_snapshot
from qualcode.project.source_paths import folders_out

if TYPE_CHECKING:
    import pandas as pd

    from qualcode.export.pseudonyms import Key
    from qualcode.project.coding_query import QueryPassage


class ReportsMixin(OutputBase):
    def report_in_set(
        self,
        doc_set: str | None,
        *,
        real_names: bool = False,
        viewer: str | None = None,
        names_in: str | None = None,
        lang: str = "en",
    ) -> str:
        """What a report's title adds when it counts one document set: " in the set 'x'"
        (in ``lang``'s words: " i gruppen 'x'").
        A set's name is typed by people ("Elin och Petra") and the title is printed beside
        tables whose names all went through the pseudonym key, so it goes through it too,
        with a proposed place in the table's words (``names_in``): a set named for a town
        read "Kommun C" above rows saying "Municipality C"."""
        if doc_set is None:
            return ""
        from qualcode.export.labels import label
        from qualcode.project.quote_sources import check_lang

        key = self.pseudonym_key(real_names, viewer, names_in)
        return label(check_lang(lang), "in_the_set", name=repr(key.apply(doc_set)))

    @one_snapshot
    def report_frequencies(
        self,
        by: list[str] | None = None,
        layer: str = "coder",
        *,
        real_names: bool = False,
        viewer: str | None = None,
        doc_set: str | None = None,
        lang: str | None = None,
        names_in: str | None = None,
        aggregate: bool = False,
    ) -> pd.DataFrame:
        """Codings, coded words and documents per code (and attribute values, which go
        through the pseudonym key unless a lead asks for ``real_names``). ``doc_set`` (a
        document set's name), here as in every report: only that set's documents. A value
        not given is named as ``_not_given`` says: in ``lang`` when given ("not given", as
        the CLI prints it), else left NaN for a reader who names it in her own words.
        ``names_in``: the language a place's proposed pseudonym reads in, the reader's
        (the reports screen's interface); else the project's, so an English screen headed
        its columns "Kommun A" while the English summary said "Municipality A" (eyes31).
        ``aggregate``: a parent code counts its child codes' passages too (``with_descendants``).
        """
        from qualcode.analysis.frames import frequencies, with_descendants

        require_texts(by, "report frequencies: by", optional=True)
        key = self.pseudonym_key(real_names, viewer, names_in)
        f = self._layer_frames(layer, doc_set)
        if aggregate:
            f["codings"] = with_descendants(f["codings"], f["codes"])
        for attribute in by or ():  # a mistyped name was a pandas KeyError traceback
            check_grouping(attribute, f["documents"], "by", layer)
        others: dict[str, str] = {}
        if any(by_participant(a, f["documents"]) for a in by or ()):
            others = others_named(self, key)
            f["codings"] = with_participants(
                self, f["codings"], f["documents"], key, real_names, others
            )
        documents = values_printed(key, f["documents"], by or (), names_in)
        counted = frequencies(f["codings"], documents, by, _not_given(lang))
        # "Kodare A" above "Kodare B", "IP2" above "IP10", a plan after them
        counted = in_report_order(counted, key, by or (), _not_given(lang), set(others.values()))
        if BY_DOCUMENT in (by or ()):
            counted = documents_named(counted, self._names_printed(key))
        return key.frame(counted)

    def _names_printed(self, key: Key) -> dict[str, str]:
        """Each document's name as a report cites it, through the key."""
        summaries = self.store.documents.summaries()
        return {d: key.apply(n) for d, n in cited_names((s.id, s.name) for s in summaries).items()}

    @one_snapshot
    def report_crosstab(
        self,
        attribute: str,
        layer: str = "coder",
        *,
        real_names: bool = False,
        viewer: str | None = None,
        doc_set: str | None = None,
        lang: str = "en",
        names_in: str | None = None,
        aggregate: bool = False,
    ) -> pd.DataFrame:
        """Codings per code and value of ``attribute`` (values through the pseudonym key
        unless a lead asks for ``real_names``); documents without a value in a column
        named in ``lang`` ("not given": a "?" column told a reader nothing). Always named,
        in English unless told (``_not_given``): a crosstab's values are its columns.
        ``names_in``: the language a place's proposed pseudonym reads in, as in
        ``report_frequencies``; ``aggregate`` as there (a parent counts its children's)."""
        from qualcode.analysis.frames import crosstab, with_descendants

        key = self.pseudonym_key(real_names, viewer, names_in)
        f = self._layer_frames(layer, doc_set)
        if aggregate:
            f["codings"] = with_descendants(f["codings"], f["codes"])
        check_grouping(attribute, f["documents"], None, layer)
        others: dict[str, str] = {}
        if by_participant(attribute, f["documents"]):
            others = others_named(self, key)
            f["codings"] = with_participants(
                self, f["codings"], f["documents"], key, real_names, others
            )
        documents = values_printed(key, f["documents"], [attribute], names_in)
        table = crosstab(f["codings"], documents, attribute, _not_given(lang))
        # as printed, a plan after the participants
        table = in_report_order(table, key, [attribute], _not_given(lang), set(others.values()))
        if attribute == BY_DOCUMENT and not table.empty:
            table = documents_named(table, self._names_printed(key))
        return key.frame(table)

    @one_snapshot
    def report_cooccurrence(
        self,
        layer: str = "coder",
        within: str = "overlap",
        *,
        real_names: bool = False,
        names_in: str | None = None,
        viewer: str | None = None,
        doc_set: str | None = None,
        attributes: Mapping[str, str | Collection[str]] | None = None,
    ) -> pd.DataFrame:
        """Codes x codes: overlapping passages (``overlap``) or shared speaker turns (``turn``),
        the codes' keys through the pseudonym key (a key made of a proposal's name).
        ``attributes`` keeps the documents matching them, as ``retrieve`` reads them (one
        key's values: any; several keys: all): NVivo's matrix query of one group."""
        from qualcode.analysis.frames import cooccurrence
        from qualcode.project.retrieval import attribute_filter

        if within not in ("overlap", "turn"):
            raise SettingError("within", f"{SETTING} {within!r}: use overlap or turn")
        key = self.pseudonym_key(real_names, viewer, names_in)
        codings = self._layer_frames(layer, doc_set)["codings"]
        if attributes:
            docs = self.store.documents.summaries()
            keep = attribute_filter(docs, attributes)
            codings = codings[codings["document"].isin({d.id for d in docs if keep(d)})]
        if within == "overlap":
            return key.frame(cooccurrence(codings))
        turns = self.turns_frame(sorted(set(codings["document"])))
        return key.frame(cooccurrence(codings, turns))

    @one_snapshot
    def report_quotes(
        self,
        code: str | None = None,
        per_code: int | None = None,
        layer: str = "coder",
        keyword: str | None = None,
        *,
        real_names: bool = False,
        names_in: str | None = None,
        viewer: str | None = None,
        doc_set: str | None = None,
        aggregate: bool = False,
        participant: str | None = None,
        lang: str | None = None,
    ) -> pd.DataFrame:
        """Quotes per code, longest first (only those with ``keyword`` if given; of one
        ``participant``, as cited, if given: NVivo's case's coded references), with
        document (``cited_as``: its name as the summary cites it), participant (the
        speaker's pseudonym) and role, turn (from 1), character position, translation
        and the coding's id; every text through the pseudonym key. ``aggregate``: a parent
        code's quotes include its child codes' passages (listed under the parent). ``lang``
        (sv, en), as the codings sheet's: places and roles in its words (``names_in``'s)."""
        from qualcode.project.quote_sources import check_lang

        names_in = names_in or (check_lang(lang) if lang is not None else None)
        from qualcode.analysis.frames import attach_turns, quotes, speaker_roles, with_descendants
        from qualcode.project.interviewer_labels import asking_pairs

        # "how many per code" is a count: 0 read as no limit and -5 as all but the last
        # five of each code (pandas' head), so a careless --per-code 0 printed every quote
        # and -5 a list missing each code's shortest five, without a word (red team 8)
        if per_code is not None and (
            isinstance(per_code, bool)
            or not isinstance(per_code, SupportsIndex)
            or operator.index(per_code) < 1
        ):
            raise SettingError(
                "per_code", f"{SETTING} must be a whole number, 1 or more, not {per_code}"
            )
        if viewer is not None:
            # the quotes are always the acting person's reading: a colleague named here
            # was answered with her own codings under his name (red team 43), where every
            # other read that names its reader refuses
            self.require_self(viewer, "read quotes")
        if code:
            self.store.codes.id_for_key(code)
        f = self._layer_frames(layer, doc_set)
        if aggregate:
            f["codings"] = with_descendants(f["codings"], f["codes"])
        limit = None if participant else per_code  # a participant's own, per code
        table = quotes(f["codings"], f["documents"], code, limit, keyword=keyword)
        turns = self.turns_frame(sorted(set(table["document"])))
        table = attach_turns(table, turns)
        table["speaker_role"] = speaker_roles(table, asking_pairs(self.interviewer_labels()))
        table["turn"] = table["turn"].astype("Int64") + 1  # counted from 1, as the summary
        key = self.pseudonym_key(real_names, viewer, names_in)
        cite = self._citer(key, real_names)
        table["speaker"] = [
            cite(d, s if isinstance(s, str) else None, r if isinstance(r, str) else None)
            for d, s, r in zip(
                table["document"], table["speaker"], table["speaker_role"], strict=True
            )
        ]
        if participant is not None:
            table = cited_one(table, participant, per_code)
        table["translation_language"], table["translation"] = self._translation_columns(table)
        cited = cited_names((d.id, d.name) for d in self.store.documents.summaries())
        table["cited_as"] = table["document"].map(cited)
        if names_in:  # "IP12 head of administration, Municipality B": one language in a
            # citation, the role in the words of the place (the summary's role table);
            # "interviewer" is the marker a face reads, not a role, and stays as it is
            from qualcode.export.vocabulary import role_names

            if "role" in table.columns:
                table["role"] = role_names(table["role"], names_in)
            table["speaker_role"] = [
                r if r == "interviewer" else role_names([r], names_in)[0]
                for r in table["speaker_role"]
            ]
        table = self._through_key_in_words(key, table.rename(columns={"speaker": "participant"}))
        order = [
            "code",
            "document_name",
            "cited_as",
            "municipality",
            "role",
            "participant",
            "speaker_role",
            "turn",
        ]
        # the coding's id, as `code translate` and `code pin` take it
        table["coding"] = table["id"].str[:8]
        rest = [c for c in table.columns if c not in (*order, "id", "document")]
        return table[[c for c in order if c in table.columns] + rest]

    @one_snapshot
    def report_query(
        self,
        with_all: Sequence[str],
        viewer: str | None = None,
        *,
        without: Sequence[str] = (),
        coder: str | Collection[str] | None = None,
        layer: str | None = None,
        attributes: Mapping[str, str | Collection[str]] | None = None,
        doc_set: str | None = None,
        real_names: bool = False,
        names_in: str | None = None,
    ) -> list[QueryPassage]:
        """The coding query (``query_codings``) as a report: like the quotes, whose
        passages it lists, each speaker is cited by the pseudonym key (a participant's
        pseudonym, else ``IP<n>``; the interviewer's label as it stands) and the document's
        name, the text, the coder and the attributes go through the key, unless a lead asks for
        ``real_names``. Its rows are printed and saved as CSV or JSON for a paper's
        appendix; the coding screen and the TUI's query are the project's working views
        and show the stored text. Without ``viewer``, whoever acts reads (``act_as``), as
        the quotes and every other report: a notebook's ``report_query(["integration"])``
        stopped on a missing argument the other reports do not ask for (study48)."""
        from qualcode.who_asks import INTERVIEWER_LABELS

        found = self.query_codings(
            with_all,
            viewer,
            without=without,
            coder=coder,
            layer=layer,
            attributes=attributes,
            doc_set=doc_set,
        )
        key = self.pseudonym_key(real_names, viewer, names_in)
        cite = self._citer(key, real_names)

        from qualcode.export.labels import label

        asking = self.interviewer_labels()
        langs = {d.id: d.lang for d in self.store.documents.summaries()}

        def speaker(p: QueryPassage) -> str | None:
            if p.speaker is None or p.speaker.strip().lower() in INTERVIEWER_LABELS:
                return None if p.speaker is None else key.apply(p.speaker)
            if p.speaker in asking.get(p.document_id, ()):
                # "Intervjuare Maria" as written would print her name; the interview's own
                # word for her role, as its "I" and "Intervjuare" print, not English's
                word = label(langs.get(p.document_id, "en"), "interviewer")
                return word[:1].upper() + word[1:]
            cited = cite(p.document_id, p.speaker, None)
            return None if cited is None else str(cited)

        return [
            replace(
                p,
                document=key.apply(p.document),
                # the talk: never a coder's name; a proposed place in its document's words
                text=key.in_language(langs.get(p.document_id)).said(p.text),
                coder=key.apply(p.coder),  # a coder on the key, as agree and the audit name her
                speaker=speaker(p),
                attributes={k: key.attribute(k, v) for k, v in p.attributes.items()},
            )
            for p in found
        ]

    def audit(
        self,
        action: str | None = None,
        actor: str | None = None,
        *,
        real_names: bool = False,
        viewer: str | None = None,
    ) -> list[AuditEntry]:
        """The log, oldest first (blind: a coder's own entries). ``action`` keeps one kind
        of entry or a family ("reconcile": decisions, comments, reopenings); ``actor`` one
        person's: what a reviewer asks for, without reading every coding added.

        Its texts go through the pseudonym key like every report (a trail handed to a
        reviewer quotes rationales, comments and attributes); a lead (``viewer``) asks for
        ``real_names``."""
        keep = self._audit_kept(action, actor)
        key = self.pseudonym_key(real_names, viewer)
        # its lists of coders as every report lists them (``entry_listed``)
        stored = [e for e in self.store.audit.list() if keep(e)]
        return [key.entry(entry_listed(folders_out(e), key.coder)) for e in stored]

    def _audit_kept(self, action: str | None, actor: str | None) -> Callable[[AuditEntry], bool]:
        """Whether ``audit`` keeps a stored entry (its actor the real name, before the key)
        for ``action`` and ``actor``, refused before the log is read when either is wrong.
        Apart from the read so that ``audit_sheet`` filters the one read it makes."""
        if actor is not None and actor != "qualcode":
            # a misspelt name is an error, not "no entries"; one pasted decomposed is hers
            actor = self.store.coders.by_name(actor).name
        if action is not None and not action.strip(". "):
            raise SettingError("action", f"{SETTING} needs a name, such as reconcile or coding.add")
        family = f"{action}." if action else ""
        return lambda e: (
            (action is None or e.action == action or e.action.startswith(family))
            and (actor is None or e.actor == actor)
        )


@overload
def _not_given(lang: str) -> str: ...
@overload
def _not_given(lang: None) -> None: ...
def _not_given(lang: str | None) -> str | None:
    """The one rule for a document without a value of the attribute a report splits by:
    named in ``lang`` ("not given", "ej angivet"; a language without words of its own in
    English), or with no ``lang`` left unnamed (None).
    Only the long frequency table may leave it unnamed, as NaN: the reports screen names it
    in the interface's language (its catalog's ``rep_no_value``) and a notebook's pandas
    reads NaN as missing. A crosstab's values are its columns, and a column needs a name
    (unnamed, its documents would drop out of the counts), so ``report_crosstab`` always
    gives a ``lang``, English unless told, as the CLI prints."""
    from qualcode.export.labels import label

    return None if lang is None else label(lang, "no_value")
