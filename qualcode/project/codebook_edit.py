"""Editing the live codebook one code at a time: add, edit, move and retire codes.

The CLI and the TUI share these methods, so both give the same guarantees as a codebook
load: each call is one transaction, codings stay attached to their code by id, nothing is
deleted outright, and the audit log records what changed, who changed it and from what.
Every refusal names the code and the field, in one line.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from qualcode.errors import CodebookError
from qualcode.model import LANGS, MAX_CODE_DEPTH, Code, CodeSpec
from qualcode.project.base import Service
from qualcode.project.code_names import check_sibling_names

TEXT_FIELDS = ("names", "definitions", "inclusion", "exclusion")
LIST_FIELDS = ("keywords", "examples")
EDITABLE = (*TEXT_FIELDS, *LIST_FIELDS, "color", "shortcut")


def check_depth(codes: Sequence[Code], where: str = "") -> None:
    """Refuse a codebook nested deeper than ``MAX_CODE_DEPTH`` levels, naming its deepest
    code; called inside the write transaction, so the refusal leaves the file as it was."""
    key_of = {c.id: c.key for c in codes}
    _refuse_deep({c.key: key_of.get(c.parent_id or "") for c in codes}, where)


def check_spec_depth(specs: Sequence[CodeSpec], live: Sequence[Code], where: str = "") -> None:
    """``check_depth`` of the codebook ``specs`` would make of ``live``, before anything is
    written: a file's chain of 20,000 codes (each the parent of the next) was written
    whole, twenty seconds of inserts, only to be rolled back by the check after them."""
    key_of = {c.id: c.key for c in live}
    parent_of = {c.key: key_of.get(c.parent_id or "") for c in live}
    parent_of.update({s.key: s.parent for s in specs})
    _refuse_deep(parent_of, where)


def _refuse_deep(parent_of: Mapping[str, str | None], where: str) -> None:
    """Each code's depth from its parent chain, every code walked once (a set, not a list,
    holds the walk: a chain of thousands asked ``in`` of a list thousands of times)."""
    depth: dict[str, int] = {}
    for key in parent_of:
        path: list[str] = []
        on_path: set[str] = set()
        node: str | None = key
        while node is not None and node in parent_of and node not in depth:
            if node in on_path:
                # a file's codes joined with the project's: 'a' under 'b' in a sheet,
                # where the project holds 'b' under 'a', loaded; every tree export then
                # left both out (a .qdc of no codes) and the YAML export loaded no more
                ring = [*path[path.index(node) :], node]
                raise CodebookError(
                    f"{where}code {node!r}: field 'parent': parents form a cycle "
                    f"({' > '.join(ring)})"
                )
            path.append(node)
            on_path.add(node)
            node = parent_of[node]
        level = depth.get(node, 0) if node is not None else 0
        for step in reversed(path):
            level += 1
            depth[step] = level
    if depth and max(depth.values()) > MAX_CODE_DEPTH:
        deepest = max(parent_of, key=lambda k: depth.get(k, 0))
        raise CodebookError(
            f"{where}code {deepest!r}: field 'parent': codes would nest "
            f"{depth[deepest]} levels deep, more than {MAX_CODE_DEPTH}"
        )


class CodebookEditMixin(Service):
    def add_code(
        self,
        key: str,
        names: Mapping[str, str],
        definitions: Mapping[str, str] | None = None,
        parent: str | None = None,
        *,
        actor: str = "qualcode",
        **fields: Any,
    ) -> Code:
        """Create a code (optionally under ``parent``); its key must be new among live codes.
        The shared codebook is the lead's (a coder proposes a code: ``propose_code``)."""
        self.require_lead_act("change the codebook", key="lead_changes_codebook")
        return self._new_code(key, names, definitions, parent, actor=actor, **fields)

    def _new_code(
        self,
        key: str,
        names: Mapping[str, str],
        definitions: Mapping[str, str] | None = None,
        parent: str | None = None,
        *,
        actor: str = "qualcode",
        proposal: bool = False,
        **fields: Any,
    ) -> Code:
        """``add_code`` without asking who acts: a coder's proposal adds its code so
        (``proposal``: named as she likes, two coders' proposals of one name being what
        the lead reviews, and a colleague's hidden from her while the team is blind; the
        name is checked against its siblings when the lead accepts it, ``accept_code``)."""
        from qualcode.codebook.yaml_io import KEY, KEY_MAX, KEY_RULE, shown_key

        if not KEY.match(key):
            raise CodebookError(
                f"code {shown_key(key)}: field 'key' {KEY_RULE}", key="code_key_rule", most=KEY_MAX
            )
        fields = {"names": names, "definitions": definitions or {}, **fields}
        spec = _apply(CodeSpec(key=key), key, fields)
        if not spec.names:
            raise CodebookError(
                f"code {key!r}: field 'names' needs a name in sv or en", key="code_name_empty"
            )
        check_spec_texts(spec, f"code {key!r}")
        with self.store.transaction():
            live = self.store.codes.list()
            # every live key, a colleague's proposal hidden by blind coding too
            if key in self.store.codes.taken_keys():
                raise CodebookError(
                    f"code {key!r}: field 'key': a code {key!r} already exists",
                    key="code_key_taken",
                    code=key,
                )
            check_shortcut(spec, live)
            parent_id = self.store.codes.id_for_key(parent) if parent else None
            code_id, _ = self.store.codes.upsert(replace(spec, parent=parent), parent_id)
            check_depth(self.store.codes.list())
            if not proposal:
                check_sibling_names(self.store.codes.list(), {key})
            self.store.audit.append(
                actor, "code.add", {"code": code_id, "key": key, "parent": parent}
            )
        return self.store.codes.get(key)

    def update_code(self, key: str, *, actor: str = "qualcode", **fields: Any) -> Code:
        """Change texts, keywords, examples, colour or shortcut; untouched fields stay.

        Per-language fields change only the languages given; an empty text or list clears
        that language. ``color=None`` or ``shortcut=None`` clears them.
        """
        self.require_lead_act("change the codebook", key="lead_changes_codebook")
        with self.store.transaction():
            live = self.store.codes.list()
            code = self.store.codes.get(key)
            before = spec_of(code, {c.id: c.key for c in live})
            after = _apply(before, key, fields)
            if not after.names:
                raise CodebookError(
                    f"code {key!r}: field 'names' needs a name in sv or en", key="code_name_empty"
                )
            check_spec_texts(after, f"code {key!r}")
            check_shortcut(after, [c for c in live if c.id != code.id])
            parent_id = code.parent_id
            self.store.codes.upsert(after, parent_id)
            if after.names != before.names:
                check_sibling_names(self.store.codes.list(), {key})
            changes = spec_changes(before, after)
            if changes:
                self.store.audit.append(
                    actor, "code.edit", {"code": code.id, "key": key, "changes": changes}
                )
        return self.store.codes.get(key)

    def move_code(self, key: str, new_parent: str | None, *, actor: str = "qualcode") -> Code:
        """Put a code under another one (or at the top with ``None``); cycles are refused."""
        self.require_lead_act("change the codebook", key="lead_changes_codebook")
        with self.store.transaction():
            live = self.store.codes.list()
            code = self.store.codes.get(key)
            by_id = {c.id: c for c in live}
            parent_id = self.store.codes.id_for_key(new_parent) if new_parent else None
            node = parent_id
            while node:
                if node == code.id:
                    raise CodebookError(
                        f"code {key!r}: field 'parent': {new_parent!r} is {key!r} or lies "
                        f"under it, so the move would make a cycle",
                        key="code_move_cycle",
                    )
                node = by_id[node].parent_id if node in by_id else None
            old = by_id[code.parent_id].key if code.parent_id in by_id else None
            if parent_id != code.parent_id:
                self.store.codes.set_parent(code.id, parent_id)
                check_depth(self.store.codes.list())
                check_sibling_names(self.store.codes.list(), {key})
                self.store.audit.append(
                    actor, "code.move", {"code": code.id, "key": key, "from": old, "to": new_parent}
                )
        return self.store.codes.get(key)

    def delete_code(self, key: str, *, actor: str = "qualcode") -> Code:
        """Retire an unused code (soft delete); one with codings or sub-codes is refused."""
        self.require_lead_act("change the codebook", key="lead_changes_codebook")
        return self._drop_code(key, actor=actor)

    def _drop_code(self, key: str, *, actor: str = "qualcode") -> Code:
        """``delete_code`` without asking who acts: a failed proposal takes its code back."""
        with self.store.transaction():
            code = self.store.codes.get(key)
            used = self.store.codings.counts_by_code().get(code.id, 0)
            if used:
                raise CodebookError(
                    f"code {key!r} has {used} coding{'' if used == 1 else 's'}; merge it into "
                    "another code instead",
                    action="merge_code",
                    key="code_has_codings",
                    n=used,
                )
            waiting = self.store.codings.on_removed_documents(code.id)
            if waiting:  # restored with their document, they would stand on a retired code
                raise CodebookError(
                    f"code {key!r} has {waiting} coding{'' if waiting == 1 else 's'} on a "
                    "removed document (the removed documents' list names them); merge it "
                    "into another code instead",
                    key="code_has_removed_codings",
                    n=waiting,
                    action="merge_code",
                )
            children = [c.key for c in self.store.codes.list() if c.parent_id == code.id]
            if children:
                raise CodebookError(
                    f"code {key!r} has sub-codes {', '.join(children)}; move or merge them first",
                    key="code_has_children",
                    codes=", ".join(children),
                )
            self.store.codes.retire(code.id, merged_into=None)
            dropped = self.store.suggestions.drop_pending_for_code(code.id)
            self.store.audit.append(
                actor,
                "code.delete",
                {"code": code.id, "key": key, "pending_suggestions_dropped": dropped},
            )
        return replace(code, deleted_at="retired")


