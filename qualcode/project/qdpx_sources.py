"""A .qdpx export's sources a document at a time: its text read, put through the pseudonym
key and written aside on disk, its codings read and moved onto the words they stood on,
and its text given back for its member once project.qde is written.

The export read every text, its pseudonymised copy, every coding and its moved copy,
then the whole archive in memory and a copy of it for the read-back and another for the
writing: a study whose project.qde passed 2 GiB peaked at 10.9 GB, a crash on a
researcher's laptop (perf45). What is held now grows with the largest document and its
codings; the texts wait in an unnamed file beside the export, which vanishes with it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import IO, Any

from qualcode.errors import OutputError
from qualcode.export.refi import SourceDoc
from qualcode.model import Coding
from qualcode.oneline import shown
from qualcode.project.qdpx_codings import moved_codings


class QdpxSources:
    """The documents of one .qdpx export (``summaries``, in their own order, the order the
    key meets names in) read one at a time through ``key``, their rendered texts put
    aside in ``spool``: ``documents`` names them (no text), ``each`` gives each with its
    moved codings for project.qde, ``texts`` each text again for its member."""

    def __init__(
        self, store: Any, key: Any, summaries: Sequence[Any], spool: IO[bytes], file: str
    ) -> None:
        self._store, self._key, self._spool = store, key, spool
        self._summaries = list(summaries)
        self._placed: list[tuple[SourceDoc, int, int]] = []
        self.coders: set[str] = set()  # the stored names of the coders whose codings went
        self.codings = 0
        self.documents = [self._named(d, file) for d in self._summaries]

    def _named(self, summary: Any, file: str) -> SourceDoc:
        """The document's name and attributes through the key, and no text."""
        key = self._key
        # an attribute's name too ('kontakt Solgläntan'), as the codings table heads it;
        # its Variable's GUID is made from the name as it goes out
        values = {key.apply(k): key.attribute(k, str(v)) for k, v in summary.attributes.items()}
        if len(values) < len(summary.attributes):
            raise OutputError(
                f"{file}: two attributes of {shown(key.apply(summary.name))} read alike "
                "through the pseudonym key; rename one; nothing written"
            )
        return SourceDoc(summary.id, key.apply(summary.name), "", values)

    def each(self) -> Iterator[tuple[SourceDoc, list[Coding]]]:
        """Each document with its text through the key and its codings moved onto it (a
        coder on the key printed as her pseudonym), the text written aside as it goes."""
        for summary, named in zip(self._summaries, self.documents, strict=True):
            stored = self._store.documents.text_of(summary.id)
            # the talk in its own words: a proposed place as the transcript's language says it
            text, move = self._key.in_language(summary.lang).apply_mapped(stored)
            del stored
            codings, coders = moved_codings(
                self._store.codings.list(document_ids=[summary.id]),
                {summary.id: move},
                self._key.apply,
            )
            self.coders |= coders
            self.codings += len(codings)
            data = text.encode("utf-8")
            self._placed.append((named, self._spool.tell(), len(data)))
            self._spool.write(data)
            yield SourceDoc(named.id, named.name, text, named.attributes), codings

    def texts(self) -> Iterator[SourceDoc]:
        """Each document again with its rendered text, read back from where ``each`` put it
        (after it has given them all)."""
        for named, at, size in self._placed:
            self._spool.seek(at)
            yield SourceDoc(named.id, named.name, self._spool.read(size).decode(), named.attributes)

    def consensus(
        self, printed: Callable[[str], str], in_set: frozenset[str] | None
    ) -> dict[str, str]:
        """Each coder who decided a consensus coding of the documents sent, by id, her name
        as ``printed`` prints it: project.qde names its users before its sources."""
        rows = self._store.codings.rows(
            layer="consensus",
            document_ids=None if in_set is None else [d.id for d in self._summaries],
            fields=("coder_id", "coder"),
            ordered=False,
        )
        return {coder_id: printed(coder) for coder_id, coder in dict(rows).items()}

    def coding_ids(self, in_set: frozenset[str] | None) -> set[str]:
        """The ids of the codings sent: which memos and translations go with them."""
        rows = self._store.codings.rows(
            document_ids=None if in_set is None else [d.id for d in self._summaries],
            fields=("id",),
            ordered=False,
        )
        return {row[0] for row in rows}
