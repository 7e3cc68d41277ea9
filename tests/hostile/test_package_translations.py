"""A translation a coder wrote of her coding in her own copy comes back with her package.

A coder translates her own codings (``code translate``), in her handout copy too. Her
package carried codings, memos and statuses only: the lead's merge said "1 coding added"
and the translation stayed on her laptop without a word. A hand-edited translation in a
package is held to what one typed in is held to, and refuses the merge in one line.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import ValidationError
from tests.hostile.package_kit import code_first_unit, johans_handout

SAID = "The mission comes from above and nobody asks us."  # made up


def _package(tmp_path: Path) -> tuple[Path, Path, str]:
    """The team's file and johan's package from his handout copy: the first unit coded
    with ``mission`` and translated into English. With the coding's id."""
    team, his, doc = johans_handout(tmp_path)
    with Project.open(his) as copy:
        copy.act_as("johan")
        coding = code_first_unit(copy, doc)
        copy.translate_coding(coding.id, "en", SAID, "johan")
        return team, copy.export_coder("johan", tmp_path / "johan.json"), coding.id


def test_the_translation_comes_in_with_the_coding(tmp_path: Path) -> None:
    team, package, coding = _package(tmp_path)
    with Project.open(team) as p:
        p.act_as("lena")
        report = p.merge_package(package)
        assert (report.added, report.translations) == (1, 1)
        assert p.translations() == {(coding, "en"): SAID}
        assert p.merge_package(package).translations == 0  # idempotent
        karin = p.act_as("karin", "karin")  # blind: his translation is his reading of his passage
        assert karin.store.quotes.translations_written() == {}
        assert karin.translations() == {}


def test_a_later_translation_here_is_not_replaced_by_the_packages(tmp_path: Path) -> None:
    team, package, coding = _package(tmp_path)
    with Project.open(team) as p:
        p.act_as("lena")
        p.merge_package(package)
        p.translate_coding(coding, "en", "The lead's better words.", "lena")
        assert p.merge_package(package).translations == 0
        assert p.translations() == {(coding, "en"): "The lead's better words."}


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"coding_id": "not-hers"}, "is not in the package"),
        ({"lang": "de"}, "use sv or en"),
        ({"lang": "sv"}, "already in sv"),
        ({"text": "Bad\x1b[31m words"}, "control character"),
        ({"text": "   "}, "is empty"),
        ({"created_at": 5}, "as text"),
    ],
)
def test_a_hand_edited_translation_is_refused_in_one_line(
    tmp_path: Path, change: dict[str, object], message: str
) -> None:
    team, package, _ = _package(tmp_path)
    data = json.loads(package.read_text(encoding="utf-8"))
    data["translations"][0].update(change)
    package.write_text(json.dumps(data), encoding="utf-8")
    with Project.open(team) as p:
        p.act_as("lena")
        with pytest.raises(ValidationError, match=message):
            p.merge_package(package)
        assert p.codings() == [] and p.translations() == {}


def test_two_translations_of_one_coding_into_one_language_are_refused(tmp_path: Path) -> None:
    """Of two rows the later silently won; the package is refused, naming both rows."""
    team, package, _ = _package(tmp_path)
    data = json.loads(package.read_text(encoding="utf-8"))
    data["translations"].append(dict(data["translations"][0], text="Other words, made up."))
    package.write_text(json.dumps(data), encoding="utf-8")
    with Project.open(team) as p:
        p.act_as("lena")
        with pytest.raises(ValidationError, match=r"translations\[1\].*translations\[0\]"):
            p.merge_package(package)
        assert p.codings() == [] and p.translations() == {}
