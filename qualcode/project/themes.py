"""Finding themes (Braun and Clarke's phases 2-5): proposed codes, themes, the theme view.

While coding inductively a coder names a new code for a selection in their own words; it is
*proposed*, so the shared codebook does not change behind the lead's back. The lead reviews
proposed codes (accept, or merge into an existing code with ``merge_codes``), creates
themes and groups codes under them. A theme is a code with status 'theme' whose children
are its codes, so every existing tool (retrieval with sub-codes, exports, the hierarchy)
reads it. Every change keeps every coding and leaves an audit entry.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from qualcode.errors import ValidationError
from qualcode.model import Code, Coder, Coding
from qualcode.oneline import reads_as
from qualcode.project.base import Service
from qualcode.project.code_names import check_sibling_names
from qualcode.project.retrieval import Passage


@dataclass(frozen=True, slots=True)
class ThemeCode:
    """A code in the theme view: its codings counted and the coders who used it
    (``consensus``: how many of the codings are the consensus layer's, which is nobody's
    coding: the lead who reconciled is no coder of it)."""

    code: Code
    status: str
    proposed_by: str | None
    codings: int
    coders: tuple[str, ...] = ()
    consensus: int = 0


@dataclass(frozen=True, slots=True)
class ThemeView:
    """A theme with its codes and one exemplar passage; ``theme`` None lists the codes not
    yet under any theme."""

    theme: Code | None
    codes: list[ThemeCode] = field(default_factory=list)
    exemplar: Passage | None = None
    pinned: bool = False  # the exemplar is the lead's pin, not the longest passage

    @property
    def codings(self) -> int:
        return sum(c.codings for c in self.codes)

    @property
    def coders(self) -> tuple[str, ...]:
        return tuple(sorted({name for c in self.codes for name in c.coders}))

    @property
    def consensus(self) -> int:
        return sum(c.consensus for c in self.codes)


def key_from_name(name: str, taken: set[str]) -> str:
    """A code key from a name in the coder's words: ascii lower case, _ between words."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    key = re.sub(r"[^a-z0-9]+", "_", plain.lower()).strip("_")[:40] or "code"
    if not key[0].isalpha():
        key = f"c_{key}"
    found, n = key, 2
    while found in taken:
        found, n = f"{key}_{n}", n + 1
    return found


# what in vivo coding offers as a code's name: the selection's first words, not a quote
IN_VIVO_CHARS = 60


def in_vivo_name(selected: str) -> str:
    """The selected words as a new code's name (in vivo coding, as NVivo and MAXQDA offer
    it): on one line, without the sentence's end punctuation or quotation marks, cut at a
    word within 60 characters. In the service, not the coding screen, so that every face
    offers the same name; an empty selection offers nothing."""
    words = " ".join(selected.split()).strip(" \"'”“’‘«».,;:!?-–—()[]")
    if len(words) <= IN_VIVO_CHARS:
        return words
    cut = words[: IN_VIVO_CHARS + 1].rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:–—-")


# between a coder's proposal key and her tag; key_from_name never makes two _ in a row, so
# the key splits one way only and two coders' proposals never share a key
PROPOSER = "__"


def _slug(name: str) -> str:
    return key_from_name(name, set())[:10].strip("_")


def coder_tag(coder: Coder, coders: list[Coder]) -> str:
    """The part of a coder's proposal keys that is hers: her name in key letters, with the
    start of her id when a colleague's name gives the same letters (Åsa, Asa). Made of
    the team list, which every coder sees, so it tells her nothing of anyone's work."""
    slug = _slug(coder.name)
    if any(c.id != coder.id and _slug(c.name) == slug for c in coders):
        return f"{slug}_{coder.id.replace('-', '')[:6]}"
    return slug


