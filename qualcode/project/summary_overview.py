"""The summary's overview: the tables a paper prints before its themes.

The material (interviews and other documents, coded or not, per municipality and role),
themes x participants, and per municipality and role how many coded participants voiced
each theme. Apart from ``summary_build.py`` (one theme: its counts, chart and quotes)
because these tables cut across every theme. Pure pandas, no store, like it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from typing import Any

import pandas as pd

from qualcode.export.summary import Section, Summary
from qualcode.project.summary_counts import ATTRIBUTES


def overview(
    summary: Summary,
    codings: pd.DataFrame,
    documents: pd.DataFrame,
    participant_of: Mapping[str, str],
    names: Mapping[str, str],
    others: Mapping[str, str] | None = None,
) -> None:
    """The denominators and the cross-theme tables papers print, before the themes: the
    material (interviews, coded, by municipality and role), themes x participants, and per
    municipality and role how many of its coded participants voiced each theme.

    ``others``: the documents without speakers (a plan, a policy, a report) by id, with
    the name they are shown by. They are no interviews and have no participant: the
    material counts them apart, the matrix gives them a row by name below the
    participants, and no "participants who voiced it" figure counts them."""
    lab = summary.label
    others = others or {}
    coded_all = set(codings["document"])
    coded = coded_all - set(others)
    coded_others = coded_all & set(others)
    summary.coded, summary.coded_others = len(coded), len(coded_others)
    interviews = documents[~documents["id"].isin(list(others))] if others else documents
    if others and interviews.empty:  # a study of plans and policies: no participants
        text = lab(
            "material_documents", n=len(documents), coded=len(coded_others), layer=summary.layer
        )
    elif others:
        text = lab(
            "material_mixed",
            interviews=lab("n_interviews", n=len(interviews)),
            others=lab("n_others", n=len(documents) - len(interviews)),
            coded=len(coded),
            coded_others=len(coded_others),
            layer=summary.layer,
        )
    else:
        text = lab("material_text", n=len(documents), coded=len(coded), layer=summary.layer)
    summary.sections.append(
        Section(
            "material",
            lab("material"),
            text,
            _material(summary, documents, coded_all, set(others)),
            lab("sheet_material"),
        )
    )
    if codings.empty:
        return
    # codings per code and document, counted once (C speed): each theme's documents and
    # the matrix's cells are sums of these few thousand, not of 200k codings again
    pairs = Counter(zip(codings["code"], codings["document"], strict=True))
    documents_of: dict[Any, set[Any]] = {}
    for code, doc in pairs:
        documents_of.setdefault(code, set()).add(doc)
    for theme in summary.themes:
        theme.others = len(documents_of.get(theme.key, set()) & coded_others)
    row_of = {**participant_of, **others}
    order = sorted({row_of.get(d, d) for d in coded}, key=_participant_order)
    order += sorted({row_of.get(d, d) for d in coded_others}, key=str.casefold)
    themes = [k for k in names if k in documents_of]
    counts: Counter[tuple[Any, Any]] = Counter()
    for (code, doc), n in pairs.items():
        counts[code, row_of.get(doc, doc)] += n
    # one row per participant, one column per theme: a paper's page is long, not wide
    people = {row_of.get(d, d) for d in coded}
    first = lab("participants_documents" if coded_others else "participants")
    matrix = pd.DataFrame(
        [[p, *(counts.get((k, p), 0) for k in themes)] for p in order],
        columns=[first, *(names[k] for k in themes)],
    )
    if people:  # the last row counts participants; documents alone have none
        voices = [
            lab("voiced_row"),
            *(sum(counts.get((k, p), 0) > 0 for p in people) for k in themes),
        ]
        voiced_row = pd.DataFrame([voices], columns=matrix.columns)
        matrix = pd.concat([matrix, voiced_row], ignore_index=True)
        kind = "matrix_mixed" if coded_others else "matrix"
        note = lab("matrix_note")
    else:
        matrix = matrix.rename(columns={first: lab("document")})
        kind = "matrix_documents"
        note = lab("matrix_documents_note")
    # a short heading, and what is counted beneath it: a heading of two lines with its
    # explanation in brackets read as a sentence, not as a table's name
    # the tab names what the table holds, as its heading does: documents alone were
    # under a tab of participants ("Teman per deltagare" over "Teman per dokument")
    sheet = lab(f"sheet_{kind}")
    summary.sections.append(Section("matrix", lab(kind), note, matrix, sheet))
    if not people:
        return  # no participant voiced anything: no shares by municipality or role
    by_theme = {k: documents_of[k] & coded for k in themes}
    for attr in ATTRIBUTES:
        if attr not in documents.columns:
            continue
        value_of = dict(zip(documents["id"], documents[attr].fillna("?"), strict=True))
        per_value = Counter(value_of.get(d, "?") for d in coded)
        values = sorted(per_value, key=lambda v: str(v).casefold())
        voiced = {
            (k, v): sum(1 for d in by_theme[k] if value_of.get(d, "?") == v)
            for k in themes
            for v in values
        }
        name = summary.attribute(attr)
        table = pd.DataFrame(
            [[f"{v} (n={per_value[v]})", *(voiced.get((k, v), 0) for k in themes)] for v in values],
            columns=[name.capitalize(), *(names[k] for k in themes)],
        )
        summary.sections.append(
            Section(
                f"shares_{attr}",
                lab("shares", attr=name),
                lab("shares_note"),
                table,
                lab("sheet_shares", attr=name),
            )
        )


def _participant_order(name: str) -> tuple[int, str]:
    digits = "".join(ch for ch in name if ch.isdigit())
    return (int(digits) if digits else 10**6, name)


def _material(
    summary: Summary, documents: pd.DataFrame, coded: set[str], others: set[str]
) -> pd.DataFrame | None:
    """Interviews and coded interviews per municipality and role, and beside them the
    other documents (without speakers) when there are any."""
    lab = summary.label

    def counts(group: pd.DataFrame) -> dict[str, int]:
        talk = group[~group["id"].isin(list(others))]
        found = {
            lab("interviews"): len(talk),
            lab("coded"): int(talk["id"].isin(coded).sum()),
        }
        if others:
            rest = group[group["id"].isin(list(others))]
            found[lab("others")] = len(rest)
            found[lab("others_coded")] = int(rest["id"].isin(coded).sum())
        return found

    rows = [
        {
            lab("attribute"): summary.attribute(attr),
            lab("value"): str(value),
            **counts(group),
        }
        for attr in ATTRIBUTES
        if attr in documents.columns
        for value, group in sorted(
            documents.groupby(documents[attr].fillna("?").astype(str)),
            key=lambda pair: str(pair[0]).casefold(),  # "HR-strateg" among the h's
        )
    ]
    return pd.DataFrame(rows) if rows else None
