"""Joiners in an export's path that are spelling, not hiding (red team, round 12).

``check_target`` refused a zero-width non-joiner anywhere in a path, to keep "rapport<ZWNJ>.md"
from printing as rapport.md. In Persian it is an ordinary letter: "نامه‌ها" ("letters")
draws its two words apart only because of it, and a folder so named took no export. In
Sinhala and the Indic scripts a joiner after a virama chooses a conjunct's form. A joiner
is refused only where it joins or parts nothing drawn (RFC 5892's rule for domain names):
between Latin letters, at a word's end, after a letter that joins nothing onward. So
with emoji: a folder "❤️ bilder" (the heart drawn as a picture) or "👩‍💻" (one picture of
two joined) was refused too.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode.errors import OutputError
from qualcode.oneline import invisible_at
from qualcode.project.output_targets import check_target
from tests.hostile.export_kit import EXPORTS, SUFFIX, build_project, run

SPELLED = {
    "Persian folder": "نامه\u200cها/گزارش.md",  # heh, ZWNJ, heh
    "Persian verb": "می\u200cخواهم.md",  # yeh, ZWNJ, kheh
    "Persian with a vowel mark": "کتاب\u064e\u200cها.md",  # beh with fatha, ZWNJ, heh
    "Urdu": "ہم\u200cآہنگ.csv",  # meem, ZWNJ, alef with madda
    "Sinhala": "ශ්\u200dරී ලංකා.md",  # virama, ZWJ: the rakaransaya form
    "Devanagari": "क्\u200cष.md",  # virama, ZWNJ: the half form shown apart
    "emoji as a picture": "\u2764\ufe0f bilder/rapport.md",  # ❤️, not the text ❤
    "emoji sequence": "\U0001f469\u200d\U0001f4bb arbete.md",  # woman, ZWJ, laptop: one
}
HIDING = {
    "Latin": "rapport\u200c.md",
    "Latin, inside": "rap\u200cport.md",
    "at a Persian word's end": "نامه\u200c.md",
    "after reh, which joins nothing onward": "دار\u200cو.md",
    "ZWJ between Persian letters": "نامه\u200dها.md",
    "at the start": "\u200cنامه.md",
    "a picture's selector after a letter": "rapport\ufe0f.md",
    "ZWJ after a letter": "rapport\u200d\U0001f4bb.md",
    "ZWJ after an emoji, nothing after": "\U0001f4bb\u200d.md",
}


@pytest.mark.parametrize("name", list(SPELLED))
def test_a_joiner_that_is_spelling_is_written(tmp_path: Path, name: str) -> None:
    target = tmp_path / SPELLED[name]
    target.parent.mkdir(exist_ok=True)
    assert check_target(target) == target.resolve()


@pytest.mark.parametrize("name", list(HIDING))
def test_a_joiner_that_shows_as_nothing_is_refused(tmp_path: Path, name: str) -> None:
    with pytest.raises(OutputError, match="choose a name of plain characters"):
        check_target(tmp_path / HIDING[name])


def test_a_persian_pseudonym_keeps_its_joiner() -> None:
    """The same rule is the one a pseudonym on the key is read by."""
    assert invisible_at("می\u200cخواه") is None
    assert invisible_at("IP\u200c1") == 2


@pytest.mark.parametrize("command", ["summary-md", "qdpx"])
def test_an_export_into_a_persian_folder_writes(tmp_path: Path, command: str) -> None:
    project = build_project(tmp_path / "p.db")
    folder = tmp_path / "مصاحبه\u200cها"
    folder.mkdir()
    target = folder / f"گزارش{SUFFIX[command]}"
    code, _, err = run(project, *EXPORTS[command](str(target)))
    assert code == 0, err
    assert target.stat().st_size > 0
