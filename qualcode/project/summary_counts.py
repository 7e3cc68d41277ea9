"""Counting a summary's codings per code and attribute value, once for every theme.

Each theme's tables by municipality and role are its code's rows of these counts, and each
chart's scale is the largest of them (``chart_scales``), the same in every theme. Counted
per theme they were eight frequency tables of all 200k codings of a 1,000-document
project; counted here once, from segments per code and document, they are a tenth of a
second (perf38b, perf39). Kept apart from ``summary_build.py``, which builds one theme.
"""

from __future__ import annotations

from collections.abc import Mapping
from itertools import pairwise

import pandas as pd

from qualcode.analysis.frames import frequencies, with_attributes

ATTRIBUTES = ("municipality", "role")


def attribute_counts(codings: pd.DataFrame, documents: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """Segments, words and documents per code and value of each attribute: every theme's
    table by that attribute is its code's rows, and ``chart_scales`` their largest count.
    Counted once per summary: counted again per theme, it was eight more frequency tables
    of a theme's passages (0.2 s CPU of a summary on 1,000 documents).

    Counted once by every attribute together and summed per attribute: a document has one
    value of each, so its segments, words and documents fall in one row of the other's
    (merging 200k codings into segments once, not once per attribute)."""
    present = [attr for attr in ATTRIBUTES if attr in documents.columns]
    wanted = ["coder", "code", "document", "start", "end", "words"]
    if (
        codings.empty
        or documents.empty
        or not {*wanted, "text"} <= set(codings.columns)
        or codings[wanted].isna().any().any()  # a missing key is a run of its own there
    ):
        return {attr: frequencies(codings, documents, [attr]) for attr in present}
    if len(present) < 2:
        return {attr: _counted(codings, documents, [attr]) for attr in present}
    both = _counted(codings, documents, present)
    figures = ["segments", "words", "documents"]
    return {
        attr: both.groupby(["code", attr], dropna=False)[figures].sum().reset_index()
        for attr in present
    }


def _per_document(codings: pd.DataFrame) -> pd.DataFrame:
    """Segments and coded words per code and document (``code``, ``document``,
    ``segments``, ``words``), merged as ``analysis.frames.segments`` merges a coder's
    overlapping codings of one code in one document: sorted by integer codes of coder,
    code and document (no sort of 200k rows of text columns), each run's codings joined
    where they overlap, and a joined segment's words those of its union's text."""
    import numpy as np

    coder = pd.factorize(codings["coder"])[0]
    code, codes = pd.factorize(codings["code"])
    document, documents = pd.factorize(codings["document"])
    start = codings["start"].to_numpy(dtype=np.int64)
    end = np.maximum(codings["end"].to_numpy(dtype=np.int64), start)
    order = np.lexsort((end, start, document, code, coder))
    coder, code, document = coder[order], code[order], document[order]
    start, end = start[order], end[order]
    same = np.ones(len(order), dtype=bool)
    same[0] = False
    for key in (coder, code, document):
        same[1:] &= key[1:] == key[:-1]
    run = np.cumsum(~same)
    span = int(end.max()) + 1  # the furthest end so far within a run (``segments``)
    reach = np.maximum.accumulate(run * span + end) - run * span
    before = np.concatenate(([0], reach[:-1]))
    starts = ~same | (start >= before)
    segment = np.cumsum(starts) - 1
    words = codings["words"].to_numpy()[order][starts].astype(np.int64)
    joined = np.bincount(segment)[segment] > 1
    if joined.any():  # the union's text: each coding adds what lies beyond the reach before
        cut = np.where(starts, 0, np.clip(before - start, 0, None))[joined]
        texts = codings["text"].fillna("").to_numpy(dtype=object)[order[joined]]
        pieces = [t[c:] for t, c in zip(texts, cut, strict=True)]
        owner = segment[joined]
        first = np.flatnonzero(np.concatenate(([True], owner[1:] != owner[:-1])))
        bounds = [*first.tolist(), len(pieces)]
        words[owner[first]] = [len("".join(pieces[a:b]).split()) for a, b in pairwise(bounds)]
    pair = code[starts] * len(documents) + document[starts]
    pairs, which = np.unique(pair, return_inverse=True)
    return pd.DataFrame(
        {
            "code": codes.to_numpy(dtype=object)[pairs // len(documents)],
            "document": documents.to_numpy(dtype=object)[pairs % len(documents)],
            "segments": np.bincount(which).astype(np.int64),
            "words": np.bincount(which, weights=words, minlength=len(pairs)).astype(np.int64),
        }
    )


def _counted(codings: pd.DataFrame, documents: pd.DataFrame, by: list[str]) -> pd.DataFrame:
    """``frequencies(codings, documents, by)``, counted from segments per code and document
    (``_per_document``): the frequency table merged, joined and grouped every one of 200k
    codings, a third of a second of a summary on 1,000 documents. A document has one value
    of each attribute, so a group's documents are its rows."""
    data = with_attributes(
        _per_document(codings), documents, ["code", "document", "segments", "words"]
    )
    grouped = data.groupby(["code", *by], dropna=False)
    return grouped.agg(
        segments=("segments", "sum"), words=("words", "sum"), documents=("document", "size")
    ).reset_index()


def chart_scales(
    codings: pd.DataFrame,
    documents: pd.DataFrame,
    counts: Mapping[str, pd.DataFrame] | None = None,
) -> dict[str, float]:
    """Each attribute's largest count of segments of any code for one value: the scale
    every theme's chart of that attribute shares. The same for every theme, so counted
    once per summary: counted per theme and attribute, it was eight frequency tables of
    all 200k codings, 1.4 s CPU of a summary on 1,000 documents. ``counts``:
    ``attribute_counts`` of the same codings, if counted already."""
    if counts is None:
        counts = attribute_counts(codings, documents)
    return {
        attr: float(everyone["segments"].max()) if len(everyone) else 1.0
        for attr, everyone in counts.items()
    }
