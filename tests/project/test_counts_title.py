"""``report_titles.counts_title``: `report frequencies` and `report crosstab` titles are
read from the project by the service (the set through the key, a coder as the rows print
her, the blind reader), not assembled by the CLI (review49)."""

from __future__ import annotations

from pathlib import Path

from qualcode import Project
from qualcode.project.report_titles import counts_title


def test_a_coder_is_titled_as_the_rows_print_her_and_real_names_name_her(demo: Path) -> None:
    with Project.open(demo) as project:
        project.act_as("lena", "lena")
        project.set_coder_pseudonym("karin", "Kodare A", "lena")
        keyed = counts_title(project, "coder:karin", "en", viewer="lena")
        real = counts_title(project, "coder:karin", "en", viewer="lena", real_names=True)
    assert keyed == "Frequencies: Kodare A's codings"
    assert real == "Frequencies: karin's codings"


def test_a_crosstab_names_its_split_its_set_and_the_aggregate(demo: Path) -> None:
    with Project.open(demo) as project:
        project.act_as("lena", "lena")
        project.make_document_set("runda 1", "lena", [project.documents()[0].id])
        title = counts_title(
            project,
            "coder",
            "sv",
            attribute="municipality",
            viewer="lena",
            doc_set="runda 1",
            aggregate=True,
        )
    assert title.startswith("Kodade segment per kommun: alla kodares kodningar"), title
    assert " i gruppen 'runda 1'; en överordnad kod räknar även" in title


def test_a_blind_coders_own_codings_say_so(demo: Path) -> None:
    with Project.open(demo) as project:
        project.act_as("karin", "karin")
        title = counts_title(project, "coder", "en", viewer="karin")
    assert title.startswith("Frequencies: karin's codings (blind coding"), title
