"""A coder's proposed code is one action (red team, round 12).

Proposing a code in the coder's own words wrote the code, then marked it proposed, then
coded the passage: three transactions. A passage refused at the third (past the text's
end, a span coded already) left the code added, proposed and deleted in the audit and a
dead code in the file, though the coder was told nothing was done; and between the first
and second the coder's code stood in the shared codebook as an active code (for good,
had the process died there: a code the lead never accepted, seen by every coder). Now
all of it is written or none of it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import ValidationError
from tests.conftest import SV_TEXT, small_codebook
from tests.hostile.export_kit import counts


def test_a_refused_proposal_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    with Project.create(path) as project:
        project.apply_codebook(small_codebook())
        project.add_coder("karin")
        doc = project.import_text("ip1.txt", SV_TEXT, lang="sv").id
    before = counts(path)
    with Project.open(path) as project:
        project.act_as("karin")
        with pytest.raises(ValidationError, match="outside document"):
            project.propose_code(doc, 10, len(SV_TEXT) + 50, "Veckomöten", "karin")
        assert counts(path) == before
        coded = project.propose_code(doc, 10, 40, "Veckomöten", "karin")
        assert project.code_status(coded.code) == ("proposed", "karin")
    after = counts(path)
    assert (after["codes"], after["codings"]) == (before["codes"] + 1, before["codings"] + 1)
