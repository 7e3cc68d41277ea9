"""The note on names in the transcripts' talk that the pseudonym key lacks (said after
every lead's export) reads the texts one at a time (mem46): it read every text of the
project in one statement and held them all while the suggestions and the talk were looked
through (``store.held``, perf42), 80 MB more at the peak for a study of 100 MB of text,
where the export itself holds one document. Each pass through the texts now reads each
text alone and lets it go: three passes, so each text is read three times (a kept scan's
hash, the names before a particle, the talk as the export prints it), never all at once.
The names it finds are the same."""

from __future__ import annotations

from pathlib import Path

from qualcode import Project


def test_the_note_reads_one_text_at_a_time(demo: Path) -> None:
    with Project.open(demo) as project:
        project.act_as("lena")
        project.suggest_pseudonyms("lena")  # the texts' name scans kept in the file
        documents = project.store.documents.summaries()
        project.set_status(documents[0].id, "lena", "in_progress")  # the file changed since
        texts_read: list[str] = []

        def trace(sql: str) -> None:
            if "text FROM documents" in sql:
                texts_read.append(sql.lstrip())

        project.store.database.conn.set_trace_callback(trace)
        found = project.names_off_key("lena")
        project.store.database.conn.set_trace_callback(None)
        assert found == ["Göteborg", "Lund", "Manchester", "Maria", "Umeå", "Örebro"]
        # never a statement that reads several texts: before, one read them all
        assert texts_read
        assert all(sql.startswith("SELECT text FROM documents WHERE id = ") for sql in texts_read)
        assert len(texts_read) <= 3 * len(documents)  # each pass reads each text once
        assert not project.store.held.kept  # nothing kept after the note
