"""``report_titles.screen_title``: the reports screen's title is read from the project by
the service (the blind reader, the set through the pseudonym key),
not by the screen (review49). The TUI's own tests check the screen shows it."""

from __future__ import annotations

from pathlib import Path

from qualcode import Project
from qualcode.project.report_titles import screen_title


def test_a_blind_coders_title_says_her_own_codings(demo: Path) -> None:
    with Project.open(demo) as project:
        project.act_as("karin", "karin")
        title = screen_title(project, "municipality", "coder", "sv", viewer="karin")
    assert title.startswith("Kodade segment per kommun: karins kodningar (blind kodning:"), title


def test_the_set_is_named_after_the_counts_title(demo: Path) -> None:
    with Project.open(demo) as project:
        project.act_as("lena", "lena")
        doc = project.documents()[0].id
        project.make_document_set("runda 1", "lena", [doc])
        whole = screen_title(project, "municipality", "coder", "en", viewer="lena")
        in_set = screen_title(
            project, "municipality", "coder", "en", viewer="lena", doc_set="runda 1"
        )
        words = screen_title(
            project, None, "coder", "en", viewer="lena", doc_set="runda 1", measure="words"
        )
    assert whole.startswith("Coded segments by municipality: every coder's codings pooled")
    assert in_set == whole + " in the set 'runda 1'", in_set
    assert words.startswith("Frequencies:") and words.endswith(" in the set 'runda 1'"), words


def test_a_coder_is_titled_as_the_key_prints_her(demo: Path) -> None:
    with Project.open(demo) as project:
        project.act_as("lena", "lena")
        project.set_coder_pseudonym("karin", "Kodare A", "lena")
        title = screen_title(project, "municipality", "coder:karin", "sv", viewer="lena")
    assert title == "Kodade segment per kommun: Kodare A:s kodningar", title
