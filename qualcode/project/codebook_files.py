"""Which files a codebook is read from and written to, by the name's suffix: a file of
another kind is refused by what it is, before any of it is read or written.

``codebook load`` reads YAML, a REFI-QDA .qdc and a sheet saved as .csv or .tsv; a
workbook, a Word file or a .qdpx read as YAML said 'line 1: byte 0xaf is not UTF-8', advice
that cannot help (red team 41). ``codebook export`` writes YAML, .md or .docx; under a .csv
or .qdc name it wrote YAML that loads as neither."""

from __future__ import annotations

from pathlib import Path

from qualcode.errors import CodebookError

# names another format: a codebook written there as YAML would not load again (``load_codebook``
# reads .csv, .tsv and .qdc as their own formats) nor open in the program the name promises
_NOT_YAML = {
    **dict.fromkeys((".csv", ".tsv", ".xlsx", ".xls", ".ods"), "a spreadsheet"),
    **dict.fromkeys((".qdc", ".qdpx"), "a REFI-QDA file"),
    **dict.fromkeys((".json", ".html", ".htm", ".odt", ".rtf", ".pdf"), "another format"),
}

# what ``load_codebook`` says of a file of another kind than it reads
_NOT_READ = {
    **dict.fromkeys(
        (".xlsx", ".xlsm", ".xls", ".ods", ".numbers"),
        "a workbook, which codebook load does not read: save its sheet as CSV (UTF-8) and "
        "load the .csv",
    ),
    **dict.fromkeys(
        (".docx", ".doc", ".odt", ".rtf", ".pdf", ".html", ".htm"),
        "a text document, which codebook load does not read: it reads YAML, a REFI-QDA .qdc "
        "or a sheet saved as .csv",
    ),
    ".qdpx": "a REFI-QDA project, which codebook load does not read: bring it in with "
    "`qualcode import-qdpx`, or load the .qdc its program exports",
}


def check_loadable(target: Path) -> None:
    """Refuse, in one line and before reading it, a codebook file of a kind load never reads."""
    if (other := _NOT_READ.get(target.suffix.lower())) is not None:
        raise CodebookError(f"{target.name}: {other}; nothing loaded")


def check_yaml_name(target: Path) -> None:
    """Refuse a name whose suffix promises a format the codebook export does not write
    ('codebook export book.csv' wrote YAML that loads as no CSV)."""
    if target.name != target.name.rstrip():
        # 'codebook export "book.md "' wrote YAML to a file whose name read as book.md,
        # and "p.db " a YAML file named as the project, where every other export refused
        # such a name by its suffix (hostile49)
        raise CodebookError(
            f"{target.name!r}: the name ends in a space, so it reads as "
            f"{target.name.rstrip()!r} but is another file; nothing written"
        )
    suffix = target.suffix.lower()
    if suffix in _NOT_YAML:
        raise CodebookError(
            f"{target.name}: a {suffix} name promises {_NOT_YAML[suffix]}, but the codebook "
            "is written as YAML (.yaml, loadable again), .md or .docx; nothing written",
            action="export_qdc" if suffix in (".qdc", ".qdpx") else (),
        )
