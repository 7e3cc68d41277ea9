"""What name each export may be written under: the one check the export methods run before
any work and ``Project.check_export`` runs alone, so that a face says it is writing a file
only once its name was accepted (the reports screen said "Skriver x.pdf…" and, a moment
later, that a summary is never written as .pdf: eyes37b)."""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Literal, get_args

from qualcode.errors import OutputError, ValidationError
from qualcode.project.files import check_suffix

ExportKind = Literal["summary", "codings", "memos", "qdpx"]


def check_export_name(kind: str, target: Path) -> None:
    """Refuse a name that ``kind`` is not written under, in the words its export uses."""
    suffix = target.suffix.lower()
    if kind not in get_args(ExportKind):
        raise ValidationError(f"export {kind!r}: use {', '.join(get_args(ExportKind))}")
    if kind == "summary":
        from qualcode.export.render import summary_formats_check

        summary_formats_check(target.name)
    elif kind == "codings" and suffix not in (".csv", ".xlsx"):
        raise ValidationError(
            f"{target.name}: choose .csv or .xlsx (the coded passages as a report to "
            "read, .docx, .html or .md, are the theme summary's)",
            key="output_codings_suffix",
            name=target.name,
        )
    elif kind == "memos" and suffix not in (".md", ".docx"):
        raise OutputError(
            f"{target.name}: the memos are written as .md or .docx; choose one of those names"
        )
    elif kind == "qdpx":
        check_suffix(target, "a REFI-QDA project", ".qdpx")


def cited_names(documents: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Each document's name as the exports cite it, by id, from every live ``(id, name)``.

    A paper cites a document by the name the researcher gave its file, without the file's
    format ('aby_plan', not 'aby_plan.docx'), as the summaries always did; but 'plan.docx'
    and 'plan.pdf' both read 'plan', and an appendix could not say which a quote came from.
    So the suffix goes only where no other document's name would then read alike (case
    aside, as a reader sees it); the rest keep their whole name, and two documents of one
    whole name (two folders' 'intervju.txt') each their id's first eight characters, which
    ``qualcode show`` takes. Asked of the whole project, not of one export's documents, so
    that the summary, its appendix and ``report quotes`` cite a document alike. Only an
    import format's suffix is one: 'Intervju 3. Åby' was cited as 'Intervju 3'. Names are
    compared as they read (``oneline.reads_as``): 'aby_01.txt' and 'аby_01.txt', whose a
    is Cyrillic, were both cited 'aby_01' (red team 42).

    Worked out once per list of documents (``_cited``) and handed out as a copy: a
    theme summary asked five times for the same 1,000 documents (each pseudonym key it
    makes, and its quotes), 0.056 s CPU for one answer."""
    return dict(_cited(tuple(documents)))


@functools.lru_cache(maxsize=8)
def _cited(named: tuple[tuple[str, str], ...]) -> dict[str, str]:
    """``cited_names`` of ``named`` (kept: never handed out itself)."""
    from qualcode.oneline import reads_as

    short = {doc_id: _without_format(name) for doc_id, name in named}
    bases = Counter(reads_as(short[doc_id]) for doc_id, _ in named)
    wholes = Counter(reads_as(name) for _, name in named)
    cited: dict[str, str] = {}
    for doc_id, name in named:
        if bases[reads_as(short[doc_id])] == 1:
            cited[doc_id] = short[doc_id]
        elif wholes[reads_as(name)] == 1:
            cited[doc_id] = name
        else:
            cited[doc_id] = f"{name} ({doc_id[:8]})"
    return cited


def named_apart(documents: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Each document's whole name by id, from every live ``(id, name)``, with its id's
    first eight characters where another document has the same name (two folders'
    'intervju1.txt', a study of two sites): the agreement's rows per document, the memos
    export and the agenda printed two rows of one name, and a reader could not say which
    was which. ``qualcode show`` takes the id."""
    from qualcode.oneline import reads_as

    named = list(documents)
    wholes = Counter(reads_as(name) for _, name in named)
    return {
        doc_id: name if wholes[reads_as(name)] == 1 else f"{name} ({doc_id[:8]})"
        for doc_id, name in named
    }


def _without_format(name: str) -> str:
    """``name`` without the suffix of a format qualcode imports ('.docx', '.txt', ...)."""
    from qualcode.ingest import SUPPORTED_SUFFIXES

    suffix = Path(name).suffix
    if suffix.lower() in SUPPORTED_SUFFIXES and len(name) > len(suffix):
        return name[: -len(suffix)]
    return name
