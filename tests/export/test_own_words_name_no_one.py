"""The words an export writes of its own never read as a participant's name.

A name that is also an ordinary word ("Per", "Alla", "By") is matched, by the key and by
the read-back that refuses a leaking file, wherever it is written with a capital. The
Swedish summary's headings and methods paragraph began with "Per kommun", "Per roll", "Per
kod var alfa", "Alla kodarnas ...", so a study with a participant called Per on the key
could not write a Swedish summary at all ("the real name behind IP2 would appear"), and the
English one was refused the same way once its methods paragraph said "Per code, alpha".
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from qualcode.export.pseudonyms import ORDINARY_WORDS
from qualcode.texts import LANGUAGES
from tests.conftest import mission_team

TEXTS = Path(__file__).resolve().parents[2] / "qualcode" / "texts"
NAMES = {w.capitalize() for w in ORDINARY_WORDS}
# the interface's own table is shown, never exported; every other table is written in files
SHOWN_ONLY = {"tui"}


def _capitalised_names(text: str) -> list[str]:
    words = re.findall(r"(?<![\w-])[^\W\d_]+(?![\w-])", re.sub(r"\{[^}]*\}", " ", text))
    return [w for w in words if w in NAMES]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_exported_text_begins_a_word_as_a_name_on_the_key(lang: str) -> None:
    tables = tomllib.loads((TEXTS / f"{lang}.toml").read_text(encoding="utf-8"))
    found = [
        (table, key, names)
        for table, entries in tables.items()
        if isinstance(entries, dict) and table not in SHOWN_ONLY
        for key, text in entries.items()
        if isinstance(text, str) and (names := _capitalised_names(text))
    ]
    assert found == []


TALK = (
    "I: Hur kom uppdraget till er?\n\n"
    "Per: Vi hade dialog med nämnden om uppdraget. Nämnden lyssnade på oss.\n\n"
    "I: Och sedan?\n\n"
    "Per: Dialogen om uppdraget fortsatte varje månad med nämnden.\n"
)


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_a_summary_is_written_for_a_participant_called_per(tmp_path: Path, lang: str) -> None:
    with mission_team(tmp_path / "p.db") as project:
        doc = project.import_text(
            "ip_01.txt", TALK, lang="sv", attributes={"role": "chef", "municipality": "Åby"}
        ).id
        project.set_pseudonym("Per", "IP1", "lena", kind="speaker")
        project.set_pseudonym("Åby", "Kommun A", "lena", kind="place")
        for coder in ("karin", "johan"):
            project.act_as(coder)
            for turn in project.store.documents.turns(doc):
                if turn.speaker == "Per":
                    project.add_coding(doc, turn.start, turn.end, "mission", coder)
        project.act_as("lena")
        for suffix in (".md", ".docx"):
            out = project.export_summary(
                tmp_path / f"s{suffix}", layer="coder", lang=lang, viewer="lena"
            )
            assert out.exists()
        text = (tmp_path / "s.md").read_text(encoding="utf-8")
    assert "IP1" in text and not re.search(r"\bPer\b", text), text
