"""Who is acting, and what blind coding lets them see.

Blind coding keeps each coder's work independent until the lead opens the project: a
coder sees their own codings, memos, suggestions and audit entries, never another
coder's nor the consensus, so that agreement measures independent judgement. The rule
lives here, in the service, as a *view* of the store: when a coder acts, every mixin reads
through repositories that hold only that coder's rows, so a new read (a report, an
export, a screen) cannot forget the rule. The faces (CLI, TUI, web) say who acts with
``act_as``.

Who acts is a claim, not a login, but one claim may not quietly replace another: the
person at the keyboard is who ``$QUALCODE_CODER`` names, else the coder this OS login
chose last time (``identity``). Naming someone else (``--coder johan`` while karin) is
refused unless that person is a lead, who may act for a coder; the audit entries then name
the lead, acting for the coder. A ``Project`` opened from Python (a script, a notebook)
acts as ``$QUALCODE_CODER``, and ``act_as`` there is held to it; with nobody named, the
owner of the file reads everything (as anyone could with sqlite3), and anyone else finds
the coders' work closed while the project is blind, with a one-line error saying how to
name yourself. A project created in
the same process (``Project.create``, ``Project.memory``) is its creator's.

The setting ``blind`` is on for every project until a lead turns it off
(``qualcode team unblind``); with it off every person sees everything.
"""

from __future__ import annotations

import getpass
import os
import unicodedata
from collections.abc import Callable
from typing import Any, cast

from qualcode.errors import SETTING
from qualcode.model import Coder, Suggestion
from qualcode.project.api_arguments import require_text
from qualcode.project.blind_parts import LEARNED_FROM, WHO, BlindError
from qualcode.project.blind_view import StoreView
from qualcode.project.handed import HandedMixin, copy_refusal
from qualcode.store import Store

__all__ = ["LEARNED_FROM", "AccessMixin", "BlindError", "identity", "login"]

BLIND_SETTING = "blind"
# how a refusal asks who acts; the refusal names the setting ``WHO`` (the CLI: --coder)
ASK_WHO = f"say who is acting ({SETTING}=NAME, or $QUALCODE_CODER)"
ASK_WHO_PYTHON = "say who you are: Project.open(path).act_as(NAME), or set $QUALCODE_CODER"
CODER_VARIABLE = "QUALCODE_CODER"
# said where a coder is refused a lead's act in a project that has no lead at all
NO_LEAD_YET = (
    "; the project has no lead yet: whoever leads it joins with "
    "`qualcode coder add NAME --role lead`"
)


KEYBOARD = object()  # act_as: read who is at the keyboard (the default)


def identity(remembered: Callable[[str], str | None]) -> tuple[str | None, str]:
    """Who the person at the keyboard says they are, and where that was said:
    ``$QUALCODE_CODER``, else the coder this OS login chose last (``remembered(login)``)."""
    named = os.environ.get(CODER_VARIABLE, "").strip()
    if named:
        return named, f"${CODER_VARIABLE}"
    user = login()
    return remembered(user), f"the coder login {user} chose last"


def same_name(typed: str, name: str) -> bool:
    """Is ``typed`` the name ``name``, composed or decomposed? A Mac types "Mörk" as an o
    and a combining diaeresis; the project keeps names composed (``store.people``), and a
    login whose $QUALCODE_CODER held the decomposed form was told "you are Mörk, not Mörk"
    (small37)."""
    return unicodedata.normalize("NFC", typed) == unicodedata.normalize("NFC", name)


