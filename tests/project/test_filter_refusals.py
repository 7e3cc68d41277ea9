"""A filter naming a value no document has is refused with the first ten values known and
how many more: it listed every one, on one line, and a project of thousands of interviews
answered a mistyped date with all their dates (an attribute's value may run to 500
characters; red team 17)."""

from __future__ import annotations

import pytest

from qualcode import Project
from qualcode.errors import ValidationError
from tests.conftest import add_plain_document


def test_a_value_no_document_has_names_ten_known_and_the_rest_counted(
    towns: Project,
) -> None:
    for day in range(10, 22):
        doc = add_plain_document(towns, f"ip_{day}.txt", [f"Nämnden lyssnade dag {day}."])
        towns.set_attributes(doc, {"date": f"2024-03-{day}", f"note_{day}": "x"})
    with pytest.raises(ValidationError) as refused:
        towns.search_text("nämnden", attributes={"date": "2024-13-01"})
    dates = ", ".join(f"2024-03-{day}" for day in range(10, 20))
    assert str(refused.value) == f"no document has date=2024-13-01; known: {dates} and 2 more"
    with pytest.raises(ValidationError) as refused:
        towns.search_text("nämnden", attributes={"datum": "2024-03-10"})
    assert str(refused.value).endswith(", note_17 and 4 more")  # date, municipality, 12 notes


@pytest.mark.parametrize("given", [{"docs": []}, {"participant": []}, {"participant": ()}])
def test_an_empty_filter_is_refused_and_codes_nothing(towns: Project, given: dict) -> None:
    """A notebook's filter that matched nobody hands over an empty list: it searched every
    document, and coding the hits coded them all (minor48b)."""
    add_plain_document(towns, "ip_1.txt", ["Nämnden lyssnade."])
    name = next(iter(given))
    said = f"search: {name} is an empty list: a filter that matched nobody; give None for no filter"
    with pytest.raises(ValidationError) as refused:
        towns.search_text("nämnden", **given)
    assert str(refused.value) == said
    before = len(towns.codings())
    with pytest.raises(ValidationError) as refused:
        towns.code_hits("nämnden", "integration", "lena", **given)
    assert str(refused.value) == said
    assert len(towns.codings()) == before
    assert towns.search_text("nämnden", docs=None, participant=None)


def test_word_counts_refuse_an_empty_list_of_documents(towns: Project) -> None:
    """Search's sibling (`report words`) counted every document's words for docs=[]."""
    said = "word frequencies: docs is an empty list: a filter that matched nobody; give None"
    for count in (towns.word_frequencies, towns.report_words):
        with pytest.raises(ValidationError, match=said):
            count(docs=[])
        assert count(docs=None)


def test_confirming_agreements_in_no_document_is_refused(towns: Project) -> None:
    """karin and johan agree on each first sentence: docs=[] confirmed all three into the
    consensus, as if no document had been named."""
    said = "confirm_agreements: docs is an empty list: a filter that matched nobody"
    with pytest.raises(ValidationError, match=said):
        towns.confirm_agreements("lena", docs=[])
    assert towns.codings(layer="consensus") == []
    assert towns.confirm_agreements("lena", docs=["aby_01"]) == 1
