"""Several files of one export written as one: all or none.

A Markdown summary and its charts are one export; the file that refers to the others is
written last, every target is checked before the first byte, and a write that fails
takes back what this call created. Each file still goes through the one writer
(``files.write_output``) and its rules.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from pathlib import Path

from qualcode.errors import OutputError
from qualcode.project.files import check_target, write_output


def write_outputs(
    files: Mapping[Path, bytes | str],
    *,
    project: Path | None = None,
    inputs: Iterable[Path] = (),
    force: bool = False,
) -> list[Path]:
    """Several files of one export (a summary and its charts), written in the order given,
    so the file that refers to the others comes last: every target is checked before the
    first is written, so a refusal leaves none of them written, and a write that fails
    (a full disk) takes back the files this call created. A Markdown summary written
    before its charts, the disk full at the second chart, stood complete beside one chart
    and the error line said nothing was written (red team 6)."""
    sources = tuple(inputs)
    for path in files:
        check_target(path, project=project, inputs=sources, force=force)
    for path in list(files)[:-1]:
        # a file written beside the one named (a chart): with --force it went through a
        # link standing under its name, over the file the link pointed to (red team 18)
        if os.path.islink(path):
            raise OutputError(
                f"{Path(path).name}: is a link to {os.readlink(path)!r}; a file written beside "
                "the export is never written through a link; nothing written"
            )
    written: list[Path] = []
    created: list[Path] = []
    try:
        for path, data in files.items():
            new = not os.path.lexists(path)
            written.append(write_output(path, data, project=project, inputs=sources, force=force))
            if new:
                created.append(Path(path))
    except BaseException:
        for path in created:
            path.unlink(missing_ok=True)
        raise
    return written
