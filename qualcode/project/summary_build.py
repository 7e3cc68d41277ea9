"""Building the summary model from the project's frames (pure pandas, no store).

The service gathers frames, memos, turns, the agreement report and the decisions; this
module turns them into themes, quotes with their sources and tables with headers in the
summary's language, and puts what was filled into it through the pseudonym key
(``apply_key``; never the summary's own words). The
tables before the themes, across all of them, are ``summary_overview.py``'s.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from qualcode.analysis.frames import frequencies, segments
from qualcode.analysis.frames import quotes as pick_quotes
from qualcode.export.charts import attribute_chart
from qualcode.export.labels import label
from qualcode.export.quotes import choose_columns, whole_sentences
from qualcode.export.summary import Quote, Summary, Theme
from qualcode.model import Code
from qualcode.project.layout import as_paragraphs
from qualcode.project.summary_counts import ATTRIBUTES, chart_scales


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
    # (document id, label) of the interviewer's turns: never quoted as a participant's
    asking: Collection[tuple[str, str]] = frozenset()
    # document id -> the name it is cited by (``export_names.cited_names``)
    cited: Mapping[str, str] = field(default_factory=dict)

    def translation(self, row: Mapping[str, Any], code: str, lang: str) -> str | None:
        """A translation into ``lang`` of this passage (of any layer's coding on it)."""
        for doc, key, start, end, into, text in self.translated:
            same = (key, doc, into) == (code, row["document"], lang)
            if same and start < row["end"] and row["start"] < end:
                return text
        return None

    def pinned_ids(
        self,
        ids: Sequence[Any],
        documents: Sequence[str],
        starts: Sequence[int],
        ends: Sequence[int],
        code: str,
    ) -> list[str]:
        """Ids of the passages on a pinned exemplar of ``code`` (any layer's coding over
        the same words), of passages given as columns."""
        pins = [(doc, start, end) for doc, key, start, end in self.pins if key == code]
        if not pins:
            return []
        return [
            str(key)
            for key, d, s, e in zip(ids, documents, starts, ends, strict=True)
            for doc, start, end in pins
            if doc == d and start < e and s < end
        ]


def _text(value: Any) -> str | None:
    return None if value is None or (isinstance(value, float) and math.isnan(value)) else str(value)


def _texts(values: list[Any]) -> list[str | None]:
    """``_text`` of each of ``values``, in one pass (a NaN is the one value unequal to
    itself): two calls per passage were a twentieth of a second of a summary."""
    return [None if v is None or (isinstance(v, float) and v != v) else str(v) for v in values]


def _casefolded(column: pd.Series) -> pd.Series:
    """A column as it sorts for a reader: text without regard to case, numbers as such."""
    return column if pd.api.types.is_numeric_dtype(column) else column.astype(str).str.casefold()


def _by_attribute(
    mine: pd.DataFrame,
    documents: pd.DataFrame,
    attr: str,
    summary: Summary,
    everyone: pd.DataFrame | None = None,
):
    """Coded segments, coded words and documents per value of ``attr``, most first, and
    every other value the documents hold with zeros after them: the theme's chart draws
    every value (the same bars in every theme), so a table without them read as though
    Uppsala's document had not been looked at, beside a chart showing "Kommun B 0" (eyes8).
    ``everyone``: ``attribute_counts``' table of ``attr``, whose rows of this code are
    these counts (a coder's segments are of one code), else they are counted here."""
    if everyone is None:
        counts = frequencies(mine, documents, [attr])
    else:
        code = mine["code"].iloc[0]
        counts = everyone[everyone["code"] == code].reset_index(drop=True)
    counts = counts.drop(columns=["code"])
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


# the codings' columns ``analysis.frames.quotes`` gives back: the quotes are chosen and
# printed from these alone
QUOTED = (
    *("code", "document_name", "municipality", "role", "speaker", "speaker_role", "turn"),
    *("start", "end", "coder", "words", "text", "id", "document"),
)


def _quoted(mine: pd.DataFrame) -> pd.DataFrame:
    """A theme's codings with the columns its quotes are chosen and printed from: the
    others (layer, origin, created_at) were sorted, deduplicated and joined with the
    attributes and turns of every passage only to be dropped (0.03 s CPU per theme on
    1,000 documents)."""
    return mine[[c for c in mine.columns if c in QUOTED]]


def _column(frame: pd.DataFrame, name: str) -> list[Any]:
    """A column's values as ``to_dict("records")`` gives them (None if it is missing)."""
    return frame[name].tolist() if name in frame.columns else [None] * len(frame)


def _chosen_quotes(passages: pd.DataFrame, code: str, rules: QuoteRules) -> list[dict[str, Any]]:
    """The theme's quotes among ``passages`` (``analysis.frames.quotes``), as rows with the
    participant they are cited as and the speaker's role (``role``), as ``choose`` picks
    them. Chosen from columns (``choose_columns``): a dict per passage and a citation
    worked out for each of 100k passages took most of a second per theme, and only a
    participant's citation is needed to choose, once per document and speaker."""
    documents = [str(d) for d in _column(passages, "document")]
    speakers = _texts(_column(passages, "speaker"))
    roles = _texts(_column(passages, "speaker_role"))
    cited: dict[tuple[str, str | None, str | None], str | None] = {}
    participants = []
    for who in zip(documents, speakers, roles, strict=True):
        if who not in cited:
            cited[who] = rules.cite(*who)
        participants.append(cited[who])
    ids, starts, ends = (_column(passages, c) for c in ("id", "start", "end"))
    picked = choose_columns(
        ids,
        participants,
        _column(passages, "municipality"),
        roles,
        _column(passages, "words"),
        # equal lengths fall to the document by name: by id (a random uuid) every build of
        # one study quoted another participant
        _column(passages, "document_name"),
        starts,
        rules.n,
        rules.pinned_ids(ids, documents, starts, ends, code),
        rules.per_participant,
    )
    rows = passages.iloc[picked].to_dict("records")
    for i, row in zip(picked, rows, strict=True):
        row["participant"], row["role"] = participants[i], roles[i]
    return rows


def _totals(
    mine: pd.DataFrame, counts: Mapping[str, pd.DataFrame] | None = None
) -> tuple[int, int]:
    """A theme's coded segments and coded words, counted as the by-attribute rows and the
    frequency report count them, so the rows add up. With ``counts``
    (``attribute_counts``), the sums of the code's rows of any attribute's table (every
    segment is in one row of each, a document without the value too): merging the
    theme's codings into segments again was a tenth of a second per theme."""
    everyone = next(iter(counts.values()), None) if counts else None
    if everyone is not None and "words" in mine.columns and not mine.empty:
        rows = everyone[everyone["code"] == mine["code"].iloc[0]]
        return int(rows["segments"].sum()), int(rows["words"].sum())
    merged = segments(mine)
    return len(merged), int(merged["words"].sum()) if "words" in merged else 0


def code_rows(codings: pd.DataFrame) -> dict[str, Any]:
    """Each code's rows of ``codings`` (positions, in order), found once for a summary's
    themes: each theme compared every one of 200k codings' keys with its own and took its
    rows by the mask (0.07 s CPU for four themes, 0.045 so)."""
    import numpy as np

    numbers, keys = pd.factorize(codings["code"])
    order = np.argsort(numbers, kind="stable")
    bounds = np.searchsorted(numbers[order], np.arange(len(keys) + 1))
    return {key: order[bounds[i] : bounds[i + 1]] for i, key in enumerate(keys)}


def theme_for(
    summary: Summary,
    code: Code,
    codings: pd.DataFrame,
    documents: pd.DataFrame,
    turns: pd.DataFrame,
    memos: Mapping[tuple[str, str], list[tuple[int, int, str, str]]],
    code_memos: Sequence[tuple[str, str]],
    rules: QuoteRules,
    scales: Mapping[str, float] | None = None,
    counts: Mapping[str, pd.DataFrame] | None = None,
    rows: Mapping[str, Any] | None = None,
) -> Theme:
    """One theme: definition, counts overall and by attribute, chart, quotes with memos.

    ``memos`` are the memos on codings by (document, code) as (start, end, id, text),
    ``code_memos`` the code's as (id, text): the theme and each quote keep the ids of the
    memos they print (``memo_ids``), what the note on names off the key counts.
    ``scales``: ``chart_scales`` of ``codings``, counted once for every theme (else here);
    ``counts``: their ``attribute_counts``, the theme's tables by attribute (else counted
    of its codings); ``rows``: ``code_rows`` of ``codings``, found once for every theme
    (else its codings are found here)."""
    lang = summary.lang
    if rows is None:
        mine = codings[codings["code"] == code.key]
    else:  # the same rows, in the same order, with the same labels
        mine = codings.iloc[rows.get(code.key, [])]
    segment_count, words = _totals(mine, counts)
    theme = Theme(
        code.key,
        code.name(lang),
        # a code a coder proposed has none yet: said, not "Definition." and nothing
        code.definitions.get(lang)
        or next(iter(code.definitions.values()), "")
        or label(lang, "no_definition"),
        segment_count,
        words,
        len(set(mine["document"].tolist())),  # no id is missing: nunique, at a third
        memos=[text for _, text in code_memos],
        memo_ids=[memo_id for memo_id, _ in code_memos],
    )
    if mine.empty:
        return theme
    panels, limits = {}, {}
    if scales is None:
        scales = chart_scales(codings, documents)
    for attr in ATTRIBUTES:
        if attr in documents.columns:
            table = _by_attribute(mine, documents, attr, summary, (counts or {}).get(attr))
            theme.by_attribute[attr] = table
            heading = label(lang, "chart_by", attr=summary.attribute(attr))
            # every theme's chart: all the attribute's values, in one order, on one scale
            order = sorted(documents[attr].fillna("?").astype(str).unique(), key=str.casefold)
            bars = table.set_index(table.columns[0])[summary.label("col_segments")]
            panels[heading] = bars.reindex(order, fill_value=0)
            limits[heading] = scales[attr]
            theme.panels[attr] = (heading, panels[heading], limits[heading])
    if panels:
        title = theme.name  # as keyed now: apply_key renders the name again later

        def draw() -> bytes:
            return attribute_chart(panels, title, limits)

        theme.draw_chart = draw  # drawn only for a format that prints it (not .docx)
    for row in _chosen_quotes(
        pick_quotes(_quoted(mine), documents, turns=turns, asking=rules.asking), code.key, rules
    ):
        notes = [
            (memo_id, text)
            for start, end, memo_id, text in memos.get((row["document"], code.key), [])
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
                rules.cited.get(str(row["document"]), str(row["document_name"])),
                speaker,
                role,
                _text(row.get("municipality")),
                int(float(turn)) if turn is not None else None,
                int(row["start"]),
                int(row["end"]),
                list(dict.fromkeys(text for _, text in notes)),
                str(row["participant"]) if row["participant"] else None,
                note,
                original,
                source_lang if original else None,
                [memo_id for memo_id, _ in notes],
                lang if original else source_lang,
            )
        )
    return theme


