"""The coding screen's way into finding themes: name a new code for the selection.

Coding inductively, a coder meets talk no code fits; `p` names a code for it in their own
words, or in the speaker's: the selected words are offered as the name (in vivo coding),
selected, so that typing replaces them (a line under the title says so).
``Project.propose_code`` marks a coder's proposed, so the lead reviews it in the theme view
before it joins the shared codebook; a lead's joins it at once, and the prompt and its notices
say so. The coding is in undo like any other.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from qualcode.errors import QualcodeError
from qualcode.model import Document
from qualcode.project import in_vivo_name
from qualcode.project.history import History
from qualcode.tui.lead_keys import is_lead
from qualcode.tui.said import said
from qualcode.tui.screens.base import ScreenPart
from qualcode.tui.screens.modals import TextPrompt

if TYPE_CHECKING:
    from qualcode.tui.widgets.transcript import TranscriptView


class ProposeActions(ScreenPart):
    """Mixed into the coding screen, which provides the attributes annotated below."""

    doc: Document
    doc_id: str
    history: History

    if TYPE_CHECKING:

        @property
        def transcript(self) -> TranscriptView: ...
        def refresh_marks(self) -> None: ...
        def load_codebook(self) -> None: ...

    def action_propose(self) -> None:
        """Name a new code for the selection in one's own words: a coder's is proposed for the
        lead, a lead's joins the codebook (``Project.propose_code``)."""
        t = self.app.t
        start, end = self.transcript.selection
        lead = is_lead(self.app)

        def write(name: str) -> bool:
            """Propose while the line is still open: refused (a read-only or busy project, a
            name the project will not take), the typed words stay there to mend or retry."""
            app = self.app
            try:
                coding = app.project.propose_code(
                    self.doc_id, start, end, name, app.coder, self.doc.lang
                )
            except QualcodeError as exc:
                still = "propose_still_open_lead" if lead else "propose_still_open"
                self.notify(f"{said(exc, t)} · {t(still)}", severity="error")
                return False
            self.history.record(None, coding)
            self.load_codebook()
            key = next((c.key for c in app.project.codebook() if c.id == coding.code_id), "")
            added = bool(key) and app.project.code_status(key)[0] == "active"
            self.notify(t("proposed_added" if added else "proposed", code=name))
            self.refresh_marks()
            return True

        offered = in_vivo_name(self.doc.text[start:end])
        # a terminal may show a selected field's words no differently from typed ones: a new
        # coder took the offered name for one she had to delete letter by letter (tui48)
        shown = [t("propose_offered")] if offered else []
        # a lead's new code is no proposal (``Project.propose_code``): nobody reviews it, and
        # the hint under the title told her "Enter proposes it" all the same (review50b)
        title = t("propose_title_lead" if lead else "propose_title")
        hint = t("propose_hint_lead" if lead else "propose_hint")
        prompt = TextPrompt(title, hint, shown, value=offered, write=write)
        self.app.push_screen(prompt)