def spec_of(code: Code, keys: Mapping[str, str]) -> CodeSpec:
    """A stored code as the codebook's files hold it, its parent named by key (``keys``:
    code id to key): what an edit starts from and what a codebook export writes, one
    conversion so that no field is carried by one and dropped by the other."""
    return CodeSpec(
        key=code.key,
        parent=keys.get(code.parent_id or ""),
        names=dict(code.names),
        definitions=dict(code.definitions),
        inclusion=dict(code.inclusion),
        exclusion=dict(code.exclusion),
        keywords=dict(code.keywords),
        examples=dict(code.examples),
        color=code.color,
        shortcut=code.shortcut,
    )


def check_spec_texts(spec: CodeSpec, where: str) -> None:
    """Names on one line; definitions and rules without control characters (oneline.py);
    a colour in hex. The YAML and CSV readers checked the colour but a .qdc or .qdpx
    codebook brought any ('#zzzzzz'), which the TUI then failed to draw (rich's
    ColorParseError ended the coding screen)."""
    from qualcode.codebook.yaml_io import COLOUR
    from qualcode.oneline import TextKind, check_keyword, check_name, check_seen, check_text, shown

    if spec.color is not None and not COLOUR.match(spec.color):
        raise CodebookError(
            f"{where}: field 'color' must be a hex colour like '#1f77b4', got {shown(spec.color)}",
            key="code_colour",
            colour=spec.color,
        )
    for lang, name in spec.names.items():
        check_name(name, f"{where}: field 'name' ({lang})", CodebookError)
        check_seen(name, f"{where}: the name ({lang})", CodebookError)
    kinds: tuple[tuple[str, TextKind], ...] = (
        ("definitions", "definition"),
        ("inclusion", "criterion"),
        ("exclusion", "criterion"),
    )
    for field, kind in kinds:
        for lang, text in getattr(spec, field).items():
            check_text(text, f"{where}: field '{field}' ({lang})", CodebookError, kind)
    # a keyword is a term matched in the text, an example a passage: an ESC sequence or a
    # 46 MB example came in from a codebook file and was printed by every listing and
    # export of the codebook (red team 9)
    for lang, terms in spec.keywords.items():
        for term in terms:
            check_keyword(term, f"{where}: a keyword ({lang})", CodebookError)
    for lang, examples in spec.examples.items():
        for example in examples:
            check_text(example, f"{where}: an example ({lang})", CodebookError, "example")


