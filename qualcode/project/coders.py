"""Coders: adding one, a lead's role, who a login said they were.

A coder's name labels their column in agreement tables, their cases and every audit
line, so it is checked here, once, for every door a name comes in by (the API, a
package, a .qdpx)."""

from __future__ import annotations

from collections.abc import Sequence

from qualcode.errors import ValidationError
from qualcode.model import RESERVED_CODER_NAMES, Coder
from qualcode.project.api_arguments import require_text
from qualcode.project.blind_parts import BlindError
from qualcode.project.handed import HandedMixin
from qualcode.texts import LANGUAGES


class CodersMixin(HandedMixin):
    def add_coder(self, name: str, role: str = "coder", actor: str = "qualcode") -> Coder:
        """A new coder (or lead: once a project has one, only a lead adds another), named
        apart from every coder and pseudonym on the key, so no table names two alike."""
        require_text(name, "add_coder: the name")
        name = check_coder_name(name)
        if "," in name or ";" in name:
            # a team is typed as names parted by commas or semicolons (--coders, --with,
            # the reports screen's t: scope.typed_names); "Berg, Anna" could never be named
            # there: `agree --coders "Berg, Anna,karin"` said "unknown coder 'Berg'" (safety33)
            from qualcode.oneline import shown

            raise ValidationError(
                f"coder name {shown(name)}: a comma or semicolon parts names wherever a team "
                "is typed (--coders, --with), so she could never be named there; write it "
                "without one ('Anna Berg')",
                key="coder_name_comma",
                name=name,
            )
        check_not_reserved(name)
        if role not in ("coder", "lead"):
            raise ValidationError(f"unknown role {role!r}; use coder or lead")
        from qualcode.project.coder_pseudonyms import check_new_coder_apart, check_not_a_label
        from qualcode.project.pseudonym_coders import CODER_WORD, labels_held

        # asked under the write lock: two people adding themselves as the first lead at
        # once both became leads, and a name the lead's other window just gave a coder
        # on the key was taken by a new coder (two coders alike in every report)
        with self.store.transaction():
            if role == "lead" and any(c.role == "lead" for c in self.store.coders.list()):
                self.require_lead_act("add a lead")  # no coder makes themselves a lead
            elif role == "lead":
                self._check_first_lead(name)
            key = {p.real: p.pseudonym for p in self.store.pseudonyms.list()}
            check_new_coder_apart([c.name for c in self.store.coders.list()], name, key)
            check_not_a_label(name, labels_held(self.store), CODER_WORD.values())
            coder = self.store.coders.add(name, role)
            self.store.audit.append(
                actor, "coder.add", {"coder": coder.id, "name": name, "role": role}
            )
        return coder

    def joins_as_lead(self) -> bool:
        """Whether a name typed now joins as the project's lead (``join``): the project
        holds nobody yet and this login owns the file, as the researcher who ran ``init``
        does. On a shared server, a coder let in before the lead had joined became the
        lead of her project by typing her name, and the lead, who made the file, was then
        refused as a lead's act the one way to lead it (``coder add lena --role lead``:
        "only a lead may add a lead"; review39). Such a colleague joins as a coder, and the
        owner adds herself as lead as before."""
        return not self.store.coders.list() and self._owns_file()

    def join(self, name: str) -> Coder:
        """A person joining by the name they type (the TUI's first question). The first in
        a project that holds nobody yet, when she owns the file (``joins_as_lead``), is its
        lead: she made the file and keeps its codebook. Joined as a coder, the researcher
        who had just run ``init`` found the codebook read only ("the lead () changes the
        codebook") with nobody able to change it (eyes39). Everyone else joins as a coder;
        a second lead is a lead's to make. Audited as ``coder.add`` by the one joining."""
        if self.joins_as_lead():
            try:
                return self.add_coder(name, "lead", actor=name)
            except BlindError:  # someone else became the first lead meanwhile
                pass
        return self.add_coder(name, actor=name)

    def join_first(self, name: str, me: str | None, *, said_by: str = "") -> Coder | None:
        """The first person named in a project that holds nobody yet joins it, by any
        face: ``join``'s rule (its lead on the login that owns the file, else a coder),
        for a name given as ``$QUALCODE_CODER`` or ``--coder`` as for one typed in the
        TUI's first question. Before, a new project's first CLI command with
        ``QUALCODE_CODER=lena`` said "unknown coder 'lena'" while the TUI made her its
        lead. ``me``: who is at the keyboard, held to ``may_act_as`` before anyone joins.
        The joined coder, or None where the project holds people already (a name they
        do not know is a typo until a lead adds it) or the file may not be written."""
        name = name.strip()
        if not name or self.store.readonly or self.store.coders.list():
            return None
        self.may_act_as(name, me, said_by=said_by)  # refused: nobody joins
        joined = self.join(name)
        if joined.role == "lead" and me is None:
            # her login acts as her from now on, as the first lead `coder add` adds does:
            # remembered as nobody, the project's first `--coder karin tui` (the lead
            # looking at karin's screen) made the login karin's, and every later command
            # of the lead's was refused as acting for another (user49)
            from qualcode.project.access import login

            if self.store.coders.remembered(login()) is None:
                self.remember_coder(login(), joined.name)
        return joined

    def set_role(self, name: str, role: str, actor: str = "qualcode") -> Coder:
        """Make a coder a lead, or a lead a coder (a lead's act, audited with the role it
        replaced). A team of five often has a second lead who also codes: the only way
        was a second name for her, which split her codings and her history in two (eyes9).
        The last lead stays one: a project without a lead has nobody to reconcile, measure
        agreement or take a proposal into the codebook. A project with no lead yet takes
        one as ``add_coder`` does, from anyone: a lead who added herself without ``--role
        lead`` could not be made one ("only a lead may change a coder's role") nor added
        again under her name, and the project stayed without a lead (review39)."""
        if role not in ("coder", "lead"):
            raise ValidationError(f"unknown role {role!r}; use coder or lead")
        # the coder's role, the count and the change in one writer: read before the lock,
        # a role another window changed meanwhile gave a refusal that was no longer true
        with self.store.transaction():
            leads = [c for c in self.store.coders.list() if c.role == "lead"]
            if leads or role != "lead":
                self.require_lead_act("change a coder's role")
            else:
                self._check_first_lead(name)
            coder = self.store.coders.by_name(name)
            if coder.role == role:
                raise ValidationError(f"{coder.name} is a {role} already")
            if coder.role == "lead" and len(leads) == 1:
                raise ValidationError(
                    f"{coder.name} is the only lead; make someone else a lead first",
                    action="make_lead",
                    key="coder_only_lead",
                    name=coder.name,
                )
            self.store.coders.set_role(coder.id, role)
            self.store.audit.append(
                actor,
                "coder.role",
                {"coder": coder.id, "name": coder.name, "role": role, "was": coder.role},
            )
        return self.store.coders.by_name(name)

    def _check_first_lead(self, name: str, where: str = "") -> None:
        """Refuse a project's first lead to anyone but the file's owner (the login that ran
        ``init``), as ``joins_as_lead`` does. On a shared server a coder let into a project
        whose lead had not joined yet (or had joined without ``--role lead``) made herself
        its lead with ``coder role karin lead`` or ``coder add eve --role lead``: she then
        read every colleague's blind work and was the one to add or demote leads (red team
        40). The owner makes herself, or anyone, the first lead as before."""
        if not self._owns_file():
            raise BlindError(
                f"{where}{name} may not be the first lead: only the project file's owner (the "
                "login that made it) makes a project's first lead; ask her",
                action="make_lead",
            )

    def check_leads_brought(self, names: list[str], file: str) -> None:
        """Refuse a file (a .qdpx) that would bring ``names`` in as new leads to anyone
        ``add_coder`` refuses a lead: a lead's act in a project with a lead, else the file's
        owner's (``_check_first_lead``). A .qdpx qualcode wrote names its leads (a user's
        role, the consensus's deciders), and its import made them leads by no one's leave:
        a colleague let into a project whose lead had not joined imported one naming her,
        or eve, its lead (review40)."""
        if not names:
            return
        if any(c.role == "lead" for c in self.store.coders.list()):
            self.require_lead_act(f"add a lead ({file} brings {names[0]} as one)")
        else:
            self._check_first_lead(names[0], f"{file}: ")

    def coders(self) -> list[Coder]:
        return self.store.coders.list()

    def coder(self, name: str) -> Coder:
        return self.store.coders.by_name(name)

    def people_to_serve(self, names: Sequence[str]) -> list[str]:
        """The people ``qualcode serve`` makes a link for, each once and as the project
        spells them: 'karin' given twice, or 'Åsa' typed composed and decomposed, printed
        two links for one person, two secrets to keep and revoke (pseudo37). An unknown
        name, or one the person at the keyboard may not act as, is refused in one line."""
        people: list[str] = []
        for name in names:
            self.act_as(name)  # a link is that person: only a lead serves links for others
            person = self.store.coders.by_name(name.strip()).name
            if person not in people:
                people.append(person)
        return people

    def remembered_coder(self, login: str) -> str | None:
        """Who ``login`` (an OS user name) said they were last time in this project. In a
        coder's copy a lead chosen there is not (it codes as its coder only): omar's login,
        remembered as the lead lena, stood as her at the keyboard, acting for him, and his
        every write, ``--coder omar`` too, was refused as hers."""
        name = self.store.coders.remembered(login)
        person = self.store.coders.find(name) if name else None
        if person is not None and person.role == "lead" and self._handed_to() is not None:
            return None
        return name

    def remember_coder(self, login: str, name: str) -> None:
        """Keep the coder a login chose, in the project file itself (no side files).

        A file that cannot be written (read-only media, a share's permissions) keeps
        nothing: remembering is a convenience, and refusing it stopped the TUI from
        opening a project it can still read."""
        coder = self.store.coders.by_name(name)
        self.check_remember(login, coder.name)
        if self.store.readonly:
            return
        with self._raw.transaction():  # a login's convenience, not a coder's work: a copy
            self._raw.coders.remember(login, coder.name)  # keeps it from anyone (handed.py)

    def remembered_language(self, login: str) -> str | None:
        """The interface language ``login`` chose last in this project (`L` in the TUI),
        while qualcode still has that language's words; None when it never chose one."""
        lang = self.store.coders.language(login)
        return lang if lang in LANGUAGES else None

    def remember_language(self, login: str, lang: str) -> None:
        """Keep the interface language a login chose, as its coder is kept: in the project
        file, for that login only. A Swedish coder's `L` lasted one session, and her next
        one opened in English again (tui45). A file that cannot be written keeps nothing,
        as ``remember_coder``; a language qualcode has no words for is refused."""
        if lang not in LANGUAGES:
            raise ValidationError(f"interface language {lang!r}: use {' or '.join(LANGUAGES)}")
        if self.store.readonly:
            return
        with self._raw.transaction():  # as remember_coder: kept from anyone in a copy
            self._raw.coders.remember_language(login, lang)


