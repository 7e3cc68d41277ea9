"""One rule for a document without the attribute a report splits by (``reports._not_given``):
named in the language a report is asked in, or with none asked left unnamed, which only the
long frequency table may be (NaN, for a reader who names it in her own words: the reports
screen in the interface's language); a crosstab's column always has a name, English unless
told."""

from __future__ import annotations

import pandas as pd

from qualcode import Project
from tests.conftest import add_plain_document


def _policy_without_a_place(towns: Project) -> None:
    """A fourth document, coded by karin, with no municipality."""
    doc = add_plain_document(towns, "policy.txt", ["Nämnden beslutade om en ny plan."])
    unit = towns.units(doc)[0]
    towns.add_coding(doc, unit.start, unit.end, "mission_dialogue", "karin")


def test_frequencies_name_a_missing_value_only_in_a_language_asked(towns: Project) -> None:
    _policy_without_a_place(towns)
    unnamed = towns.report_frequencies(["municipality"])
    assert unnamed["municipality"].isna().sum() == 1
    for lang, words in (("en", "not given"), ("sv", "ej angivet"), ("fi", "not given")):
        named = towns.report_frequencies(["municipality"], lang=lang)
        assert not named["municipality"].isna().any()
        row = named[named["municipality"] == words]
        assert row["segments"].tolist() == [1], (lang, named)


def test_a_crosstab_always_names_the_column(towns: Project) -> None:
    _policy_without_a_place(towns)
    english = towns.report_crosstab("municipality")
    assert english.loc["mission_dialogue", "not given"] == 1
    assert not any(pd.isna(c) for c in english.columns)
    swedish = towns.report_crosstab("municipality", lang="sv")
    assert swedish.loc["mission_dialogue", "ej angivet"] == 1
    assert english["total"].equals(swedish["total"])
