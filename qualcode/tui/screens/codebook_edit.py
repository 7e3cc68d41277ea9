"""The lead's changes to the codebook from the codebook screen: add, edit, rename, move,
merge and retire.

Each is one ``Project`` call, the same the CLI makes (one transaction, audited, codings
kept), made only after a form, a pick or a yes. Coders get a notice instead: the shared
codebook is the lead's to change, so that everyone codes against the same definitions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from qualcode.errors import QualcodeError
from qualcode.model import Code
from qualcode.tui.labels import quoted
from qualcode.tui.said import said
from qualcode.tui.screens.base import ScreenPart
from qualcode.tui.screens.code_form import CodeFormScreen
from qualcode.tui.screens.code_pick import PickCodeScreen
from qualcode.tui.screens.confirm import ConfirmScreen
from qualcode.tui.screens.prompt import PromptScreen


class CodebookEditActions(ScreenPart):
    """Mixed into ``CodebookScreen``, which provides the attributes declared here."""

    codes: list[Code]
    lang: str | None
    changed: bool

    if TYPE_CHECKING:

        @property
        def is_lead(self) -> bool: ...
        @property
        def current(self) -> Code | None: ...

        def reload(self, select: str | None = None) -> None: ...
        def _leads(self) -> list[str]: ...

    def _may_edit(self) -> Code | bool | None:
        """False when this user may not edit; else the code under the cursor (or None)."""
        if not self.is_lead:
            t = self.app.t
            leads = self._leads()
            said = t("cb_lead_only", leads=", ".join(leads)) if leads else t("cb_read_only_no_lead")
            self.notify(said, severity="warning")
            return False
        return self.current

    def _named(self, key: str) -> str:
        """A code as the lead reads it in a question or a notice: its name (the codebook's
        language), the key only if no code has it."""
        code = next((c for c in self.codes if c.key == key), None)
        lang = self.lang or self.app.t.lang
        return quoted(code.name(lang), self.app.t.lang) if code else key

    def _done(self, select: str | None, message: str) -> None:
        self.changed = True
        self.reload(select)
        self.notify(message)

    def action_add(self) -> None:
        current = self._may_edit()
        if current is False:
            return
        app = self.app

        def submit(values: dict[str, Any]) -> str:
            key, parent = values.pop("key"), values.pop("parent")
            names, definitions = values.pop("names"), values.pop("definitions")
            app.project.add_code(key, names, definitions, parent, actor=app.coder, **values)
            return str(key)

        def added(key: str | None) -> None:
            if key:
                self._done(key, app.t("cb_added", code=key))

        self.app.push_screen(CodeFormScreen(None, submit), added)

    def action_edit(self) -> None:
        code = self._may_edit()
        if not isinstance(code, Code):
            return
        app = self.app

        def submit(values: dict[str, Any]) -> str:
            app.project.update_code(code.key, actor=app.coder, **values)
            return code.key

        def saved(key: str | None) -> None:
            if key:
                self._done(key, app.t("cb_saved", code=key))

        self.app.push_screen(CodeFormScreen(code, submit), saved)

    def action_rename(self) -> None:
        code = self._may_edit()
        if not isinstance(code, Code):
            return
        app = self.app

        def submit(new_key: str) -> None:
            app.project.rename_code(code.key, new_key, actor=app.coder)

        def renamed(new_key: str | None) -> None:
            if new_key and new_key != code.key:
                self._done(new_key, app.t("cb_renamed", old=code.key, new=new_key))

        title = app.t("cb_new_key", code=code.key)
        self.app.push_screen(PromptScreen(title, code.key, submit), renamed)

    def action_move(self) -> None:
        code = self._may_edit()
        if not isinstance(code, Code):
            return
        app = self.app
        choices = [c for c in self.codes if c.id not in self._subtree(code)]

        def picked(parent: str | None) -> None:
            if parent is None:
                return
            try:
                app.project.move_code(code.key, parent or None, actor=app.coder)
            except QualcodeError as exc:
                self.notify(said(exc, self.app.t), severity="error")
                return
            message = (
                app.t("cb_moved", code=self._named(code.key), parent=self._named(parent))
                if parent
                else app.t("cb_moved_top", code=self._named(code.key))
            )
            self._done(code.key, message)

        title = app.t("cb_pick_parent", code=self._named(code.key))
        top = app.t("cb_top_level")
        self.app.push_screen(PickCodeScreen(title, choices, self.lang or "en", top), picked)

    def _subtree(self, code: Code) -> set[str]:
        """The ids of ``code`` and everything under it: not valid new parents."""
        ids, grew = {code.id}, True
        while grew:
            more = {c.id for c in self.codes if c.parent_id in ids} - ids
            ids |= more
            grew = bool(more)
        return ids

    def action_merge(self) -> None:
        code = self._may_edit()
        if not isinstance(code, Code):
            return
        app = self.app
        choices = [c for c in self.codes if c.id != code.id]

        def picked(target: str | None) -> None:
            if not target:
                return
            n = app.project.code_counts().get(code.key, 0)
            question = app.t(
                "cb_confirm_merge", source=self._named(code.key), target=self._named(target), n=n
            )

            def confirmed(yes: bool | None) -> None:
                if not yes:
                    return
                try:
                    moved = app.project.merge_codes(code.key, target, actor=app.coder)
                except QualcodeError as exc:
                    self.notify(said(exc, self.app.t), severity="error")
                    return
                message = app.t(
                    "cb_merged",
                    source=self._named(code.key),
                    target=self._named(target),
                    n=len(moved),
                )
                self._done(target, message)

            self.app.push_screen(ConfirmScreen(question), confirmed)

        title = app.t("cb_pick_target", code=self._named(code.key))
        self.app.push_screen(PickCodeScreen(title, choices, self.lang or "en", None), picked)

    def action_retire(self) -> None:
        code = self._may_edit()
        if not isinstance(code, Code):
            return
        app = self.app

        def confirmed(yes: bool | None) -> None:
            if not yes:
                return
            try:
                app.project.delete_code(code.key, actor=app.coder)
            except QualcodeError as exc:
                self.notify(said(exc, self.app.t), severity="error")
                return
            self._done(None, app.t("cb_retired", code=self._named(code.key)))

        self.app.push_screen(
            ConfirmScreen(app.t("cb_confirm_retire", code=self._named(code.key))), confirmed
        )