def _apply(spec: CodeSpec, key: str, fields: Mapping[str, Any]) -> CodeSpec:
    """``spec`` with ``fields`` applied, each checked; names the code and field on error."""
    from qualcode.codebook.yaml_io import COLOUR

    changes: dict[str, Any] = {}
    for name, value in fields.items():
        if name in TEXT_FIELDS:
            changes[name] = _merge_texts(getattr(spec, name), value, key, name)
        elif name in LIST_FIELDS:
            changes[name] = _merge_lists(getattr(spec, name), value, key, name)
        elif name == "color":
            color = (value or "").strip() or None
            if color is not None and not COLOUR.match(color):
                raise CodebookError(
                    f"code {key!r}: field 'color' must be a hex colour like '#1f77b4', "
                    f"got {value!r}",
                    key="code_colour",
                    colour=value,
                )
            changes[name] = color
        elif name == "shortcut":
            shortcut = value or None
            if shortcut is not None and (len(shortcut) != 1 or shortcut.isspace()):
                raise CodebookError(
                    f"code {key!r}: field 'shortcut' must be one character, got {value!r}",
                    key="code_shortcut_one",
                )
            changes[name] = shortcut
        else:
            raise CodebookError(
                f"code {key!r}: field {name!r} cannot be edited; use one of {', '.join(EDITABLE)}"
            )
    return replace(spec, **changes)


