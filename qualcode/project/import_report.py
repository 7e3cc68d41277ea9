"""What an import did, file by file (``ImportReport``: imported, failed and why, notes, the
attribute sheet's rows that named nothing), and what a file held besides its body, said
plainly (``read_note``). Kept apart from ``documents`` (the import itself and reading
documents back) as what each face words for the researcher."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from qualcode.errors import QualcodeError, one_line
from qualcode.model import DocumentSummary
from qualcode.oneline import shown


@dataclass(slots=True)
class ImportReport:
    """What an import did, file by file: failures never stop the other files."""

    imported: list[DocumentSummary] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    # what a file held beyond its body and how it was read: (file name, note)
    notes: list[tuple[str, str]] = field(default_factory=list)
    # a failure that names a setting (``lang``), by its place in ``failed``
    settings: dict[int, QualcodeError] = field(default_factory=dict, repr=False)
    # a failure a face may word in its own language (``QualcodeError.key``), by its place
    # in ``failed``: the TUI's import note said a refusal in English among Swedish
    keyed: dict[int, QualcodeError] = field(default_factory=dict, repr=False)
    # the attribute sheet's rows that named no file of this import and no document in the
    # project, in the sheet's order, and the sheet's name (``unapplied_rows_line``)
    rows_not_applied: list[str] = field(default_factory=list)
    sheet: str = ""

    def unapplied_rows_line(self) -> str | None:
        """One line saying which rows of the sheet were not applied (how many, the first
        names), or None when every row named a file imported now or a document in the
        project. A row whose file name was mistyped ('ip_07' for 'ip07') was ignored
        without a word, and its interview went uncoded by municipality."""
        rows = self.rows_not_applied
        if not rows:
            return None
        first = ", ".join(shown(row) for row in rows[:3])
        more = f" and {len(rows) - 3} more" if len(rows) > 3 else ""
        return (
            f"{one_line(self.sheet)}: {len(rows)} row{'' if len(rows) == 1 else 's'} not "
            f"applied, naming no file imported now and no document in the project: {first}{more}"
        )

    def failures(self, name: Callable[[str], str] = str) -> list[tuple[str, str]]:
        """``failed``, each setting a reason names called ``name(setting)``: the CLI says
        ``--lang`` where the service says ``lang``."""
        return [
            (file, self._reason(i, file, name) if i in self.settings else reason)
            for i, (file, reason) in enumerate(self.failed)
        ]

    def _reason(self, i: int, file: str, name: Callable[[str], str]) -> str:
        error = self.settings[i]
        return error.worded(name(error.setting or "")).removeprefix(f"{one_line(file)}: ")


def read_note(meta: Mapping[str, str]) -> str:
    """What a Word document held besides its body, said plainly: the text boxes and
    inserted parts read in reading order, inserted parts of a kind not read, and the
    comments in the margin (of a Word, OpenDocument or RTF file) left out: a transcriber's
    "check this figure" vanished without a word."""

    def count(n: int, one: str, many: str) -> str:
        return f"{n} {one if n == 1 else many}"

    boxes, chunks = int(meta.get("text_boxes", 0)), int(meta.get("chunks", 0))
    unread = int(meta.get("chunks_unread", 0))
    read = [
        count(n, one, many)
        for n, one, many in (
            (boxes, "text box", "text boxes"),
            (chunks, "inserted part", "inserted parts"),
        )
        if n
    ]
    said = f"read {' and '.join(read)} where they stand" if read else ""
    if unread:
        left = f"{count(unread, 'inserted part', 'inserted parts')} of a kind not read left out"
        said = f"{said}; {left}" if said else left
    if fallbacks := int(meta.get("fallbacks", 0)):
        # what a browser shows only in place of a frame, video or script: some programs
        # show it (LibreOffice shows a noscript's), so the researcher is told, not silenced
        left = (
            f"{count(fallbacks, 'fallback text', 'fallback texts')} of an inserted web page "
            "left out (shown only in place of a frame, video, canvas or script)"
        )
        said = f"{said}; {left}" if said else left
    # a Markdown file's HTML comments are hidden as a margin's are (ingest/markdown.py)
    for key, where in (("comments", "in the margin"), ("hidden_comments", "hidden in <!-- -->")):
        if comments := int(meta.get(key, 0)):
            left = (
                f"{count(comments, 'comment', 'comments')} {where} left out (no part of "
                "the text; copy what matters into a memo)"
            )
            said = f"{said}; {left}" if said else left
    return said
