"""What the tests of the names ``pseudonym suggest`` proposes share: a new study of one
Swedish and one English interview, and what is proposed for it, by the real name. Five
test files each built both (duplicates, stop 46's reading)."""

from __future__ import annotations

from pathlib import Path

from qualcode import Project
from qualcode.project.pseudonym_names import PseudonymCandidate
from tests.conftest import project_with


def sv_and_en(
    path: Path, sv: str, en: str, names: tuple[str, str] = ("sv_01.txt", "en_01.txt")
) -> Project:
    """A new project file (lena its lead) with the Swedish interview ``sv`` and then the
    English ``en``, imported as ``names``. Open: use it in ``with``."""
    made = project_with(path, (names[0], sv))
    made.import_text(names[1], en, lang="en")
    return made


def proposed(project: Project) -> dict[str, PseudonymCandidate]:
    """What ``pseudonym suggest`` proposes to lena, by the real name."""
    return {c.real: c for c in project.suggest_pseudonyms("lena")}