def login() -> str:
    """The OS user name, under which the project remembers who they said they are."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no passwd entry (containers)
        return os.environ.get("USER") or "unknown"


class AccessMixin(HandedMixin):
    """The acting person and the blind-coding view of the store; in a coder's copy, writes
    as her only (``HandedMixin``)."""

    _raw: Store
    acting: Coder | None
    acting_for: Coder | None  # a lead acting for ``acting``: the lead
    _faced: bool
    _ask_who: str

    def _init_access(self, store: Store) -> None:
        self._raw = store
        self.acting = None
        self.acting_for = None
        self._faced = False
        self._ask_who = ASK_WHO

    def act_as(
        self, name: str | None, identity: str | object | None = KEYBOARD, *, said_by: str = ""
    ) -> Any:
        """Act as the coder ``name`` (None: nobody said who they are) from now on.

        ``identity`` is who the person at the keyboard already is (by default read here:
        ``$QUALCODE_CODER``, else the coder this login chose last; ``said_by`` says where
        it came from): a ``name`` that contradicts it is refused unless that person is a
        lead of the project, who then acts for the coder.
        """
        require_text(name, "act_as: the coder's name", optional=True)
        if identity is KEYBOARD:  # Python: $QUALCODE_CODER (the faces pass the login's too)
            identity, said_by = who_is_here(_nobody_remembered)
        name = name.strip() if name and name.strip() else None
        me = identity.strip() if isinstance(identity, str) and identity.strip() else None
        person = self._raw.coders.by_name(name) if name else None
        lead = self.may_act_as(person.name, me, said_by=said_by) if person else None
        self._ask_who = ASK_WHO
        self._become(person, lead)
        return self

    def may_act_as(self, name: str, me: str | None, *, said_by: str = "") -> Coder | None:
        """Refuse (BlindError) unless the person at the keyboard, ``me``, may act as
        ``name``: herself, nobody named yet, or anyone when she is a lead (returned, as the
        one acting for the coder). Asked before a new name joins the project too, so a
        coder's login that may not switch to a new name adds nobody (eyes32: a refused
        ``w`` in the TUI left the typed name among the project's coders)."""
        name = name.strip()
        if me is None or not name or same_name(me, name):
            return None
        lead = self._raw.coders.find(me)
        if lead is None or lead.role != "lead":
            where = f" ({said_by})" if said_by else ""
            raise BlindError(
                f"you are {me}{where}, not {name}; only a lead may act for "
                f"another coder (set ${CODER_VARIABLE}={name} if you are)"
            )
        return lead

    def _become(self, person: Coder | None, lead: Coder | None) -> None:
        self._faced = True
        self.acting = person
        self.acting_for = lead
        self._apply_view()

    def _act_as_identity(self) -> None:
        """A project opened from Python acts as ``$QUALCODE_CODER`` (the coder a login chose
        last is the CLI's and the TUI's memory, not a script's).
        Nobody named: the file's owner reads everything, as before (blind coding keeps
        coders apart; it cannot hide anything from whoever owns the file, who could read it
        with sqlite3); anyone else sees no team work while the project is blind. In a coder's
        copy (``handout``) its owner is the coder it was handed to, and acts as her."""
        name, _ = who_is_here(_nobody_remembered)
        known = self._raw.coders.find(name) if name else None
        self._ask_who = ASK_WHO_PYTHON
        if known is not None or not self._owns_file():
            self._become(known, None)
        elif (handed := self._handed_to()) is not None:  # held to every rule she is: as
            # the owner, a script in omar's copy merged lena's package (her codings, under
            # her name) and took the lead's acts, the codebook and roles (minor50)
            self._become(self._raw.coders.find(handed), None)

    def _owns_file(self) -> bool:
        path = self._raw.path
        try:
            return path is None or path.stat().st_uid == os.geteuid()
        except OSError:
            return False

    def is_blind(self) -> bool:
        return self._raw.settings.get(BLIND_SETTING) != "off"

    def set_blind(self, on: bool, by: str | None = None) -> None:
        """A lead turns blind coding on or off; audited, since it changes what coders see."""
        self._current()
        lead = self.person(by, "turn blind coding on or off") if by else self.acting
        if lead is None:
            raise BlindError(
                f"only a lead turns blind coding on or off; {self._ask_who}", setting=WHO
            )
        if lead.role != "lead":
            raise BlindError(f"{lead.name} is not a lead; only a lead turns blind coding on or off")
        self.require_copy_writer(lead.name)  # its entry is written past the view's check
        with self._raw.transaction():
            self._raw.settings.put(BLIND_SETTING, "on" if on else "off")
            self._raw.audit.append(lead.name, "team.blind" if on else "team.unblind", {})
        self._apply_view()

    def at_keyboard(self) -> Coder | None:
        """Who is at the keyboard: a lead acting for a coder (``--coder``), else who acts;
        None when nobody said (the file's owner from Python)."""
        return self.acting_for or self.acting

    def acting_name(self, given: str | None = None) -> str:
        """The name an audit entry records: who was named for the act, else who is acting."""
        if given and given != "qualcode":
            return given
        return self.acting.name if self.acting else (given or "qualcode")

    def require_lead(self, what: str, key: str = "") -> None:
        """Refuse ``what`` (something only a lead sees while blind) to anyone else; ``key``
        names the refusal in the interface's words (``QualcodeError.key``)."""
        self._current()
        if not self._faced or not self.is_blind():
            return
        if self.acting is None:
            if len(self._raw.coders.list()) >= 2:
                raise BlindError(
                    f"blind coding: {what} is the lead's; {self._ask_who}", setting=WHO, key=key
                )
            return
        if self.acting.role != "lead":
            raise BlindError(
                f"blind coding: {self.acting.name} cannot see {what} until a lead turns "
                "blind coding off",
                action="unblind",
                key=key,
                me=self.acting.name,
            )

    def require_lead_act(self, what: str, key: str = "") -> None:
        """Refuse an act only a lead may do (merge packages, add a lead), blind or not;
        ``key`` names the refusal in the interface's words (``QualcodeError.key``)."""
        self._current()
        if not self._faced:
            return
        if self.acting is None:
            if any(c.role == "lead" for c in self._raw.coders.list()):
                raise BlindError(f"only a lead may {what}; {self._ask_who}", setting=WHO, key=key)
            return
        if self.acting.role != "lead":
            # a project whose setter-up added herself as a coder has no lead yet, and no
            # one could load its codebook: the refusal says how a lead joins (lead47)
            leads = any(c.role == "lead" for c in self._raw.coders.list())
            how = "" if leads else NO_LEAD_YET
            raise BlindError(
                f"{self.acting.name} is not a lead; only a lead may {what}{how}",
                key=key,
                me=self.acting.name,
            )

    def check_remember(self, login_name: str, name: str) -> None:
        """A login's choice is its own, and once made it changes only to who acts (or by
        a lead): karin, remembered as herself, called ``remember_coder`` from Python to be
        remembered as lena, and then acted as the lead with no name given, past the rule
        that a remembered login counts as who you are; she could also have lena's login
        remembered as karin, so lena's next session wrote as karin (red team 6)."""
        self._current()
        if not self._faced:  # a project created in this process: its creator's
            return
        if login_name != login():
            raise BlindError(
                f"{login()} may not choose who the login {login_name} acts as; each login "
                "remembers its own choice"
            )
        was = self.store.coders.remembered(login_name)
        acting = self.acting
        if was in (None, name) or (acting is not None and acting.role == "lead"):
            return
        if acting is None or acting.name != name:
            raise BlindError(
                f"this login acts as {was}; only {name} (acting as themselves) or a lead "
                f"may make it act as {name}"
            )

    def require_lead_or(
        self, owner: str | None, what: str, key: str = "", **values: object
    ) -> None:
        """Refuse ``what`` to anyone but a lead and ``owner`` (the coder who brought the
        thing in, if one did): a document's attributes (municipality, role, interviewer)
        split every lead's report, so a coder may describe only what they imported.
        ``key`` and ``values`` name the refusal in the interface's words."""
        self._current()
        if not self._faced:
            return
        others = f"a lead or {owner}" if owner and owner != "qualcode" else "a lead"
        if self.acting is None:
            if any(c.role == "lead" for c in self._raw.coders.list()):
                raise BlindError(f"only {others} may {what}; {self._ask_who}", setting=WHO).keyed(
                    key, **values
                )
            return
        if self.acting.role == "lead" or self.acting_for is not None:
            return
        if self.acting.name != owner:
            raise BlindError(f"{self.acting.name} may not {what}: only {others} may").keyed(
                key, me=self.acting.name, **values
            )

    def require_self(self, coder: str, what: str) -> None:
        """A coder may act only as themselves, blind or not (a lead may act for anyone):
        a name given to the API or read from a file (a quotes sheet's coder column) is held
        to what ``act_as`` holds ``--coder`` to, so that a coder cannot write work that
        counts as a colleague's in agreement, nor borrow a lead's authority."""
        self._current()
        if not self._faced or self.acting is None or self.acting.role == "lead":
            return
        if self.acting_for is not None:  # a lead at the keyboard, acting for a coder
            return
        if not same_name(coder.strip(), self.acting.name):
            if (handed := self._handed_to()) is not None:  # a copy's own line: who writes
                raise copy_refusal(handed)
            raise BlindError(
                f"{self.acting.name} cannot {what} as {coder.strip()} (a coder acts only as "
                "themselves; a lead may act for the team)"
            )

    def person(self, name: str, what: str) -> Coder:
        """The coder ``name`` names, when they are who acts (or a lead acts): an API
        argument saying who reads or decides (``viewer``, ``by``, a lead's name) is not
        taken at face value from a coder, who would otherwise read the pseudonym key or
        unblind the project by naming the lead."""
        self.require_self(name, what)
        return self._raw.coders.by_name(name)

    def suggestions_owner(self) -> str | None:
        """Whose engine's pending suggestions the acting person works on: a coder's own
        (fitted on her work alone, blind or not), else the team's (None) for a lead or
        nobody named. Pending rows of other engines are not hers to see or decide."""
        self._current()
        acting = self.acting
        return acting.name if acting is not None and acting.role != "lead" else None

    def shows_pending(self, suggestion: Suggestion) -> bool:
        """Whether the acting person lists and counts this suggestion: a decided one or
        one of her own engine (``suggestions_owner``); with nobody named, every one (the
        file's owner reads everything, as sqlite3 could)."""
        if suggestion.status != "pending" or self.acting is None:
            return True
        return suggestion.evidence.get(LEARNED_FROM) == self.suggestions_owner()

    def reads_only(self, viewer: str | None, what: str = "read codings") -> Coder | None:
        """The one person whose work ``viewer`` may read, or None for everyone's: a coder's
        own while the team is blind; after ``team unblind``, and for a lead always, the
        team's. With no ``viewer``, whoever acts (``restricted_to``). Every read that names
        its reader (codings, passages, queries, themes, memos) asks this one rule: after
        unblind, a coder's query of a colleague was still refused and her passages were
        still only hers, while her quotes and exports showed everyone's (review31)."""
        if viewer is None:
            return self.restricted_to()
        person = self.person(viewer, what)
        if person.role == "lead" or not self.is_blind():
            return None
        return person

    def changes_only(self, person: str) -> Coder | None:
        """The one person whose codings ``person`` may change, or None for anyone's (a
        lead's): a coder's own, blind or not. What her actions act on (the coding screen's
        marks), kept apart from what she may read (``reads_only``)."""
        who = self.person(person, "change codings")
        return None if who.role == "lead" else who

    def restricted_to(self) -> Coder | None:
        return self.acting if isinstance(self.store, StoreView) and self.store.restrict else None

    def _apply_view(self) -> None:
        self.store = self._raw
        if self._faced:  # asked again when another connection changes the file
            view = StoreView(
                self._raw,
                self.acting,
                self._restricts(),
                self.acting_for,
                self._ask_who,
                self._recheck,
                self._handed_to,
            )
            self.store = cast(Store, view)

    def _current(self) -> None:
        """Roles and blind coding as the file says now: another connection (a lead's CLI
        while this TUI is open) may have changed them since this person began."""
        if isinstance(self.store, StoreView):
            self.store.refresh()

    def _restricts(self) -> bool:
        """Whether the acting person's reads are kept to their own work now."""
        return self.is_blind() and (
            self.acting.role != "lead"
            if self.acting is not None
            else len(self._raw.coders.list()) >= 2  # someone's work to keep apart
        )

    def _recheck(self) -> bool:
        """The file changed in another connection: a lead may have turned blind coding on
        again or made the acting person a coder (or a lead), so roles are read afresh and
        the view asked again."""
        for attr in ("acting", "acting_for"):
            person = getattr(self, attr)
            if person is not None:
                setattr(self, attr, self._raw.coders.find(person.name) or person)
        return self._restricts()


who_is_here = identity  # the module function, where act_as's parameter hides its name


def _nobody_remembered(_login: str) -> None:
    return None
