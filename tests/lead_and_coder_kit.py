"""A lead and her coder in a new project, where the round-trip and read-back cases start:
the small codebook, lena the lead and karin a coder, and one document lena imported. The
.qdpx cases (how each coding was made, who wrote each memo, a memo's passage) and the
printed-names case of a codings sheet each wrote these seven lines out (duplicates D4,
stop 47)."""

from __future__ import annotations

from pathlib import Path

from qualcode import Project
from tests.conftest import SV_TEXT, small_codebook


def lead_and_karin(
    path: Path, name: str = "aby_01.txt", text: str = SV_TEXT, lang: str = "sv"
) -> tuple[Project, str]:
    """A new project at ``path``: the small codebook, lena (lead) and karin (coder), and
    the document ``name`` (``text`` in ``lang``) imported by lena. Open and acting as lena
    (the caller closes it: ``with``), with the document's id."""
    made = Project.create(path)
    made.apply_codebook(small_codebook())
    made.add_coder("lena", role="lead")
    made.add_coder("karin")
    made.act_as("lena")
    return made, made.import_text(name, text, lang=lang).id
