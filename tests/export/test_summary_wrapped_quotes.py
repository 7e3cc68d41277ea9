"""A theme summary quotes a document whose line ends fall inside its paragraphs (minutes
copied out of a PDF as text, a PDF's pages) as the coding screen reads it: one paragraph.
It quoted such minutes line by line as the page broke them ("Planen har arbetats fram" /
"tillsammans med ..."), in Word, the web page and Markdown alike (eyes22)."""

from __future__ import annotations

from pathlib import Path

from qualcode import Project

# my own minutes, wrapped at a page's width as pdftotext leaves them
MINUTES = (
    "§ 3 Rapport från gruppen för barn och unga\n"
    "\n"
    "Chefen berättar att gruppen har arbetat fram en ny plan för introduktionen av\n"
    "nyanställda tillsammans med skyddsombudet under våren. Handläggarna har fått\n"
    "beskriva vad som tynger dem mest i vardagen, och deras svar har legat till\n"
    "grund för de åtgärder som nämnden nu får ta ställning till vid sitt möte.\n"
    "\n"
    "Beslut\n"
    "\n"
    "Nämnden beslutar att lägga rapporten till handlingarna.\n"
)
# an interview typed a sentence a line: its line ends are the writer's own and stay
INTERVIEW = (
    "R: Vi fick en mentor första året.\n"
    "Det gjorde att man vågade fråga.\n"
    "Och ingen pekade finger när något gick fel.\n"
)


def _quotes(tmp_path: Path) -> dict[str, str]:
    with Project.create(tmp_path / "p.db") as project:
        project.add_coder("lena", role="lead")
        project.add_code("systems", {"sv": "Systemperspektiv"})
        minutes = project.import_text("protokoll.txt", MINUTES, lang="sv")
        talk = project.import_text("ip1.txt", INTERVIEW, lang="sv")
        start = MINUTES.index("Chefen")
        end = MINUTES.index("möte.") + len("möte.")
        project.add_coding(minutes.id, start, end, "systems", "lena")
        start = INTERVIEW.index("Vi fick")
        project.add_coding(talk.id, start, len(INTERVIEW) - 1, "systems", "lena")
        summary = project.build_summary(layer="coder", lang="sv", quotes=5)
    [theme] = summary.themes
    return {q.document: q.text for q in theme.quotes}


def test_wrapped_minutes_are_quoted_as_one_paragraph(tmp_path: Path) -> None:
    quoted = _quotes(tmp_path)
    assert quoted["protokoll"] == (
        "Chefen berättar att gruppen har arbetat fram en ny plan för introduktionen av "
        "nyanställda tillsammans med skyddsombudet under våren. Handläggarna har fått "
        "beskriva vad som tynger dem mest i vardagen, och deras svar har legat till "
        "grund för de åtgärder som nämnden nu får ta ställning till vid sitt möte."
    )


def test_a_text_whose_line_ends_are_its_writers_keeps_them(tmp_path: Path) -> None:
    quoted = _quotes(tmp_path)
    assert quoted["ip1"].count("\n") == 2