# names qualcode itself gives (model.RESERVED_CODER_NAMES): a coder so named stood in for
# them (red team 35)
_RESERVED = RESERVED_CODER_NAMES


def check_not_reserved(name: str, where: str = "") -> None:
    """Refuse a new coder's name that reads as one qualcode gives (``_RESERVED``): her
    codings were pooled with the consensus as the engine learns and could not be
    evaluated against, and her audit lines read as the program's."""
    from qualcode.oneline import reads_as, shown

    taken = _RESERVED.get(reads_as(name))
    if taken is not None:
        raise ValidationError(
            f"{where}coder name {shown(name)} is the name qualcode gives {taken}; "
            "choose another name",
            key="coder_name_reserved",
            name=name,
        )


def check_coder_name(name: str, where: str = "") -> str:
    """A coder's name, stripped and composed (NFC, as a keyboard types it: a Mac's
    decomposed "Mo\u0308rk" is Mörk, the store keeps it so): it labels their column in
    agreement tables, their cases and every audit line, so one printable line of at most
    ``MAX_NAME`` characters (oneline.py); ``where`` names the file it came from (a package,
    a .qdpx)."""
    import unicodedata

    from qualcode.oneline import check_name, plain_line, shown
    from qualcode.shows_nothing import check_shows

    name = unicodedata.normalize("NFC", name.strip())
    if not name:
        raise ValidationError(f"{where}a coder needs a name", key="coder_name_empty")
    if not plain_line(name):
        raise ValidationError(
            f"{where}coder name {shown(name)} holds a line break, tab or control character",
            key="coder_name_control",
        )
    check_shows(name, f"{where}coder name", ValidationError)
    return check_name(name, f"{where}coder name {shown(name)}")


def joined_note(coder: Coder) -> str:
    """The line said when ``join_first`` took someone in, naming the rule."""
    if coder.role == "lead":
        return (
            f"{coder.name} joins the project as its lead: the first person named in a project "
            "that holds nobody yet leads it (`qualcode coder add NAME` adds the others)"
        )
    return (
        f"{coder.name} joins the project as a coder: the first person named leads a project "
        "only on the login that owns its file, whose owner adds herself as lead"
    )
