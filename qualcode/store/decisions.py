"""The lead's decisions on disagreement cases; a later decision supersedes, never erases."""

from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils

from qualcode.store.rows import new_id, now


@dataclass(frozen=True, slots=True)
class DecisionRow:
    id: str
    case_id: str
    document_id: str
    start: int
    end: int
    code: str | None
    verdict: str
    rationale: str
    decided_by: str
    decided_at: str
    superseded_at: str | None


class DecisionRepo:
    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def insert(
        self,
        *,
        case_id: str,
        document_id: str,
        start: int,
        end: int,
        code_id: str,
        verdict: str,
        rationale: str,
        decided_by: str,
    ) -> str:
        decision_id = new_id()
        self.db.table("decisions").insert(
            {
                "id": decision_id,
                "case_id": case_id,
                "document_id": document_id,
                "start": start,
                "end": end,
                "code_id": code_id,
                "verdict": verdict,
                "rationale": rationale,
                "decided_by": decided_by,
                "decided_at": now(),
                "superseded_at": None,
            }
        )
        return decision_id

    def current(self) -> list[DecisionRow]:
        """Decisions in force (not superseded), oldest first."""
        return self._select("WHERE d.superseded_at IS NULL")

    def all(self) -> list[DecisionRow]:
        return self._select("")

    def _select(self, where: str) -> list[DecisionRow]:
        rows = self.db.execute(
            'SELECT d.id, d.case_id, d.document_id, d.start, d."end", k.key, d.verdict, '
            "d.rationale, p.name, d.decided_at, d.superseded_at FROM decisions d "
            "LEFT JOIN codes k ON k.id = d.code_id JOIN coders p ON p.id = d.decided_by "
            f"{where} ORDER BY d.decided_at"
        ).fetchall()
        return [DecisionRow(*r) for r in rows]

    def supersede(self, case_id: str) -> list[str]:
        """Mark the case's decisions in force as superseded; returns their ids."""
        ids = [
            r[0]
            for r in self.db.execute(
                "SELECT id FROM decisions WHERE case_id = ? AND superseded_at IS NULL", [case_id]
            ).fetchall()
        ]
        for decision_id in ids:
            self.db.table("decisions").update(decision_id, {"superseded_at": now()})
        return ids

    def consensus_codings_of(self, decision_ids: list[str]) -> list[str]:
        if not decision_ids:
            return []
        marks = ",".join("?" * len(decision_ids))
        return [
            r[0]
            for r in self.db.execute(
                f"SELECT id FROM codings WHERE decision_id IN ({marks}) AND deleted_at IS NULL",
                decision_ids,
            ).fetchall()
        ]