def _langs(value: object, key: str, field: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise CodebookError(f"code {key!r}: field {field!r} must map languages (sv, en) to values")
    for lang in value:
        if lang not in LANGS:
            raise CodebookError(
                f"code {key!r}: field '{field}.{lang}': unknown language; use sv or en"
            )
    return value


def _merge_texts(old: Mapping[str, str], value: object, key: str, field: str) -> dict[str, str]:
    result = dict(old)
    for lang, text in _langs(value, key, field).items():
        if not isinstance(text, str):
            raise CodebookError(f"code {key!r}: field '{field}.{lang}' must be text")
        if text.strip():
            result[lang] = text.strip()
        else:
            result.pop(lang, None)
    return result


def _merge_lists(
    old: Mapping[str, tuple[str, ...]], value: object, key: str, field: str
) -> dict[str, tuple[str, ...]]:
    result = dict(old)
    for lang, items in _langs(value, key, field).items():
        if isinstance(items, str) or not all(isinstance(i, str) for i in items):
            raise CodebookError(f"code {key!r}: field '{field}.{lang}' must be a list of texts")
        cleaned = tuple(i.strip() for i in items)
        if any(not i for i in cleaned):
            raise CodebookError(f"code {key!r}: field '{field}.{lang}' has an empty entry")
        if cleaned:
            result[lang] = cleaned
        else:
            result.pop(lang, None)
    return result


def check_shortcut(spec: CodeSpec, others: Sequence[Code]) -> None:
    """One key, one code: refuse a shortcut one of ``others`` already has."""
    taken = next((c.key for c in others if spec.shortcut and c.shortcut == spec.shortcut), None)
    if taken:
        raise CodebookError(
            f"code {spec.key!r}: field 'shortcut' {spec.shortcut!r} is already used by {taken!r}",
            key="code_shortcut_taken",
            shortcut=spec.shortcut,
            code=taken,
        )


def spec_changes(
    before: CodeSpec, after: CodeSpec, fields: Sequence[str] = EDITABLE
) -> dict[str, dict[str, object]]:
    """Each of ``fields`` that differs, with what it held and holds (``from``, ``to``):
    what the audit log keeps of a code's edit, so that no text is lost with it."""
    return {
        f: {"from": _plain(getattr(before, f)), "to": _plain(getattr(after, f))}
        for f in fields
        if getattr(before, f) != getattr(after, f)
    }


def _plain(value: object) -> object:
    """A value the audit log can store as JSON."""
    if isinstance(value, Mapping):
        return {k: list(v) if isinstance(v, tuple) else v for k, v in value.items()}
    return value
