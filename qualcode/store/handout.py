"""A coder's own project file: the documents and the codebook of a project, nobody's work.

A coder who must not read the team's work codes in a copy that holds none of it, and her
coder package goes back to the lead's ``merge``. The team's document sets come with the
documents (a coder asked to code "first round" finds it in her list's ``S``); a copy of
one set's documents holds only those, and only the sets sharing one of them (with those
members only).
Made by copying rows into a new project file as they are stored (ids, offsets, turns,
units), so her package's codings point at the very documents and codes of the lead's file.
What is copied is a list, not "all but": a table added later is left out until someone
decides it belongs to a coder's copy.

The codebook's title (per language) comes with the codebook. Never copied: codings, memos,
suggestions and the engines fitted on them, statuses, decisions, comments, exemplars,
translations, the audit log, the pseudonym key, settings (blind coding, remembered logins)
and codes a coder proposed that no lead accepted yet.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from qualcode.store.code_rows import CODE_ROWS
from qualcode.store.codes import TITLE_KEY
from qualcode.store.db import Database

_PROPOSED = "SELECT code_id FROM src.code_status WHERE status = 'proposed'"
# (table, the rows of the source that are copied); order matters: parents first
_COPIED: tuple[tuple[str, str], ...] = (
    ("documents", "deleted_at IS NULL"),
    ("attributes", "document_id IN (SELECT id FROM main.documents)"),
    ("turns", "document_id IN (SELECT id FROM main.documents)"),
    ("units", "document_id IN (SELECT id FROM main.documents)"),
    ("codes", f"id NOT IN ({_PROPOSED})"),
    # a code's own tables (keywords, examples, further examples, parts: code_rows.py), each
    # of the codes copied, so a table added there goes into a coder's copy too
    *((rows.table, "code_id IN (SELECT id FROM main.codes)") for rows in CODE_ROWS),
    ("code_status", "code_id IN (SELECT id FROM main.codes)"),
    # the vectors of what the copy holds (its sentences, its codebook, the no-code talk):
    # the copy need not embed them again. Every vector went at first, each under its
    # sentence's hash, so a copy of one set's interviews could confirm a guessed sentence of
    # any other interview, a removed one too (red team 17)
    ("text_embeddings", "key IN (SELECT key FROM temp.handout_embeddings)"),
    ("document_sets", "deleted_at IS NULL"),  # one set's copy: those sharing its documents
    (
        "document_set_members",
        "removed_at IS NULL AND set_id IN (SELECT id FROM main.document_sets) "
        "AND document_id IN (SELECT id FROM main.documents)",
    ),
)
_ONLY = "id IN (SELECT id FROM temp.handout_documents)"  # the documents chosen, if chosen
# with documents chosen, only the sets holding one of them: a set of none of them named
# interviews the coder is not given ('Anna Lind withdrew'), and a set's name goes through
# the pseudonym key wherever it is exported (red team 17)
_SHARING = (
    "id IN (SELECT set_id FROM src.document_set_members WHERE removed_at IS NULL "
    "AND document_id IN (SELECT id FROM main.documents))"
)


def copy_materials(
    target: Database,
    source: Path,
    people: Sequence[str],
    documents: Sequence[str] | None = None,
    embeddings: Iterable[str] = (),
) -> dict[str, int]:
    """Copy the documents (those of ``documents``, ids, if given), the codebook, the
    document sets, the ``people`` named (the coder and the leads) and the kept embeddings
    of the texts whose keys are ``embeddings`` from the project file ``source`` into the
    new, empty project ``target``; the rows copied per table. One transaction: all of it
    or nothing."""
    conn = target.conn
    conn.execute("ATTACH DATABASE ? AS src", (str(source),))
    try:
        counts: dict[str, int] = {}
        with target.transaction(deferred=True):  # the new file's lock only, not the source's
            if documents is not None:
                conn.execute("CREATE TEMP TABLE handout_documents (id TEXT PRIMARY KEY)")
                conn.executemany(
                    "INSERT INTO temp.handout_documents (id) VALUES (?)",
                    [(d,) for d in dict.fromkeys(documents)],
                )
            conn.execute("CREATE TEMP TABLE handout_embeddings (key TEXT PRIMARY KEY)")
            conn.executemany(
                "INSERT OR IGNORE INTO temp.handout_embeddings (key) VALUES (?)",
                [(k,) for k in embeddings],
            )
            for table, where in _COPIED:
                if not conn.execute(
                    "SELECT 1 FROM src.sqlite_master WHERE type = 'table' AND name = ?", [table]
                ).fetchone():
                    continue  # a source not yet migrated (schema.READ_AS_IS) has none
                if table == "documents" and documents is not None:
                    where = f"{where} AND {_ONLY}"
                if table == "document_sets" and documents is not None:
                    where = f"{where} AND {_SHARING}"
                columns = [row[1] for row in conn.execute(f"PRAGMA main.table_info({table})")]
                shown = ", ".join(f'"{c}"' for c in columns)
                picked = ", ".join(_column(table, c) for c in columns)
                cursor = conn.execute(
                    f"INSERT INTO main.{table} ({shown}) SELECT {picked} FROM src.{table} "
                    f"WHERE {where}"
                )
                counts[table] = cursor.rowcount
            marks = ", ".join("?" for _ in people)
            cursor = conn.execute(
                "INSERT INTO main.coders (id, name, role, created_at) "
                f"SELECT id, name, role, created_at FROM src.coders WHERE name IN ({marks})",
                list(people),
            )
            counts["coders"] = cursor.rowcount
            # the codebook's title is the codebook's too: without it the coder's exported
            # codebook was headed "qualcode codebook" (study45)
            conn.execute(
                "INSERT OR REPLACE INTO main.meta (key, value) SELECT key, value FROM src.meta "
                "WHERE key = ? OR key LIKE ?",
                [TITLE_KEY, f"{TITLE_KEY}.%"],
            )
    finally:
        conn.execute("DETACH DATABASE src")
    return counts


# a document's source path as its file's name alone (after the last slash, either way):
# the lead's folders ('/home/lena/Intervjuer/Ekstad/...') went out in every coder's copy
# since documents keep the absolute path; the name keeps the suffix the coding screen
# reads a PDF's page lines by (project/layout.py)
_SLASHED = """replace("source_path", '\\', '/')"""
_FILE_NAME = f"substr({_SLASHED}, length(rtrim({_SLASHED}, replace({_SLASHED}, '/', ''))) + 1)"


def _column(table: str, column: str) -> str:
    """A column as selected from the source: a code's parent or merge target that is a
    proposal left out becomes none, so no copied code points at a code that is not there;
    a document's source path is its file's name (``_FILE_NAME``)."""
    if table == "codes" and column in ("parent_id", "merged_into"):
        return f'CASE WHEN "{column}" IN ({_PROPOSED}) THEN NULL ELSE "{column}" END'
    if table == "documents" and column == "source_path":
        return _FILE_NAME
    return f'"{column}"'
