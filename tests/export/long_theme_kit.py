"""The demo with a fifth theme whose Swedish name runs long (team39's), the summary that
crowds its participants' table: the Word and the web summary's header tests both start
from it, so they measure the same table."""

from __future__ import annotations

from pathlib import Path

from qualcode import Project

LONG = (
    "Överanställning, seniora socialsekreterartjänster och karriärvägar som kvalitetsfråga "
    "i socialtjänsten"
)


def long_theme_summary(demo: Path, target: Path) -> Path:
    """The Swedish coder-layer summary written to ``target`` (.docx or .html) after lena
    adds the long-named code and karin codes the first document's fourth unit with it."""
    with Project.open(demo) as project:
        project.act_as("lena")
        project.add_code("seniora", {"sv": LONG, "en": "Senior roles"}, actor="lena")
        doc = project.documents()[0].id
        unit = project.units(doc)[3]
        project.add_coding(doc, unit.start, unit.end, "seniora", "karin")
        return project.export_summary(target, layer="coder", lang="sv")
