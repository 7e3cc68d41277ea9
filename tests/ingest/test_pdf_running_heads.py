"""A PDF's running heads and feet are dropped, and only they: a head of seven lines goes
whole, while a line repeated by chance at a page's edge stays (an interview's "Ja." opening
a page, "Beslut" over each item's standard decision above a minutes' foot, a Teams
transcript's speaker lines)."""

from __future__ import annotations

from pathlib import Path

from qualcode.ingest import read_document
from tests.ingest.pdf_kit import pages_pdf


def _read(tmp_path: Path, pages: list[list[str]]) -> str:
    path = tmp_path / "dokument.pdf"
    path.write_bytes(pages_pdf(pages))
    return read_document(path).text


def test_a_seven_line_running_head_goes_whole(tmp_path: Path) -> None:
    head = [
        "Byholms kommun",
        "Omsorgsförvaltningen",
        "Rapport om arbetsmiljön",
        "Diarienummer ON 2031/12",
        "Version 2",
        "Fastställd av nämnden",
        "Rapportens löpande rubrik",
    ]
    bodies = [
        "Första sidan handlar om ärendemängden.",
        "Andra sidan handlar om introduktionen.",
        "Tredje sidan handlar om uppföljningen.",
    ]
    text = _read(tmp_path, [[*head, body] for body in bodies])
    # before: six lines were dropped and the seventh stood over every page's text
    assert text.split("\n\n") == bodies


def test_a_short_answer_opening_pages_is_kept(tmp_path: Path) -> None:
    pages = [
        ["I: Har ni fått fler kollegor i år?", "R: Två nya.", "I: Fungerar introduktionen?"],
        ["Ja.", "I: Vem håller i den?", "R: En erfaren kollega."],
        ["Ja.", "I: Har sjukskrivningarna minskat?", "R: Det tror jag."],
        ["Ja.", "I: Tack för i dag.", "R: Tack själv."],
    ]
    text = _read(tmp_path, pages)
    assert text.count("Ja.") == 3  # before: none, each taken for a running head


def test_a_minutes_decisions_above_its_foot_are_kept(tmp_path: Path) -> None:
    foot = ["Justerandes sign", "Utdragsbestyrkande"]
    items = ["§ 1 Läget i gruppen", "§ 2 Ekonomisk rapport", "§ 3 Rekrytering"]
    decision = "Nämnden lägger informationen till handlingarna."
    pages = [
        ["Omsorgsnämnden", item, f"Redovisning nummer {n} av läget.", "Beslut", decision, *foot]
        for n, item in enumerate(items, 1)
    ]
    text = _read(tmp_path, pages)
    # before: the decision and "Beslut" went with the foot on every page
    assert text.split("\n\n").count("Beslut") == 3 and text.count(decision) == 3
    assert "Justerandes" not in text and "Omsorgsnämnden" not in text


def test_a_teams_transcripts_speaker_lines_are_kept(tmp_path: Path) -> None:
    pages = [
        [
            "Lena Berg 0:03",
            "Välkommen, vi börjar.",
            "Omar Said 0:10",
            "Jag har varit här i sex år.",
        ],
        ["Lena Berg 0:50", "Hur är arbetsmiljön?", "Omar Said 0:58", "Den har blivit bättre."],
        ["Lena Berg 1:20", "Något mer?", "Omar Said 1:25", "Nej, det var allt."],
    ]
    path = tmp_path / "teams.pdf"
    path.write_bytes(pages_pdf(pages))
    raw = read_document(path)
    speakers = [turn.speaker for turn in raw.turns]
    # before: "Lena Berg 0:50" and "... 1:20" opened two pages of three and were dropped
    assert speakers == ["Lena Berg", "Omar Said"] * 3
    assert [turn.start_time for turn in raw.turns] == [3, 10, 50, 58, 80, 85]
