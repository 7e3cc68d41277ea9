"""What the tests that no participant's name leaves the project in an export share: each
export written as the lead would write it, and every text of the written file read back
with a reader of its own (not the one the exports check themselves with). Three test
files each kept a copy of both (duplicates over stop 45's change, review45)."""

from __future__ import annotations

import html
import io
import re
import zipfile
from pathlib import Path

from qualcode import Project


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
