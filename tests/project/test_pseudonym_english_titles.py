"""An English council's minutes name people with their titles ("Cllr Tom Åkesson",
"Councillor Marsh"). "Cllr" and "Councillor" were not read as titles (user47): `pseudonym
suggest` proposed "Cllr Åkesson" as a person's whole name and "Cllr" and "Councillor" as
names, and once "Cllr Åkesson" was on the key every "Cllr" took his pseudonym, so "Cllr
Helen Marsh (chair)" went out as "N1 Councillor 1": the chair printed as another member,
while his first name "Tom" went out as written. A title is the name's neighbour, never
its part."""

from __future__ import annotations

from pathlib import Path

from qualcode import Project
from tests.conftest import small_codebook

MINUTES = (
    "Minutes of the Adult Social Care Committee\n"
    "Present: Cllr Helen Marsh (chair), Cllr Tom Åkesson, Director of Adult Services.\n\n"
    "Cllr Åkesson asked whether the budget would survive the savings round. "
    "Councillor Marsh reported on her visit, and Prof Lindgren and Mayor Okafor spoke.\n"
)


def _project(path: Path) -> Project:
    p = Project.create(path)
    p.apply_codebook(small_codebook())
    p.add_coder("lena", role="lead")
    p.import_text("minutes.txt", MINUTES, lang="en")
    return p.act_as("lena", "lena")


def test_suggest_proposes_the_names_without_their_titles(tmp_path: Path) -> None:
    with _project(tmp_path / "study.db") as p:
        found = {c.real: c.kind for c in p.suggest_pseudonyms("lena")}
    assert found.get("Helen Marsh") == "person" and found.get("Tom Åkesson") == "person"
    titled = [r for r in found if {"Cllr", "Councillor", "Prof", "Mayor"} & set(r.split())]
    assert titled == []
    assert "Lindgren" in found and "Okafor" in found


def test_a_title_on_the_key_with_a_name_is_not_that_person(tmp_path: Path) -> None:
    with _project(tmp_path / "study.db") as p:
        # as the earlier suggest proposed it, and a lead applied it
        p.set_pseudonym("Cllr Åkesson", "N1", "lena")
        p.set_pseudonym("Helen Marsh", "N2", "lena")
        key = p.pseudonym_key(viewer="lena")
    printed = key.apply("Present: Cllr Helen Marsh (chair). Cllr Åkesson asked.")
    assert printed == "Present: Cllr N2 (chair). N1 asked."


PLAN = (
    "Workforce plan\n\n"
    "In spring the Cabinet Member for Adult Care met frontline teams, and the Director of "
    "Adult Services will report to the committee. The Member for Leeds Central asked how "
    "the Head of Children's Services would staff the teams.\n"
)


def test_a_portfolio_s_common_words_are_no_names(tmp_path: Path) -> None:
    """ "Cabinet Member for Adult Care" proposed "Adult Care", "Adult" and "Care" as a
    person's names, and every export's note asked the lead to key them (user47): keyed,
    "Adult Social Care Committee" would have gone out as "N3 Social N3 Committee". A place
    after the role is still proposed."""
    with Project.create(tmp_path / "plan.db") as p:
        p.apply_codebook(small_codebook())
        p.add_coder("lena", role="lead")
        p.import_text("plan.txt", PLAN, lang="en")
        found = {c.real for c in p.act_as("lena", "lena").suggest_pseudonyms("lena")}
    assert not found & {"Adult", "Care", "Adult Care", "Services", "Children's", "Children"}
    assert "Leeds" in found
