"""The TUI application: wires the project, the coder and the screens, and little else."""

from __future__ import annotations

import contextlib
import getpass
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any, ClassVar

from textual.app import SystemCommand
from textual.binding import Binding, BindingType
from textual.command import CommandPalette
from textual.screen import Screen

from qualcode.errors import QualcodeError
from qualcode.project import BlindError, Project
from qualcode.project.access import identity
from qualcode.tui.background import Background
from qualcode.tui.catalog import Catalog, default_language, next_language
from qualcode.tui.embed_all import EmbedAllActions
from qualcode.tui.embed_queue import EmbedQueue
from qualcode.tui.keys import binding_commands, localize_bindings
from qualcode.tui.safe import plain
from qualcode.tui.screen_actions import ScreenActions
from qualcode.tui.screens.coding import CodingScreen
from qualcode.tui.screens.documents import DocumentsScreen
from qualcode.tui.screens.modals import CoderScreen
from qualcode.tui.toast_path import TOAST_BREAKPOINTS

EMBED_NICE = 10  # the embedding helper yields the CPU to the interface and to suggesting
ERROR_TIMEOUT = 600.0  # seconds: an error on the coding screen waits for the coder's next key
START_EMBEDDING_AFTER = 0.5  # seconds after start: the documents list is drawn first


