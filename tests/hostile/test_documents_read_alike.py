"""Two documents whose names read alike are cited apart.

Exports cite a document by its file's name without the suffix, and two documents of one
name each with its id's start (``export_names.cited_names``; the agreement rows, memos
export and agenda likewise, ``named_apart``). Names were compared case aside only, so
'aby_01.txt' beside 'аby_01.txt' (its a Cyrillic, a file from a colleague's keyboard
layout) or 'ip3.txt' beside 'ip\uff13.txt' (a full-width 3) were cited alike: two
interviews quoted under one citation, and a reader of the paper could not say which a
quote came from (red team 42). Now names are compared as they read (``reads_as``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.project.export_names import cited_names, named_apart
from tests.conftest import SV_TEXT

ALIKE = [
    ("aby_01.txt", "\u0430by_01.txt"),  # a Cyrillic а
    ("ip3.txt", "ip\uff13.txt"),  # a full-width 3
    ("Intervju 3.docx", "Intervju  3.docx"),  # two spaces
]


@pytest.mark.parametrize(("plain", "other"), ALIKE)
def test_names_of_one_look_are_cited_apart(tmp_path: Path, plain: str, other: str) -> None:
    with Project.create(tmp_path / "p.db") as p:
        p.add_coder("lena", role="lead")
        p.act_as("lena")
        first = p.import_text(plain, SV_TEXT, lang="sv").id
        second = p.import_text(other, SV_TEXT + "\nR: Och mer.", lang="sv").id
        listed = [(d.id, d.name) for d in p.documents()]
    cited = cited_names(listed)
    assert cited[first] != cited[second]
    assert first[:8] in cited[first] and second[:8] in cited[second]
    apart = named_apart(listed)
    assert first[:8] in apart[first] and second[:8] in apart[second]


def test_names_that_differ_to_a_reader_stay_short() -> None:
    cited = cited_names([("a" * 36, "aby_01.txt"), ("b" * 36, "aby_02.txt")])
    assert cited == {"a" * 36: "aby_01", "b" * 36: "aby_02"}
