"""The lead's decisions on disagreement cases; a later decision supersedes, never erases."""

from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils

from qualcode.store.rows import chunks, new_id, now


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
    digest: str | None = None  # the case's content when decided (see reconcile.cases)
    participants: tuple[str, ...] = ()  # who took part in the discussion


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
        code_id: str | None,
        verdict: str,
        rationale: str,
        decided_by: str,
        digest: str | None = None,
        participants: tuple[str, ...] = (),
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
                "digest": digest,
                "participants": ",".join(participants),
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
            "d.rationale, p.name, d.decided_at, d.superseded_at, d.digest, d.participants "
            "FROM decisions d "
            "LEFT JOIN codes k ON k.id = d.code_id JOIN coders p ON p.id = d.decided_by "
            f"{where} ORDER BY d.decided_at, d.rowid"
        ).fetchall()
        return [
            DecisionRow(
                r[0],
                r[1],
                r[2],
                r[3],
                r[4],
                r[5],
                r[6],
                r[7],
                r[8],
                r[9],
                r[10],
                r[11],
                tuple(p for p in (r[12] or "").split(",") if p),
            )
            for r in rows
        ]

    def in_force(self, case_id: str, extent: tuple[str, int, int] | None = None) -> list[str]:
        """The case's decisions in force (not superseded). ``extent`` (document, start,
        end) also catches decisions taken under an older case id."""
        where = "case_id = ?"
        params: list[object] = [case_id]
        if extent:
            where = '(case_id = ? OR (document_id = ? AND start = ? AND "end" = ?))'
            params = [case_id, *extent]
        sql = f"SELECT id FROM decisions WHERE {where} AND superseded_at IS NULL"
        return [r[0] for r in self.db.execute(sql, params).fetchall()]

    def supersede(self, case_id: str, extent: tuple[str, int, int] | None = None) -> list[str]:
        """Mark the case's decisions in force as superseded; returns their ids."""
        ids = self.in_force(case_id, extent)
        for decision_id in ids:
            self.db.table("decisions").update(decision_id, {"superseded_at": now()})
        return ids

    def consensus_codes(self, decision_ids: list[str]) -> dict[str, list[str]]:
        """The code keys of each decision's live consensus codings: what a decision put
        into the consensus, for the appendix a reviewer reads (a case may span codes)."""
        found: dict[str, list[str]] = {}
        for chunk in chunks(decision_ids, 500) if decision_ids else []:
            marks = ",".join("?" * len(chunk))
            for decision_id, key in self.db.execute(
                "SELECT c.decision_id, k.key FROM codings c JOIN codes k ON k.id = c.code_id "
                f"WHERE c.decision_id IN ({marks}) AND c.deleted_at IS NULL "
                "ORDER BY c.decision_id, k.key",
                chunk,
            ).fetchall():
                if key not in found.setdefault(decision_id, []):
                    found[decision_id].append(key)
        return found

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
