"""Importing transcripts from the documents list (``i``).

A researcher coming from NVivo looks for the import in the program she codes in; here it
was only ``qualcode import`` in a terminal, which neither the footer nor ``?`` named, and
a new coder with a .docx and an empty list had to leave the TUI to find it (eyes39). ``i``
asks for the files, as a shell would take them (quoted, or spaces escaped with a
backslash as a file dragged into a terminal pastes them; ``~``; ``*``), imports them in a
worker through ``Project.import_files`` (each text's language read from it, as
``--lang auto``), and says what came in and what was refused and why; the list shows the
new documents at once. Attributes follow with ``A``.
"""

from __future__ import annotations

import shlex
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from textual import work
from textual.message import Message

from qualcode.errors import QualcodeError, ValidationError
from qualcode.project.file_patterns import is_pattern, pattern_files
from qualcode.tui.said import said
from qualcode.tui.screens.base import ScreenPart
from qualcode.tui.screens.prompt import PromptScreen

if TYPE_CHECKING:
    from qualcode.project.import_report import ImportReport
    from qualcode.tui.catalog import Catalog

NAMED = 3  # a note names at most this many documents or refusals


def typed_paths(line: str, t: Catalog) -> list[Path]:
    """The files a typed line names, in its order; a name that is no file is refused in
    the interface's words (the dialog stays open with the line as typed)."""
    line = line.strip()
    whole = Path(line).expanduser()
    if whole.is_file():  # "Intervju 3.docx", spaces and all, typed without quotes
        return [whole]
    try:
        words = shlex.split(line)
    except ValueError:  # an unmatched quote
        raise ValidationError(t("import_unquoted", line=line)) from None
    paths: list[Path] = []
    for word in words:
        named = str(Path(word).expanduser())
        if is_pattern(named):
            found = pattern_files(named)  # bounded: a disk-wide pattern froze the screen
            if not found:
                raise ValidationError(t("import_no_match", path=word))
            paths += found
        elif Path(named).is_dir():
            raise ValidationError(t("import_folder", path=word))
        elif Path(named).is_file():
            paths.append(Path(named))
        else:
            raise ValidationError(t("import_no_file", path=word))
    if not paths:
        raise ValidationError(t("import_none"))
    return paths


def import_notes(report: ImportReport, t: Catalog) -> list[tuple[str, str]]:
    """What an import did as the notes say it (line, severity): the documents that came
    in, then each file refused and why, a keyed refusal in the interface's own words
    (red team 41's 'a zip archive ..., not a text file' was English among Swedish)."""
    notes: list[tuple[str, str]] = []
    if report.imported:
        names = [d.name for d in report.imported]
        more = " …" if len(names) > NAMED else ""
        line = t("import_done", n=len(names), names=", ".join(names[:NAMED]) + more)
        notes.append((line, "information"))
    for i, (name, why) in enumerate(report.failed[:NAMED]):
        if i in report.keyed:
            why = t.refusal(report.keyed[i].key, report.keyed[i].values) or why
        notes.append((t("import_failed", name=name, why=why), "error"))
    if len(report.failed) > NAMED:
        notes.append((t("import_failed_more", n=len(report.failed) - NAMED), "error"))
    return notes


@dataclass
class Imported(Message):
    """A worker's import is done: the notes to show (severity "information" or "error")."""

    notes: list[tuple[str, str]]
    ids: tuple[str, ...] = ()  # the documents it brought in


class ImportActions(ScreenPart):
    """Mixed into the documents screen: ``i`` imports files.

    The list's watch for documents imported meanwhile (by someone else) waits while an
    import of the coder's own runs, and never names hers: it said "2 documents imported
    meanwhile, now in the list" beside "Imported 2 documents", of the same two (eyes43)."""

    importing = 0  # imports of this screen's own under way
    own_imports: frozenset[str] = frozenset()  # the documents they brought in

    if TYPE_CHECKING:

        def reload(self) -> None: ...

    def action_import_files(self) -> None:
        t = self.app.t
        chosen: list[Path] = []

        def check(line: str) -> None:
            chosen[:] = typed_paths(line, t)

        def answered(line: str | None) -> None:
            if line and chosen:
                self.notify(t("import_running", n=len(chosen)))
                self.importing += 1
                self._import(list(chosen))

        self.app.push_screen(PromptScreen(t("import_title"), "", check), answered)

    @work(thread=True, group="import", exit_on_error=False)
    def _import(self, paths: list[Path]) -> None:
        t = self.app.t
        try:
            with self.app.worker_project() as project:
                report = project.import_files(paths, lang="auto", actor=self.app.coder)
        except QualcodeError as exc:  # the project itself refused (read only, busy)
            self.post_message(Imported([(said(exc, t), "error")]))
            return
        except BaseException:  # said by the app's worker fault note; the watch goes on
            self.post_message(Imported([]))
            raise
        ids = tuple(d.id for d in report.imported)
        self.post_message(Imported(import_notes(report, t), ids))

    def on_imported(self, message: Imported) -> None:
        self.importing = max(0, self.importing - 1)
        self.own_imports |= frozenset(message.ids)
        self.reload()
        for line, severity in message.notes:
            timeout = 12 if severity == "error" else 6
            self.notify(line, severity=severity, markup=False, timeout=timeout)  # type: ignore[arg-type]
