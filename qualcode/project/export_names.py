"""What name each export may be written under: the one check the export methods run before
any work and ``Project.check_export`` runs alone, so that a face says it is writing a file
only once its name was accepted (the reports screen said "Skriver x.pdf…" and, a moment
later, that a summary is never written as .pdf: eyes37b)."""

from __future__ import annotations

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
