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


def attach_turns(codings: pd.DataFrame, turns: pd.DataFrame) -> pd.DataFrame:
    """Each coding with the speaker turn it starts in (``turn``, ``speaker``).

    ``turns`` has one row per turn: document, turn, speaker, start, end. A coding that
    starts on a speaker label (before its turn's text) counts to the turn that follows.
    """
    if codings.empty or turns.empty:
        return codings.assign(turn=pd.NA, speaker=None)
    left = codings.reset_index(drop=True).assign(_row=lambda f: range(len(f)))
    left = left.sort_values("start", kind="stable")
    right = turns.rename(columns={"start": "turn_start"})[
        ["document", "turn", "speaker", "turn_start"]
    ].sort_values("turn_start", kind="stable")
    back = pd.merge_asof(
        left, right, left_on="start", right_on="turn_start", by="document", direction="backward"
    )
    missing = back["turn"].isna()
    if missing.any():  # before the first turn's text: the document's first turn
        ahead = pd.merge_asof(
            left[missing.to_numpy()],
            right,
            left_on="start",
            right_on="turn_start",
            by="document",
            direction="forward",
        )
        back.loc[missing, ["turn", "speaker"]] = ahead[["turn", "speaker"]].to_numpy()
    back = back.sort_values("_row").drop(columns=["_row", "turn_start"])
    return back.reset_index(drop=True)


def cooccurrence(codings: pd.DataFrame, turns: pd.DataFrame | None = None) -> pd.DataFrame:
    """How often two codes meet (codes x codes, symmetric).

    Without ``turns``: codings of the two codes that overlap in the same passage. With
    ``turns``: speaker turns in which both codes occur (each turn counts a pair once).
    """
    if turns is not None:
        return _cooccurrence_in_turns(codings, turns)
    return _cooccurrence_overlapping(codings)


def _cooccurrence_in_turns(codings: pd.DataFrame, turns: pd.DataFrame) -> pd.DataFrame:
    codes = sorted(codings["code"].unique()) if not codings.empty else []
    if not codes:
        return pd.DataFrame(index=codes, columns=codes, dtype="int64")
    placed = attach_turns(codings, turns).dropna(subset=["turn"])
    present = placed[["document", "turn", "code"]].drop_duplicates()
    pairs = present.merge(present, on=["document", "turn"], suffixes=("", "_other"))
    pairs = pairs[pairs["code"] != pairs["code_other"]]
    table = pd.crosstab(pairs["code"], pairs["code_other"])
    return table.reindex(index=codes, columns=codes, fill_value=0).rename_axis(
        index=None, columns=None
    )


def _cooccurrence_overlapping(codings: pd.DataFrame) -> pd.DataFrame:
    """A sweep over each document's codings sorted by start: only codings still open when
    the next one starts can overlap it, so the work grows with overlaps, not with pairs.
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


INTERVIEWER_LABELS = frozenset({"i", "int", "intervjuare", "interviewer", "q", "f", "fråga"})


def speaker_roles(quoted: pd.DataFrame) -> pd.Series:
    """Who is speaking in each quote: "interviewer" for the interviewer's turns, else the
    interviewee's ``role`` attribute (a quote from the interviewer is not the role's view).
    """
    speaker = quoted["speaker"].fillna("").astype(str).str.strip()
    asked = speaker.str.lower().isin(INTERVIEWER_LABELS)
    if "interviewer" in quoted.columns:
        asked |= speaker.str.lower() == quoted["interviewer"].fillna("").astype(str).str.lower()
    role = quoted["role"] if "role" in quoted.columns else pd.Series(None, index=quoted.index)
    return role.where(~asked, "interviewer")


def quotes(
    codings: pd.DataFrame,
    documents: pd.DataFrame,
    code: str | None = None,
    per_code: int | None = None,
    turns: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Coded passages with their source; longest first within a code (the fullest quotes).

    With ``turns`` each quote also names its speaker, the speaker's role and its turn.
    """
    data = with_attributes(codings, documents)
    if code:
        data = data[data["code"] == code]
    data = data.sort_values(["code", "words", "start"], ascending=[True, False, True])
    if per_code:
        data = data.groupby("code").head(per_code)
    if turns is not None:
        data = attach_turns(data, turns)
        data["speaker_role"] = speaker_roles(data)
    columns = [
        c
        for c in (
            "code",
            "document_name",
            "municipality",
            "role",
            "speaker",
            "speaker_role",
            "turn",
            "start",
            "end",
            "coder",
            "words",
            "text",
            "id",
            "document",
        )
        if c in data.columns
    ]
    return data[columns].reset_index(drop=True)
