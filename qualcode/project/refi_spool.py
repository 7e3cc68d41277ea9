"""A .qdpx's sources checked, segmented and put aside on disk one at a time, before the
import's write transaction opens, and given back one at a time inside it.

`import-qdpx` held the whole project at once: project.qde as one tree, every source's
text, and every document's turns and sentence units, 954 MB at its peak for a study of
100 MB of text (perf45). The segmenting must stay outside the transaction (every other
coder's write waits while it is open, ``tests/hostile/test_qdpx_write_lock.py``), and a
source must be checked before anything is written (a file refused half way leaves the
project as it was), so each source read from the file (``export/refi_stream.py``) is
checked, segmented and written to an unnamed file, and its text let go; the
transaction reads them back in the file's order. What is held grows with the largest
source, the notes and the codings' ids, not with the study.
"""

from __future__ import annotations

import pickle
from collections.abc import Iterator
from typing import IO, Any

from qualcode.errors import IngestError
from qualcode.model import Turn, Unit
from qualcode.project.refi_checks import check_source, check_source_names
from qualcode.project.refi_own import Qualcode, read_source


def rename_own_columns(src: dict[str, Any]) -> list[str]:
    """Variables named as a document's own columns (id, name, lang, words, imported_at)
    kept as ``NAME (variable)``: an attribute of that name would take the document's own
    column in every report's frames, so a typed one is refused (fd40870); but a MAXQDA or
    NVivo project whose case variable is called ``id`` was then refused whole, and its
    researcher cannot rename a variable inside another tool's archive. Returns one line
    per name, saying what was renamed."""
    from qualcode.model import DOCUMENT_COLUMNS

    said: list[str] = []
    attributes: dict[str, str] = {}
    for key, value in src["attributes"].items():
        if key in DOCUMENT_COLUMNS:
            kept = f"{key} (variable)"
            said.append(f"{src['name']}: variable {key!r} kept as {kept!r}")
            key = kept
        attributes[key] = value
    src["attributes"] = attributes
    return said


class SourceSpool:
    """The sources of one import, each added as the file gives it (``add``: checked,
    segmented, its text and units written to ``spool``) and read back in the same order
    (``each``). ``renamed`` holds the report's lines for variables kept apart."""

    def __init__(self, refi: Any, own: Qualcode, file: str, spool: IO[bytes]) -> None:
        self._refi, self._own, self._file, self._spool = refi, own, file, spool
        self._crlf_is_two = "atlas" not in refi.origin.lower()
        self._names: dict[str, str] = {}  # each source's GUID and name: none twice
        # the notes the sources and their selections refer to, in the file's order
        self._refs: dict[str, None] = {}
        self._count = 0
        self.renamed: list[str] = []

    def add(self, src: dict[str, Any]) -> None:
        """Check ``src`` (its names, its GUID, its text and selections), find its turns,
        language and sentence units, and put it aside; refused in one line, as a whole
        file is, when it breaks a rule."""
        file = self._file
        self.renamed += rename_own_columns(src)
        check_source_names(src, file)
        if src["guid"] and src["guid"] in self._names:
            raise IngestError(
                f"{file}: two sources share the GUID {src['guid']} "
                f"({self._names[src['guid']]!r} and {src['name']!r}); nothing imported"
            )
        self._names[src["guid"]] = src["name"]
        text = check_source(src, self._refi, file, self._crlf_is_two)
        self._refs.update(dict.fromkeys(src["notes"]))
        for sel in src["selections"]:
            self._refs.update(dict.fromkeys(sel["notes"]))
        read = read_source(src, text, self._own)
        del src["text"]  # the raw text, before its line ends and composition were mended
        if read is not None:  # as plain tuples: pickled as dataclasses, a field list
            turns, lang, units = read  # was built for each of them (a third of the CPU)
            read = (
                [(t.idx, t.speaker, t.start, t.end, t.start_time, t.end_time) for t in turns],
                lang,
                [(u.idx, u.start, u.end) for u in units],
            )
        pickle.dump((src, text, read), self._spool, protocol=pickle.HIGHEST_PROTOCOL)
        self._count += 1

    def missing_notes(self) -> list[str]:
        """The notes the file refers to but does not hold (or holds empty): each was left
        out without a word, so a memo NVivo showed on a passage was simply not there."""
        refi = self._refi
        refs = dict.fromkeys(refi.project_notes)
        for notes in refi.code_notes.values():
            refs.update(dict.fromkeys(notes))
        refs.update(self._refs)
        return [
            f"note {ref}: referred to, but not in the file or empty"
            for ref in refs
            if ref not in refi.notes
        ]

    def each(self) -> Iterator[tuple[dict[str, Any], str, tuple[Any, str, Any] | None]]:
        """Each source put aside, in the order added: its data (no text), its stored text,
        and its turns, language and units (None: an empty text)."""
        self._spool.seek(0)
        for _ in range(self._count):
            # written by ``add`` in this process to a file no one else can open
            src, text, read = pickle.load(self._spool)
            if read is not None:
                turns, lang, units = read
                read = ([Turn(*t) for t in turns], lang, [Unit(*u) for u in units])
            yield src, text, read
