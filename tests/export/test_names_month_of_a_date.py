"""A word between a day and a year is a month, in whatever language the record is kept
in: a bilingual parliamentary page's header, dated in Welsh ("28 Ionawr 2025"), proposed
"Ionawr" for the key (minor49, bench_pseudonyms). A name beside a date is still
a name; and England's inspectorate of children's services is a national agency, as
"Socialstyrelsen" is, never a name to key."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from qualcode.export.names import find_names
from qualcode.nlp.written_case import mostly_lower
from qualcode.project.common_words import ordinary_words


@pytest.fixture(scope="module")
def ordinary() -> Callable[[str], bool]:
    return ordinary_words()


def _found(text: str, ordinary: Callable[[str], bool]) -> set[str]:
    return {c.word for c in find_names({"d.txt": text}, (), ordinary, mostly_lower)}


def test_a_month_between_a_day_and_a_year_is_no_name(ordinary: Callable[[str], bool]) -> None:
    text = (
        "Our panel sat on 28 Ionawr 2025 and then on 4 Chwefror 2025. "
        "Mötet hölls den 12 Mehefin 2024 i Habo."
    )
    assert _found(text, ordinary) == {"Habo"}


def test_a_name_beside_a_date_is_still_a_name(ordinary: Callable[[str], bool]) -> None:
    text = "On 28 May 2025 Tamsin Okoro wrote to us. Den 3 juni 1998 flyttade Kiki till Habo."
    assert {"Tamsin", "Okoro", "Kiki", "Habo"} <= _found(text, ordinary)


def test_the_inspectorate_is_no_name(ordinary: Callable[[str], bool]) -> None:
    text = "Tamsin Okoro wrote that Ofsted will visit our team twice next year."
    assert _found(text, ordinary) == {"Tamsin", "Okoro"}


def test_the_words_of_a_bill_s_title_are_no_names(ordinary: Callable[[str], bool]) -> None:
    """The word "Wellbeing" of a bill's title ("... Wellbeing and Schools Bill") was proposed as a
    name: a title's capitals ending in Bill or Act name a law, as "lex Sarah" does."""
    text = (
        "We debated the Carers Wellbeing and Respite Bill today, and the Kinship Care Act "
        "came up. Tamsin Okoro spoke first; Tom and Bill came later."
    )
    assert _found(text, ordinary) == {"Tamsin", "Okoro", "Tom"}


def test_a_label_between_a_name_written_twice_is_no_name(ordinary: Callable[[str], bool]) -> None:
    """A debate page labels each speaker's picture between her name and her name again
    ("Tamsin Okoro Portrait Ms Tamsin Okoro"): "Portrait" was proposed as a person."""
    text = (
        "Tamsin Okoro Portrait Ms Tamsin Okoro (Lab)\nIt is a pleasure to serve.\n"
        "Rhys Dunmore Portrait Rhys Dunmore (Con)\nI agree with her.\n"
    )
    found = _found(text, ordinary)
    assert "Portrait" not in found
    assert {"Tamsin", "Okoro", "Rhys", "Dunmore"} <= found
