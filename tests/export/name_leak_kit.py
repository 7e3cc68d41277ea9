"""What the tests that no participant's name leaves the project in an export share: each
export written as the lead would write it, and every text of the written file read back
with a reader of its own (not the one the exports check themselves with), the exports a
name could leave by, and the small team that codes a participant's turns. Three test files
each kept a copy of these (duplicates over stop 45's change, review45; again at stop 46's
reading: their exports' tables, their team and their written-and-read steps)."""

from __future__ import annotations

import html
import io
import re
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path

from qualcode import Project
from qualcode.model import Turn

# every export a name could leave the project by, as (kind, suffix): the summary, the
# codings, the .qdpx, the memos, the codebook (.qdc and .md), the agenda, a saved frame
EXPORTS = [
    ("summary", ".md"),
    ("summary", ".html"),
    ("summary", ".docx"),
    ("summary", ".xlsx"),
    ("codings", ".csv"),
    ("codings", ".xlsx"),
    ("qdpx", ".qdpx"),
    ("memos", ".md"),
    ("memos", ".docx"),
    ("qdc", ".qdc"),
    ("codebook", ".md"),
    ("agenda", ".md"),
    ("frame", ".csv"),
]


def exports_of(*kinds: str) -> list[tuple[str, str]]:
    """The exports of ``kinds`` in ``EXPORTS``, each with every suffix it is written as:
    the ones that print the text a test put a name in."""
    return [(kind, suffix) for kind, suffix in EXPORTS if kind in kinds]


def lead_and_coder(p: Project, coder: str = "johan", definition: str | None = None) -> None:
    """lena, the lead, and ``coder`` in the project ``p``, with the code "mission"
    (``definition`` its Swedish definition, if given); lena acts after it."""
    p.add_coder("lena", role="lead")
    p.add_coder(coder)
    p.act_as("lena")
    p.add_code(
        "mission",
        {"sv": "Uppdrag", "en": "Mission"},
        {"sv": definition} if definition is not None else None,
    )


def code_turns(
    p: Project,
    document: str,
    speaker: str,
    coders: Sequence[str],
    memo: str,
    *,
    coding_memo: str | None = None,
    end: Callable[[str, Turn], int] | None = None,
) -> None:
    """Each of ``coders`` codes every turn of ``speaker`` in ``document`` as "mission" (to
    ``end(coder, turn)`` if given, else the turn's end; ``coding_memo`` on each coding) and
    writes ``memo`` on the document; lena acts after it."""
    for coder in coders:
        p.act_as(coder)
        for turn in p.store.documents.turns(document):
            if turn.speaker == speaker:
                stop = turn.end if end is None else end(coder, turn)
                p.add_coding(document, turn.start, stop, "mission", coder, memo=coding_memo)
        p.add_memo("document", document, coder, memo)
    p.act_as("lena")


def exported_texts(project: Path, kind: str, suffix: str, folder: Path) -> list[str]:
    """Every text (``texts_in``) of the export ``kind`` written as ``suffix`` into
    ``folder`` by lena (``export_as_lead``)."""
    target = folder / f"out{suffix}"
    export_as_lead(project, kind, target)
    return texts_in(target)


def export_as_lead(path: Path, kind: str, target: Path, lang: str = "sv") -> None:
    """Write the export ``kind`` of the project at ``path`` to ``target`` as lena, its lead,
    reading as herself: the summary of every coder's codings, the codings, the .qdpx, the
    memos, the codebook (.qdc, or .md/.docx), the agenda, or the codings' texts saved as a
    frame."""
    with Project.open(path) as p:
        p.act_as("lena")
        if kind == "summary":
            p.export_summary(target, layer="coder", lang=lang, viewer="lena")
        elif kind == "codings":
            p.export_codings(target, viewer="lena")
        elif kind == "qdpx":
            p.export_qdpx(target, lang=lang, viewer="lena")
        elif kind == "memos":
            p.export_memos(target, "lena", lang=lang)
        elif kind == "qdc":
            p.export_qdc(target, viewer="lena")
        elif kind == "codebook":
            p.export_codebook(target, lang=lang, viewer="lena")
        elif kind == "agenda":
            p.write_agenda(target, viewer="lena", lang=lang)
        elif kind == "frame":
            p.save_frame(p.frames(layer="coder")["codings"][["text"]], target)
        else:
            raise ValueError(f"no export called {kind!r}")


def texts_in(path: Path) -> list[str]:
    """Every text an exported file holds: a plain file whole; of a zipped one (docx, xlsx,
    qdpx) each member but pictures and zips within, its markup cut out (joined and spaced)
    and whole, so that attribute values (a .qdpx's names) are read too."""
    data = path.read_bytes()
    if not zipfile.is_zipfile(io.BytesIO(data)):
        return [data.decode("utf-8-sig")]
    found = []
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for member in archive.namelist():
            if member.endswith((".png", ".jpg", ".emf")):
                continue
            raw = archive.read(member)
            if zipfile.is_zipfile(io.BytesIO(raw)):
                continue
            xml = raw.decode("utf-8", errors="replace")
            found += [html.unescape(re.sub(r"<[^>]+>", sep, xml)) for sep in ("", " ")]
            found.append(html.unescape(xml))
    return found