def apply_key(summary: Summary, key: Any) -> Summary:
    """What was filled into the summary through the pseudonym key (``Key.apply``): the
    quotes, the memos, the documents and participants they cite, the decisions' passages
    and rationales. Never the summary's own words (its title, layer line, methods, section
    texts, table headers and cells of its labels): "Codes were applied" went out as "IPX
    were applied" with a name Code on the key, and a header "Count" refused the whole
    summary (pseudo49). The names filled into those words went through the key where
    they were filled in (``build_summary``: coders, the set, codes, documents; the
    agreement report's own names), and a theme's name and definition with its code
    (``Key.code``)."""
    if not key:
        return summary
    text = key.apply
    for theme in summary.themes:
        # a proposal's key is made of its name ("olof_..._stod"); its charts' files are
        # named after it, so it is read as a file name's words ("soderstrom" alone)
        theme.key = key.file_words(theme.key)
        theme.memos = [key.written(m) for m in theme.memos]  # in their own words
        for q in theme.quotes:  # the participants' words: "Johan" in them is not coder Johan
            # a proposed place in the words of each: the original's, the translation's
            q.text, q.document = key.in_language(q.text_lang).said(q.text), text(q.document)
            q.original = key.in_language(q.original_lang).said(q.original) if q.original else None
            q.memos = [key.written(m) for m in q.memos]
            q.speaker = None  # the citation carries the participant's pseudonym instead
            q.municipality = key.pseudonym(q.municipality) or (
                text(q.municipality) if q.municipality else None
            )
            q.role = text(q.role) if q.role else None
            q.participant = text(q.participant) if q.participant else None
    if summary.decisions is not None:  # its passages are the participants' words
        from qualcode.export.pseudonym_frames import through_key

        passage, why = label(summary.lang, "passage"), label(summary.lang, "rationale")
        langs = {passage: summary.decision_langs} if summary.decision_langs else None
        said = summary.decisions[[passage, why]]
        keyed = through_key(key, said, (passage,), langs, (why,))
        summary.decisions = summary.decisions.assign(
            **{passage: keyed.iloc[:, 0].tolist(), why: keyed.iloc[:, 1].tolist()}
        )
    return summary
