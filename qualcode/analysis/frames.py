"""Pure pandas over the project's frames: what a theme summary and a paper report need.

Every function takes the codings frame (one row per coding with its text, see
``Project.frames``) and, where attributes matter, the documents frame; none touches the
project, so the same functions serve the CLI, the TUI and notebooks.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Collection
from itertools import pairwise

import pandas as pd

from qualcode.model import DOCUMENT_COLUMNS
from qualcode.who_asks import INTERVIEWER_LABELS


def with_attributes(
    codings: pd.DataFrame, documents: pd.DataFrame, keep: list[str] | None = None
) -> pd.DataFrame:
    """Codings joined with their document's attributes (municipality, role, ...).

    Each attribute is looked up by document id (a hash map) rather than merged: the same
    result as a left join, without copying every column of 200k codings. ``keep`` names
    the codings' columns a caller needs (all of them by default).
    """
    merged = codings[[c for c in codings.columns if keep is None or c in keep]].copy()
    if not documents.empty:
        by_id = documents.set_index("id")
        position = by_id.index.get_indexer(codings["document"])
        found = position >= 0
        for column in (c for c in by_id.columns if c not in DOCUMENT_COLUMNS):
            target = column if column not in merged.columns else f"{column}_document"
            values = by_id[column].to_numpy(dtype=object)
            merged[target] = pd.Series(values[position], index=codings.index).where(found)
    if "words" not in merged.columns and (keep is None or "words" in keep):
        # frames() counts them once; other callers may not
        merged["words"] = codings["text"].str.split().str.len().fillna(0).astype(int)
    return merged


def segments(codings: pd.DataFrame) -> pd.DataFrame:
    """The codings with each coder's overlapping codings of one code in one document merged
    into one segment (their union), so that what a count counts is coded passages.

    A coder who codes 10-80 and then 12-80 with the same code (a second drag over the same
    lines) has coded one passage, and a researcher reading a frequency table counts it once:
    counted as two, one coder's double-coding weighed as two participants' statements.
    Codings that only touch (10-20, 20-30) share no character and stay two segments; two
    coders' codings of one passage stay two (each coder's reading counts). A merged
    segment keeps its first coding's id and spans from the first start to the last end, its
    ``text`` and ``words`` those of the whole span.
    """
    import numpy as np

    keys = [k for k in ("coder", "code", "document") if k in codings.columns]
    if len(codings) < 2 or "start" not in codings.columns or len(keys) < 3:
        return codings
    # sorted by what a segment shares and where it lies: only those columns are reordered
    data = codings[[*keys, "start", "end"]].reset_index(drop=True)
    data = data.sort_values([*keys, "start", "end"], kind="stable")
    rows = data.index.to_numpy()  # each sorted row's position in ``codings``
    start = data["start"].to_numpy(dtype=np.int64)
    end = np.maximum(data["end"].to_numpy(dtype=np.int64), start)
    # sorted, one coder's codings of one code in one document are a run of rows: a row
    # whose keys differ from the row before starts a new run (no grouping, 200k codings)
    same = np.ones(len(data), dtype=bool)
    same[0] = False
    for key in keys:
        values = data[key].to_numpy(dtype=object)
        same[1:] &= values[1:] == values[:-1]
    run = np.cumsum(~same)
    # the furthest end so far within a run: runs offset apart so one maximum runs through
    span = int(end.max()) + 1
    reach = np.maximum.accumulate(run * span + end) - run * span
    before = np.concatenate(([0], reach[:-1]))
    starts = ~same | (start >= before)
    if starts.all():  # nothing overlaps: the frame as it was
        return codings
    segment = np.cumsum(starts) - 1
    merged = codings.iloc[rows[starts]].reset_index(drop=True)  # each first coding: id, ...
    merged["end"] = np.maximum.reduceat(end, np.flatnonzero(starts))
    joined = np.bincount(segment)[segment] > 1  # rows of segments of two codings or more
    if "text" in codings.columns and joined.any():
        # the union's text: each coding adds what lies beyond the reach before it
        cut = np.where(starts, 0, np.clip(before - start, 0, None))[joined]
        texts = codings["text"].fillna("").to_numpy(dtype=object)[rows[joined]]
        pieces = [t[c:] for t, c in zip(texts, cut, strict=True)]
        owner = segment[joined]  # a segment's rows are contiguous: join each run of pieces
        first = np.flatnonzero(np.concatenate(([True], owner[1:] != owner[:-1])))
        bounds = [*first.tolist(), len(pieces)]
        union = ["".join(pieces[a:b]) for a, b in pairwise(bounds)]
        merged.loc[owner[first], "text"] = pd.Series(union, dtype=object).to_numpy()
        if "words" in codings.columns:
            merged.loc[owner[first], "words"] = [len(u.split()) for u in union]
    return merged


def _narrowed(codings: pd.DataFrame, kept: list[str]) -> pd.DataFrame:
    """The columns of ``codings`` a count keeps, with those ``segments`` merges by: the
    merged segments are then built of those alone. A crosstab counts rows, so the union's
    text of every merged segment (a tenth of a second on 200k codings), and copying the
    other columns of 180k segments, was work for nothing."""
    wanted = {*kept, "coder", "code", "document", "start", "end"}
    return codings[[c for c in codings.columns if c in wanted]]


def with_descendants(codings: pd.DataFrame, codes: pd.DataFrame) -> pd.DataFrame:
    """The codings with each one repeated under every ancestor of its code, so a parent
    code counts its child codes' passages too (NVivo's "aggregate coding from children"):
    a team that codes "time pressure" under "workload" reads the workload row as all the
    workload talk, not only what nobody refined. A passage coded with both a parent and
    its child by one coder is one segment of the parent (``segments`` unites them)."""
    parent = {str(k): p for k, p in zip(codes["key"], codes["parent"], strict=True)}
    extra = []
    for key, rows in codings.groupby("code", sort=False):
        seen = {key}
        up = parent.get(str(key))
        while isinstance(up, str) and up not in seen:  # a cycle is refused; never loop on one
            seen.add(up)
            extra.append(rows.assign(code=up))
            up = parent.get(up)
    return pd.concat([codings, *extra], ignore_index=True) if extra else codings


def frequencies(
    codings: pd.DataFrame,
    documents: pd.DataFrame,
    by: list[str] | None = None,
    missing: str | None = None,
) -> pd.DataFrame:
    """Segments (``segments``: a coder's overlapping codings of one code in one document
    count as one, see ``segments``), coded words and documents per code (and per attribute
    values in ``by``). The column was ``codings`` until it counted segments: named for
    what it counts, a script reading ``codings`` fails with a KeyError instead of
    mistaking segments for codings. A document without a value of an attribute in ``by``
    is counted under ``missing`` when given (words a reader reads), else under NaN."""
    kept = ["code", "id", "words", "document", *(by or [])]
    data = with_attributes(segments(_narrowed(codings, [*kept, "text"])), documents, kept)
    keys = ["code", *(by or [])]
    if data.empty:
        return pd.DataFrame(columns=[*keys, "segments", "words", "documents"])
    if missing is not None:
        data = data.assign(**{a: data[a].fillna(missing) for a in by or () if a in data})
    grouped = data.groupby(keys, dropna=False)
    return grouped.agg(
        segments=("id", "size"), words=("words", "sum"), documents=("document", "nunique")
    ).reset_index()


def crosstab(
    codings: pd.DataFrame, documents: pd.DataFrame, attribute: str, missing: str
) -> pd.DataFrame:
    """Segments per code (rows) and attribute value (columns), with totals: counted as
    ``frequencies`` counts them (a coder's overlapping codings of one code, one segment).
    Documents without a value are counted in the column ``missing``."""
    kept = ["code", "document", attribute]
    data = with_attributes(segments(_narrowed(codings, kept)), documents, kept)
    if data.empty or attribute not in data.columns:
        return pd.DataFrame()
    table = (
        data.assign(_value=data[attribute].fillna(missing))
        .groupby(["code", "_value"])
        .size()
        .unstack(fill_value=0)
    )
    table.index.name, table.columns.name = "code", attribute
    table["total"] = table.sum(axis=1)
    table.loc["total"] = table.sum(axis=0)
    return table


def attach_turns(codings: pd.DataFrame, turns: pd.DataFrame) -> pd.DataFrame:
    """Each coding with the speaker turn it starts in (``turn``, ``speaker``).

    ``turns`` has one row per turn: document, turn, speaker, start, end. A coding that
    starts on a speaker label (before its turn's text) counts to the turn that follows.
    """
    if codings.empty or turns.empty:
        return codings.assign(turn=pd.NA, speaker=None)
    left = codings.reset_index(drop=True).assign(_row=lambda f: range(len(f)))
    left = left.sort_values("start", kind="stable")
    right = turns.rename(columns={"start": "turn_start", "end": "turn_end"})[
        ["document", "turn", "speaker", "turn_start", "turn_end"]
    ].sort_values("turn_start", kind="stable")
    back = pd.merge_asof(
        left, right, left_on="start", right_on="turn_start", by="document", direction="backward"
    )
    # before the first turn's text, or past the text of the turn before (on the label
    # "Karin: " or the blank line above it): the turn that follows. A quote coded from
    # its label was the interviewer's turn before, cited as nobody's
    ahead_of = (back["turn"].isna() | (back["start"] >= back["turn_end"])).to_numpy()
    if ahead_of.any():
        ahead = pd.merge_asof(
            left[ahead_of],
            right,
            left_on="start",
            right_on="turn_start",
            by="document",
            direction="forward",
        )
        found = ahead["turn"].notna().to_numpy()  # text after the last turn keeps its own
        rows = back.index[ahead_of][found]
        back.loc[rows, ["turn", "speaker"]] = ahead.loc[found, ["turn", "speaker"]].to_numpy()
    back = back.sort_values("_row").drop(columns=["_row", "turn_start", "turn_end"])
    return back.reset_index(drop=True)


def cooccurrence(codings: pd.DataFrame, turns: pd.DataFrame | None = None) -> pd.DataFrame:
    """How often two codes meet (codes x codes, symmetric), within one reading: each
    coder's codings apart, and the consensus as one (``_reading``), as a frequency counts
    a passage once per coder who coded it. Pooled, karin's "workload" and johan's "group
    size" on one sentence met, though neither coder gave that sentence both (study46).

    Without ``turns``: codings of the two codes that overlap in the same passage. With
    ``turns``: speaker turns in which both codes occur (each turn counts a pair once per
    reading).
    """
    if turns is not None:
        return _cooccurrence_in_turns(codings, turns)
    return _cooccurrence_overlapping(codings)


def _reading(codings: pd.DataFrame) -> pd.Series:
    """Whose reading each coding is: its coder's in the coders' layer, the layer's own
    name elsewhere (the consensus, whichever lead decided a case); one reading for all
    where the frame says neither."""
    if "coder" not in codings.columns:
        return pd.Series("", index=codings.index, dtype=object)
    coder = codings["coder"].fillna("").astype(str)
    if "layer" not in codings.columns:
        return coder
    layer = codings["layer"].fillna("").astype(str)
    return coder.where(layer == "coder", layer)


def _cooccurrence_in_turns(codings: pd.DataFrame, turns: pd.DataFrame) -> pd.DataFrame:
    codes = sorted(codings["code"].unique()) if not codings.empty else []
    if not codes:
        return pd.DataFrame(index=codes, columns=codes, dtype="int64")
    placed = attach_turns(codings.assign(_reading=_reading(codings)), turns)
    placed = placed.dropna(subset=["turn"])
    present = placed[["document", "_reading", "turn", "code"]].drop_duplicates()
    met = ["document", "_reading", "turn"]
    pairs = present.merge(present, on=met, suffixes=("", "_other"))
    pairs = pairs[pairs["code"] != pairs["code_other"]]
    table = pd.crosstab(pairs["code"], pairs["code_other"])
    return table.reindex(index=codes, columns=codes, fill_value=0).rename_axis(
        index=None, columns=None
    )


def _cooccurrence_overlapping(codings: pd.DataFrame) -> pd.DataFrame:
    """Pairs of codings that overlap, counted by code pair, without a Python loop.

    Two codings overlap when they share a character. Sorted by (document, start), the
    codings overlapping coding ``i`` from the right are exactly those after it whose start
    lies before its end: one ``searchsorted`` gives how many, and the pairs are laid out as
    index ranges. The work grows with overlaps.
    """
    import numpy as np

    codes = sorted(codings["code"].unique()) if not codings.empty else []
    n = len(codes)
    if not n:
        return pd.DataFrame(index=codes, columns=codes, dtype="int64")
    codings = codings[codings["end"] > codings["start"]]  # an empty span shares nothing
    read = codings["document"].astype(str) + "\x00" + _reading(codings)
    doc = pd.factorize(read)[0].astype(np.int64)  # a document as one reading codes it
    kind = pd.Categorical(codings["code"], categories=codes).codes.astype(np.int64)
    start = codings["start"].to_numpy(dtype=np.int64)
    end = codings["end"].to_numpy(dtype=np.int64)
    span = int(max(end.max(initial=0), start.max(initial=0))) + 1
    order = np.lexsort((start, doc))
    keys = doc[order] * span + start[order]
    ends = doc[order] * span + end[order]
    kind = kind[order]
    first = np.arange(len(keys)) + 1
    last = np.searchsorted(keys, ends, side="left")  # first coding starting at or after end
    repeats = np.clip(last - first, 0, None)
    total = int(repeats.sum())
    if total:
        left = np.repeat(np.arange(len(keys)), repeats)
        offsets = np.repeat(np.cumsum(repeats) - repeats, repeats)
        right = np.repeat(first, repeats) + (np.arange(total) - offsets)
        pairs = np.bincount(kind[left] * n + kind[right], minlength=n * n).reshape(n, n)
    else:
        pairs = np.zeros((n, n), dtype=np.int64)
    counts = pairs + pairs.T
    np.fill_diagonal(counts, 0)
    return pd.DataFrame(counts.astype(np.int64), index=codes, columns=codes)


def speaker_roles(
    quoted: pd.DataFrame, asking: Collection[tuple[str, str]] = frozenset()
) -> pd.Series:
    """Who is speaking in each quote: "interviewer" for the interviewer's turns, else the
    interviewee's ``role`` attribute (a quote from the interviewer is not the role's view).
    ``asking``: the (document, label) pairs the project knows are the interviewer's
    beyond a role label or the ``interviewer`` attribute ("Intervjuare Maria", "Maria" for
    an attribute "Maria Lind"; ``Project.interviewer_labels``).
    """
    speaker = quoted["speaker"].fillna("").astype(str).str.strip()
    asked = speaker.str.lower().isin(INTERVIEWER_LABELS)
    if asking and len(quoted):
        pairs = zip(quoted["document"], quoted["speaker"], strict=True)
        asked |= pd.Series([p in asking for p in pairs], index=quoted.index)
    if "interviewer" in quoted.columns:  # a text without speakers (a plan) asks nothing:
        # its empty speaker once matched an empty interviewer attribute, and no plan was quoted
        named = quoted["interviewer"].fillna("").astype(str).str.strip().str.lower()
        asked |= (speaker != "") & (speaker.str.lower() == named)
    role = quoted["role"] if "role" in quoted.columns else pd.Series(None, index=quoted.index)
    return role.where(~asked, "interviewer")


def _longest_first(data: pd.DataFrame) -> pd.DataFrame:
    """``data`` by code, then most words, then start (ties in their order), with one row
    per passage (code, document, start, end), the first: what ``sort_values`` and
    ``drop_duplicates`` on those columns give, sorted and told apart by integer codes of
    them. Sorting and hashing the text columns of a theme's 50k codings for each theme
    of a summary on 1,000 documents was a tenth of a second of it; a frame with a missing
    value or numbers that are no whole numbers is sorted by pandas, as it was."""
    import numpy as np

    whole = all(pd.api.types.is_integer_dtype(data[c]) for c in ("words", "start", "end"))
    if not whole or data["code"].isna().any() or data["document"].isna().any():
        data = data.sort_values(["code", "words", "start"], ascending=[True, False, True])
        return data.drop_duplicates(["code", "document", "start", "end"])
    code = pd.factorize(data["code"], sort=True)[0]
    words, start, end = (data[c].to_numpy(dtype=np.int64) for c in ("words", "start", "end"))
    order = np.lexsort((start, -words, code))  # stable, as pandas' sort of several columns
    passage = {"c": code, "d": pd.factorize(data["document"])[0], "s": start, "e": end}
    seen = pd.DataFrame({k: v[order] for k, v in passage.items()}).duplicated().to_numpy()
    return data.iloc[order[~seen]]


def quotes(
    codings: pd.DataFrame,
    documents: pd.DataFrame,
    code: str | None = None,
    per_code: int | None = None,
    turns: pd.DataFrame | None = None,
    keyword: str | None = None,
    asking: Collection[tuple[str, str]] = frozenset(),
) -> pd.DataFrame:
    """Coded passages with their source; longest first within a code (the fullest quotes).

    ``keyword`` keeps the passages that contain it (any case), a keyword-in-context view
    of a code. With ``turns`` each quote also names its speaker, their role and the turn
    (``asking``: the interviewer's labels, as ``speaker_roles`` takes them).
    """
    data = codings[codings["code"] == code] if code else codings
    if keyword:  # composed, as the text is: a keyword pasted decomposed found nothing
        keyword = unicodedata.normalize("NFC", keyword)
        data = data[data["text"].str.contains(keyword, case=False, regex=False)]
    if "words" not in data.columns:
        data = data.assign(words=data["text"].str.split().str.len().fillna(0).astype(int))
    data = _longest_first(data)  # the same passage coded by two coders is one quote
    if per_code:
        data = data.groupby("code").head(per_code)
    data = with_attributes(data, documents)  # only for the quotes picked
    if turns is not None:
        data = attach_turns(data, turns)
        data["speaker_role"] = speaker_roles(data, asking)
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
