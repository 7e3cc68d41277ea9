"""The name finder's common words are read from a sorted list kept in the cache folder, made
from spaCy's lookup tables the first time: parsing the Swedish table cost 0.4 s CPU of every
lead's export that asked (a fifth of the demo's `export summary`). The answers must be the
tables' own, and a damaged or unwritable list must never change them."""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

import pytest

from qualcode.nlp.normalise import stop_words
from qualcode.nlp.pipeline import lemma_lookup
from qualcode.project.common_words import ordinary_words
from qualcode.project.word_list import KEPT_LISTS, SortedWords, common_words

_ASKED = [
    "och",
    "hur",
    "varför",
    "budgeten",
    "socialtjänst",
    "the",
    "walked",
    "zqxvy",
    "lindqvist",
    "",
    "Och",
    "ärende",
]


@cache
def _tables() -> frozenset[str]:
    words: set[str] = set()
    for lang in ("sv", "en"):
        table = lemma_lookup(lang) or {}
        words.update(table, table.values(), stop_words(lang))
    return frozenset(words)


def _tables_say(word: str) -> bool:
    return word in _tables()


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("QUALCODE_CACHE_DIR", str(folder))
    return folder


def test_the_kept_list_answers_as_the_tables_do(cache: Path) -> None:
    made = ordinary_words()
    first = [made(w) for w in _ASKED]
    [kept] = cache.glob("common-words-*.txt")
    again = ordinary_words()
    assert [again(w) for w in _ASKED] == first == [_tables_say(w) for w in _ASKED]
    assert len(common_words()) == len(_tables())  # type: ignore[arg-type]
    assert first[:4] == [True, True, True, True] and not made("zqxvy")
    assert isinstance(common_words(), SortedWords)
    assert kept.read_text(encoding="utf-8").startswith("qualcode common words 1 ")


def test_a_later_process_reads_the_list_not_the_tables(cache: Path) -> None:
    ordinary_words()("och")  # makes the list
    lemma_lookup.cache_clear()  # as a new process finds it
    try:
        assert ordinary_words()("budgeten")
        assert lemma_lookup.cache_info().currsize == 0  # no table was parsed
    finally:
        lemma_lookup.cache_clear()


def test_a_damaged_list_is_made_again(cache: Path) -> None:
    ordinary_words()("och")
    [kept] = cache.glob("common-words-*.txt")
    text = kept.read_text(encoding="utf-8")
    kept.write_text(text[: len(text) // 2], encoding="utf-8")  # cut short: words lost
    made = ordinary_words()
    assert [made(w) for w in _ASKED] == [_tables_say(w) for w in _ASKED]
    assert kept.read_text(encoding="utf-8") == text


def test_an_unwritable_cache_folder_keeps_nothing_and_answers_alike(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder would be", encoding="utf-8")
    monkeypatch.setenv("QUALCODE_CACHE_DIR", str(blocker / "qualcode"))
    made = ordinary_words()
    assert [made(w) for w in _ASKED] == [_tables_say(w) for w in _ASKED]
    assert blocker.read_text(encoding="utf-8") == "a file where the folder would be"


def test_a_list_of_replaced_tables_is_removed_when_a_new_one_is_kept(cache: Path) -> None:
    cache.mkdir()
    stale = cache / "common-words-0000.txt"  # made from the tables of an earlier install
    stale.write_text("qualcode common words 1 0000 1\nword", encoding="utf-8")
    os.utime(stale, (1_000_000_000, 1_000_000_000))
    for key in ("1111", "2222"):  # two others, newer: another venv's tables, a pipx install's
        (cache / f"common-words-{key}.txt").write_text(
            f"qualcode common words 1 {key} 1\nord", encoding="utf-8"
        )
    ordinary_words()("och")
    left = sorted(p.name for p in cache.glob("common-words-*.txt"))
    assert not stale.exists() and len(left) == KEPT_LISTS, left


def test_another_installs_list_is_not_removed(cache: Path) -> None:
    """Each install's tables lie at their own path and so have their own key: two installs
    that each removed the other's list made it again whenever the user turned between them."""
    cache.mkdir()
    theirs = cache / "common-words-1111.txt"
    theirs.write_text("qualcode common words 1 1111 1\nord", encoding="utf-8")
    ordinary_words()("och")
    assert theirs.exists() and len(list(cache.glob("common-words-*.txt"))) == 2


def test_a_user_without_a_home_folder_keeps_nothing_and_answers_alike(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # no $HOME and no entry in the user database: Path.home() raises, as a service
    # account's may; the export must still answer (it ended in a RuntimeError)
    monkeypatch.delenv("QUALCODE_CACHE_DIR", raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)

    def no_home() -> Path:
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.setattr(Path, "home", staticmethod(no_home))
    made = ordinary_words()
    assert [made(w) for w in _ASKED] == [_tables_say(w) for w in _ASKED]
