"""How a document is cited (``export_names.cited_names``) is worked out once per list of
documents and handed out as a copy (perf42: a theme summary asked five times for the
same 1,000 documents). Each answer is the one worked out afresh, a caller changing its
copy changes no later answer, and another list is worked out for itself."""

from __future__ import annotations

from qualcode.project import export_names
from qualcode.project.export_names import cited_names

LISTED = [("a1", "plan.docx"), ("b2", "plan.pdf"), ("c3", "aby_01.txt"), ("d4", "Intervju 3. Åby")]


def test_the_same_list_is_cited_once_and_alike() -> None:
    export_names._cited.cache_clear()
    first = cited_names(iter(LISTED))
    assert first == {"a1": "plan.docx", "b2": "plan.pdf", "c3": "aby_01", "d4": "Intervju 3. Åby"}
    first["c3"] = "changed"
    again = cited_names(LISTED)
    assert again["c3"] == "aby_01"
    assert export_names._cited.cache_info().hits == 1
    other = cited_names([*LISTED[2:], ("e5", "aby_01.pdf")])
    assert other["c3"] == "aby_01.txt" and other["e5"] == "aby_01.pdf"
