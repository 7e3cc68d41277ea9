"""The codebook: loading, exporting, renaming and merging codes without losing codings."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from qualcode.errors import SETTING, CodebookError, ValidationError
from qualcode.model import LANGS, Code, Codebook, CodeSpec
from qualcode.project.base import Service
from qualcode.project.code_names import check_sibling_names
from qualcode.project.code_specs import (
    EDITABLE,
    check_code_count,
    check_shortcut,
    check_spec_texts,
    spec_changes,
    spec_of,
)
from qualcode.project.codebook_edit import check_depth, check_spec_depth, in_tree_order
from qualcode.project.codebook_files import check_loadable, check_yaml_name
from qualcode.project.snapshot import one_snapshot
from qualcode.project.source_paths import file_name, kept_name


@dataclass(slots=True)
class CodebookReport:
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    # per updated code, the fields that held something and hold nothing now (the file
    # left them out): the audit log's codebook.load entry keeps what they held
    emptied: dict[str, list[str]] = field(default_factory=dict)


def _emptied(changes: Mapping[str, Mapping[str, object]]) -> list[str]:
    """The fields of a code's changes that held something and hold nothing now; of a
    field per language, the languages it lost ('names (en)') while others stay."""
    found = []
    for name, change in changes.items():
        was, now = change["from"], change["to"]
        if isinstance(was, Mapping):
            kept = now if isinstance(now, Mapping) else {}
            gone = [lang for lang, value in was.items() if value and not kept.get(lang)]
            if gone:
                found.append(f"{name} ({', '.join(gone)})" if any(kept.values()) else name)
        elif was and not now:
            found.append(name)
    return found


class CodebookMixin(Service):
    def codebook(self, include_deleted: bool = False) -> list[Code]:
        return self.store.codes.list(include_deleted=include_deleted)

    def codebook_tree(self) -> list[Code]:
        """The live codes with each child under its parent (``in_tree_order``)."""
        return in_tree_order(self.codebook())

    def code(self, key: str) -> Code:
        return self.store.codes.get(key)

    def load_codebook(
        self, path: str | Path, actor: str = "qualcode", lang: str | None = None
    ) -> CodebookReport:
        """Create or update codes by key from a YAML, REFI-QDA .qdc or spreadsheet .csv
        codebook (``lang``: the language of a CSV's unmarked columns); never drops a code
        or coding."""
        self.require_lead_act(
            "change the codebook", key="lead_changes_codebook"
        )  # before the file is read
        from qualcode.codebook import load_codebook

        target = Path(path)
        check_loadable(target)  # a workbook read as YAML: "byte 0xaf is not UTF-8"
        if target.suffix.lower() == ".qdc":
            from qualcode.export.refi_read import read_qdc
            from qualcode.project.refi_codes import onto_project_codes

            # a .qdc names codes, not keys: matched with the project's by name, as an import is
            book = onto_project_codes(read_qdc(target), {}, self.store.codes.list())[0]
        elif target.suffix.lower() in (".csv", ".tsv"):
            from qualcode.codebook.csv_io import read_codebook_csv

            book = read_codebook_csv(target, lang)
        else:
            book = load_codebook(target)
        # a codebook without a title is named after its file, whose name may hold bytes
        # the system could not read (``kept_name``)
        book = replace(book, name=kept_name(book.name))
        return self.apply_codebook(book, actor=actor, source=str(path))

    def apply_codebook(
        self, codebook: Codebook, actor: str = "qualcode", source: str = "api"
    ) -> CodebookReport:
        """Create or update the codes of ``codebook`` by key, a lead's act, in one
        transaction: every text, depth, shortcut and sibling's name is checked against the
        codebook as it will stand, so a file that swaps two codes' names loads whole and
        one that breaks a rule writes nothing (``source`` names it in the refusal)."""
        from qualcode.oneline import check_name

        self.require_lead_act("change the codebook", key="lead_changes_codebook")
        current = self.store.codes.list()
        check_code_count(codebook.codes, current, source)  # before any code is checked
        for spec in codebook.codes:  # before anything is written
            check_spec_texts(spec, f"{source}: code {spec.key!r}")
        for title in (codebook.name, *codebook.titles.values()):
            if title:
                check_name(title, f"{source}: the codebook's title", CodebookError)
        report = CodebookReport()
        with self.store.transaction():
            # the codebook read again under the write lock: another process's load that
            # created the file's codes meanwhile made them 'updated' here with nothing to
            # compare them with, a KeyError traceback (hostile48)
            current = self.store.codes.list()
            check_code_count(codebook.codes, current, source)
            # each code as it stood: a file that leaves out a code's definition, keywords
            # or parent empties them, and the audit log named only the code (red team 41)
            keys_then = {c.id: c.key for c in current}
            stood = {c.key: spec_of(c, keys_then) for c in current}
            check_spec_depth(codebook.codes, current, f"{source}: ")
            ids: dict[str, str] = {c.key: c.id for c in current}
            for spec in _parents_first(codebook.codes):
                parent_id = ids.get(spec.parent) if spec.parent else None
                if spec.parent and parent_id is None:
                    raise CodebookError(
                        f"{source}: code {spec.key!r}: field 'parent': unknown code {spec.parent!r}"
                    )
                code_id, action = self.store.codes.upsert(spec, parent_id)
                ids[spec.key] = code_id
                getattr(report, action).append(spec.key)
            # the file checked its own shortcuts; here, against the codes already in the project
            live = self.store.codes.list()
            # each code against the codes holding its shortcut, not against every code: a
            # list of all others per code was quadratic, 10,000 codes took minutes to load
            holding: dict[str, list[Code]] = {}
            for c in live:
                if c.shortcut:
                    holding.setdefault(c.shortcut, []).append(c)
            for spec in codebook.codes:
                others = holding.get(spec.shortcut, []) if spec.shortcut else []
                try:
                    check_shortcut(spec, [c for c in others if c.key != spec.key])
                except CodebookError as exc:
                    raise CodebookError(f"{source}: {exc}") from None
            check_depth(live, f"{source}: ")
            # the file's new and changed codes: one it restates as the project holds it is
            # no new name (a project with twins from before this rule still loads its own)
            check_sibling_names(live, {*report.created, *report.updated}, f"{source}: ")
            if codebook.name:
                self.store.codes.set_title(codebook.name, codebook.titles)
            keys = {c.id: c.key for c in live}
            now = {c.key: spec_of(c, keys) for c in live if c.key in stood}
            changes = {
                # every field an edit changes (parts among them) and the parent a load moves
                key: spec_changes(stood[key], now[key], (*EDITABLE, "parent"))
                for key in report.updated
            }
            emptied = {key: _emptied(fields) for key, fields in changes.items()}
            report.emptied = {key: found for key, found in emptied.items() if found}
            self.store.audit.append(
                actor,
                "codebook.load",
                # the file's name: its folder names a login ('/home/anna.lind/...')
                {
                    "source": file_name(source),
                    "created": report.created,
                    "updated": report.updated,
                    "changes": changes,
                },
            )
        return report

    @one_snapshot
    def export_codebook(
        self,
        path: str | Path,
        name: str | None = None,
        force: bool = False,
        lang: str = "en",
        *,
        real_names: bool = False,
        viewer: str | None = None,
    ) -> Path:
        """Write the live codebook (through the one writer: never over a project, an
        existing file only with ``force``): for ``.md`` and ``.docx`` as a paper's appendix
        reads it in ``lang`` (names, definitions, inclusion, exclusion, examples), under any
        other name as YAML that ``load_codebook`` reads back.

        Every text goes through the pseudonym key, YAML too: an example passage or a
        definition quoting a participant leaves the project like any export. A lead asks
        for ``real_names`` (``viewer``) to move the codebook losslessly to another project.
        The file is read back and refused if a name on the key would still appear.
        It keeps the title it was loaded with unless ``name`` gives another.
        """
        from qualcode.codebook import dump_codebook
        from qualcode.export.pseudonyms import check_files
        from qualcode.project.export_log import names_said, write_recorded

        target = Path(path)
        suffix = target.suffix.lower()  # .md, .docx: to read; any other name: YAML
        check_yaml_name(target)
        # .md and .docx are read in lang: a place's proposed pseudonym in its words; YAML
        # holds both languages and keeps the pseudonym as stored
        key = self.pseudonym_key(real_names, viewer, lang, as_stored=suffix not in (".md", ".docx"))
        specs = tuple(
            replace(
                key.code(s),
                key=key.code_key(s.key),
                parent=key.code_key(s.parent) if s.parent else None,
            )
            for s in self.codebook_specs()
        )
        if not specs:  # a codebook file with no codes is one load_codebook refuses
            raise CodebookError("the project has no codes yet: there is no codebook to export")
        # .md and .docx are headed in ``lang`` when the codebook has a title per language
        read = suffix in (".md", ".docx")
        stored = self.store.codes.title(lang if read else None)
        title = key.apply(name or stored or "qualcode codebook")
        titles = {} if name else {k: key.apply(v) for k, v in self.store.codes.titles().items()}
        data: str | bytes
        if suffix in (".md", ".docx"):
            from qualcode.export.codebook_doc import codebook_docx, codebook_markdown, entries
            from qualcode.texts import LANGUAGES

            if lang not in LANGUAGES:
                raise CodebookError(
                    f"{SETTING} {lang!r}: use {' or '.join(LANGUAGES)}", setting="lang"
                )
            codes = [replace(key.code(c), key=key.code_key(c.key)) for c in self.codebook()]
            items = entries(codes, lang, str)
            data = (
                codebook_markdown(title, items, lang)
                if suffix == ".md"
                else codebook_docx(title, items, lang)
            )
        else:
            data = dump_codebook(Codebook(name=title, codes=specs, titles=titles))
        raw = data.encode("utf-8") if isinstance(data, str) else data
        check_files(key, {target.name: raw})
        details = {"names": names_said(real_names), "codes": len(specs)}
        write_recorded(self, "codebook", {target: raw}, details, force=force)
        return target

    def codebook_specs(self) -> list[CodeSpec]:
        codes = self.codebook()
        keys = {c.id: c.key for c in codes}
        return [spec_of(c, keys) for c in codes]

    def rename_code(
        self,
        key: str,
        new_key: str | None = None,
        *,
        names: Mapping[str, str] | None = None,
        actor: str = "qualcode",
    ) -> Code:
        """Give a code a new key and/or new names; its codings stay attached by id."""
        self.require_lead_act("change the codebook", key="lead_changes_codebook")
        from qualcode.codebook import validate_key

        bad_langs = set(names or {}) - set(LANGS)
        if bad_langs:
            raise ValidationError(f"unknown language(s) {sorted(bad_langs)}; use sv or en")
        from qualcode.oneline import check_name, check_seen

        for lang, name in (names or {}).items():  # the rule every other way in holds names to
            check_name(name, f"code {key!r}: field 'name' ({lang})")
            check_seen(name, f"code {key!r}: the name ({lang})")
        with self.store.transaction():  # looked up under the lock, as a merge is
            code_id = self.store.codes.id_for_key(key)
            # the names replaced, kept in the log: it kept only the new ones (red team 41)
            was = self.store.codes.get(key).names if names else {}
            if new_key and new_key != key:
                validate_key(new_key)
                if any(c.key == new_key for c in self.store.codes.list()):
                    raise ValidationError(
                        f"a code {new_key!r} already exists", key="code_key_taken", code=new_key
                    )
                self.store.codes.rename(code_id, new_key)
            if names:
                self.store.codes.set_names(code_id, dict(names))
                check_sibling_names(self.store.codes.list(), {new_key or key})
            self.store.audit.append(
                actor,
                "code.rename",
                {
                    "code": code_id,
                    "from": key,
                    "to": new_key or key,
                    "names": dict(names or {}),
                    "names_from": {lang: was.get(lang) for lang in names or {}},
                },
            )
        return self.store.codes.get(new_key or key)

    def merge_codes(self, source: str, target: str, actor: str = "qualcode") -> list[str]:
        """Move every coding and memo of ``source`` to ``target`` and retire ``source``.

        The retired code stays in the file (``merged_into``) and the audit entry lists the
        moved codings, so the history of each coding can be told.
        """
        self.require_lead_act("change the codebook", key="lead_changes_codebook")
        if source == target:
            raise ValidationError("cannot merge a code into itself", key="code_merge_itself")
        # the codes are looked up under the write lock: the lead's other window may merge
        # or retire one meanwhile; looked up before, a's codings went onto b after b was
        # merged into c (retired, shown nowhere), and opposite merges retired both codes
        with self.store.transaction():
            source_id = self.store.codes.id_for_key(source)
            target_id = self.store.codes.id_for_key(target)
            if self.store.codes.is_theme(target_id) and not self.store.codes.is_theme(source_id):
                # its codings would be coded with the theme, which is never coded
                raise ValidationError(
                    f"{target!r} is a theme: group {source!r} under it instead of merging",
                    key="code_merge_theme",
                    code=source,
                    theme=target,
                )
            live = {c.id: c for c in self.store.codes.list()}
            lifted = None
            node = live[target_id].parent_id if target_id in live else None
            while node is not None and node in live:
                if node == source_id:
                    # the target lies under the source: it takes the source's place first,
                    # or it would become its own parent (a cycle that hid it from exports)
                    lifted = live[target_id].parent_id
                    self.store.codes.set_parent(target_id, live[source_id].parent_id)
                    break
                node = live[node].parent_id
            moved, twins = self.store.codings.move_code(source_id, target_id)
            for twin, kept in twins:  # the passage stays coded once; the notes go with it
                for note in self.store.memos.list("coding", twin):
                    self.store.memos.add("coding", kept, note.author, note.text)
            children = self.store.codes.reparent_children(source_id, target_id)
            check_depth(self.store.codes.list())
            self.store.codes.retire(source_id, merged_into=target_id)
            # its sub-codes go under the target, beside the target's own: refused where
            # two would read alike there (merge or rename one of them first)
            after = self.store.codes.list()
            placed = {*children, *([target_id] if lifted is not None else [])}
            placed_keys = {c.key for c in after if c.id in placed}
            check_sibling_names(after, placed_keys, f"merging {source!r} into {target!r}: ")
            # the code's memos go with its codings: left on the retired code, they were
            # in no summary, codebook or screen of the code that now holds its passages
            memos = self.store.memos.move_target("code", source_id, target_id)
            dropped = self.store.suggestions.drop_pending_for_code(source_id)
            self.store.audit.append(
                actor,
                "code.merge",
                {
                    "from": source,
                    "from_id": source_id,
                    "into": target,
                    "into_id": target_id,
                    "codings": moved,
                    "children": children,
                    "pending_suggestions_dropped": dropped,
                    **({"memos": memos} if memos else {}),
                    **({"coded_with_both": [t for t, _ in twins]} if twins else {}),
                    **({"lifted_from": lifted} if lifted else {}),
                },
            )
        return moved


def _parents_first(specs: Sequence[CodeSpec]) -> list[CodeSpec]:
    """The specs ordered by their depth below codes not in ``specs`` (file order kept within
    a depth), so a parent is written before its children. Linear: a chain of thousands of
    codes, each the parent of the next, once took hours (every round rebuilt every set)."""
    by_key = {s.key: s for s in specs}
    depth: dict[str, int] = {}
    for spec in specs:
        path: list[str] = []
        seen: set[str] = set()
        key: str | None = spec.key
        while key is not None and key in by_key and key not in depth:
            if key in seen:  # validation normally catches it first
                raise CodebookError(f"code {key!r}: field 'parent': parents form a cycle")
            seen.add(key)
            path.append(key)
            key = by_key[key].parent
        level = depth[key] + 1 if key is not None and key in depth else 0
        for step in reversed(path):
            depth[step] = level
            level += 1
    return sorted(specs, key=lambda s: depth[s.key])
