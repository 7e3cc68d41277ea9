"""`C` with no agreement waiting says why (small34c): an agreement is every counted coder
giving the same codes to exactly the same words; it counts the agreements confirmed
already and the passages with the same codes and other boundaries, in the UI language."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode.tui.app import build_app
from tests.project.test_why_none_to_confirm import _three_coders
from tests.tui.conftest import notifications, open_reconcile

pytestmark = pytest.mark.slow  # drives the whole app


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("en", "(confirmed already: 1; same codes, other boundaries, to decide: 1)"),
        ("sv", "(redan införda: 1; samma koder, andra gränser, att avgöra: 1)"),
    ],
)
async def test_c_says_why_no_agreement_waits(tmp_path: Path, lang: str, words: str) -> None:
    project, _, _ = _three_coders(tmp_path / "p.db")
    with project:
        project.confirm_agreements("lena")
    app = build_app(tmp_path / "p.db", "lena", lang)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_reconcile(pilot, app)
        await pilot.press("C")
        await pilot.pause()
        said = notifications(app)
    assert said[-1].endswith(words)
