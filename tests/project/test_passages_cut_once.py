"""A coding's passage and its words in the codings frame are its text's ``[start:end]``
and ``len(split())`` (the counts every report and summary sums). A passage several
coders coded alike is cut and counted once (``frames._passages``, perf42): here the
frame's columns are held to each coding's own cut and count, with passages coded by
two and three coders side by side, one of them in another document at the same place,
and words parted by a tab, a no-break space and an ideographic space."""

from __future__ import annotations

from pathlib import Path

from qualcode import Project
from qualcode.model import Turn, Unit
from tests.conftest import store_document

TEXT = "Vi pratade\tom uppdraget.\u00a0Sedan kom\u3000sommaren.  Vi pratade igen.\n"


def test_each_codings_passage_and_words_are_its_own(tmp_path: Path) -> None:
    project = Project.create(tmp_path / "p.db")
    with project:
        for name, role in (("lena", "lead"), ("karin", "coder"), ("johan", "coder")):
            project.add_coder(name, role=role)
        project.act_as("lena")
        project.add_code("mission", {"sv": "Uppdrag"})
        project.add_code("place", {"sv": "Plats"})
        docs = [
            store_document(project, name, TEXT + tail, [Turn(0, None, 0, 60)], [Unit(0, 0, 24)])
            for name, tail in (("a.txt", ""), ("b.txt", "Tack."))
        ]
        spans = [(0, 24), (0, 24), (3, 40), (25, 52), (25, 52), (0, 60)]
        for doc in docs:
            for coder in ("karin", "johan"):
                project.act_as(coder)
                for i, (start, end) in enumerate(spans[: 5 if coder == "johan" else 6]):
                    code = "place" if i % 2 else "mission"
                    if (start, end, code) != (0, 24, "place") or coder == "karin":
                        project.add_coding(doc, start, end, code, coder)
        project.act_as("lena")
        texts = project.store.documents.texts(docs)
        for layer in (None, "coder"):
            codings = project.frames(layer=layer)["codings"]
            assert len(codings) > 12
            for row in codings.itertuples(index=False):
                own = texts[row.document][row.start : row.end]
                assert row.text == own
                assert row.words == len(own.split())
