"""`export summary --coders` reports the agreement of the coders the lead names (eyes17).

Karin and a new coder, omar, finished aby_05, which johan and mira never started; by
default every coder who finished anything counts, so the summary's agreement section read
'undefined: no document had been worked on by every rater (johan, karin, mira, omar)',
and the export had no way to name the team the lead had measured with `agree --coders`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.cli_kit import coder_summary, ok
from tests.conftest import two_finish_aby_05

pytestmark = pytest.mark.slow  # the demo and a whole summary rendered


def test_the_summary_reports_the_named_coders(demo: Path, tmp_path: Path) -> None:
    two_finish_aby_05(demo)
    default = tmp_path / "default.md"
    named = tmp_path / "named.md"
    ok(demo, *coder_summary(default))
    ok(demo, *coder_summary(named, "--coders", "karin,omar"))
    assert "Intercoder agreement is undefined" in default.read_text(encoding="utf-8")
    text = named.read_text(encoding="utf-8")
    assert "Intercoder agreement is undefined" not in text
    assert "in 1 document, coded independently by 2 coders (karin, omar)" in text
