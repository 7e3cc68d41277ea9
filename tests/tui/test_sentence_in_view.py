"""Moving onto a sentence shows the whole of it: a sentence starting on the view's last
line was left with the rest below, so `n` showed a suggestion's first line only (eyes6,
a coder at 100x30 reading 'Kvaliteten' and nothing after it)."""

from __future__ import annotations

from pathlib import Path

from qualcode import Project
from qualcode.tui.app import build_app
from tests.conftest import small_codebook
from tests.tui.conftest import open_first_document

SENTENCE = (
    "Vi hade en lång period med många sjukskrivningar i gruppen och ingen som "
    "tog ansvar för hur ärendena fördelades mellan oss som var kvar."
)


async def test_each_sentence_moved_onto_is_wholly_in_view(tmp_path: Path) -> None:
    path = tmp_path / "long.db"
    with Project.create(path) as project:
        project.apply_codebook(small_codebook())
        project.add_coder("karin")
        text = "".join(f"R: {SENTENCE}\n\nI: Mm.\n\n" for _ in range(20))
        project.import_text("lang.txt", text, lang="sv")
    app = build_app(path, "karin", "en")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_first_document(pilot, app)
        view = screen.transcript
        for _ in range(len(view.units) - 1):
            await pilot.press("j")
            await pilot.pause()
            start, end = view.units[view.cursor]
            top, height = int(view.scroll_offset.y), view.size.height
            first, last = view.line_of(start), view.line_of(end - 1)
            assert top <= first and last < top + height, (view.cursor, first, last, top)
