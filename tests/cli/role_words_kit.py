"""A document with a role, coded once, for the tests that read a role in the words of the
face that asks (``report quotes``, ``report crosstab``, ``report frequencies --by role``),
which each kept a copy (duplicates, review46). The text is written for the tests."""

from __future__ import annotations

from qualcode.project import Project

TEXT = "I: Hur är veckan?\n\nR: Mest möten med nämnden, tyvärr.\n"


def coded_with_role(project: Project, name: str, role: str) -> None:
    """Import ``name`` (in Åby, by someone whose role is ``role``) as lena and code its
    answer with integration."""
    project.act_as("lena")
    text = TEXT.replace("veckan", f"veckan i {name}")  # one content is imported once
    project.import_text(name, text, lang="sv", attributes={"municipality": "Åby", "role": role})
    at = project.document(name).text.index("Mest")
    project.add_coding(name, at, at + 10, "integration", "lena")