def proposal_key(name: str, tag: str, taken: set[str]) -> str:
    """A coder's proposed code's key: the name in key letters, then her tag, numbered only
    against her own proposals. Blind, a colleague's proposal of the same name is not
    hers to see, so it must not change her key (a ``_2`` would tell her it exists); the tag
    keeps the two apart until a lead accepts one (``accept_code`` then drops the tag)."""
    suffix = PROPOSER + tag
    mine = {k.removesuffix(suffix) for k in taken if k.endswith(suffix)}
    return key_from_name(name, mine) + suffix


class ThemesMixin(Service):
    def _lead_only(self, actor: str, what: str) -> None:
        if self.person(actor, what).role != "lead":
            raise ValidationError(
                f"{what}: only a lead changes the shared codebook", key="lead_changes_codebook"
            )

    def propose_code(
        self, doc: str, start: int, end: int, name: str, coder: str, lang: str = "sv"
    ) -> Coding:
        """A new code named in the coder's words, marked proposed, coding the selection; a
        lead's is no proposal: it joins the codebook at once (she is the one who reviews)."""
        name = " ".join(name.split())
        if not name:
            raise ValidationError("a proposed code needs a name", key="proposal_name_empty")
        if lang not in ("sv", "en"):
            raise ValidationError(f"unknown language {lang!r}; use sv or en")
        person = self.person(coder, "propose a code")
        # one action, one transaction: the code, its mark as proposed and the coding. Three
        # apart, a refused passage left a code added, proposed and deleted in the audit,
        # and the code stood in the shared codebook as active, unmarked, until the next
        # (for good, had the process died there: a coder's code the lead never accepted)
        with self.store.transaction():
            live = self.codebook()
            # compared as the names read: 'Uppdragsdіalog' (a Cyrillic і) stood beside
            # 'Uppdragsdialog' in the lead's list, two codes no reader could tell apart
            reading = reads_as(name)
            same = next((n for c in live for n in c.names.values() if reads_as(n) == reading), None)
            if same is not None:
                # keyed: a coder proposing her idea a second time read this in English
                # inside the Swedish interface's own words (eyes36)
                raise ValidationError(
                    f"a code named {same!r} exists already: code with it",
                    key="proposal_name_taken",
                    name=same,
                )
            if person.role == "lead":
                # a lead's new code joins the codebook at once, as `codebook add` would:
                # proposed, it waited for her own review, and meanwhile agreement, the
                # summary and its themes left her code out without a word (user50b)
                key = key_from_name(name, self.store.codes.taken_keys())
                self._new_code(key, {lang: name}, actor=person.name)
                return self.add_coding(doc, start, end, key, person.name)
            else:
                tag = coder_tag(person, self.store.coders.list())
                key = proposal_key(name, tag, self.store.codes.taken_keys())
            self._new_code(key, {lang: name}, actor=person.name, proposal=True)
            code_id = self.store.codes.id_for_key(key)
            self.store.codes.set_status(code_id, "proposed", person.name)
            self.store.audit.append(
                person.name, "code.propose", {"code": code_id, "key": key, "name": name}
            )
            return self.add_coding(doc, start, end, key, person.name)

    def code_status(self, key: str) -> tuple[str, str | None]:
        """('active' | 'proposed' | 'theme', who proposed it) of a live code."""
        return self.store.codes.statuses()[self.store.codes.id_for_key(key)]

    def codable_codes(self) -> list[Code]:
        """The live codes a passage may be coded with, in codebook order: all but themes."""
        statuses = self.store.codes.statuses()
        return [c for c in self.codebook() if statuses.get(c.id, ("",))[0] != "theme"]

    def accept_code(self, key: str, actor: str) -> Code:
        """The lead takes a proposed code into the codebook (audited). A coder's proposal
        loses her tag: its key becomes the name's plain key, numbered against every code
        in the file (the lead sees them all), so ``veckomoten__karin`` is ``veckomoten``,
        or ``veckomoten_2`` when a code of that key, named otherwise, is there. A proposal
        whose name reads as a code's beside it (johan's "Veckomöten" when karin's was
        accepted first) is refused in one line: the lead merges it into that code."""
        self._lead_only(actor, f"accept {key!r}")
        # read under the write lock: the lead's other window may accept this proposal, or
        # another of the same name, meanwhile; read before, both took the same plain key
        # (a database error on the second) or one proposal was accepted twice
        with self.store.transaction():
            code_id = self.store.codes.id_for_key(key)
            status, by = self.store.codes.statuses()[code_id]
            if status != "proposed":
                raise ValidationError(
                    f"code {key!r} is {status}, not proposed", key="code_not_proposed", code=key
                )
            accepted = key
            proposer = self.store.coders.find(by) if by else None
            if proposer is not None:
                suffix = PROPOSER + coder_tag(proposer, self.store.coders.list())
                if key.endswith(suffix):
                    taken = self.store.codes.taken_keys() - {key}
                    accepted = key_from_name(key.removesuffix(suffix), taken)
            self.store.codes.set_status(code_id, "active")
            # accepted, it stands in the codebook beside its siblings: two coders' proposals
            # of one name (each blind to the other's) or a proposal named as a code the lead
            # added meanwhile made two siblings no reader could tell apart. Other proposals
            # still pending are not compared: accepting one must not wait on the others
            statuses = self.store.codes.statuses()
            standing = [
                c
                for c in self.store.codes.list()
                if c.id == code_id or statuses.get(c.id, ("active", None))[0] != "proposed"
            ]
            # (named by the key the lead asked for: the plain one is not written if refused)
            check_sibling_names(standing, {key}, "")
            if accepted != key:
                self.store.codes.rename(code_id, accepted)
            self.store.audit.append(
                actor, "code.accept", {"code": code_id, "key": accepted, "from": key, "by": by}
            )
        return self.store.codes.get(accepted)

    def create_theme(self, name: str, actor: str, lang: str = "sv") -> Code:
        """A new, empty theme at the top of the codebook (audited)."""
        self._lead_only(actor, "create a theme")
        name = " ".join(name.split())
        if not name:
            raise ValidationError("a theme needs a name", key="theme_name_empty")
        # one writer for the key, the code and its status: a key chosen before the lock was
        # taken by another window's theme of that name meanwhile, and a crash between two
        # writes left a plain code where the lead made a theme
        with self.store.transaction():
            key = key_from_name(f"theme {name}", self.store.codes.taken_keys())
            self.add_code(key, {lang: name}, actor=actor)
            code_id = self.store.codes.id_for_key(key)
            self.store.codes.set_status(code_id, "theme")
            self.store.audit.append(actor, "theme.create", {"code": code_id, "key": key})
        return self.store.codes.get(key)

    def set_theme(self, key: str, theme: str | None, actor: str) -> Code:
        """Put a code under a theme (or out of any with None); codings stay where they are."""
        self._lead_only(actor, f"move {key!r}")
        statuses = self.store.codes.statuses()
        if theme is not None and statuses[self.store.codes.id_for_key(theme)][0] != "theme":
            raise ValidationError(f"{theme!r} is not a theme", key="theme_unknown", theme=theme)
        if statuses[self.store.codes.id_for_key(key)][0] == "theme":
            raise ValidationError(f"{key!r} is a theme itself", key="theme_itself", code=key)
        return self.move_code(key, theme, actor=actor)

    def themes(self, viewer: str) -> list[ThemeView]:
        """Each theme with its codes, their counts and coders, and an exemplar passage; then
        the codes under no theme. Counts follow blind coding: a coder counts their own."""
        codes = self.codebook()
        statuses = self.store.codes.statuses()
        seen: dict[str, list[Coding]] = {}
        for coding in self.codings(viewer=viewer):
            seen.setdefault(coding.code, []).append(coding)
        by_id = {c.id: c for c in codes}

        def theme_of(code: Code) -> Code | None:
            node = code
            while node.parent_id in by_id:
                node = by_id[node.parent_id]
                if statuses.get(node.id, ("",))[0] == "theme":
                    return node
            return None

        views: dict[str | None, ThemeView] = {
            c.id: ThemeView(c) for c in codes if statuses.get(c.id, ("",))[0] == "theme"
        }
        loose = ThemeView(None)
        for code in codes:
            status, by = statuses.get(code.id, ("active", None))
            if status == "theme":
                continue
            mine = seen.get(code.key, [])
            coders = tuple(sorted({c.coder for c in mine if c.layer == "coder"}))
            agreed = sum(1 for c in mine if c.layer == "consensus")
            item = ThemeCode(code, status, by, len(mine), coders, agreed)
            theme = theme_of(code)
            (views[theme.id] if theme else loose).codes.append(item)
        result = []
        pins = self.store.quotes.pinned_at()
        for view in views.values():
            if view.theme is None:  # only the codes outside any theme have none
                continue
            passages = self.retrieve(view.theme.key, viewer, children=True)
            pinned = [p for p in passages if p.coding.id in pins]
            exemplar: Passage | None
            if pinned:  # the lead's latest pin among the theme's passages
                exemplar = max(pinned, key=lambda p: pins[p.coding.id])
            else:  # none pinned (or none the viewer may see): the longest, up to a point
                exemplar = max(passages, key=lambda p: min(len(p.text), 300), default=None)
            result.append(ThemeView(view.theme, view.codes, exemplar, bool(pinned)))
        return [*result, loose]

    def theme_of(self, key: str) -> str | None:
        """The key of the theme a code is grouped under (at any depth), or None."""
        codes = {c.id: c for c in self.codebook()}
        statuses = self.store.codes.statuses()
        node = codes.get(self.store.codes.id_for_key(key))
        while node is not None and node.parent_id in codes:
            node = codes[node.parent_id]
            if statuses.get(node.id, ("",))[0] == "theme":
                return node.key
        return None

    def pin_theme_exemplar(
        self, coding_ref: str, actor: str, theme: str | None = None, unpin: bool = False
    ) -> tuple[str, Coding]:
        """The lead's exemplar passage for a theme: one of the codings of its codes.

        It is pinned as an exemplar quote, so the summary quotes it first for its code, and
        the theme view shows the theme's latest pin instead of its longest passage. Pinning
        a passage again makes it the theme's exemplar again; ``unpin`` takes the pin off.
        ``theme`` defaults to the theme the coding's code is grouped under.
        """
        self._lead_only(actor, "pin an exemplar")
        coding = self.store.codings.resolve(coding_ref)
        if coding.deleted_at:
            raise ValidationError(f"coding {coding.id[:8]} was removed", key="pin_removed")
        under = self.theme_of(coding.code)
        if theme is not None:
            if self.code_status(theme)[0] != "theme":
                raise ValidationError(f"{theme!r} is not a theme", key="theme_unknown", theme=theme)
            if theme != under and coding.code != theme:
                raise ValidationError(
                    f"coding {coding.id[:8]} is coded {coding.code!r}, which is not under "
                    f"theme {theme!r}",
                    key="pin_not_under",
                    code=coding.code,
                    theme=theme,
                )
        elif under is None:
            raise ValidationError(
                f"coding {coding.id[:8]} is coded {coding.code!r}, which is under no theme; "
                "group the code under a theme first",
                key="pin_no_theme",
                code=coding.code,
            )
        chosen = theme or under
        assert chosen is not None
        with self.store.transaction():
            if unpin:
                if not self.store.quotes.unpin(coding.id):
                    raise ValidationError(
                        f"coding {coding.id[:8]} is not pinned", key="pin_not_pinned"
                    )
            else:
                self.store.quotes.unpin(coding.id)  # pinned before: now the latest again
                self.store.quotes.pin(coding.id, actor)
            self.store.audit.append(
                actor,
                "theme.exemplar.unpin" if unpin else "theme.exemplar.pin",
                {"theme": chosen, "coding": coding.id},
            )
        return chosen, coding