class QualcodeApp(EmbedAllActions, ScreenActions):
    """qualcode in the terminal: documents, then coding with suggestions."""

    CSS_PATH = "app.tcss"
    TITLE = "qualcode"
    HORIZONTAL_BREAKPOINTS = TOAST_BREAKPOINTS  # a toast's width in cells (toast_path)
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("question_mark", "help", "Keys", id="app.help"),
        Binding("ctrl+t", "toggle_dark", "Theme", show=False, id="app.theme"),
        Binding("P", "reports", "Reports", show=False, id="app.reports"),
        Binding("ctrl+b", "codebook", "Codebook", id="app.codebook"),
        Binding("H", "audit", "Audit trail", show=False, id="app.audit"),
        Binding("L", "switch_language", "sv/en", show=False, id="app.language"),
    ]

    def __init__(
        self,
        project_path: Path,
        coder: str | None,
        ui_lang: str | None = None,
        keymap: dict[str, str] | None = None,
    ) -> None:
        super().__init__()
        self.project = Project.open(project_path)
        self._joined_lead = False  # the name given joined as the project's first person
        self.login = getpass.getuser()
        self._background: Background | None = None
        self._embedder: Background | None = None
        self.embed_queue = EmbedQueue()  # documents waiting for their embeddings
        # who is at the keyboard ($QUALCODE_CODER, else this login's last choice): naming
        # someone else is a lead's right only (project/access.py)
        self._me, self._said_by = identity(self.project.remembered_coder)
        if coder:
            # the first person named in a project that holds nobody joins it, as the CLI
            # takes her in (Project.join_first); else an unknown coder, or someone a coder
            # may not act as, fails here in one line, before any screen opens
            joined = self.project.join_first(coder, self._me, said_by=self._said_by)
            self._joined_lead = joined is not None and joined.role == "lead"
            self.project.act_as(coder, self._me, said_by=self._said_by)
        # no name given: the one this login chose last time in this project, else ask
        self.coder: str = coder or self.project.remembered_coder(self.login) or ""
        # --ui-lang, else the language this login chose with `L` last time, else the locale's
        self.t = Catalog(
            ui_lang or self.project.remembered_language(self.login) or default_language()
        )
        localize_bindings(self, self.t)
        if keymap:
            self.set_keymap(keymap)
        self.fatal: QualcodeError | None = None  # why the app stopped, said after it
        # the coders a lead chose with `t` on the reports screen (None: the default team):
        # the reports screen opens on them again and `R` counts them, for this session
        self.team: tuple[str, ...] | None = None

    def _handle_exception(self, error: Exception) -> None:
        """A user-facing error no screen caught (the project file found damaged while a
        list was being drawn, a disk that failed) ends the app in one line, as the CLI
        says it, instead of Textual's crash dump with its source listing."""
        if isinstance(error, QualcodeError):
            self.fatal = error
            self.exit(return_code=1)
            return
        super()._handle_exception(error)

    def action_help_quit(self) -> None:
        """ctrl+c says how to quit, in the interface's language. Textual's own note is
        English markup, and toasts here are plain text: a Swedish coder read "Press
        [b]q[/b] to quit the app" (eyes33)."""
        for key, active in self.active_bindings.items():
            if active.binding.action in ("quit", "app.quit"):
                self.notify(self.t("quit_how", key=key), title=self.t("quit_ask"))
                return

    def notify(self, message: str, *args: Any, **kwargs: Any) -> None:
        """Every toast is plain text: messages quote code, document and coder names and
        error texts, which must never be read as markup (``[@click=...]`` runs actions)."""
        kwargs["markup"] = False
        text = plain(message)
        # shown and not taken down since (clear_notes, clear_notifications forget it)
        if text == self._last_note[0] and time.monotonic() < self._last_note[1]:
            # the same note is still showing: J held at the turn's end (key repeat) took
            # it down and put it up again per key, and the toasts of a burst, mounted
            # after the next one looked for them, stood in a column of five (eyes39)
            return
        if isinstance(self.screen, CodingScreen):
            # one note at a time beside the coding screen's sidebar: "Computing
            # suggestions…" under "Suggestions are still being computed…" twice stood in a
            # column over the evidence a coder reads at 80x24 (eyes20); an error stays,
            # though, until the coder's next key (an info note that followed at once wiped
            # it before it could be read, eyes21)
            self.clear_notes(errors=False)
            if kwargs.get("severity") == "error":
                kwargs["timeout"] = ERROR_TIMEOUT
        timeout = kwargs.get("timeout") or self.NOTIFICATION_TIMEOUT
        self._last_note = (text, time.monotonic() + float(timeout))
        super().notify(text, *args, **kwargs)

    _last_note: tuple[str, float] = ("", 0.0)  # the last note and until when it shows

    def clear_notifications(self) -> None:
        """Every note down; the last one may then be shown again at once."""
        self._last_note = ("", 0.0)
        super().clear_notifications()

    def clear_notes(self, *, errors: bool) -> None:
        """Take the error notes (``errors``) or every other note off the screen: a new
        note replaces the info before it, while an error waits for the coder's next key."""
        for note in list(self._notifications):
            if (note.severity == "error") == errors:
                self._unnotify(note, refresh=False)
                if str(note.message) == self._last_note[0]:
                    self._last_note = ("", 0.0)  # taken down: the same note may come again
        self._refresh_notifications()

    def take_down(self, text: str) -> None:
        """The note saying ``text`` off the screen, when it no longer holds."""
        for note in list(self._notifications):
            if str(note.message) == text:
                self._unnotify(note, refresh=False)
                if text == self._last_note[0]:
                    self._last_note = ("", 0.0)  # taken down: it may come again
        self._refresh_notifications()

    def on_mount(self) -> None:
        # said, not found out later: an older file's documents upgraded by this open
        # (Project.upgraded, as the CLI says it), and a name given that joined as lead
        if (done := self.project.upgraded) is not None:
            backup = done.backup or "–"
            self.notify(
                self.t(
                    "project_upgraded",
                    paths=done.source_paths,
                    documents=done.documents,
                    units=done.units,
                    backup=backup,
                ),
                timeout=20,
            )
        if self._joined_lead:
            self.notify(self.t("who_first_lead", name=self.coder))
        if self.coder:
            self._start(self.coder)
        else:
            self.push_screen(CoderScreen(), self._start)

    def _start(self, coder: str | None) -> None:
        """Work as ``coder`` from now on, remembered for this login in the project file."""
        if not coder:
            return
        self.coder = coder
        # blind coding applies to every read from now on
        self.project.act_as(coder, self._me, said_by=self._said_by)
        self._remember(coder)
        self.sub_title = plain(f"{Path(str(self.project.path)).name} · {self.coder}")
        self.push_screen(DocumentsScreen())
        # every document lacking embeddings, in a niced helper, once the list is on screen
        # (starting the helper costs the interface ~70 ms, which the first paint need not wait)
        self.set_timer(START_EMBEDDING_AFTER, self.queue_embedding)

    def _remember(self, coder: str) -> None:
        """This login acts as ``coder`` next time, unless a lead is acting for them, or
        $QUALCODE_CODER said who this is: it names the person of one session, as the
        README offers it to a colleague coding on someone else's login. Remembered, it
        made the login hers: the lead who owned it opened her next session, and every CLI
        command, as that coder, refused as a lead ("you are sara ... not lena"; eyes35)."""
        if self._said_by.startswith("$"):
            return
        if self.project.acting_for is None and self.project.remembered_coder(self.login) != coder:
            self.project.remember_coder(self.login, coder)
            self._me = coder

    def action_switch_coder(self) -> None:
        """Pick another coder (or join as a new one); the documents list follows."""

        def switched(coder: str | None) -> None:
            if coder:
                try:
                    self.project.act_as(coder, self._me, said_by=self._said_by)
                except BlindError:  # a coder may act only as themselves (the service's rule)
                    self.notify(self.switch_refused(coder) or "", severity="error")
                    self.project.act_as(self.coder, self._me, said_by=self._said_by)
                    return
                self.coder = coder
                self._remember(coder)
                self.sub_title = plain(f"{Path(str(self.project.path)).name} · {coder}")
                if isinstance(self.screen, DocumentsScreen):
                    self.screen.reload()

        self.push_screen(CoderScreen(switching=True, lead=self.lead_at_keyboard()), switched)

    def lead_at_keyboard(self) -> str | None:
        """The person at the keyboard when she is one of the project's leads (her name as
        the project holds it), else None: her `w` works as another coder for this session,
        never remembered for the login (``_remember``), and its dialog says so. Found as
        the service finds a coder by name: a lead whose $QUALCODE_CODER a Mac typed
        decomposed ("A\u030asa") was asked "Who is coding? Type your name" (review45)."""
        name = (self._me or "").strip()
        if not name:
            return None
        try:
            me = self.project.coder(name)
        except QualcodeError:  # a name the project does not hold: nobody it knows
            return None
        return me.name if me.role == "lead" else None

    def may_switch(self) -> bool:
        """Whether `w` may switch to another coder: never for a login that codes as
        herself, whom the service refuses every other name, so her `?` does not offer a
        key that only says no (eyes42: a new coder's list read "w Switch coder")."""
        others = [c.name for c in self.project.coders() if c.name != self.coder]
        return not others or self.switch_refused(others[0]) is None

    def switch_refused(self, name: str) -> str | None:
        """The line refusing a switch to ``name`` when the service refuses it (a login
        remembered as a coder acts only as herself), else None; asked by the coder dialog
        before a new name joins, so a refused switch adds nobody. Said as the person at the
        keyboard sees it: whose login this is, and what the new coder does instead."""
        try:
            self.project.may_act_as(name, self._me, said_by=self._said_by)
        except BlindError:
            return self.t("switch_refused", me=self._me or "", name=name.strip())
        return None

    def action_switch_language(self) -> None:
        """Swedish <-> English at once, without restarting, and remembered for this login
        as its coder is (``Project.remember_language``): the screens open are built again
        in the new language (the documents list, the coding screen at the same selection,
        retrieval, memos, themes, the reports on the same tab, reconciliation on the same
        case); dialogs and other screens on top are closed."""
        from qualcode.tui.screens.audit import AuditScreen
        from qualcode.tui.screens.memo_list import MemoListScreen
        from qualcode.tui.screens.reconcile import ReconcileScreen
        from qualcode.tui.screens.reports import ReportsScreen
        from qualcode.tui.screens.retrieval import RetrievalScreen
        from qualcode.tui.screens.themes import ThemesScreen

        self.t.lang = next_language(self.t.lang)
        # the next session's too; a file a colleague's write holds keeps it not, and the
        # switch stands all the same: remembering is a convenience. Not for a session
        # whose person $QUALCODE_CODER names: the login's choices are its owner's, as its
        # coder is (``_remember``), and a visiting colleague's `L` switched the owner's
        if not self._said_by.startswith("$"):
            with contextlib.suppress(QualcodeError):
                self.project.remember_language(self.login, self.t.lang)
        localize_bindings(self, self.t)
        rebuild: list[Screen[Any]] = []
        for screen in self.screen_stack[1:]:
            if isinstance(screen, DocumentsScreen):
                rebuild.append(DocumentsScreen())
            elif isinstance(screen, CodingScreen):
                rebuild.append(CodingScreen(screen.doc_id, select=screen.transcript.selection))
            elif isinstance(screen, RetrievalScreen):
                rebuild.append(RetrievalScreen(screen.code, doc_set=screen.doc_set))
            elif isinstance(screen, MemoListScreen):
                rebuild.append(MemoListScreen())
            elif isinstance(screen, ThemesScreen):
                rebuild.append(ThemesScreen())
            elif isinstance(screen, ReportsScreen):  # on its tab, split and set (eyes40)
                rebuild.append(ReportsScreen(keep=screen))
            elif isinstance(screen, ReconcileScreen):  # on the same case and filters
                rebuild.append(ReconcileScreen(keep=screen))
            elif isinstance(screen, AuditScreen):  # its filters and search kept
                rebuild.append(AuditScreen(keep=screen))
            else:
                break  # a dialog or a screen with state of its own: closed
        while len(self.screen_stack) > 1:
            self.pop_screen()
        for screen in rebuild:
            self.push_screen(screen)
        self.notify(self.t("language_switched"))

    def worker_project(self) -> Project:
        """The project for a thread worker, to use in a ``with`` block: its own connection
        (an SQLite connection stays in the thread that opened it) to the same file, acting
        as the same person, so blind coding holds in the worker as on the screen. Workers
        send results up as messages and never touch widgets themselves."""
        return Project.open(self.project.path).act_as(self.coder)

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        """The command palette (ctrl+p): Textual's own commands and every bound action (the
        reports screen among them, by its app-wide P binding)."""
        for command in super().get_system_commands(screen):  # their words from the catalog
            title, hint = self.t(f"system.{command.title}"), self.t(f"system.{command.title}.help")
            yield command._replace(
                title=command.title if title == f"system.{command.title}" else title,
                help=command.help if hint == f"system.{command.title}.help" else hint,
            )
        yield from binding_commands(screen)

    def action_command_palette(self) -> None:
        """Textual's palette, its search box prompting in the interface language."""
        is_open = any(isinstance(s, CommandPalette) for s in self.screen_stack)
        if self.use_command_palette and not is_open:
            self.push_screen(CommandPalette(id="--command-palette", placeholder=self.t("palette")))

    def action_help(self) -> None:
        """Open the keys panel over this screen, or close it when it is the one in front."""
        from qualcode.tui.screens.keys_help import KeysScreen

        if isinstance(self.screen, KeysScreen):
            self.screen.dismiss(None)
        else:
            self.push_screen(KeysScreen(self.screen))

    def action_toggle_dark(self) -> None:
        self.theme = "textual-light" if self.theme == "textual-dark" else "textual-dark"

    @property
    def background(self) -> Background:
        """The helper process that computes suggestions, started on first use."""
        if self._background is None:
            self._background = Background(Path(str(self.project.path)))
        return self._background

    @property
    def embedder(self) -> Background:
        """A second helper process, at low priority, that embeds documents in the background
        one at a time, so that suggesting never waits behind embedding (started on first
        use; see ``embed_all.py``)."""
        if self._embedder is None:
            self._embedder = Background(Path(str(self.project.path)), nice=EMBED_NICE)
        return self._embedder

    def on_unmount(self) -> None:
        for helper in (self._background, self._embedder):
            if helper is not None:
                helper.close()
        self.project.close()


def build_app(
    project_path: Path,
    coder: str | None,
    ui_lang: str | None = None,
    keymap: dict[str, str] | None = None,
) -> QualcodeApp:
    """The app factory the CLI and the tests use; no coder means ask (or remember)."""
    return QualcodeApp(project_path, coder, ui_lang, keymap)
