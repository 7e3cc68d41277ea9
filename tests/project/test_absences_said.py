"""Whose version a case list lacks, and why, said one way by `reconcile list` and the
agenda (each had its own copy): at most three documents named per coder and reason, the
rest counted, in the language asked for."""

from __future__ import annotations

from qualcode.project.agenda import absences_said

ABSENT = {
    "mira": {"a.txt": "not started", "b.txt": "not started", "c.txt": "not started"},
    "omar": {
        "a.txt": "not finished",
        "b.txt": "not started",
        "c.txt": "not finished",
        "d.txt": "not finished",
        "e.txt": "not finished",
    },
}


def test_three_documents_a_reason_and_the_rest_counted() -> None:
    assert absences_said(ABSENT) == (
        "mira (not started a.txt, b.txt, c.txt); "
        "omar (not finished a.txt, c.txt, d.txt and 1 more, not started b.txt)"
    )


def test_in_swedish_the_reasons_are_swedish() -> None:
    said = absences_said(ABSENT, "sv")
    assert said.startswith("mira (inte påbörjat a.txt, b.txt, c.txt); omar (")
    assert "not " not in said
