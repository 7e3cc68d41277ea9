"""``report quotes`` cites a participant in one language: the English CLI names the place
"Municipality B" and so the role "head of administration", never "IP12 förvaltningschef"
beside it (render46). The service translates by the summary's role table when a face asks
for a language (``names_in``); without one the role stays as the team wrote it, and a
role the table does not know is printed as written."""

from __future__ import annotations

from qualcode.project import Project
from tests.cli.role_words_kit import TEXT, english_cli, known_and_unknown
from tests.cli.role_words_kit import coded_with_role as _coded


def test_the_english_cli_cites_the_role_in_english(project: Project) -> None:
    _coded(project, "chef.txt", "förvaltningschef")
    printed = english_cli(project, "report", "quotes", "--code", "integration")
    assert "head of administration, turn 2" in printed
    assert "förvaltningschef" not in printed


def test_the_service_translates_only_when_asked(project: Project) -> None:
    known_and_unknown(project)  # brandman not in the table: as written
    english = project.report_quotes("integration", names_in="en", viewer="lena")
    roles = dict(zip(english["document_name"], english["speaker_role"], strict=True))
    assert roles == {"chef.txt": "head of administration", "other.txt": "brandman"}
    assert set(english["role"]) == {"head of administration", "brandman"}
    plain = project.report_quotes("integration", viewer="lena")
    assert set(plain["speaker_role"]) == {"förvaltningschef", "brandman"}


def test_the_interviewer_stays_the_interviewer(project: Project) -> None:
    project.act_as("lena")
    project.import_text("asks.txt", TEXT, lang="sv", attributes={"role": "förvaltningschef"})
    at = project.document("asks.txt").text.index("Hur")
    project.add_coding("asks.txt", at, at + 10, "integration", "lena")
    for lang in ("en", "sv"):
        quoted = project.report_quotes("integration", names_in=lang, viewer="lena")
        assert list(quoted["speaker_role"]) == ["interviewer"]
