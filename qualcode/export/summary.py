"""The theme summary: one model, built once, rendered to every format.

Keeping the content in one model means the Word, Excel, Markdown and HTML versions of a
summary can never disagree with each other. Tables are held with their headers already in
the summary's language, numbers still as numbers (Excel keeps them sortable).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

import pandas as pd

from qualcode.export.labels import LABELS, label


@dataclass(slots=True)
class Quote:
    text: str
    document: str
    speaker: str | None = None
    role: str | None = None  # the speaker's role; "interviewer" for the interviewer
    municipality: str | None = None
    turn: int | None = None
    start: int = 0
    end: int = 0
    memos: list[str] = field(default_factory=list)
    participant: str | None = None  # the pseudonym a paper cites ("IP3")
    language: str | None = None  # "translated from Swedish" / "in Swedish, untranslated"
    original: str | None = None  # the words as said, when ``text`` is their translation
    original_lang: str | None = None  # their language (sv, en)
    memo_ids: list[str] = field(default_factory=list)  # the memos ``memos`` prints, by id
    text_lang: str | None = None  # the language ``text`` is in (a place reads in its words)

    def source(self, lang: str) -> str:
        """The citation a paper prints: 'IP3, socialsekreterare, Åby' (and the quote's
        language when it is not the summary's)."""
        role = label(lang, "interviewer") if self.role == "interviewer" else self.role
        parts = [self.participant, role, self.municipality]
        cited = ", ".join(p for p in parts if p)
        return f"{cited} ({self.language})" if self.language else cited

    def reference(self, lang: str) -> str:
        """Where the quote is, for tracing it back: 'aby_01, turn 12, characters 13–58'."""
        where = [label(lang, "turn", n=self.turn + 1)] if self.turn is not None else []
        where.append(label(lang, "chars", start=self.start, end=self.end))
        return ", ".join([self.document, *where])


@dataclass(slots=True)
class Theme:
    key: str
    name: str
    definition: str
    segments: int  # a coder's overlapping codings of the code merged (analysis.segments)
    words: int
    documents: int
    by_attribute: dict[str, pd.DataFrame] = field(default_factory=dict)
    quotes: list[Quote] = field(default_factory=list)
    chart_png: bytes | None = None
    # the chart's panels, one per attribute: (its title, counts in order, its scale's top);
    # the .docx draws each above its table, as small pictures a page break can place
    panels: dict[str, tuple[str, pd.Series, float]] = field(default_factory=dict)
    memos: list[str] = field(default_factory=list)
    others: int = 0  # of ``documents``, those without speakers (not participants)
    memo_ids: list[str] = field(default_factory=list)  # the memos ``memos`` prints, by id
    # draws ``chart_png`` when a format first asks for it (``chart``)
    draw_chart: Callable[[], bytes] | None = field(default=None, repr=False, compare=False)

    def chart(self) -> bytes | None:
        """The theme's chart as PNG, drawn the first time a format asks: the .docx draws
        each panel beside its table instead and never asks, and drawing the chart anyway
        was a tenth of a second of CPU per theme for nothing."""
        if self.chart_png is None and self.draw_chart is not None:
            self.chart_png = self.draw_chart()
        return self.chart_png


@dataclass(slots=True)
class Section:
    """A part of the summary before the themes: the material and the cross-theme tables."""

    key: str  # names its sheet: material, matrix, shares_municipality, ...
    heading: str
    text: str | None = None
    table: pd.DataFrame | None = None
    sheet: str = ""

    def blocks(self) -> list[str | pd.DataFrame]:
        """The section's table and its note (``text``: the sentence on how to read it),
        those it has, in the one order every format prints them: the table under its
        heading, which titles it, and the note under the table, as a paper's table note
        stands. Word decided it: its sentence above the table, kept with the heading, left
        that heading alone at a page's foot in LibreOffice (641493c8), and md and html,
        which printed the sentence above, showed a co-author another order (dedupe48)."""
        return [
            *([self.table] if self.table is not None else []),
            *([self.text] if self.text else []),
        ]


_SHEET_ENDS = re.compile(r"^[\s']+|[\s']+$")  # spaces and apostrophes at either end


def sheet_name(text: str, used: dict[str, int]) -> str:
    """An Excel sheet name (at most 31 characters, none of []:*?/\\, no apostrophe at
    either end, never 'History') cut at a word, never
    inside one, and unique in the workbook (Excel's names ignore case). ``used`` holds the
    names given, lower case, each with the next number to try after it: counted from 2
    and compared with every name anew each time, 800 themes whose names began alike
    ('Municipality – Organisational ...', a codebook from another tool) took a minute to
    name, 2,000 a quarter of an hour."""
    # Excel allows no name that begins or ends with an apostrophe, nor 'History' (its
    # own): a theme named "Brukarnas 'röst'" gave the sheet "Municipality – Brukarnas
    # 'röst'", which openpyxl writes and Excel reads as a damaged workbook (red team 17)
    used.setdefault("history", 2)
    clean = "".join(" " if ch in "[]:*?/\\" else ch for ch in text)
    clean = _SHEET_ENDS.sub("", clean) or "sheet"
    if len(clean) > 31:
        cut = clean[:31]
        space = max(cut.rfind(" "), cut.rfind("_"), cut.rfind("-"))
        clean = (cut[:space] if space > 8 else cut).rstrip(" _-'")
    base = clean.lower()
    name, n = clean, used.get(base, 2)
    while name.lower() in used:
        suffix = f" {n}"
        name, n = clean[: 31 - len(suffix)].rstrip() + suffix, n + 1
    used[base] = max(n, used.get(base, 2))
    used.setdefault(name.lower(), 2)
    return name


@dataclass(slots=True)
class Summary:
    title: str
    lang: str
    layer: str
    themes: list[Theme] = field(default_factory=list)
    agreement: pd.DataFrame | None = None
    methods: str | None = None
    decisions: pd.DataFrame | None = None
    decision_langs: list[str | None] = field(default_factory=list)  # each row's passage's
    decisions_brief: str | None = None
    sections: list[Section] = field(default_factory=list)
    coded: int = 0  # interviews with codings in the layer: the themes' denominator
    # documents without speakers (plans, policies, reports) with codings in the layer:
    # counted as documents beside the participants, never as participants
    coded_others: int = 0

    def label(self, key: str, **values: object) -> str:
        return label(self.lang, key, **values)

    def attribute(self, attr: str) -> str:
        """An attribute's name in the summary's language (kommun, roll)."""
        return self.label(attr) if attr in LABELS["en"] else attr

    def memos_printed(self, name: str) -> frozenset[str]:
        """The ids of the memos the file ``name`` prints, as the builder recorded them
        beside each theme's and quote's memos: every format prints both (a workbook the
        themes' in its themes sheet). The note on names in memos off the pseudonym key
        counts these and no others: counted by a rule of its own, it told of memos on codes
        and codings a summary never printed (small34a). ``name``: the file, any format."""
        quoted = {m for t in self.themes for q in t.quotes for m in q.memo_ids}
        return frozenset(quoted | {m for t in self.themes for m in t.memo_ids})

    def tables(self) -> dict[str, pd.DataFrame]:
        """Every table of the summary by sheet name (used by the Excel renderer)."""
        lab = self.label
        # the themes by name, as the paper prints them; the key last, for scripts, as in
        # the quotes sheet (a co-author read "mission_dialogue" first in every row, eyes21)
        overview = pd.DataFrame(
            [
                {
                    lab("theme"): t.name,
                    lab("col_segments"): t.segments,
                    lab("col_words"): t.words,
                    lab("col_documents"): t.documents,
                    # the code's memos, which the other formats print under its heading;
                    # a workbook had no place for them (small34a)
                    lab("memo"): "\n".join(t.memos),
                    lab("code"): t.key,
                }
                for t in self.themes
            ],
            columns=[
                lab("theme"),
                lab("col_segments"),
                lab("col_words"),
                lab("col_documents"),
                lab("memo"),
                lab("code"),
            ],
        )
        used: dict[str, int] = {}  # the sheets' names (sheet_name)
        tables = {sheet_name(lab("sheet_themes"), used): overview}
        for section in self.sections:
            if section.table is not None:
                tables[sheet_name(section.sheet or section.heading, used)] = section.table
        for theme in self.themes:
            for attr, frame in theme.by_attribute.items():
                title = f"{self.attribute(attr).capitalize()} – {theme.name}"
                tables[sheet_name(title, used)] = frame
        # a quote under its theme's name, as the paper prints it; the key last, for scripts
        quotes = [
            {
                lab("theme"): t.name,
                lab("quote"): q.text,
                lab("source"): q.source(self.lang),
                lab("position"): q.reference(self.lang),
                lab("memo"): "\n".join(q.memos),
                lab("original"): q.original or "",
                lab("code"): t.key,
            }
            for t in self.themes
            for q in t.quotes
        ]
        tables[sheet_name(lab("sheet_quotes"), used)] = pd.DataFrame(
            quotes,
            columns=[
                *(lab("theme"), lab("quote"), lab("source"), lab("position"), lab("memo")),
                *(lab("original"), lab("code")),
            ],
        )
        if self.agreement is not None:
            tables[sheet_name(lab("sheet_agreement"), used)] = self.agreement
        if self.methods:  # who counted, who was missing where: the table alone never said
            tables[sheet_name(lab("methods"), used)] = pd.DataFrame(
                [[self.methods]], columns=[lab("methods")]
            )
        if self.decisions_brief:  # what was reconciled, how and by whom, as the paper says
            tables[sheet_name(lab("decisions"), used)] = pd.DataFrame(
                [[self.decisions_brief]], columns=[lab("decisions")]
            )
        if self.decisions is not None:
            tables[sheet_name(lab("sheet_decisions"), used)] = self.decisions
        # whose codings, of which documents: the heading line of the other formats, which a
        # workbook of tables alone never said ('documents of the set "north"' among them)
        tables[sheet_name(lab("layer"), used)] = pd.DataFrame(
            [[self.layer]], columns=[lab("layer")]
        )
        return tables
