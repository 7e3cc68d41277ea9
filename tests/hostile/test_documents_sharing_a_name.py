"""Two documents of one name (red team, round 8).

A study's folders often each hold an ``intervju_1.docx``; imported from two of them the
project holds two documents named alike, as it may. Naming one then answered "document
'ip1.txt' matches several documents: ip1.txt, ip1.txt", leaving the user nothing to type
that would tell them apart. The answer gives each such document's id prefix, which the
same commands take.
"""

from __future__ import annotations

import re
from pathlib import Path

from qualcode import Project
from tests.hostile.hostile_kit import refused_here


def test_a_shared_name_is_answered_with_the_ids(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    with Project.create(path) as p:
        p.add_coder("lena", role="lead")
        first = p.import_text("ip1.txt", "R: Vi pratade om uppdraget.\n", lang="sv").id
        second = p.import_text("ip1.txt", "R: Helt annan text om budgeten.\n", lang="sv").id
        p.import_text("ip10.txt", "R: En tredje text om arbetsmiljön.\n", lang="sv")
    said = refused_here(path, "docs", "show", "ip1.txt", coder="lena")
    assert f"ip1.txt (id {first[:8]})" in said and f"ip1.txt (id {second[:8]})" in said
    prefix = refused_here(path, "docs", "show", "ip", coder="lena")
    assert "ip1.txt (id " in prefix and prefix.rstrip().endswith("ip10.txt")
    with Project.open(path) as p:
        shown = re.findall(r"\(id ([0-9a-f]{8})\)", said)
        assert {p.document(i).id for i in shown} == {first, second}
