"""A summary workbook of many sheets whose names begin alike (red team 16).

An Excel sheet name is at most 31 characters, so 'Municipality – <theme>' sheets of themes
whose names begin alike (a codebook from another tool: 'Organisational learning: ...')
are cut to one name and numbered. Each was counted from 2 and compared with every name
given anew at each step: 800 such sheets took a minute to name, 2,000 a quarter of an hour,
before the summary's .xlsx was written. The next number is remembered per name; the names
are the same as before.
"""

from __future__ import annotations

from qualcode.export.summary import sheet_name

N = 400


class _Asked(dict[str, int]):
    """The names given, counting each 'is this name taken?' asked of them."""

    asked = 0

    def __contains__(self, key: object) -> bool:
        self.asked += 1
        return super().__contains__(key)


def test_sheets_named_alike_are_each_named_in_a_step_or_two() -> None:
    used = _Asked()
    title = "Municipality – Organisational learning: number {}"
    names = [sheet_name(title.format(i), used) for i in range(N)]
    assert names[:3] == [
        "Municipality – Organisational",
        "Municipality – Organisational 2",
        "Municipality – Organisational 3",
    ]
    assert len({n.lower() for n in names}) == N and all(len(n) <= 31 for n in names)
    assert used.asked <= 4 * N  # counted from 2 each time: N * N / 2, each against all


def test_names_apart_but_for_case_are_kept_apart() -> None:
    used: dict[str, int] = {}
    names = [sheet_name(t, used) for t in ["Quotes", "quotes", "Quotes 2", "QUOTES"]]
    assert names == ["Quotes", "quotes 2", "Quotes 2 2", "QUOTES 3"]


def test_no_sheet_is_named_as_excel_refuses() -> None:
    """Excel allows no sheet name that begins or ends with an apostrophe, nor 'History';
    openpyxl writes them, and Excel opened such a summary as a damaged workbook. A theme
    named "Brukarnas 'röst'" (the by-municipality sheet ended with its quote) or a name cut
    at 31 characters right after one (red team 17)."""
    used: dict[str, int] = {}
    titles = [
        "Municipality – Brukarnas 'röst'",
        "'Citat'",
        "Role – Brukarnas 'röst' arbetsmiljö",
        "History",
        "'",
    ]
    names = [sheet_name(t, used) for t in titles]
    assert names == [
        "Municipality – Brukarnas 'röst",
        "Citat",
        "Role – Brukarnas 'röst",
        "History 2",
        "sheet",
    ]
    assert not any(n.startswith("'") or n.endswith("'") for n in names)
