"""The words in each language live in one file per language (``qualcode/texts/*.toml``):
the files keep one shape, and a third language is one more file."""

from __future__ import annotations

import importlib.util
import re
import shutil
import tomllib
from pathlib import Path

import pytest

import qualcode.texts
from qualcode.agreement.methods import TEMPLATES
from qualcode.export.labels import LABELS, number
from qualcode.tui.catalog import MESSAGES, Catalog, default_language, next_language

FOLDER = Path(qualcode.texts.__file__).parent
FIELD = re.compile(r"\{(\w+)")


def _load(path: Path) -> dict[str, dict[str, str]]:
    with path.open("rb") as handle:
        return tomllib.load(handle)


def test_every_language_file_has_the_same_tables_keys_and_fields() -> None:
    english = _load(FOLDER / "en.toml")
    assert set(english) == {"format", "tui", "summary", "agenda", "methods", "roles", "refusals"}
    for path in sorted(FOLDER.glob("*.toml")):
        other = _load(path)
        assert set(other) == set(english), path.name
        for area, table in english.items():
            assert set(other[area]) == set(table), (path.name, area)
            for key, text in table.items():
                # a translation fills the same {fields}: a missing one would print a brace
                assert set(FIELD.findall(other[area][key])) == set(FIELD.findall(text)), (
                    path.name,
                    area,
                    key,
                )


def test_the_interface_summary_and_methods_read_the_files() -> None:
    assert MESSAGES["sv"]["documents"] == "Dokument"
    assert LABELS["sv"] == _load(FOLDER / "sv.toml")["summary"]
    assert TEMPLATES["sv"]["decimal"] == ","
    assert number(0.5, "sv") == "0,50" and number(0.5, "en") == "0.50"


def test_a_third_language_is_one_file(tmp_path: Path) -> None:
    """A German file that translates two words: it is offered, used, and English fills in."""
    folder = tmp_path / "texts"
    shutil.copytree(FOLDER, folder, ignore=shutil.ignore_patterns("__pycache__"))
    (folder / "de.toml").write_text(
        '[format]\ndecimal = ","\n[tui]\ndocuments = "Dokumente"\nquit = "Beenden"\n',
        encoding="utf-8",
    )
    spec = importlib.util.spec_from_file_location("texts_copy", folder / "__init__.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.LANGUAGES == ("en", "de", "sv")
    german = module.texts("de", "tui")
    assert german["documents"] == "Dokumente"
    assert german["name"] == "Name"  # not translated: English
    assert module.texts("de", "methods") == module.texts("en", "methods")
    assert module.texts("xx", "tui") == module.texts("en", "tui")


def test_the_interface_language_follows_the_files(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LC_ALL", "sv_SE.UTF-8")
    assert default_language() == "sv"
    monkeypatch.setenv("LC_ALL", "de_DE.UTF-8")
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    assert default_language() != "de"  # no German file here
    assert next_language("sv") != "sv" and next_language(next_language("sv")) == "sv"
    assert Catalog("xx").lang == "en"
