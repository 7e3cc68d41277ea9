"""Building the summary model from the project's frames (pure pandas, no store).

The service gathers frames, memos, turns, the agreement report and the decisions; this
module turns them into themes, quotes with their sources and tables with headers in the
summary's language.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from qualcode.analysis.frames import frequencies, segments
from qualcode.analysis.frames import quotes as pick_quotes
from qualcode.export.charts import attribute_chart
from qualcode.export.labels import label
from qualcode.export.quotes import choose, whole_sentences
from qualcode.export.summary import Quote, Summary, Theme
from qualcode.model import Code
from qualcode.project.layout import as_paragraphs

ATTRIBUTES = ("municipality", "role")


@dataclass(slots=True)
class QuoteRules:
    """How a theme's quotes are chosen and shown: how many, at most how many per
    participant, the lead's pinned exemplars (document, code, start, end), the texts to
    trim them to whole sentences in, and how a speaker is cited."""

    n: int = 3
    per_participant: int = 1
    pins: Sequence[tuple[str, str, int, int]] = ()
    texts: Mapping[str, str] = field(default_factory=dict)
    cite: Callable[[str, str | None, str | None], str | None] = lambda _d, s, _r: s
    max_words: int = 60
    # (document, code, start, end, language, text) of every translated coding
    translated: Sequence[tuple[str, str, int, int, str, str]] = ()
    languages: Mapping[str, str] = field(default_factory=dict)  # document id -> sv | en
    # document id -> where its kept page lines part (``project/layout.quote_parts``)
    page_lines: Mapping[str, Callable[[str, str], bool]] = field(default_factory=dict)

    def translation(self, row: Mapping[str, Any], code: str, lang: str) -> str | None:
        """A translation into ``lang`` of this passage (of any layer's coding on it)."""
        for doc, key, start, end, into, text in self.translated:
            same = (key, doc, into) == (code, row["document"], lang)
            if same and start < row["end"] and row["start"] < end:
                return text
        return None

    def pinned(self, rows: Sequence[Mapping[str, Any]], code: str) -> list[str]:
        """Ids of the rows on a pinned passage (any layer's coding over the same words)."""
        return [
            str(r["id"])
            for r in rows
            for doc, key, start, end in self.pins
            if key == code and doc == r["document"] and start < r["end"] and r["start"] < end
        ]


def _text(value: Any) -> str | None:
    return None if value is None or (isinstance(value, float) and math.isnan(value)) else str(value)


def _casefolded(column: pd.Series) -> pd.Series:
    """A column as it sorts for a reader: text without regard to case, numbers as such."""
    return column if pd.api.types.is_numeric_dtype(column) else column.astype(str).str.casefold()


def _by_attribute(mine: pd.DataFrame, documents: pd.DataFrame, attr: str, summary: Summary):
    """Coded segments, coded words and documents per value of ``attr``, most first, and
    every other value the documents hold with zeros after them: the theme's chart draws
    every value (the same bars in every theme), so a table without them read as though
    Uppsala's document had not been looked at, beside a chart showing "Kommun B 0" (eyes8)."""
    counts = frequencies(mine, documents, [attr]).drop(columns=["code"])
    counts[attr] = counts[attr].fillna("?")
    values = documents[attr].fillna("?").astype(str).unique()
    missing = sorted(set(values) - set(counts[attr].astype(str)), key=str.casefold)
    if missing:
        zeros = pd.DataFrame({attr: missing, **{c: 0 for c in counts.columns if c != attr}})
        counts = pd.concat([counts, zeros.astype(counts.dtypes.to_dict())], ignore_index=True)
    # values alike in a table and its chart: "avdelningschef" before "HR-strateg" (a
    # plain sort put every capital first, eyes21)
    counts = counts.sort_values(
        ["segments", attr], ascending=[False, True], kind="stable", key=_casefolded
    )
    return counts.rename(
        columns={
            attr: summary.attribute(attr).capitalize(),
            "segments": summary.label("col_segments"),
            "words": summary.label("col_words"),
            "documents": summary.label("col_documents"),
        }
    ).reset_index(drop=True)


def theme_for(
    summary: Summary,
    code: Code,
    codings: pd.DataFrame,
    documents: pd.DataFrame,
    turns: pd.DataFrame,
    memos: Mapping[tuple[str, str], list[tuple[int, int, str]]],
    code_memos: Sequence[str],
    rules: QuoteRules,
) -> Theme:
    """One theme: definition, counts overall and by attribute, chart, quotes with memos."""
    lang = summary.lang
    mine = codings[codings["code"] == code.key]
    # counted as the by-attribute rows and the frequency report count: the rows add up
    merged = segments(mine)
    theme = Theme(
        code.key,
        code.name(lang),
        # a code a coder proposed has none yet: said, not "Definition." and nothing
        code.definitions.get(lang)
        or next(iter(code.definitions.values()), "")
        or label(lang, "no_definition"),
        len(merged),
        int(merged["words"].sum()) if "words" in merged else 0,
        int(mine["document"].nunique()),
        memos=list(code_memos),
    )
    if mine.empty:
        return theme
    panels, limits = {}, {}
    for attr in ATTRIBUTES:
        if attr in documents.columns:
            table = _by_attribute(mine, documents, attr, summary)
            theme.by_attribute[attr] = table
            heading = label(lang, "chart_by", attr=summary.attribute(attr))
            # every theme's chart: all the attribute's values, in one order, on one scale
            order = sorted(documents[attr].fillna("?").astype(str).unique(), key=str.casefold)
            counts = table.set_index(table.columns[0])[summary.label("col_segments")]
            panels[heading] = counts.reindex(order, fill_value=0)
            everyone = frequencies(codings, documents, [attr])
            limits[heading] = float(everyone["segments"].max()) if len(everyone) else 1.0
    if panels:
        theme.chart_png = attribute_chart(panels, theme.name, limits)
    rows = pick_quotes(mine, documents, turns=turns).to_dict("records")
    for row in rows:
        speaker = _text(row.get("speaker"))
        row["participant"] = rules.cite(
            str(row["document"]), speaker, _text(row.get("speaker_role"))
        )
        row["role"] = _text(row.get("speaker_role"))
    for row in choose(rows, rules.n, rules.pinned(rows, code.key), rules.per_participant):
        notes = [
            text
            for start, end, text in memos.get((row["document"], code.key), [])
            if start < row["end"] and row["start"] < end
        ]
        turn = _text(row.get("turn"))
        speaker, role = _text(row.get("speaker")), _text(row.get("speaker_role"))
        text = rules.texts.get(str(row["document"]))
        quoted = (
            whole_sentences(text, int(row["start"]), int(row["end"]), rules.max_words)
            if text
            else str(row["text"])
        )
        if parts := rules.page_lines.get(str(row["document"])):
            quoted = as_paragraphs(quoted, parts)
        source_lang = rules.languages.get(str(row["document"]), lang)
        note = original = None
        if source_lang != lang:
            translated = rules.translation(row, code.key, lang)
            original = quoted if translated else None  # for a co-author to check it
            quoted = translated or quoted
            key = "translated_from" if translated else "untranslated"
            note = label(lang, key, language=label(lang, f"lang_{source_lang}"))
        theme.quotes.append(
            Quote(
                quoted,
                str(row["document_name"]).rsplit(".", 1)[0],
                speaker,
                role,
                _text(row.get("municipality")),
                int(float(turn)) if turn is not None else None,
                int(row["start"]),
                int(row["end"]),
                list(dict.fromkeys(notes)),
                str(row["participant"]) if row["participant"] else None,
                note,
                original,
                source_lang if original else None,
            )
        )
    return theme


def apply_key(summary: Summary, key: Any) -> Summary:
    """Every text of the summary rendered through the pseudonym key (``Key.apply``):
    codes' keys and names, quotes, memos, definitions, table cells and headers, the methods
    and decisions."""
    if not key:
        return summary
    text = key.apply
    summary.title = text(summary.title)
    # what is counted: "karin's codings" (a coder on the key), "in the set 'Elin och
    # Petra'"; as typed, the read-back refused every such summary (red team 18)
    summary.layer = text(summary.layer)
    for theme in summary.themes:
        theme.name, theme.definition = text(theme.name), text(theme.definition)
        theme.key = text(theme.key)  # a proposal's key is made of its name ("olof_..._stod")
        theme.memos = [text(m) for m in theme.memos]
        theme.by_attribute = {a: key.frame(f) for a, f in theme.by_attribute.items()}
        for q in theme.quotes:
            q.text, q.document = text(q.text), text(q.document)
            q.original = text(q.original) if q.original else None
            q.memos = [text(m) for m in q.memos]
            q.speaker = None  # the citation carries the participant's pseudonym instead
            q.municipality = key.pseudonym(q.municipality) or (
                text(q.municipality) if q.municipality else None
            )
            q.role = text(q.role) if q.role else None
            q.participant = text(q.participant) if q.participant else None
    if summary.agreement is not None:
        summary.agreement = key.frame(summary.agreement)
    if summary.decisions is not None:
        summary.decisions = key.frame(summary.decisions)
    for section in summary.sections:
        section.text = text(section.text) if section.text else None
        section.table = key.frame(section.table) if section.table is not None else None
    summary.methods = text(summary.methods) if summary.methods else None
    summary.decisions_brief = text(summary.decisions_brief) if summary.decisions_brief else None
    return summary


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
    from qualcode.export.summary import Section

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
    for theme in summary.themes:
        mine = set(codings.loc[codings["code"] == theme.key, "document"])
        theme.others = len(mine & coded_others)
    row_of = {**participant_of, **others}
    order = sorted({row_of.get(d, d) for d in coded}, key=_participant_order)
    order += sorted({row_of.get(d, d) for d in coded_others}, key=str.casefold)
    themes = [k for k in names if k in set(codings["code"])]
    counts = Counter(
        zip(codings["code"], [row_of.get(d, d) for d in codings["document"]], strict=True)
    )
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
        heading = lab("matrix_mixed" if coded_others else "matrix")
        note = lab("matrix_note")
    else:
        matrix = matrix.rename(columns={first: lab("document")})
        heading = lab("matrix_documents")
        note = lab("matrix_documents_note")
    # a short heading, and what is counted beneath it: a heading of two lines with its
    # explanation in brackets read as a sentence, not as a table's name
    summary.sections.append(Section("matrix", heading, note, matrix, lab("sheet_matrix")))
    if not people:
        return  # no participant voiced anything: no shares by municipality or role
    by_theme = {k: set(codings.loc[codings["code"] == k, "document"]) & coded for k in themes}
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
        name = summary.attribute(attr)
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
