"""A code's rows in a table of their own: its keywords, examples and further examples (a
row a text) and its parts (a row a stem). Each table is the same shape, the code's id,
the keys that place a row (the language, a part, the position) and the one value last, so
each is replaced and read in order by one rule: a code saved unchanged writes nothing, so
``CodeRepo.upsert`` can say "unchanged", and the fingerprint of what the engine learns
from reads every row in one fixed order."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import sqlite_utils


@dataclass(frozen=True, slots=True)
class CodeRows:
    """One such table: ``columns`` are the code's id, the keys in order, the value last."""

    table: str
    columns: tuple[str, ...]

    @property
    def keys(self) -> tuple[str, ...]:
        return self.columns[1:-1]

    def ordered_in(self, db: sqlite_utils.Database) -> str:
        """The query of every row of every code in one fixed order (the engine's
        fingerprint); none in a read-only file not yet migrated to have the table
        (schema.READ_AS_IS), as the code reads them."""
        if self.table not in db.table_names():
            return "SELECT 1 WHERE 0"
        return (
            f"SELECT {', '.join(self.columns)} FROM {self.table} "
            f"ORDER BY code_id, {', '.join(self.keys)}"
        )

    def replace(
        self, db: sqlite_utils.Database, code_id: str, rows: Sequence[Mapping[str, object]]
    ) -> bool:
        """Make ``rows`` the code's rows; whether anything changed (nothing is written
        when nothing did)."""
        old = [
            dict(r)
            for r in db.query(
                f"SELECT {', '.join(self.columns)} FROM {self.table} "
                f"WHERE code_id = ? ORDER BY {', '.join(self.keys)}",
                [code_id],
            )
        ]
        if old == sorted((dict(r) for r in rows), key=lambda r: [r[k] for k in self.keys]):
            return False
        db.execute(f"DELETE FROM {self.table} WHERE code_id = ?", [code_id])
        db.table(self.table).insert_all([dict(r) for r in rows])
        return True


KEYWORDS = CodeRows("code_keywords", ("code_id", "lang", "idx", "term"))
EXAMPLES = CodeRows("code_examples", ("code_id", "lang", "idx", "text"))
# model.Code.further_examples, apart from its examples (migration 15)
FURTHER_EXAMPLES = CodeRows("code_further_examples", ("code_id", "lang", "idx", "text"))
# model.Code.parts (migration 16; store/code_parts.py)
PARTS = CodeRows("code_parts", ("code_id", "lang", "part", "idx", "stem"))
# in the order the engine's fingerprint reads them (store/suggestions.py)
CODE_ROWS = (EXAMPLES, FURTHER_EXAMPLES, KEYWORDS, PARTS)
