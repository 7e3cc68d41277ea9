"""The audit screen says a theme summary's layer in its own language.

``export.summary`` keeps the layer as the summary's file prints it, in the file's
language, and the Swedish screen read "all coders; reconciliation under way: ..." for a
summary written in English, beside "alla kodare ..." for one written in Swedish (tui45).
Read back with the labels that wrote it, the line is said again in the screen's language;
a set's name stays as it was typed."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.project.audit_said import layer_in
from tests.tui.conftest import documents_screen, settled


def _exported(path: Path, out: Path) -> None:
    with Project.open(path) as project:
        project.act_as("lena")
        doc = project.documents()[0].id
        project.make_document_set("norra", "lena", [doc])
        for lang in ("en", "sv"):
            project.export_summary(out / f"all_{lang}.md", layer="coder", lang=lang)
            project.export_summary(
                out / f"set_{lang}.md", "coder:karin", lang=lang, doc_set="norra"
            )


SV = ["alla kodare; avstämning pågår", "kodare karin, dokumenten i gruppen ”norra”"]
EN = ["all coders; reconciliation under way", "coder karin, documents of the set “norra”"]


@pytest.mark.parametrize(
    ("lang", "said", "never"),
    [
        ("sv", SV, ["all coders", "coder karin", "documents of the set"]),
        ("en", EN, ["alla kodare", "kodare karin", "dokumenten i gruppen"]),
    ],
)
async def test_a_summarys_layer_reads_in_the_screens_language(
    decided: Path, tmp_path: Path, lang: str, said: list[str], never: list[str]
) -> None:
    from qualcode.tui.screens.audit import AuditScreen, TrailTable

    _exported(decided, tmp_path)
    async with documents_screen(decided, "lena", lang, size=(200, 40)) as (pilot, app, _):
        await settled(pilot, app, "H")
        screen = app.screen
        assert isinstance(screen, AuditScreen)
        table = screen.query_one(TrailTable)
        rows = [" ".join(map(str, table.get_row_at(y))) for y in range(table.row_count)]
        summaries = [r for r in rows if "all_" in r or "set_" in r]
        assert len(summaries) == 4, rows
        shown = "\n".join(summaries)
        for words in said:
            assert shown.count(words) == 2, shown  # the English file's and the Swedish one's
        assert not any(words in shown for words in never), shown


def test_words_no_label_wrote_stay_as_they_are() -> None:
    assert layer_in("coder", "sv") == "coder"  # a stored form: the screen's own words say it
    assert layer_in("Elin och Petra", "sv") == "Elin och Petra"
    assert layer_in("konsensus", "en") == "consensus"
    assert layer_in("consensus, 2 of 15 documents (as chosen)", "sv") == (
        "konsensus, 2 av 15 dokument (valda)"
    )
