"""Exports from the reports screen: the theme summary, the codings, the memos and the .qdpx
project.

Each goes through the ``Project`` export method the CLI uses, into a path the user confirms
(a default sits next to the project file), in a thread worker that posts ``ExportDone``.
Blind coding: what a coder may export, and of whose codings, is the service's to say (the
project acts as her: her codings, her memos, the summary of her layer without the team's
agreement, a .qdpx with her codings only), as `qualcode export` writes it for her; the
screen adds no rule of its own and shows a refusal as the service words it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from textual import work
from textual.message import Message
from textual.widgets import Input
from textual.worker import Worker, WorkerState

from qualcode.errors import QualcodeError
from qualcode.project.file_names import file_word
from qualcode.tui.safe import markup
from qualcode.tui.said import said
from qualcode.tui.screens.base import ScreenPart
from qualcode.tui.screens.confirm import ConfirmScreen
from qualcode.tui.toast_path import toast_path, toast_room

NAMED = 6  # names a warning after an export lists, then how many more
WRITING_SECONDS = 3600.0  # the note stays while the export runs, taken down when done
EXPORTS = {  # kind: (default file name suffix, catalog key of the prompt)
    "summary": ("-summary.docx", "rep_export_summary"),
    "codings": ("-codings.xlsx", "rep_export_codings"),
    "qdpx": (".qdpx", "rep_export_qdpx"),
    "memos": ("-memos.docx", "rep_export_memos"),  # every memo one may read (a coder's own)
}


@dataclass
class ExportDone(Message):
    path: Path
    error: str | None = None
    off_key: tuple[str, ...] = ()  # municipalities printed as written (Project.places_off_key)
    speakers: tuple[str, ...] = ()  # labels a .qdpx's turns print (Project.speakers_off_key)
    memos: int = 0  # memos it printed holding a name off the key (Project.memos_off_key)
    names: tuple[str, ...] = ()  # names in the talk the key lacks (Project.names_off_key)
    # words the key holds both as a real name and as a pseudonym (Project.key_clash_words):
    # None when clean, empty when the coder may not see them
    clash: tuple[str, ...] | None = None
    # the summary refused an empty layer: the TUI asks whether to write it anyway (the
    # service's ``allow_empty``), with what to write it again with
    empty: tuple[str, str, str | None, bool] | None = None  # kind, layer, set, force


class ExportActions(ScreenPart):
    """The export keys of ``ReportsScreen``: a mixin that uses the screen's state below and
    its ``_layer_label`` and ``_hide_prompt``."""

    lead: bool
    reads_all: bool  # the service's read rule: a lead, or a coder once the team is unblinded
    shown_layer: str
    doc_set: str | None  # the document set the screen counts (None: every document)
    pending_export: str | None
    team: tuple[str, ...] | None  # the coders the lead chose (`t`), None: the default team

    if TYPE_CHECKING:  # what ReportsScreen adds to the Screen

        def _layer_label(self, layer: str) -> str: ...
        def _hide_prompt(self) -> None: ...
        def set_said(self) -> str: ...
        def team_said(self) -> str: ...

    def action_export(self, kind: str) -> None:
        t, coder = self.app.t, self.app.coder
        # whole: a project opened as "demo.db" offered "demo-summary.docx", and where that
        # went was said only once it was written (eyes42)
        project_path = Path(str(self.app.project.path)).absolute()
        suffix, prompt_key = EXPORTS[kind]
        stem = project_path.stem if self.lead else f"{project_path.stem}-{file_word(coder)}"
        prompt = self.query_one("#export-path", Input)
        prompt.value = str(project_path.with_name(stem + suffix))
        layer = self._layer_label(self.export_layer(kind))
        said = self.set_said() + (self.team_said() if kind == "summary" else "")
        if kind == "qdpx" and not self.reads_all:  # blind: the service sends hers only
            prompt_key = "rep_export_qdpx_mine"
        prompt.border_title = t(prompt_key, layer=layer + said)
        self.pending_export = kind
        prompt.remove_class("hidden")
        prompt.focus()
        prompt.cursor_position = len(prompt.value)

    def export_layer(self, kind: str) -> str:
        """The summary shows the layer on screen; a coder's codings are her own while the
        team is blind (once unblinded, everyone's, as `qualcode export codings` gives her)."""
        if kind == "codings" and not self.reads_all:
            return f"coder:{self.app.coder}"
        return self.shown_layer

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id != "export-path":
            return
        t = self.app.t
        self._hide_prompt()
        kind, self.pending_export = self.pending_export, None
        if kind is None or not event.value.strip():
            return
        target = Path(event.value.strip()).expanduser().resolve()
        if not target.parent.is_dir():
            note = t("rep_no_folder", path=self._in_toast(target.parent))
            self._ask_again(kind, event.value, note)
            return
        layer = self.export_layer(kind)
        try:  # the name first: "Writing x.pdf…" then "never written as .pdf" (eyes37b)
            self.app.project.check_export(kind, target, force=True)
        except QualcodeError as exc:
            self._ask_again(kind, event.value, said(exc, t))
            return
        if target.is_file():  # the writer replaces a file only when asked (never a project)

            def answered(yes: bool | None) -> None:
                if yes:
                    self._writing(target)
                    self._export(kind, target, layer, self.doc_set, force=True)

            self.app.push_screen(ConfirmScreen(t("rep_replace", path=str(target))), answered)
            return
        self._writing(target)
        self._export(kind, target, layer, self.doc_set)

    def _ask_again(self, kind: str, typed: str, note: str) -> None:
        """A path refused (no such folder, a format the export never writes): said, and
        the line offered again holding what she typed, to mend. It closed, and `c` again
        offered the default path: a long path with one wrong letter was typed anew (tui49)."""
        self.notify(note, severity="error", timeout=8)
        self.action_export(kind)
        prompt = self.query_one("#export-path", Input)
        prompt.value = typed
        prompt.cursor_position = len(typed)

    @work(thread=True, group="export", exit_on_error=False)
    def _export(
        self,
        kind: str,
        target: Path,
        layer: str,
        doc_set: str | None,
        force: bool = False,
        allow_empty: bool = False,
    ) -> None:
        """Write one export (of ``doc_set``'s documents only, when a set is chosen)."""
        lang = self.app.t.lang
        speakers: tuple[str, ...] = ()
        try:
            with self.app.worker_project() as project:
                if kind == "summary":
                    team = list(self.team) if self.team else None  # `t`: the lead's choice
                    project.export_summary(
                        target,
                        layer=layer,
                        lang=lang,
                        force=force,
                        doc_set=doc_set,
                        coders=team,
                        allow_empty=allow_empty,
                    )
                elif kind == "codings":
                    project.export_codings(
                        target,
                        layer=None if self.reads_all else layer,
                        force=force,
                        doc_set=doc_set,
                        lang=lang,  # named as the summary and memos beside it (minor47)
                    )
                elif kind == "memos":
                    project.export_memos(target, self.app.coder, lang, force=force)
                else:
                    project.export_qdpx(target, lang=lang, force=force, doc_set=doc_set)
                    speakers = tuple(project.speakers_off_key(self.app.coder, doc_set))
                off = tuple(project.places_off_key(self.app.coder, doc_set))
                memos = project.memos_off_key(self.app.coder, kind, doc_set)
                names = project.names_off_key(self.app.coder, doc_set)
                words = project.key_clash_words(self.app.coder)
        except (QualcodeError, OSError) as exc:
            if isinstance(exc, QualcodeError) and exc.setting == "allow_empty":
                empty = (kind, layer, doc_set, force)
                self.post_message(ExportDone(target, said(exc, self.app.t), empty=empty))
                return
            self.post_message(
                ExportDone(
                    target, said(exc, self.app.t) if isinstance(exc, QualcodeError) else str(exc)
                )
            )
            return
        clash = None if words is None else tuple(words)
        done = ExportDone(
            target, off_key=off, speakers=speakers, memos=memos, names=tuple(names), clash=clash
        )
        self.post_message(done)

    def _writing(self, target: Path) -> None:
        """ "Writing …" until the export is done: it went after Textual's few seconds, and a
        summary whose names took minutes to check showed nothing at all meanwhile (eyes44)."""
        self._said_writing = self.app.t("rep_writing", path=self._in_toast(target))
        self.notify(self._said_writing, timeout=WRITING_SECONDS)

    _said_writing = ""

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """An export stopped by a fault (said by the screen's own handler) writes nothing."""
        if event.worker.group == "export" and event.state in (
            WorkerState.ERROR,
            WorkerState.CANCELLED,
        ):
            self.app.take_down(self._said_writing)

    def on_export_done(self, message: ExportDone) -> None:
        self.app.take_down(self._said_writing)
        if message.empty is not None:
            kind, layer, doc_set, force = message.empty
            target = message.path

            def answered(yes: bool | None) -> None:
                if yes:
                    self._writing(target)
                    self._export(kind, target, layer, doc_set, force, allow_empty=True)

            question = self.app.t("rep_write_empty", layer=self._layer_label(layer))
            self.app.push_screen(ConfirmScreen(question), answered)
            return
        if message.error:
            self.notify(message.error, severity="error", timeout=8)
        if message.off_key:
            places = self._few(message.off_key)
            self.notify(self.app.t("rep_off_key", places=places), severity="warning", timeout=12)
        if message.speakers:
            labels = self._few(message.speakers)
            self.notify(
                self.app.t("rep_off_key_speakers", labels=labels), severity="warning", timeout=12
            )
        if message.names:
            said = self.app.t("rep_off_key_names", names=self._few(message.names))
            self.notify(said, severity="warning", timeout=12)
        if message.memos:
            said = self.app.t("rep_off_key_memos", n=message.memos)
            self.notify(said, severity="warning", timeout=12)
        if message.clash is not None:
            words = ", ".join(f"“{markup(w)}”" for w in message.clash)
            said = (
                self.app.t("rep_key_clash", words=words)
                if words
                else self.app.t("rep_key_clash_ask")
            )
            self.notify(said, severity="warning", timeout=12)
        # last, so that it is the note nearest the foot: above the warnings it was pushed
        # off a 24-line screen by them, and the lead never read where the file went (eyes43)
        if not message.error:
            self.notify(self.app.t("rep_wrote", path=self._in_toast(message.path)), timeout=8)

    def _few(self, names: Sequence[str]) -> str:
        """The first ``NAMED`` of ``names`` and how many more: 31 names of a plan off the
        key made one note taller than a 24-line screen."""
        more = len(names) - NAMED
        said = ", ".join(names[:NAMED])
        return said + self.app.t("rep_more_names", n=more) if more > 0 else said

    def _in_toast(self, path: Path) -> str:
        """``path`` as a toast on this screen can show it: the file's name whole."""
        return toast_path(path, toast_room(self.app.size.width))
