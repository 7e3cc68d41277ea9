"""Agreement reports: every coefficient per code, coder pair, document and overall.

Units are the documents' sentence units; a coder has coded a unit with a code when their
segments of that code cover at least half of its non-space characters. Each code gives a
units x coders 0/1 matrix; "overall" pools all codes (every unit-code decision is one
rated item). Undefined values stay NaN and print as "undefined". What the coefficients
are computed on (the codes rated, a document a coder never started, the resamples asked
for) is ``agreement_inputs.py``.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import replace
from itertools import combinations
from typing import TYPE_CHECKING, Any

from qualcode.agreement.report import AFTER, CONSENSUS, AgreementReport, AgreementRow
from qualcode.agreement.rows import applied, coder_rows, interval, pair_row, row_of, stack, u_alpha
from qualcode.errors import ValidationError
from qualcode.model import BOOTSTRAP_RESAMPLES, BOOTSTRAP_SEED
from qualcode.project.agreement_inputs import (
    Continuum,
    RatedCodesMixin,
    check_bootstrap,
    without_missing,
)
from qualcode.project.api_arguments import require_text, require_texts
from qualcode.project.case_counts import RATER, CaseCountsMixin
from qualcode.project.coder_pseudonyms import in_printed_order
from qualcode.project.export_names import named_apart
from qualcode.store.codings import ORIGINS
from qualcode.texts import LANGUAGES

if TYPE_CHECKING:
    from qualcode.project.scope import TeamScope

__all__ = [
    "AFTER",
    "CONSENSUS",
    "AgreementMixin",
    "AgreementReport",
    "AgreementRow",
    "methods_paragraph",
]


class AgreementMixin(RatedCodesMixin, CaseCountsMixin):
    def _provenance(
        self,
        origins: dict[str, int],
        within: frozenset[str] | None,
        seed: int,
        coders: Sequence[str] = (),
        chosen: bool = False,
    ) -> Any:
        """How the rated codings were made (by origin), and how much of the material (the
        document set ``within``, else every live document) the coders worked on: what the
        methods paragraph must say before any coefficient. Of one set, it said 'The coders
        worked on 8 of the 15 documents' of the whole project (red team 17); of three
        coders chosen from seven, it counted the documents the other four coded (lead32:
        "The coders worked on 10 of the 15 documents", where ada, bo and cilla coded 2).
        ``chosen``: ``within`` is the documents named (``--docs``); of two chosen from three
        it said "2 of the 3 documents", the whole project's (small33a)."""
        from qualcode.agreement.methods import Provenance

        documents = self.store.documents.summaries()
        total = len(documents) if within is None else sum(d.id in within for d in documents)
        ids = [self.store.coders.by_name(c).id for c in coders]
        coded = self.store.codings.coded_documents(within, ids)
        return Provenance(origins, coded, total, seed, chosen)

    def agreement(
        self,
        coders: Sequence[str] | None = None,
        codes: Sequence[str] | None = None,
        docs: Sequence[str] | None = None,
        *,
        layer: str = "coder",
        bootstrap: int = BOOTSTRAP_RESAMPLES,
        seed: int = BOOTSTRAP_SEED,
        real_names: bool = False,
        viewer: str | None = None,
        doc_set: str | None = None,
        lang: str | None = None,
        by_document: bool = True,
    ) -> AgreementReport:
        """Agreement among coders (``layer='coder'``), or before and after reconciliation
        (``layer='consensus'``): the coders among themselves in the code, document and
        overall rows, each coder against the consensus in the pair rows and, codes pooled,
        in the ``coder_vs_consensus`` rows. The consensus is never counted as a coder.

        Coders and documents follow ``team_scope`` (the report says which counted; a
        ``doc_set`` counts only that document set's documents). Against
        the consensus, only documents with consensus codings count, so undecided documents
        never count as agreement on absence.

        Documents and codes are named through the pseudonym key, as in every report (a
        document is often named after its participant or place); a lead (``viewer``) asks
        for ``real_names``. A coder's label qualcode gave reads in ``lang``'s words (the
        summary's or ``agree --lang``'s; the project's by default): an English summary
        said "coded by 2 coders (Kodare C, Kodare B)" above "accept Coder B's" (pseudo40b).
        ``by_document`` False leaves out the rows of each document, which a theme summary
        never prints (1,000 rows of every coefficient on 1,000 documents).
        """
        for given, what in ((coders, "coders"), (codes, "codes"), (docs, "documents")):
            if not isinstance(given, str):  # a team typed as one line is read as the CLI's
                require_texts(given, f"agreement: {what}", optional=True)
        require_text(doc_set, "agreement: doc_set", optional=True)
        require_text(viewer, "agreement: the viewer", optional=True)
        require_text(lang, "agreement: lang", optional=True)
        import numpy as np

        from qualcode.agreement.corpus import Corpus

        scope = self._measurable(coders, docs, layer, bootstrap, seed, doc_set)
        raters = list(scope.coders)
        doc_ids = list(scope.documents)
        if layer == CONSENSUS:
            raters = [*raters, CONSENSUS]
            decided = {c.document_id for c in self.store.codings.list(layer=CONSENSUS)}
            # a document whose cases the lead decided as nothing coded (reject) holds no
            # consensus coding, yet is reconciled: left out, the coders' agreement with the
            # consensus left out every passage the team agreed was not the code (study45)
            decided |= {d.document_id for d in self.store.decisions.current()}
            if not decided & set(doc_ids):  # pages of "undefined" said nothing of why
                raise ValidationError(
                    "no consensus codings yet in the counted documents: nothing to compare "
                    "before and after; reconcile first: confirm the coders' agreements or "
                    "decide the cases",
                    action="reconcile",
                    key="agreement_no_consensus",
                )
            if not docs:
                doc_ids = [d for d in doc_ids if d in decided]
                scope = replace(scope, consensus_of=len(scope.documents))
        code_keys = self._rated_codes(codes)
        code_ids = [self.store.codes.id_for_key(k) for k in code_keys]
        pseudo = self.pseudonym_key(real_names, viewer, lang)
        # a key made of a name ("theme_tema_storfors", a proposal's "anna_bergs_tur")
        # leaves through the key as the codebook exports write it, so it still reads as one
        shown = {k: pseudo.code_key(k) for k in code_keys}
        listed = [(d.id, d.name) for d in self.store.documents.summaries()]
        names = {d: pseudo.apply(name) for d, name in named_apart(listed).items()}
        # coders leave through the key too, as in the summary, the audit and the exports: a
        # lead who put karin on it read "4 coders (ahmed, johan, karin, mira)" in `agree`'s
        # methods paragraph and pair rows, and "Coder A" in the summary's (eyes9)
        who = {r: r if r == CONSENSUS else pseudo.apply(r) for r in raters}
        # listed as printed: "Kodare B, Kodare A" in the pair rows told the real names' order
        in_order = in_printed_order((r for r in raters if r != CONSENSUS), who.__getitem__)
        raters = [*in_order, *(r for r in raters if r == CONSENSUS)]  # the consensus last
        texts = self.store.documents.texts(doc_ids)
        numbers = self.store.codings.row_numbers
        coders_only = [r for r in raters if r != CONSENSUS]
        rater_numbers = dict(zip(coders_only, numbers("coders", coders_only), strict=True))
        code_numbers = numbers("codes", code_ids)
        spans = self.live_spans(doc_ids)  # every code's: the open counts read them again
        corpus = Corpus(
            [texts[d] for d in doc_ids],
            numbers("documents", doc_ids),
            self.store.documents.unit_bounds(doc_ids),
            spans[np.isin(spans[:, 1], code_numbers)],
            [rater_numbers.get(r, 0) for r in raters],  # the consensus layer is 0
        )
        counts = corpus.origin_counts.tolist()
        origins = {o: n for o, n in zip(ORIGINS, counts, strict=False) if n}
        by_code = {
            k: corpus.coverage(n, len(raters)) for n, k in zip(code_numbers, code_keys, strict=True)
        }
        # chosen documents a counted coder never started (or, of the default team, did not
        # finish): her ratings there are missing, as her versions are no part of the cases
        why = self._absences(coders_only, doc_ids, coders is None) if scope.rule == "chosen" else {}
        gaps = {c: set(g) for c, g in why.items() if g}
        if gaps:
            missing = (gaps, coders_only, doc_ids, corpus)
            by_code = {k: without_missing(m, *missing) for k, m in by_code.items()}
        total_units = int(corpus.unit_counts.sum())
        whole = Continuum(corpus, coders_only, doc_ids, gaps, (self.store, code_ids))
        named = [who[r] for r in raters]
        report = AgreementReport(named, list(shown.values()), len(doc_ids), total_units, bootstrap)
        # the material is what was chosen: the documents named, as team_scope resolved
        # and checked them (resolved again here, each name was looked up twice; review49)
        chosen = scope.rule == "chosen"  # documents named (--docs), not the set's or all
        within = frozenset(scope.documents) if chosen else self.set_members(doc_set)
        report.provenance = self._provenance(origins, within, seed, coders_only, chosen)
        printed = scope.printed(pseudo.apply)  # the coders as the pair rows list them
        narrowed = printed.narrowed_by
        # a set's name is typed by people ("Anna Berg and her managers") and printed in
        # the scope line and the methods paragraph: through the key, as the audit prints it
        in_set = None if scope.doc_set is None else pseudo.apply(scope.doc_set)
        scope = replace(
            scope,
            coders=printed.coders,
            documents=tuple(doc_ids),
            narrowed_by=narrowed,
            doc_set=in_set,
        )
        report.scope = scope.describe()
        report.missing, report.unfinished = (
            {
                who[c]: gone
                for c in coders_only
                if (gone := [names.get(d, d) for d in doc_ids if why.get(c, {}).get(d) == reason])
            }
            for reason in ("not started", "not finished")
        )
        report.total_documents = scope.total_documents
        report.narrowed_by = narrowed
        report.together = printed.together
        # read once for both: an unfinished consensus is said to be one, and the methods
        # page says what is still open (each reading aligns every coding into cases)
        still = self.still_open(coders_only, doc_ids) if layer == CONSENSUS else None
        if still is not None:
            report.open_cases = still[0] or 0
        every = self.store.codes.list()
        # each language's names read a place's proposed pseudonym in that language's words
        said = {lang: self.pseudonym_key(real_names, viewer, lang) for lang in LANGUAGES}
        report.code_names = {
            lang: {pseudo.code_key(c.key): said[lang].apply(c.name(lang)) for c in every}
            for lang in LANGUAGES
        }
        report.reconciled = self._settled(coders_only, doc_ids, said, still)
        # against the consensus, the code, document and overall rows are the coders among
        # themselves before reconciliation; the consensus is never pooled in as one more
        # coder, and appears only in the pairs (each coder against it) and in ``after`` rows
        among = [who[r] for r in coders_only]
        n_coders = len(among)  # the consensus, when counted, is the column after them
        for n, key in zip(code_numbers, code_keys, strict=True):
            matrix = by_code[key]
            report.rows.append(
                replace(
                    row_of("code", shown[key], None, among, matrix[:, :n_coders], len(matrix)),
                    unitizing_alpha=u_alpha(*whole.span(n)),
                    **interval([matrix[:, :n_coders]], bootstrap, seed),
                )
            )
            for a, b in combinations(range(len(raters)), 2):
                pair = pair_row(shown[key], named[a], named[b], matrix[:, [a, b]])
                report.rows.append(pair)
        pooled_keys = applied(code_keys, by_code)
        report.unapplied = [shown[k] for k in code_keys if k not in pooled_keys]
        bounds = corpus.unit_offsets
        for d, doc_id in enumerate(doc_ids if by_document else ()):
            lo, hi = bounds[d], bounds[d + 1]
            pooled = stack([by_code[k][lo:hi] for k in pooled_keys], len(raters))
            name = names.get(doc_id, doc_id)
            report.rows.append(
                row_of("document", None, name, among, pooled[:, :n_coders], int(hi - lo))
            )
        pooled = stack([by_code[k] for k in pooled_keys], len(raters))
        report.prevalence = float(np.nanmean(pooled[:, :n_coders])) if pooled.size else math.nan
        overall = row_of("overall", None, None, among, pooled[:, :n_coders], total_units)
        rated = ~np.isnan(pooled[:, :n_coders].astype(float))  # missing where she never began
        report.decisions = {name: int(rated[:, j].sum()) for j, name in enumerate(among)}
        matrices = [by_code[k][:, :n_coders] for k in pooled_keys]
        report.rows.append(replace(overall, **interval(matrices, bootstrap, seed)))
        report.rows.extend(coder_rows(among, matrices, total_units))
        if layer == CONSENSUS:  # after: each coder against the consensus, codes pooled
            # the pooled matrix holds a row per unit and code: its rows both rated, divided
            # by the codes, are the sentence units the overall row and the paragraph count
            # (the table said 610 beside "122 sentence units", five codes; team39)
            per_unit = max(len(pooled_keys), 1)
            for j, name in enumerate(among):
                row = pair_row(None, name, CONSENSUS, pooled[:, [j, n_coders]])
                report.rows.append(replace(row, scope=AFTER, units=row.units // per_unit))
        return report

    def _measurable(
        self,
        coders: Sequence[str] | None,
        docs: Sequence[str] | None,
        layer: str,
        bootstrap: int,
        seed: int,
        doc_set: str | None,
    ) -> TeamScope:
        """What ``agreement`` checks before it measures anything: the lead's, the
        resamples, the layer, and the team's scope (two coders among themselves, one
        against the consensus), which it returns."""
        self.require_lead("intercoder agreement")
        check_bootstrap(bootstrap, seed)
        if layer not in ("coder", CONSENSUS):
            raise ValidationError(f"unknown layer {layer!r}; use coder or consensus")
        return self.team_scope(
            coders, docs, minimum=1 if layer == CONSENSUS else 2, doc_set=doc_set
        )

    def agreement_refusal(
        self,
        coders: Sequence[str] | None = None,
        docs: Sequence[str] | None = None,
        *,
        doc_set: str | None = None,
    ) -> None:
        """Raise what ``agreement`` of the coders' layer (every code rated) refuses
        before it measures, measuring nothing: a consensus summary is refused, or says
        nothing of agreement, as that report would have it, and then measures the
        consensus's report alone, whose rows hold the coders among themselves too (it
        measured both, 0.3 s CPU each on 1,000 documents, and printed one)."""
        self._measurable(coders, docs, "coder", BOOTSTRAP_RESAMPLES, BOOTSTRAP_SEED, doc_set)
        for key in self._rated_codes(None):
            self.store.codes.id_for_key(key)

    def _settled(
        self,
        coders: Sequence[str],
        doc_ids: Sequence[str],
        said: dict[str, Any],
        still: tuple[int | None, int | None] | None = None,
    ) -> dict[str, str]:
        """How the disagreements in ``doc_ids`` were settled, in each language, through
        that language's pseudonym key (``said``): the summary's reconciliation paragraph.
        The agreement tab's methods page and ``agree`` printed the coefficients, units and
        coders and never how the cases were decided (eyes36: five coders, four boundary
        cases decided by the lead, five agreements confirmed, and not a word of it).

        Nothing until the counted documents have a consensus layer: before it, agreement
        is the coders' alone, and a team whose lead had only rejected a case read "In
        reconciliation, lena decided ... the consensus does not cover them yet" under
        coefficients no reconciliation had touched (small37). ``agree --before-after``
        refuses there for the same reason."""
        from qualcode.project.summary_tables import as_printed, decisions_brief

        # the consensus layer is rater 0 among the spans agreement read already: asked of
        # the store, a project with no consensus yet was a walk over all 200k codings
        if not (self.live_spans(doc_ids)[:, RATER] == 0).any():
            return {}
        from qualcode.project.reconcile import is_taken

        within = set(doc_ids)  # a document taken from one coder is no agreement's (user50)
        decisions = [
            d
            for d in self.current_decisions()
            if d.document_id in within and not is_taken(d.verdict)
        ]
        if not decisions:
            return {}
        if still is None:  # ``still``: read already (``still_open``), for the consensus
            still = self.still_open(coders, doc_ids)
        # the leads and the versions taken as the coders' key prints them, filled into the
        # paragraph's own words, which never go through the key ("In" or "Fall" on it)
        briefs = {
            lang: decisions_brief(
                [as_printed(d, said[lang].coder) for d in decisions], lang, *still
            )
            for lang in LANGUAGES
        }
        return {lang: text for lang, text in briefs.items() if text}


def methods_paragraph(report: AgreementReport, lang: str) -> str:
    """The methods paragraph in ``lang`` from the one builder (agreement/methods)."""
    return report.methods_paragraph(lang)
