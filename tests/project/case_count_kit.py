"""What the tests of counting open cases share (``still_open`` against ``cases``, and the
counts shared within one change of the project file): three coders' generated codings of
two documents, their statuses, and the team that codes them."""

from __future__ import annotations

import contextlib
from collections.abc import Sequence

from hypothesis import strategies as st

from qualcode import Project
from qualcode.errors import QualcodeError
from tests.conftest import add_plain_document, small_codebook

SENTENCES = [
    "Vi pratade om uppdraget med nämnden.",
    "Det blev bättre efter det.",
    "Kostnaden för placeringar steg.",
    "Vi saknade tid för barnen.",
]
CODERS = ("karin", "johan", "mira")
CODES = ("mission_dialogue", "integration", "caseload")

span = st.tuples(
    st.integers(0, 1),  # document
    st.integers(0, 2),  # code
    st.integers(0, 2),  # coder
    st.integers(0, 120),  # start
    st.integers(1, 40),  # length
)
status = st.sampled_from(["todo", "in_progress", "done"])
statuses = st.lists(st.tuples(status, status, status), min_size=2, max_size=2)  # per document
# a case picked round the cases found, and the lead's verdict on it
choices = st.lists(st.tuples(st.integers(0, 50), st.sampled_from(["reject", "union"])), max_size=4)
Row = tuple[int, int, int, int, int]


def two_documents(project: Project, coders: Sequence[str] = CODERS) -> list[str]:
    """The small codebook, ``coders`` and lena (lead) added to ``project``, and two
    documents of ``SENTENCES`` (d0.txt, d1.txt: the second begins a sentence later); their
    ids."""
    project.apply_codebook(small_codebook())
    for name in coders:
        project.add_coder(name)
    project.add_coder("lena", role="lead")
    return [add_plain_document(project, f"d{i}.txt", SENTENCES[i:] + SENTENCES[:i]) for i in (0, 1)]


def code_rows(project: Project, docs: Sequence[str], rows: Sequence[Row]) -> None:
    """Write ``rows`` (document, code, coder, start, length: indexes into ``docs``,
    ``CODES`` and ``CODERS``) as coder-layer codings through the store, in one transaction;
    a span past the text's end is cut at it, and a passage is coded once per code and
    coder (a row repeating one is left out)."""
    store = project.store
    codes = {k: store.codes.id_for_key(k) for k in CODES}
    people = {c.name: c.id for c in store.coders.list()}
    seen = {
        (c.document_id, c.start, c.end, c.code, c.coder) for c in store.codings.list(layer="coder")
    }
    length = len(project.document(docs[0]).text)
    with store.transaction():
        for d, code, coder, start, size in rows:
            start = min(start, length - 1)
            end = min(start + size, length)
            key = (docs[d], start, end, CODES[code], CODERS[coder])
            if key in seen:
                continue
            seen.add(key)
            store.codings.insert(
                document_id=docs[d],
                start=start,
                end=end,
                code_id=codes[CODES[code]],
                coder_id=people[CODERS[coder]],
            )


def mark_statuses(
    project: Project,
    docs: Sequence[str],
    statuses: Sequence[Sequence[str]],
    coders: Sequence[str] = CODERS,
) -> None:
    """Each of ``coders``' status on each document (``statuses``: a row a document, a
    mark a coder), through the store; then acting as lena."""
    people = {c.name: c.id for c in project.store.coders.list()}
    for doc, marks in zip(docs, statuses, strict=True):
        for name, mark in zip(coders, marks, strict=True):
            project.store.coders.set_status(doc, people[name], mark)
    project.act_as("lena")


def decide_some(
    project: Project, picks: Sequence[tuple[int, str]], coders: Sequence[str] | None = None
) -> None:
    """lena decides the cases of ``coders`` (None: the default team) that ``picks`` name
    (an index taken round the cases found, a verdict); a case decided already, or a
    verdict it cannot take, is passed over."""
    try:
        found = project.cases(coders, include_agreements=True)
    except QualcodeError:
        found = []
    for pick, verdict in picks:
        if found:
            case = found[pick % len(found)].case
            with contextlib.suppress(QualcodeError):
                project.decide(case.id, verdict, "agreed in the meeting", "lena")
