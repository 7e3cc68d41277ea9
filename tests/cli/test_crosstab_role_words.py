"""``report crosstab role`` and ``report frequencies --by role`` name a role in the words
of the face that asks, as ``report quotes`` cites it: the English CLI headed a crosstab
"förvaltningschef" beside "Municipality B" (minor46b). The stored value is unchanged, a
role the summary's table does not know is printed as written, and one role entered in
both languages is one group."""

from __future__ import annotations

import pytest

from qualcode.project import Project
from tests.cli.role_words_kit import coded_with_role as _coded
from tests.cli.role_words_kit import english_cli, known_and_unknown


@pytest.mark.parametrize(
    "args",
    [("crosstab", "role"), ("frequencies", "--by", "role")],
    ids=["crosstab", "frequencies"],
)
def test_the_english_report_names_roles_in_english(project: Project, args: tuple[str, ...]) -> None:
    _coded(project, "chef.txt", "förvaltningschef")
    printed = english_cli(project, "report", *args, "--format", "csv")
    assert "head of administration" in printed
    assert "förvaltningschef" not in printed


def test_the_service_translates_only_when_asked(project: Project) -> None:
    known_and_unknown(project)  # brandman not in the table: as written
    english = project.report_crosstab("role", names_in="en", viewer="lena")
    assert set(english.columns) - {"total"} == {"head of administration", "brandman"}
    swedish = project.report_frequencies(["role"], names_in="sv", viewer="lena")
    assert set(swedish["role"]) == {"förvaltningschef", "brandman"}
    plain = project.report_crosstab("role", viewer="lena")
    assert set(plain.columns) - {"total"} == {"förvaltningschef", "brandman"}
    assert project.document("chef.txt").attributes["role"] == "förvaltningschef"


def test_one_role_in_two_languages_is_one_column(project: Project) -> None:
    _coded(project, "chef.txt", "förvaltningschef")
    _coded(project, "head.txt", "head of administration")
    table = project.report_crosstab("role", names_in="sv", viewer="lena")
    assert list(table.columns) == ["förvaltningschef", "total"]
    assert table.loc["integration", "förvaltningschef"] == 2
