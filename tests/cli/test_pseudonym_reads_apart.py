"""A pseudonym a reader would take for another (loose end of stop 17): 'IP\\u200b1' (a
zero-width space inside) or a full-width 'ＩＰ１' was accepted beside 'IP1', and every export
then printed two participants under what reads as one name. Such a pseudonym is refused in
one line, and nothing is written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.cli_kit import fails, ok


@pytest.fixture
def keyed(tmp_path: Path) -> Path:
    path = tmp_path / "p.db"
    ok(path, "init")
    ok(path, "coder", "add", "lena", "--role", "lead")
    ok(path, "pseudonym", "set", "Anna Berg", "IP1", "--kind", "speaker", "--coder", "lena")
    return path


def _key(path: Path) -> list[dict[str, str]]:
    return json.loads(ok(path, "pseudonym", "list", "--format", "json", "--coder", "lena"))


@pytest.mark.parametrize(
    ("pseudonym", "said"),
    [
        ("IP\u200b1", "holds a character that shows as nothing (U+200B at character 3)"),
        ("IP1\u2060", "holds a character that shows as nothing (U+2060 at character 4)"),
        ("I\u00adP2", "holds a character that shows as nothing (U+00AD at character 2)"),
        ("ＩＰ１", "reads as 'IP1', another pseudonym on the key"),
        ("\u0406\u04201", "reads as 'IP1', another pseudonym on the key"),  # Cyrillic І, Р
        ("IP\u00a01", None),  # a no-break space reads as a space: 'IP 1' is not 'IP1'
        ("ip1", None),  # case shows on a printed page: pseudonyms are read with their case
    ],
)
def test_a_pseudonym_that_reads_as_another_is_refused(
    keyed: Path, pseudonym: str, said: str | None
) -> None:
    before = _key(keyed)
    args = ("pseudonym", "set", "Johan Lind", pseudonym, "--kind", "speaker", "--coder", "lena")
    if said is None:
        ok(keyed, *args)
        return
    message = fails(keyed, *args)
    assert message.startswith("pseudonym set: the pseudonym ") and said in message, message
    assert "Anna Berg" not in message  # the error names no real name
    assert _key(keyed) == before


def test_the_same_pseudonym_for_a_second_name_of_one_person_still_goes_on(keyed: Path) -> None:
    ok(keyed, "pseudonym", "set", "Anna Berg", "ＩＰ１", "--coder", "lena")  # replaces its own
    ok(keyed, "pseudonym", "set", "Anna Berg", "IP1", "--coder", "lena")
    ok(keyed, "pseudonym", "set", "Anna", "IP1", "--kind", "speaker", "--coder", "lena")
    assert {(p["real"], p["pseudonym"]) for p in _key(keyed)} == {
        ("Anna Berg", "IP1"),
        ("Anna", "IP1"),
    }
