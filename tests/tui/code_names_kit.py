"""What the TUI's tests of how a note names a code share: a lead, lena, who gives the
codes the long turning-point names ("From individual to systems perspective") that
notes must shorten. Written once: three tests of notes spelled it out alike (duplicates
D2 of stop 48's reading)."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from qualcode.project import Project


def lead_names_codes(path: Path, names: Mapping[str, Mapping[str, str]]) -> None:
    """In the project at ``path``, the lead lena (added here) gives each code of ``names``
    (key to its name per language) those names."""
    with Project.open(path) as project:
        project.add_coder("lena", role="lead")
        project.act_as("lena")
        for key, named in names.items():
            project.update_code(key, names=dict(named), actor="lena")
