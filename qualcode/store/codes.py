"""The codebook as stored: codes with per-language texts, keywords and examples."""

from __future__ import annotations

import builtins
import unicodedata
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

import sqlite_utils

from qualcode.errors import NotFoundError
from qualcode.model import LANGS, Code, CodeSpec, drawable_colour, with_texts
from qualcode.oneline import shown
from qualcode.store import code_parts
from qualcode.store.code_rows import EXAMPLES, FURTHER_EXAMPLES, KEYWORDS, CodeRows
from qualcode.store.rows import new_id, now

_TEXT_FIELDS = ("name", "definition", "inclusion", "exclusion")


def _folded(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFC", text).casefold() if c.isalnum())


def unknown_code(given: str, codes: builtins.list[Code]) -> NotFoundError:
    """'unknown code ...', with the key meant when ``codes`` (those the asker may see)
    hold one by that name, by that key in other case or spacing, or by a key one slip
    away: a coder who typed the code's name ("Work environment and quality"), or a key
    without its underscore, read only "unknown code" and went looking through the
    codebook for the key. A script's number where the key goes (``add_coding(doc, 'code',
    3, 41, ...)``) is unknown too, not a traceback from the folding."""
    given = given if isinstance(given, str) else str(given)
    folded = _folded(given)
    named = [
        c.key
        for c in codes
        if folded and folded in {_folded(c.key), *map(_folded, c.names.values())}
    ]
    if not named:
        import difflib

        keys = {_folded(c.key): c.key for c in codes}
        close = difflib.get_close_matches(folded, list(keys), n=1, cutoff=0.8)
        named = [keys[k] for k in close]
    meant = f"; did you mean {shown(named[0])}?" if len(named) == 1 else ""
    return NotFoundError(f"unknown code {shown(given)}{meant}", action="show_codebook")


def _composed(spec: CodeSpec) -> CodeSpec:
    """``spec`` with every text composed (NFC), as the documents' text is kept: a codebook
    a Mac editor saved holds 'överanställning' decomposed, and kept so its keywords never
    matched a sentence saying just that (red team 37)."""
    return with_texts(spec, lambda text: unicodedata.normalize("NFC", text))


def _spec_columns(spec: CodeSpec) -> dict[str, Any]:
    sources = {
        "name": spec.names,
        "definition": spec.definitions,
        "inclusion": spec.inclusion,
        "exclusion": spec.exclusion,
    }
    columns: dict[str, Any] = {"key": spec.key, "color": spec.color, "shortcut": spec.shortcut}
    for field in _TEXT_FIELDS:
        for lang in LANGS:
            columns[f"{field}_{lang}"] = sources[field].get(lang)
    return columns


# meta key of the codebook's title, so an exported codebook keeps the name it was loaded with
TITLE_KEY = "codebook.title"


class CodeRepo:
    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def list(self, include_deleted: bool = False) -> list[Code]:
        where = "" if include_deleted else "WHERE deleted_at IS NULL"
        rows = list(self.db.query(f"SELECT * FROM codes {where} ORDER BY created_at, key, id"))
        keywords = self._lists(KEYWORDS)
        examples = self._lists(EXAMPLES)
        further = self._lists(FURTHER_EXAMPLES)
        parts = code_parts.read_all(self.db)
        return [
            replace(
                _to_code(
                    r,
                    keywords.get(r["id"], {}),
                    examples.get(r["id"], {}),
                    further.get(r["id"], {}),
                ),
                parts=parts.get(r["id"], {}),
            )
            for r in rows
        ]

    def _lists(self, rows: CodeRows) -> dict[str, dict[str, tuple[str, ...]]]:
        result: dict[str, dict[str, list[str]]] = {}
        if rows.table not in self.db.table_names():
            return {}  # a read-only file not yet migrated (schema.READ_AS_IS): none
        sql = (
            f"SELECT code_id, lang, {rows.columns[-1]} FROM {rows.table} "
            "ORDER BY code_id, lang, idx"
        )
        for code_id, lang, value in self.db.execute(sql).fetchall():
            result.setdefault(code_id, {}).setdefault(lang, []).append(value)
        return {cid: {lang: tuple(v) for lang, v in d.items()} for cid, d in result.items()}

    def id_for_key(self, key: str) -> str:
        row = self.db.execute(
            "SELECT id FROM codes WHERE key = ? AND deleted_at IS NULL", [key]
        ).fetchone()
        if row is None:
            raise unknown_code(key, self.list())
        return row[0]

    def taken_ids(self) -> set[str]:
        """The live codes' ids."""
        return {r[0] for r in self.db.execute("SELECT id FROM codes WHERE deleted_at IS NULL")}

    def taken_keys(self) -> set[str]:
        """The live codes' keys, which a new code may not take."""
        sql = "SELECT key FROM codes WHERE deleted_at IS NULL"
        return {r[0] for r in self.db.execute(sql).fetchall()}

    def is_theme(self, code_id: str) -> bool:
        row = self.db.execute(
            "SELECT 1 FROM code_status WHERE code_id = ? AND status = 'theme'", [code_id]
        ).fetchone()
        return row is not None

    def get(self, key: str) -> Code:
        code_id = self.id_for_key(key)
        return next(c for c in self.list() if c.id == code_id)

    def upsert(
        self, spec: CodeSpec, parent_id: str | None, code_id: str | None = None
    ) -> tuple[str, str]:
        """Create the code or update it in place by key; returns (id, what happened).
        ``code_id``: the id a new code takes (a coder's proposal merged from her package
        keeps hers), else a fresh one."""
        spec = _composed(spec)
        columns = _spec_columns(spec) | {"parent_id": parent_id}
        row = self.db.execute(
            "SELECT id FROM codes WHERE key = ? AND deleted_at IS NULL", [spec.key]
        ).fetchone()
        if row is None:
            code_id = code_id or new_id()
            self.db.table("codes").insert(columns | {"id": code_id, "created_at": now()})
            action = "created"
        else:
            code_id = row[0]
            before = self.db.table("codes").get(code_id)
            changed = any(before[k] != v for k, v in columns.items())
            if changed:
                self.db.table("codes").update(code_id, columns)
            lists_changed = self._replace_lists(code_id, spec)
            parts_changed = code_parts.replace(self.db, code_id, spec.parts)
            changed = changed or lists_changed or parts_changed
            return code_id, "updated" if changed else "unchanged"
        self._replace_lists(code_id, spec)
        code_parts.replace(self.db, code_id, spec.parts)
        return code_id, action

    def _replace_lists(self, code_id: str, spec: CodeSpec) -> bool:
        changed = False
        for rows, source in (
            (KEYWORDS, spec.keywords),
            (EXAMPLES, spec.examples),
            (FURTHER_EXAMPLES, spec.further_examples),
        ):
            value = rows.columns[-1]
            written = [
                {"code_id": code_id, "lang": lang, "idx": i, value: text}
                for lang, texts in source.items()
                for i, text in enumerate(texts)
            ]
            changed = rows.replace(self.db, code_id, written) or changed
        return changed

    def title(self, lang: str | None = None) -> str | None:
        """The name of the codebook last loaded (its file's ``codebook:`` line); in ``lang``
        when the file gave a title per language."""
        for key in ([f"{TITLE_KEY}.{lang}"] if lang else []) + [TITLE_KEY]:
            row = self.db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
            if row:
                return str(row[0])
        return None

    def titles(self) -> dict[str, str]:
        """The title per language, when the codebook last loaded gave one."""
        rows = self.db.execute(
            "SELECT key, value FROM meta WHERE key LIKE ?", [f"{TITLE_KEY}.%"]
        ).fetchall()
        return {key[len(TITLE_KEY) + 1 :]: str(value) for key, value in rows}

    def set_title(self, title: str, titles: Mapping[str, str] | None = None) -> None:
        """The codebook's title, and its title per language (a plain title clears those
        of a codebook loaded before)."""
        self.db.execute("DELETE FROM meta WHERE key LIKE ?", [f"{TITLE_KEY}.%"])
        rows = [{"key": TITLE_KEY, "value": title}]
        rows += [{"key": f"{TITLE_KEY}.{lang}", "value": t} for lang, t in (titles or {}).items()]
        self.db.table("meta").upsert_all(rows, pk="key")

    def rename(self, code_id: str, new_key: str) -> None:
        self.db.table("codes").update(code_id, {"key": new_key})

    def set_names(self, code_id: str, names: dict[str, str]) -> None:
        self.db.table("codes").update(code_id, {f"name_{lang}": v for lang, v in names.items()})

    def retire(self, code_id: str, merged_into: str | None) -> None:
        """Soft-delete a code; a merged code remembers where its codings went."""
        self.db.table("codes").update(code_id, {"deleted_at": now(), "merged_into": merged_into})

    def merged_into(self) -> dict[str, str]:
        """Each code merged away -> the code its codings went to."""
        rows = self.db.execute(
            "SELECT id, merged_into FROM codes WHERE merged_into IS NOT NULL"
        ).fetchall()
        return {r[0]: r[1] for r in rows}

    def set_status(self, code_id: str, status: str, proposed_by: str | None = None) -> None:
        self.db.execute(
            "INSERT INTO code_status (code_id, status, proposed_by) VALUES (?, ?, ?) "
            "ON CONFLICT (code_id) DO UPDATE SET status = excluded.status, "
            "proposed_by = COALESCE(excluded.proposed_by, code_status.proposed_by)",
            [code_id, status, proposed_by],
        )

    def statuses(self) -> dict[str, tuple[str, str | None]]:
        """Live code id -> (status, who proposed it): 'active', 'proposed' or 'theme'."""
        rows = self.db.execute(
            "SELECT c.id, COALESCE(s.status, 'active'), s.proposed_by FROM codes c "
            "LEFT JOIN code_status s ON s.code_id = c.id WHERE c.deleted_at IS NULL"
        ).fetchall()
        return {r[0]: (r[1], r[2]) for r in rows}

    def set_parent(self, code_id: str, parent_id: str | None) -> None:
        self.db.table("codes").update(code_id, {"parent_id": parent_id})

    def reparent_children(self, old_parent: str, new_parent: str) -> builtins.list[str]:
        ids = [
            r[0]
            for r in self.db.execute(
                "SELECT id FROM codes WHERE parent_id = ? AND deleted_at IS NULL", [old_parent]
            ).fetchall()
        ]
        for code_id in ids:
            self.db.table("codes").update(code_id, {"parent_id": new_parent})
        return ids


def _to_code(
    row: dict[str, Any],
    keywords: dict[str, tuple[str, ...]],
    examples: dict[str, tuple[str, ...]],
    further: dict[str, tuple[str, ...]],
) -> Code:
    per_lang: dict[str, dict[str, str]] = {
        field: {lang: row[f"{field}_{lang}"] for lang in LANGS if row[f"{field}_{lang}"]}
        for field in _TEXT_FIELDS
    }
    return Code(
        id=row["id"],
        key=row["key"],
        parent_id=row["parent_id"],
        names=per_lang["name"],
        definitions=per_lang["definition"],
        inclusion=per_lang["inclusion"],
        exclusion=per_lang["exclusion"],
        keywords=keywords,
        examples=examples,
        further_examples=further,
        color=drawable_colour(row["color"]),  # every face reads codes from here
        shortcut=row["shortcut"],
        deleted_at=row["deleted_at"],
    )
