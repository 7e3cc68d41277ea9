"""What a theme summary's agreement and decisions count: the coders it was made for, the
cases still open among them, how far reconciliation has come, and the agreement table
and methods paragraph. Kept apart from ``summary`` (the summary built and written) as the
part that asks the agreement and reconciliation areas, not the codings."""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from qualcode.errors import QualcodeError
from qualcode.project.summary_reads import SummaryReads

if TYPE_CHECKING:
    from qualcode.export.summary import Summary
    from qualcode.project.outputs import Reconciling


class SummaryScope(SummaryReads):
    # what the lead is told when the summary's default team counted no document while
    # others finished some together (``_summary_agreement``); None when it counted some
    summary_team_note: str | None = None

    def _summary_team(self, coders: list[str] | None) -> frozenset[str] | None:
        """The coders the summary was made for: ``coders`` as chosen, else the team its
        agreement counts by default; None (everyone) when no team of two counts."""
        try:
            return frozenset(self.team_scope(coders).coders)
        except QualcodeError:
            return None

    def _codes_in(
        self, doc_id: str, start: int, end: int, team: frozenset[str] | None = None
    ) -> list[str]:
        """The code keys the coders in ``team`` (everyone's with None) gave inside a decided
        passage: what a rejection of a case of several codes turned down. The appendix
        printed "–" for its code, and a co-author could not tell what had been rejected
        (lead32); a coder outside the summary's team is not in the case, so her codes on
        the passage are not what the lead turned down (small32a)."""
        return sorted(
            {
                c.code
                for c in self.store.codings.list(document_ids=[doc_id], layer="coder")
                if c.start < end and start < c.end and (team is None or c.coder in team)
            }
        )

    def _still_open(
        self,
        doc_set: str | None,
        coders: list[str] | None = None,
        chosen: frozenset[str] | None = None,
    ) -> tuple[int | None, int | None]:
        """Undecided cases and unconfirmed agreements among ``coders`` (the team the
        summary's agreement counts, chosen with --coders or the reports screen's t), in
        their documents (the set's only, with ``doc_set``): what the summary's consensus
        does not cover yet. Counted among the default team instead, a summary of three
        coders that a fourth kept from finishing any document said 'No disagreement case
        is left open' under a methods paragraph naming ten still undecided (eyes31). The
        documents ``chosen`` (``--docs``, within the set) count as ``agree --docs`` counts."""
        if chosen is not None:
            docs = sorted(chosen)
            return self.still_open(coders, docs)
        if doc_set is None:
            return self.still_open(coders)
        in_set = self.set_members(doc_set) or frozenset()
        try:
            docs = [d for d in self.team_scope(coders).documents if d in in_set]
        except QualcodeError:
            return None, None
        if not docs:  # no document of the set counts: nothing is open in it
            return 0, 0
        return self.still_open(coders, docs)

    def _under_way(
        self, chosen: frozenset[str] | None, doc_set: str | None, coders: list[str] | None
    ) -> Reconciling | None:
        """How far reconciliation of the summary's documents has come, once the lead has
        decided or confirmed something there and until it is finished (``reconciling``)."""
        scope = chosen if chosen is not None else self.set_members(doc_set)
        ids = None if scope is None else sorted(scope)
        if not self.store.codings.layer_has_codings("consensus", ids):
            return None
        return self.reconciling(ids, coders)

    def _summary_agreement(
        self,
        summary: Summary,
        layer: str,
        coders: list[str] | None = None,
        doc_set: str | None = None,
        docs: list[str] | None = None,
        key: Any = None,
    ) -> None:
        """Agreement among ``coders`` (by default the team ``agree`` counts): a lead who
        reconciled the three coders of a document a fourth never started had a summary
        whose agreement was 'undefined' for all four, and no way to name the three (eyes17).
        ``key``: the summary's (empty when a lead asks for real names), its codes' names
        printed through it."""
        from qualcode.project.summary_tables import agreement_table

        # no document's row: the summary prints none (agreement_table, methods_paragraph)
        lang, rows = summary.lang, False
        report = None
        self.summary_team_note = None
        try:
            # the team the lead named is measured or refused in one line: a misspelt name
            # ('johann') or one coder alone wrote a summary silently without agreement
            if layer == "consensus":
                # refused as the coders' own report would be, which is made only where the
                # consensus's cannot be: that report holds the coders among themselves too
                self.agreement_refusal(coders, docs, doc_set=doc_set)
                # the consensus's summary says how each coder stands against it, as `agree
                # --before-after` does: a paper on reconciled codes cites both (eyes12's
                # five) (no consensus the coders can be held to yet: the coders alone)
                with contextlib.suppress(QualcodeError):
                    report = self.agreement(
                        coders,
                        docs=docs,
                        layer="consensus",
                        doc_set=doc_set,
                        lang=lang,
                        by_document=rows,
                    )
            if report is None:  # the one bootstrap setting
                report = self.agreement(
                    coders, docs=docs, doc_set=doc_set, lang=lang, by_document=rows
                )
        except QualcodeError:
            if coders is not None:
                raise
            return  # fewer than two coders: the summary says nothing about agreement
        # the rows name codes by their keys as they leave (through the pseudonym key), and
        # by their names through it: the table's headers are the summary's own words, never
        # put through the key ("Code" on it made the header "IPX", pseudo49); the report's
        # names of coders, codes and the set went through the key as it was made
        keys = self.pseudonym_key(lang=summary.lang)  # the rows' code keys as they left
        key = keys if key is None else key
        names = {
            keys.code_key(c.key): key.code(c).name(summary.lang) for c in self.store.codes.list()
        }
        summary.agreement = agreement_table(report, names, summary.lang)
        summary.methods = report.methods_paragraph(summary.lang)
        if coders is None and report.documents == 0 and report.together:
            self.summary_team_note = team_note(report.coders, report.together)


def team_note(counted: Sequence[str], together: Sequence[tuple[Sequence[str], int]]) -> str:
    """The one line a lead reads when the summary's agreement counted no document: her
    default team (``counted``) finished none together, and the teams that did (``together``,
    most documents first) are named with the option that counts the first. A lead whose
    third coder had coded only a plan wrote a consensus summary whose methods section read
    "agreement is undefined" under the reconciliation of the other two, told nothing
    (user50)."""
    teams = "; ".join(f"{', '.join(team)}: {n}" for team, n in together)
    return (
        f"the summary's agreement counts no document: none was finished by all of "
        f"{', '.join(counted)} (finished together: {teams}); name a team, "
        f'--coders "{",".join(together[0][0])}"'
    )
