"""The summary's methods tables: intercoder agreement per code, and the lead's decisions on
disagreements (a table of each and the sentence a methods section cites). Pure pandas over
the agreement report and the decisions the service gathers, headers in the summary's
language."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from typing import Any

import pandas as pd

from qualcode.export.labels import label, verdict_name
from qualcode.project.one_coder import is_taken


def agreement_table(report: Any, names: Mapping[str, str], lang: str) -> pd.DataFrame:
    """Per code and overall: units, percent agreement, alpha with its interval, AC1."""
    rows = [r for r in report.rows if r.scope == "code"]
    rows += [r for r in report.rows if r.scope == "overall"]
    lab = lambda key: label(lang, key)  # noqa: E731
    return pd.DataFrame(
        [
            {
                lab("code"): names.get(r.code or "", r.code) if r.code else lab("overall"),
                lab("units"): r.units,
                # whole, as the coefficients beside it: each format shows one decimal
                lab("percent"): r.percent * 100,
                lab("alpha"): r.alpha,
                lab("ci_low"): r.alpha_low,
                lab("ci_high"): r.alpha_high,
                lab("ac1"): r.ac1,
                # pooled, unitizing alpha is not computed: a dash, not "undefined"
                lab("unitizing"): r.unitizing_alpha if r.code else "–",
            }
            for r in rows
        ]
    )


def as_printed(decision: Any, coder: Callable[[str], str]) -> Any:
    """A decision with its coders (who decided, who took part, whose version it took)
    as the coders' key prints them (``Key.coder``). Rendered whole through the key after,
    a coder "Karin" beside the speaker's label "Karin:" read as the participant's: "accept
    IP2's", "with IP2, Coder A" in a summary's decisions, a coder as an interviewee."""
    from qualcode.project.coder_pseudonyms import in_printed_order

    kind, colon, whose = decision.verdict.partition(":")
    verdict = f"{kind}:{coder(whose)}" if kind == "accept" and colon else decision.verdict
    return replace(
        decision,
        verdict=verdict,
        decided_by=coder(decision.decided_by),
        # who took part as the coders are listed everywhere (``in_printed_order``), not in
        # the order the lead typed their real names (order46)
        participants=tuple(coder(p) for p in in_printed_order(decision.participants, coder)),
    )


def decisions_table(
    decisions: Sequence[Any],
    names: Mapping[str, str],
    lang: str,
    documents: Mapping[str, str] | None = None,
    texts: Mapping[str, str] | None = None,
    results: Mapping[str, Sequence[str]] | None = None,
) -> pd.DataFrame:
    """The lead's decisions on disagreements (confirmed agreements are counted, not listed):
    where, the code (else what the decision put into the consensus, by ``results``: a
    decision id's code keys), the verdict and rationale, who decided, who took part, when;
    ``documents``: each document's id and the name it is cited by."""
    lab = lambda key: label(lang, key)  # noqa: E731

    def code_of(d: Any) -> str:
        keys = [d.code] if d.code else list((results or {}).get(d.id, ()))
        return ", ".join(names.get(k, k) for k in keys) or "–"

    return pd.DataFrame(
        [
            {
                lab("document"): (documents or {}).get(d.document_id, ""),
                lab("passage"): _excerpt((texts or {}).get(d.document_id, ""), d.start, d.end),
                lab("code"): code_of(d),
                lab("verdict"): verdict_name(d.verdict, lang),
                lab("rationale"): d.rationale,
                lab("decided_by"): d.decided_by,
                # the others in the discussion: the lead who decided is named beside it
                lab("with"): ", ".join(p for p in d.participants if p != d.decided_by) or "–",
                lab("date"): d.decided_at[:10],
            }
            for d in decisions
            if in_table(d)
        ],
        columns=[
            lab("document"),
            lab("passage"),
            lab("code"),
            lab("verdict"),
            lab("rationale"),
            lab("decided_by"),
            lab("with"),
            lab("date"),
        ],
    )


def _excerpt(text: str, start: int, end: int, words: int = 12) -> str:
    """The decided passage, its first words, and where it is (characters start–end)."""
    passage = " ".join(text[start:end].split())
    cut = " ".join(passage.split()[:words])
    return f"{cut}{' …' if cut != passage else ''} ({start}–{end})"


def in_table(decision: Any) -> bool:
    """Whether a decision is a row of the decisions table: a case the lead decided, not a
    confirmed agreement (counted) nor a document taken from one coder (counted apart)."""
    return decision.verdict != "agree" and not is_taken(decision.verdict)


def decisions_brief(
    decisions: Sequence[Any],
    lang: str,
    open_cases: int | None = None,
    unconfirmed: int | None = None,
    taken_stale: int = 0,
    waiting: int = 0,
) -> str | None:
    """Who decided how many cases, how, and how many agreements were kept; the documents
    one coder coded that were taken into the consensus as coded (never "the coders
    agreed": nobody coded them alongside her), and how many of those changed since
    (``taken_stale``), and those one coder finished that are not taken yet (``waiting``),
    which the consensus lacks; then how many disagreement cases are still open (``open_cases``)
    and how many agreed passages are not confirmed (``unconfirmed``), both of which the
    consensus lacks; last, where each decision is kept (the audit log), for a methods
    section to cite."""
    if not decisions:
        return None
    decided = [d for d in decisions if in_table(d)]
    taken = sum(1 for d in decisions if is_taken(d.verdict))
    kinds = Counter(verdict_name(d.verdict, lang) for d in decided)
    leads = sorted({d.decided_by for d in decisions if not is_taken(d.verdict)})
    agreed = len(decisions) - len(decided) - taken  # no "confirmed 0 passages" in a paper
    cases = (
        label(
            lang,
            "decisions_brief",
            lead=", ".join(leads),
            n=len(decided),
            verdicts=", ".join(f"{kind}: {n}" for kind, n in kinds.most_common()) or "–",
        )
        + (label(lang, "decisions_agreed", n=agreed) if agreed else "")
        + "."
        if decided or agreed
        else ""
    )
    apart = (
        label(lang, "decisions_taken", n=taken)
        + (label(lang, "decisions_taken_stale", n=taken_stale) if taken_stale else "")
        + "."
        if taken
        else ""
    )
    return (
        " ".join(part for part in (cases, apart) if part)
        + (
            ""
            if open_cases is None
            else label(lang, "decisions_open", n=open_cases)
            if open_cases
            else label(lang, "decisions_none_open")
        )
        + (label(lang, "decisions_unconfirmed", n=unconfirmed) if unconfirmed else "")
        + (label(lang, "decisions_one_waiting", n=waiting) if waiting else "")
        # what a methods section cites for the discussion: where it is kept
        + (label(lang, "decisions_trail") if decided or taken else "")
    )
