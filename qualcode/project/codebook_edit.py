"""Editing the live codebook one code at a time: add, edit, move and retire codes.

The CLI and the TUI share these methods, so both give the same guarantees as a codebook
load: each call is one transaction, codings stay attached to their code by id, nothing is
deleted outright, and the audit log records what changed, who changed it and from what.
Every refusal names the code and the field, in one line. What a code's fields may hold, and
an edit's fields merged into them, is ``code_specs.py``, which a codebook load shares.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from qualcode.errors import CodebookError
from qualcode.model import MAX_CODE_DEPTH, Code, CodeSpec
from qualcode.project.base import Service
from qualcode.project.code_names import check_sibling_names
from qualcode.project.code_specs import (
    apply_fields,
    check_shortcut,
    check_spec_texts,
    spec_changes,
    spec_of,
)


def in_tree_order(codes: Sequence[Code]) -> list[Code]:
    """``codes`` with each child right after its parent (and its siblings), each level in
    the order given: `codebook show` listed a child code added later below every top-level
    code, where an NVivo or MAXQDA user reads a code's children under it (study46). A code
    whose parent is not among ``codes`` is listed at the top."""
    known = {c.id for c in codes}
    children: dict[str | None, list[Code]] = {}
    for code in codes:
        parent = code.parent_id if code.parent_id in known else None
        children.setdefault(parent, []).append(code)
    ordered: list[Code] = []
    stack = list(reversed(children.get(None, [])))
    while stack:  # no recursion: a codebook may be nested deeply
        code = stack.pop()
        ordered.append(code)
        stack.extend(reversed(children.get(code.id, [])))
    listed = {c.id for c in ordered}  # a damaged file's cycle reaches no top: still listed
    return ordered + [c for c in codes if c.id not in listed]


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
        spec = apply_fields(CodeSpec(key=key), key, fields)
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
        """Change texts, keywords, examples, parts, colour or shortcut; untouched fields stay.

        Per-language fields change only the languages given; an empty text or list clears
        that language (``parts={"sv": [["budget", "ekonomi"], ["flerår"]]}``, a list of
        stems a part, as a codebook file writes them). ``color=None`` or ``shortcut=None``
        clears them.
        """
        self.require_lead_act("change the codebook", key="lead_changes_codebook")
        with self.store.transaction():
            live = self.store.codes.list()
            code = self.store.codes.get(key)
            before = spec_of(code, {c.id: c.key for c in live})
            after = apply_fields(before, key, fields)
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
