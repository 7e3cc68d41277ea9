"""Pure pandas over the project's frames: what a theme summary and a paper report need.

Every function takes the codings frame (one row per coding with its text, see
``Project.frames``) and, where attributes matter, the documents frame; none touches the
project, so the same functions serve the CLI, the TUI and notebooks.
"""

from __future__ import annotations

import pandas as pd


def with_attributes(codings: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """Codings joined with their document's attributes (municipality, role, ...)."""
    attrs = documents.drop(
        columns=[c for c in ("lang", "words", "imported_at", "name") if c in documents.columns]
    )
    merged = codings.merge(
        attrs, left_on="document", right_on="id", how="left", suffixes=("", "_document")
    )
    if "words" not in merged.columns:  # frames() counts them once; other callers may not
        merged["words"] = merged["text"].str.split().str.len().fillna(0).astype(int)
    return merged.drop(columns=["id_document"], errors="ignore")


def frequencies(
    codings: pd.DataFrame, documents: pd.DataFrame, by: list[str] | None = None
) -> pd.DataFrame:
    """Codings, coded words and documents per code (and per attribute values in ``by``)."""
    data = with_attributes(codings, documents)
    keys = ["code", *(by or [])]
    if data.empty:
        return pd.DataFrame(columns=[*keys, "codings", "words", "documents"])
    grouped = data.groupby(keys, dropna=False)
    return grouped.agg(
        codings=("id", "size"), words=("words", "sum"), documents=("document", "nunique")
    ).reset_index()


def crosstab(codings: pd.DataFrame, documents: pd.DataFrame, attribute: str) -> pd.DataFrame:
    """Codings per code (rows) and attribute value (columns), with totals."""
    data = with_attributes(codings, documents)
    if data.empty or attribute not in data.columns:
        return pd.DataFrame()
    return pd.crosstab(
        data["code"], data[attribute].fillna("?"), margins=True, margins_name="total"
    )


def cooccurrence(codings: pd.DataFrame) -> pd.DataFrame:
    """How often two codes overlap in the same passage (codes x codes, symmetric).

    A sweep over each document's codings sorted by start: only codings still open when the
    next one starts can overlap it, so the work grows with overlaps, not with pairs.
    """
    import numpy as np

    codes = sorted(codings["code"].unique()) if not codings.empty else []
    counts = np.zeros((len(codes), len(codes)), dtype=np.int64)
    if codes:
        index = {code: i for i, code in enumerate(codes)}
        frame = codings.assign(k=codings["code"].map(index)).sort_values(["document", "start"])
        firsts, seconds = [], []
        for _, group in frame.groupby("document", sort=False):
            open_: list[tuple[int, int]] = []  # (end, code index)
            for start, end, k in zip(
                group["start"].to_numpy(),
                group["end"].to_numpy(),
                group["k"].to_numpy(),
                strict=True,
            ):
                open_ = [(e, c) for e, c in open_ if e > start]
                for _, other in open_:
                    firsts.append(k)
                    seconds.append(other)
                open_.append((end, k))
        np.add.at(counts, (np.array(firsts, dtype=np.int64), np.array(seconds, dtype=np.int64)), 1)
        counts = counts + counts.T
        np.fill_diagonal(counts, 0)
    return pd.DataFrame(counts, index=codes, columns=codes)


def quotes(
    codings: pd.DataFrame,
    documents: pd.DataFrame,
    code: str | None = None,
    per_code: int | None = None,
) -> pd.DataFrame:
    """Coded passages with their source; longest first within a code (the fullest quotes)."""
    data = with_attributes(codings, documents)
    if code:
        data = data[data["code"] == code]
    data = data.sort_values(["code", "words"], ascending=[True, False])
    if per_code:
        data = data.groupby("code").head(per_code)
    columns = [
        c
        for c in (
            "code",
            "document_name",
            "municipality",
            "role",
            "start",
            "end",
            "coder",
            "words",
            "text",
        )
        if c in data.columns
    ]
    return data[columns].reset_index(drop=True)
