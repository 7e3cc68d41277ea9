"""Who speaks in a transcript, and which speaker qualcode takes for the interviewer.

The interviewer is never cited and never proposed for the pseudonym key; where no label
or ``interviewer`` attribute names her, qualcode guesses her from the turns (mostly
questions). Only the CLI's `pseudonym suggest` said so: a lead in the TUI saw a
participant missing from the citations and nothing telling why, nor how to overrule the
guess. ``I`` on the documents list shows each speaker's part (``Project.speaker_roles``)
and how to change it; the attributes prompt and the opened transcript tell of a guess.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Static

from qualcode.errors import QualcodeError
from qualcode.tui.keys import localize_bindings
from qualcode.tui.labels import elide
from qualcode.tui.lead_keys import is_lead
from qualcode.tui.safe import literal, markup
from qualcode.tui.screens.base import QualcodeModal, ScreenPart

if TYPE_CHECKING:
    from qualcode.model import DocumentSummary
    from qualcode.project.pseudonym_speakers import SpeakerRole
    from qualcode.tui.app import QualcodeApp
    from qualcode.tui.catalog import Catalog


LABEL_ROOM = 24  # a longer label is cut, so every speaker's part starts in one column


def role_line(role: SpeakerRole, t: Catalog, width: int = 0) -> str:
    """One speaker on one line: her label (padded to ``width``), her turns, and her part
    in the interview."""
    if role.asks:
        part = t(f"speakers_asks_{role.how or 'label'}")
    elif role.cited:
        part = t("speakers_cited", cited=role.cited)
    else:
        part = t("speakers_participant")
    turns = t("speakers_turns", n=role.turns).rjust(len(t("speakers_turns", n=999)))
    return f"{elide(role.label, LABEL_ROOM):<{width}}  {turns}  {part}"


def guessed_interviewer(app: QualcodeApp, doc_id: str) -> str | None:
    """The label qualcode guesses is the interviewer's in ``doc_id``, for a lead only
    (the guess decides who is cited, which is the lead's to settle); None otherwise."""
    if not is_lead(app):
        return None
    return app.project.guessed_interviewers().get(doc_id)


def guess_note(app: QualcodeApp, doc_id: str, said: str = "speakers_guess_note") -> str | None:
    """The line that tells a lead of a guessed interviewer and how to overrule it (``said``:
    the catalog's words for where it is shown; the attributes prompt's own)."""
    label = guessed_interviewer(app, doc_id)
    return None if label is None else app.t(said, label=label)


class SpeakersScreen(QualcodeModal[None]):
    """The speakers of one document, their parts, and how to change who asks."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,I", "close", "Close", id="speakers.close"),
    ]

    def __init__(self, name: str, roles: list[SpeakerRole], may_change: bool = True) -> None:
        """``may_change``: whether the viewer may change the document's attributes (A), so
        overrule who asks herself; else she is told to ask the lead."""
        super().__init__()
        localize_bindings(self, self.app.t)
        self.name_shown = name
        self.roles = roles
        self.may_change = may_change

    def compose(self) -> ComposeResult:
        t = self.app.t
        width = max((len(elide(r.label, LABEL_ROOM)) for r in self.roles), default=0)
        lines = [role_line(r, t, width) for r in self.roles] or [t("speakers_none")]
        with Vertical(classes="cb-dialog", id="speakers-dialog"):
            yield Static(
                markup(t("speakers_title", name=self.name_shown)), classes="cb-dialog-title"
            )
            yield Static(literal("\n".join(lines)), id="speakers-list", classes="cb-dialog-text")
            if self.roles:
                # a coder told to press A was refused at A: it is the lead's (eyes43)
                said = "speakers_overrule" if self.may_change else "speakers_overrule_ask"
                yield Static(markup(t(said)), classes="cb-dialog-hint")

    def action_close(self) -> None:
        self.dismiss(None)


class SpeakerActions(ScreenPart):
    """Mixed into the documents screen: ``I`` shows the cursor document's speakers."""

    if TYPE_CHECKING:

        def _cursor_doc(self) -> DocumentSummary | None: ...

    def action_speakers(self) -> None:
        doc = self._cursor_doc()
        if doc is not None:
            show_speakers(self.app, doc.id, doc.name)


def show_speakers(app: QualcodeApp, doc_id: str, name: str) -> None:
    """Open the speakers of a document (the documents list's cursor, the open transcript)."""
    try:
        app.project.check_attribute_change(doc_id)
        may_change = True
    except QualcodeError:
        may_change = False
    roles = app.project.speaker_roles(doc_id, app.coder)
    app.push_screen(SpeakersScreen(name, roles, may_change))
