"""The theme summary: one model, built once, rendered to every format.

Keeping the content in one model means the Word, Excel, Markdown and HTML versions of a
summary can never disagree with each other.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

LABELS = {
    "en": {
        "title": "Theme summary",
        "definition": "Definition",
        "counts": "Counts",
        "by": "By {attr}",
        "quotes": "Representative quotes",
        "agreement": "Intercoder agreement",
        "methods": "Methods",
        "decisions": "Reconciliation",
        "codings": "codings",
        "words": "coded words",
        "documents": "documents",
        "memo": "Memo",
        "layer": "Layer",
        "none": "No codings.",
    },
    "sv": {
        "title": "Temasammanfattning",
        "definition": "Definition",
        "counts": "Antal",
        "by": "Per {attr}",
        "quotes": "Representativa citat",
        "agreement": "Interbedömarreliabilitet",
        "methods": "Metod",
        "decisions": "Avstämning",
        "codings": "kodningar",
        "words": "kodade ord",
        "documents": "dokument",
        "memo": "Memo",
        "layer": "Lager",
        "none": "Inga kodningar.",
    },
}


@dataclass(slots=True)
class Quote:
    text: str
    source: str
    memo: str | None = None


@dataclass(slots=True)
class Theme:
    key: str
    name: str
    definition: str
    codings: int
    words: int
    documents: int
    by_attribute: dict[str, pd.DataFrame] = field(default_factory=dict)
    quotes: list[Quote] = field(default_factory=list)
    chart_png: bytes | None = None


@dataclass(slots=True)
class Summary:
    title: str
    lang: str
    layer: str
    themes: list[Theme] = field(default_factory=list)
    agreement: pd.DataFrame | None = None
    methods: str | None = None
    decisions: pd.DataFrame | None = None

    def label(self, key: str, **values: str) -> str:
        text = LABELS.get(self.lang, LABELS["en"])[key]
        return text.format(**values) if values else text

    def tables(self) -> dict[str, pd.DataFrame]:
        """Every table of the summary by sheet name (used by the Excel renderer)."""
        overview = pd.DataFrame(
            [
                {
                    "code": t.key,
                    "name": t.name,
                    "codings": t.codings,
                    "words": t.words,
                    "documents": t.documents,
                }
                for t in self.themes
            ]
        )
        tables = {"themes": overview}
        for theme in self.themes:
            for attr, frame in theme.by_attribute.items():
                tables[f"{theme.key[:20]}_by_{attr[:8]}"] = frame
        quotes = [
            {"code": t.key, "quote": q.text, "source": q.source, "memo": q.memo or ""}
            for t in self.themes
            for q in t.quotes
        ]
        tables["quotes"] = pd.DataFrame(quotes, columns=["code", "quote", "source", "memo"])
        if self.agreement is not None:
            tables["agreement"] = self.agreement
        if self.decisions is not None:
            tables["reconciliation"] = self.decisions
        return tables
