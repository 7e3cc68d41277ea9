"""The Swedish and English word lists (the lookup lemma tables) that tell an ordinary word
from a name are read when a word is first asked of, and the name finder asks last: each
lead's 'export codings' asks which names the key lacks (names_off_key), and reading the
lists first doubled the demo's export (0.45 -> 0.9 s CPU) while 1,000 transcripts never
asked of a word. The names found are the same."""

from __future__ import annotations

from pathlib import Path

import pytest

import qualcode.nlp.pipeline as pipeline
from qualcode.export.names import find_names
from qualcode.project.common_words import ordinary_words


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[str]:
    """The languages whose tables were read (each read by the real reader), with an empty
    cache folder: with the list kept there (``word_list``, 7601f75e) a later process reads
    no table at all, which tests/project/test_common_words_kept.py checks."""
    monkeypatch.setenv("QUALCODE_CACHE_DIR", str(tmp_path))
    read: list[str] = []
    real = pipeline.lemma_lookup

    def counted(lang: str) -> object:
        read.append(lang)
        return real(lang)

    monkeypatch.setattr(pipeline, "lemma_lookup", counted)
    return read


def test_the_lists_are_read_at_the_first_word_asked(reads: list[str]) -> None:
    ordinary = ordinary_words()
    assert reads == []
    assert ordinary("huset") and ordinary("houses") and not ordinary("qxzv")
    assert reads == ["sv", "en"]  # once, however many words are asked


def test_names_with_no_word_to_ask_read_no_list(reads: list[str]) -> None:
    text = "Jag ringde Eva Olofsson i Habo. Sedan kom Lindqvist till Solgårdsskolan."
    found = {c.word: c.kind for c in find_names({"a.txt": text}, (), ordinary_words())}
    assert found["Eva"] == "person" and found["Habo"] == "place"
    assert found["Solgårdsskolan"] == "workplace"
    assert reads == []


def test_a_word_heading_x_for_y_is_still_asked_of(reads: list[str]) -> None:
    text = "We read the report. They said Skills for Care helped, and Anna Holm agreed."
    found = {c.word for c in find_names({"a.txt": text}, (), ordinary_words())}
    assert "Skills" not in found and "Anna" in found
    assert reads == ["sv", "en"]
