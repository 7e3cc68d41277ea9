"""An attribute's name reads in lower case in both languages, as "municipality" and "role"
do: the reports line read "By: Date" (the summary's heading of its decisions' table) beside
"By: municipality" (tui47). The documents list capitalises its headings itself."""

from __future__ import annotations

from qualcode.project.report_titles import NAMED_ATTRIBUTES
from qualcode.tui.catalog import Catalog, attribute_aliases


def test_every_named_attribute_reads_in_lower_case() -> None:
    for lang in ("en", "sv"):
        t = Catalog(lang)
        for key in NAMED_ATTRIBUTES:
            name = t.attribute(key)
            assert name[:1] == name[:1].lower(), (lang, key, name)
    assert Catalog("en").attribute("date") == "date"
    assert Catalog("sv").attribute("date") == "datum"


def test_the_lower_case_name_still_filters() -> None:
    assert attribute_aliases()["datum"] == "date"
