"""Choosing and trimming quotes as a researcher would (pure Python, no project).

A theme's quotes are the lead's pinned exemplars first; the rest are spread across
participants (at most one each by default), municipalities and roles, preferring passages
of a readable length over the longest ones. A quote is shown as whole sentences: a
fragment at either end of a longer passage is left out and the cut marked with an
ellipsis, as is a passage that starts or ends mid-sentence or runs past the length limit:
wherever coded words are left out, the reader sees it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

ELLIPSIS = "…"
_SENTENCE = re.compile(r".*?(?:[.!?…]+[\"”’')\]]*(?=\s|$)|$)", re.DOTALL)
_ENDS = ".!?…"
IDEAL_WORDS = 35  # a quote a reader takes in at once: two to four spoken sentences


def _sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of ``text``, whitespace between them left out."""
    spans, at = [], 0
    while at < len(text):
        while at < len(text) and text[at].isspace():
            at += 1
        if at >= len(text):
            break
        match = _SENTENCE.match(text, at)
        end = match.end() if match and match.end() > at else len(text)
        spans.append((at, end))
        at = end
    return spans


def _starts_sentence(document: str, start: int) -> bool:
    before = document[:start].rstrip(" \t")
    return not before or before[-1] in _ENDS + ":\n" or document[start - 1 : start] == "\n"


def whole_sentences(document: str, start: int, end: int, max_words: int = 60) -> str:
    """The passage ``document[start:end]`` as a quote of whole sentences with ellipses."""
    text = document[start:end]
    spans = _sentences(text)
    if not spans:
        return text.strip()
    head_cut = not _starts_sentence(document, start + spans[0][0])
    tail_cut = text[spans[-1][0] : spans[-1][1]].rstrip("\"”’')] ")[-1:] not in _ENDS
    if head_cut and len(spans) > 1:
        spans = spans[1:]  # the end of a sentence that began before the passage
    if tail_cut and len(spans) > 1:
        spans = spans[:-1]  # the start of one that ends after it
    kept: list[tuple[int, int]] = []
    words = 0
    for span in spans:
        count = len(text[span[0] : span[1]].split())
        if kept and words + count > max_words:
            tail_cut = True
            break
        kept.append(span)
        words += count
    body = text[kept[0][0] : kept[-1][1]].strip()
    if len(body.split()) > max_words:  # one long sentence: cut at a word
        body, tail_cut = " ".join(body.split()[:max_words]), True
    prefix = f"{ELLIPSIS} " if head_cut else ""
    suffix = f" {ELLIPSIS}" if tail_cut else ""
    return f"{prefix}{body}{suffix}"


def choose(
    candidates: Sequence[Mapping[str, Any]],
    n: int,
    pinned: Iterable[str] = (),
    per_participant: int = 1,
) -> list[Mapping[str, Any]]:
    """Up to ``n`` quotes from ``candidates`` (dicts with id, participant, municipality,
    role, words, document, start): pinned ones first, then the others spread out.
    ``document`` only orders equal passages: give its name, never its id, a random uuid
    by which every build of a study quoted another participant."""
    pins = set(pinned)
    chosen = [c for c in candidates if c["id"] in pins]
    used: Counter[str] = Counter(str(c.get("participant")) for c in chosen)
    places = {c.get("municipality") for c in chosen}
    roles = {c.get("role") for c in chosen}
    rest = [c for c in candidates if c["id"] not in pins and c.get("role") != "interviewer"]
    while len(chosen) < n:
        open_ = [c for c in rest if used[str(c.get("participant"))] < per_participant]
        if not open_:
            break
        best = max(
            open_,
            key=lambda c: (
                used[str(c.get("participant"))] == 0,  # a new voice before a second quote
                c.get("municipality") not in places,
                c.get("role") not in roles,
                -abs(int(c.get("words") or 0) - IDEAL_WORDS),
                str(c.get("document")),
                -int(c.get("start") or 0),
            ),
        )
        chosen.append(best)
        rest.remove(best)
        used[str(best.get("participant"))] += 1
        places.add(best.get("municipality"))
        roles.add(best.get("role"))
    return chosen


def choose_columns(
    ids: Sequence[Any],
    participants: Sequence[Any],
    municipalities: Sequence[Any],
    roles: Sequence[Any],
    words: Sequence[Any],
    documents: Sequence[Any],
    starts: Sequence[Any],
    n: int,
    pinned: Iterable[str] = (),
    per_participant: int = 1,
) -> list[int]:
    """The positions of the quotes ``choose`` picks, in its order, from columns instead of
    one dict per passage. A theme on 1,000 documents has 100k passages: ``choose`` ran a
    Python ``max`` over all of them for every quote (about 1 s of a summary). Which passage
    wins depends on its participant, place and role (one group of passages each) and then
    on its own length, document and start, which never change: so each group's best
    passage is found once, and each quote compares the groups' best only. Ties fall to the
    earlier passage, as ``max`` gives them; ``tests/export/test_choose_columns.py`` holds
    the two to the same picks."""
    pins = set(pinned)
    chosen = [i for i, key in enumerate(ids) if key in pins]
    used: Counter[str] = Counter(str(participants[i]) for i in chosen)
    places = {municipalities[i] for i in chosen}
    seen_roles = {roles[i] for i in chosen}
    if len(chosen) >= n:
        return chosen
    # (participant, place, role) -> its passages; a dict key matches as `in` a set does
    groups: dict[tuple[str, Any, Any], list[int]] = {}
    for i, (key, who, place, role) in enumerate(
        zip(ids, participants, municipalities, roles, strict=True)
    ):
        if key not in pins and role != "interviewer":
            groups.setdefault((str(who), place, role), []).append(i)

    # each passage's own part of ``choose``'s key, made once for all of them (a call per
    # passage and group was a tenth of a second of a summary); the earlier of two equal
    # passages wins
    ranks = list(
        zip(
            [-abs(int(w or 0) - IDEAL_WORDS) for w in words],
            [str(d) for d in documents],
            [-int(s or 0) for s in starts],
            range(0, -len(ids), -1),
            strict=True,
        )
    )
    rank = ranks.__getitem__
    best = {group: max(rows, key=rank) for group, rows in groups.items()}
    while len(chosen) < n:
        top: tuple[Any, ...] | None = None
        winner: tuple[str, Any, Any] | None = None
        for group, i in best.items():
            who, place, role = group
            if used[who] >= per_participant:
                continue
            key = (used[who] == 0, place not in places, role not in seen_roles, rank(i))
            if top is None or key > top:
                top, winner = key, group
        if winner is None:
            break
        i = best[winner]
        chosen.append(i)
        rows = groups[winner]
        rows.remove(i)
        if rows:
            best[winner] = max(rows, key=rank)
        else:
            del best[winner]
        used[winner[0]] += 1
        places.add(municipalities[i])
        seen_roles.add(roles[i])
    return chosen
