"""The note on names in the transcripts' talk that the pseudonym key lacks (said after
every lead's export) reads each text once: the suggestions and the talk it looks through
took every text of the project twice (perf42; ``store.held`` within ``names_off_key``).
The names it finds are the same."""

from __future__ import annotations

from pathlib import Path

from qualcode import Project


def test_every_text_is_read_once_for_the_note(demo: Path) -> None:
    with Project.open(demo) as project:
        project.act_as("lena")
        project.suggest_pseudonyms("lena")  # the texts' name scans kept in the file
        first = project.store.documents.summaries()[0].id
        project.set_status(first, "lena", "in_progress")  # the file changed since
        texts_read: list[str] = []

        def trace(sql: str) -> None:
            if sql.lstrip().startswith("SELECT id, text FROM documents"):
                texts_read.append(sql)

        project.store.database.conn.set_trace_callback(trace)
        found = project.names_off_key("lena")
        project.store.database.conn.set_trace_callback(None)
        assert found == ["Göteborg", "Lund", "Manchester", "Maria", "Umeå", "Örebro"]
        assert len(texts_read) == 1
        assert not project.store.held.kept  # nothing kept after the note
