"""The real sets imported as a user would: whole documents, paragraphs, the product's units.

``eval_real.py --as-documents`` scores each real set this way, beside its old mode (every
labelled sentence alone, in its own turn). Here each document of the set goes through the
product: its text is imported into a fresh project (``Project.import_text``: normalised,
one turn per paragraph, spaCy sentence units within turns), the product's candidates
(``Project._candidates``) are scored by the product's engine (``Suggester.score``: a unit
alone and in its window of the same turn; and once more with no windows, as before), and
every labelled sentence is mapped by text offsets to the units it overlaps: it gets a code
when a unit overlapping it does (its score is the best of theirs). Sentences whose text
cannot be found in the imported document are counted as unmapped and left out.

Where the paragraphs come from:

- realtext, realtext2, realtext3 to realtext9 and realtext11 to realtext13: ``raw/<doc>.txt``
  holds one paragraph per line; it is imported with a blank line between paragraphs, as a word
  processor saves them (the product's reader takes single line breaks inside a paragraph as
  wrapping);
- realdev has no raw text: each document's labelled sentences, in order, form ONE paragraph
  (so a window may join sentences that stood in different paragraphs of the source);
- data: written passages with no document around them: each passage is its own paragraph
  (a passage's sentences are each other's context, passages never are).
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

import numpy as np

from benchmarks.real_sets import split_set
from qualcode import Project
from qualcode.nlp import context
from qualcode.nlp.scorers import Candidate
from qualcode.nlp.suggest import Suggester

RAW_FOLDERS = {
    "realtext": "REALTEXT",
    "real2": "REALTEXT2",
    "real3": "REALTEXT3",
    "real4": "REALTEXT4",
    "real5": "REALTEXT5",
    "real6": "REALTEXT6",
    "real7": "REALTEXT7",
    "real8": "REALTEXT8",
    "real9": "REALTEXT9",
    "real11": "REALTEXT11",
    "real12": "REALTEXT12",
    "real13": "REALTEXT13",
}


def documents(name: str, rows: list[dict], folders: dict[str, Path]) -> dict[str, str]:
    """Each document's text as it would be imported (see the module docstring)."""
    half = split_set(name)
    raw = folders.get(half[0] if half is not None and half[0] in folders else name)
    texts: dict[str, str] = {}
    for row in rows:
        doc = row["doc"]
        if doc in texts:
            continue
        path = raw / "raw" / f"{doc}.txt" if raw is not None else None
        if path is not None and path.exists():
            lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
            texts[doc] = "\n\n".join(line for line in lines if line)
    for row in rows:  # no raw text: the labelled sentences themselves, one paragraph
        if row["doc"] not in texts:
            same = [said(r) for r in rows if r["doc"] == row["doc"]]
            glue = "\n\n" if name == "data" else " "
            texts[row["doc"]] = glue.join(same)
    return texts


def said(row: dict) -> str:
    """A passage as its transcript holds it: behind its speaker's label ("I: Hur ...?"),
    so the product reads the turn and its speaker (``benchmarks/data``'s interview passages
    carry one). Without the label the interviewer's questions were a participant's words
    in every mode that imports documents: 17 of data's 31 no-code sentences suggested
    (tier on) were the interviewer's questions, which a project never suggests on."""
    speaker = (row.get("speaker") or "").strip().rstrip(":")
    return f"{speaker}: {row['text']}" if speaker else row["text"]


def locate(text: str, sentence: str, cursor: int) -> tuple[int, int] | None:
    """Where ``sentence`` lies in ``text`` at or after ``cursor`` (then anywhere), whitespace
    allowed to differ."""
    for start in (cursor, 0):
        at = text.find(sentence, start)
        if at >= 0:
            return at, at + len(sentence)
    words = [re.escape(w) for w in sentence.split()]
    if not words:
        return None
    found = re.compile(r"\s+".join(words)).search(text)
    return (found.start(), found.end()) if found else None


def imported(
    name: str, rows: list[dict], folders: dict[str, Path]
) -> tuple[list[Candidate], list[list[int]]]:
    """The product's units of the set's documents, imported into a fresh project, and per
    labelled sentence the units it overlaps (empty where its text is not found)."""
    texts = documents(name, rows, folders)
    with tempfile.TemporaryDirectory() as tmp:
        project = Project.create(Path(tmp) / "eval.db")
        try:
            langs = {r["doc"]: r["lang"] for r in rows}
            ids = {
                doc: project.import_text(f"{doc}.txt", text, lang=langs[doc]).id
                for doc, text in texts.items()
            }
            cands, _ = project._candidates(list(ids.values()))
            stored = {doc: project.store.documents.get(i).text for doc, i in ids.items()}
        finally:
            project.close()
    by_doc: dict[str, list[int]] = {}
    for i, c in enumerate(cands):
        by_doc.setdefault(c.document_id, []).append(i)
    hits: list[list[int]] = []
    cursor: dict[str, int] = {}
    for row in rows:
        doc_id, text = ids[row["doc"]], stored[row["doc"]]
        where = locate(text, row["text"], cursor.get(row["doc"], 0))
        if where is None:
            hits.append([])
            continue
        cursor[row["doc"]] = where[1]
        hits.append(
            [
                i
                for i in by_doc.get(doc_id, [])
                if cands[i].start < where[1] and where[0] < cands[i].end
            ]
        )
    return list(cands), hits


def per_sentence(probs: np.ndarray, hits: list[list[int]]) -> np.ndarray:
    """Per labelled sentence (sentences x codes): the best probability of the units it
    overlaps (zero where it overlaps none)."""
    out = np.zeros((len(hits), probs.shape[1]))
    for r, hit in enumerate(hits):
        if hit:
            out[r] = probs[hit].max(axis=0)
    return out


def score_as_documents(
    name: str, rows: list[dict], codes: list, lemmas: dict, embed, folders: dict[str, Path]
) -> tuple[np.ndarray, np.ndarray, np.ndarray, int]:
    """Per labelled sentence (sentences x codes): the probabilities as suggested (each unit
    also read in its window) and with no context, which rows were mapped, and how many
    sentences could not be."""
    cands, hits = imported(name, rows, folders)
    engine = Suggester(codes, [], lemmas=lemmas, embed=embed)
    probs, _ = engine.score(cands)
    chosen, context.WINDOW = context.WINDOW, None
    try:  # the same engine reading every unit alone: the figures before context
        alone, _ = engine.score(cands)
    finally:
        context.WINDOW = chosen
    mapped = np.array([bool(hit) for hit in hits], dtype=bool)
    return per_sentence(probs, hits), per_sentence(alone, hits), mapped, int((~mapped).sum())
