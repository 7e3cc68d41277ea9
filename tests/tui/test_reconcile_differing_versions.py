"""Where not every coder's version fits side by side, a case opens on the versions that
differ: at 100 columns, three coders, a case only mira coded showed johan's "–" and
karin's "–", and what there was to decide was behind ``v`` (eyes37)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Static

from qualcode import Project
from tests.conftest import TEAM_SENTENCES, add_plain_document, small_codebook
from tests.tui.conftest import documents_screen, open_reconcile, settle

pytestmark = pytest.mark.slow  # a whole Textual app through the reconcile screen


def _three_apart(path: Path) -> None:
    """johan, karin and mira finished one document: they agree on the first sentence;
    only mira coded the third, only johan the fifth (two presence cases)."""
    project = Project.create(path)
    project.apply_codebook(small_codebook())
    for name in ("johan", "karin", "mira"):
        project.add_coder(name)
    project.add_coder("lena", role="lead")
    doc = add_plain_document(project, "aby_02.txt", TEAM_SENTENCES)
    text = project.document(doc).text

    def code(coder: str, key: str, sentence: str) -> None:
        start = text.index(sentence)
        project.add_coding(doc, start, start + len(sentence), key, coder)

    for name in ("johan", "karin", "mira"):
        code(name, "mission_dialogue", TEAM_SENTENCES[0])
    code("mira", "integration", TEAM_SENTENCES[2])
    code("johan", "caseload", TEAM_SENTENCES[4])
    for name in ("johan", "karin", "mira"):
        project.set_status(doc, name, "done")
    project.close()


async def test_each_case_opens_on_versions_that_differ(tmp_path: Path) -> None:
    path = tmp_path / "apart.db"
    _three_apart(path)
    async with documents_screen(path, "lena", size=(100, 40)) as (pilot, app, _):
        screen = await open_reconcile(pilot, app)
        await settle(app, pilot)
        assert screen.coders == ["johan", "karin", "mira"]
        assert screen.side_by_side() == 2 and len(screen.views) == 2
        panes = [screen.query_one(f"#pane{n}", Static) for n in range(2)]
        for row, (only, codes) in enumerate((("mira", "integration"), ("johan", "caseload"))):
            assert screen.query_one("DataTable").cursor_row == row
            view = screen._current()
            assert view is not None and view.case.codes == (codes,)
            headings = [str(p.render()).splitlines()[0] for p in panes]
            shown = [h.split(":")[0].split()[-1].removesuffix("'s") for h in headings]
            assert only in shown, headings  # the one version there is to weigh, in view
            assert any(h.endswith("–") or "– ([v] shows" in h for h in headings)  # and an empty one
            await pilot.press("j")
            await pilot.pause()
