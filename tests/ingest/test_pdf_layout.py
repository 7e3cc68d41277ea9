"""A report's PDF read as paragraphs: no running headers or page numbers in the text, a
sentence whole across a page break, headings, contents entries and list items apart."""

from __future__ import annotations

from pathlib import Path

from qualcode.ingest import read_document
from qualcode.ingest.pdf_layout import pages_text
from tests.ingest.pdf_kit import pages_pdf

HEAD = "Kommunen – Plan för arbetsmiljö 2024"
PAGES = [
    [
        HEAD,
        "Innehåll",
        "Inledning............................3",
        "Mål..................................4",
        "Uppföljning av planen och av",
        "rapporten . . . . . . . . . . . . 5",
        "1 (3)",
    ],
    [
        HEAD,
        "Inledning",
        "Nämnden ansvarar för arbetsmiljön och vill stärka det",
        "förebyggande arbetet med risk- och friskfaktorer i alla",
        "verksamheter. Revisorerna och lekmannarevisor-",
        "erna följer upp planen varje år och lämnar en rapport",
        "till nämnden som sedan beslutar om åtgärder för",
        "2 (3)",
    ],
    [
        HEAD,
        "det kommande året.",
        "Mål",
        "\uf0b7 Lägre sjukfrånvaro bland medarbetarna.",
        "\uf0b7 Fler chefer i första linjen.",
        "1. Följa upp varje kvartal.",
        "3 (3)",
    ],
]


def test_headers_and_page_numbers_are_left_out_and_a_sentence_runs_over_the_page() -> None:
    text = pages_text(["\n".join(page) for page in PAGES])
    assert HEAD not in text
    assert "(3)" not in text
    assert "beslutar om åtgärder för\ndet kommande året." in text
    assert "lekmannarevisorerna följer" in text  # the hyphen at the line's end is gone
    assert "risk- och friskfaktorer" in text  # a compound's shared end keeps its hyphen


def test_headings_contents_entries_and_list_items_are_paragraphs_of_their_own() -> None:
    paragraphs = pages_text(["\n".join(page) for page in PAGES]).split("\n\n")
    assert paragraphs[:4] == [  # a tab for the dot leaders, as in a Word document
        "Innehåll",
        "Inledning\t3",
        "Mål\t4",
        "Uppföljning av planen och av\nrapporten\t5",  # an entry wrapped over two lines
    ]
    assert "Inledning" in paragraphs and "Mål" in paragraphs
    assert "• Lägre sjukfrånvaro bland medarbetarna." in paragraphs  # Symbol font's bullet
    assert "• Fler chefer i första linjen." in paragraphs
    assert paragraphs[-1] == "1. Följa upp varje kvartal."


def test_a_one_page_document_keeps_its_first_line_and_a_repeated_line_inside_a_page() -> None:
    page = "Protokoll\nBeslut\nNämnden beslutar enligt förslaget.\nBeslut\nInget.\n- 1 -"
    text = pages_text([page])
    assert text.startswith("Protokoll")
    assert text.count("Beslut\n") + text.count("Beslut\n\n") >= 2
    assert "- 1 -" not in text


def test_an_imported_pdf_has_a_turn_per_paragraph_and_no_page_furniture(tmp_path: Path) -> None:
    path = tmp_path / "plan.pdf"
    # Helvetica has no private-use bullets: the PDF draws its own
    path.write_bytes(pages_pdf([[line.replace("\uf0b7", "•") for line in p] for p in PAGES]))
    raw = read_document(path)
    turns = [raw.text[t.start : t.end] for t in raw.turns]
    assert turns[0] == "Innehåll"
    assert not any(HEAD in turn or "(3)" in turn for turn in turns)
    assert any(turn.endswith("för\ndet kommande året.") for turn in turns)


def test_an_abbreviations_hyphen_at_a_lines_end_stays() -> None:
    """Swedish writes a hyphen after an abbreviation or a number ("HR-fråga"): broken at
    that hyphen, the word was joined without it ("HRfråga"); a hyphenation is still undone."""
    page = "\n".join(
        [
            "Det blev en HR-",
            "fråga och en LSS-",
            "insats under 2019-",
            "talet, som lekmannarevisorer-",
            "na såg.",
        ]
    )
    text = pages_text([page])
    assert "HR-fråga" in text and "LSS-insats" in text and "2019-talet" in text
    assert "lekmannarevisorerna" in text


def test_a_pdf_saved_as_text_page_by_page_loses_its_furniture_and_keeps_its_paragraphs(
    tmp_path: Path,
) -> None:
    """pdftotext writes a form feed between pages and a blank line between paragraphs."""
    pages = [
        f"{HEAD}\n\nInledning\n\nNämnden ansvarar för arbetsmiljön och vill\n"
        "stärka det förebyggande arbetet med\n\n1 (2)\n",
        f"{HEAD}\n\nrisk- och friskfaktorer.\n\nKort stycke.\nMed två rader.\n\n2 (2)\n",
    ]
    path = tmp_path / "plan.txt"
    path.write_text("\f".join(pages), encoding="utf-8")
    assert read_document(path).text.split("\n\n") == [
        "Inledning",
        "Nämnden ansvarar för arbetsmiljön och vill\nstärka det förebyggande arbetet med\n"
        "risk- och friskfaktorer.",
        "Kort stycke.\nMed två rader.",  # a paragraph the converter kept stays one
    ]


def test_a_transcripts_turns_and_timestamps_at_page_edges_are_talk_not_furniture() -> None:
    """A short answer or a timestamp often stands at a page's top: it is kept."""
    pages = [f"[00:0{n}:00]\nR: Ja.\nI: Och sedan {n}?\nR: Ja.\nSida {n} av 3" for n in (1, 2, 3)]
    text = pages_text(pages)
    assert text.count("R: Ja.") == 6 and text.count("[00:0") == 3
    assert "Sida" not in text


def test_a_footnotes_raised_digit_leaves_the_word_and_the_note_stands_apart() -> None:
    page = (
        "Granskningen bygger på intervjuer och styrdokument1. Läs sidan 12 och COVID19\n"
        "om viruset, och riktlinjerna2 för året.\n"
        "1 Policy antagen av fullmäktige.\n"
        "2 Riktlinjer från nämnden."
    )
    paragraphs = pages_text([page]).split("\n\n")
    assert paragraphs[0] == (
        "Granskningen bygger på intervjuer och styrdokument. Läs sidan 12 och COVID19\n"
        "om viruset, och riktlinjerna för året."
    )
    assert paragraphs[1:] == ["1 Policy antagen av fullmäktige.", "2 Riktlinjer från nämnden."]


def test_a_number_after_a_word_without_a_note_below_stays() -> None:
    assert pages_text(["Vi hade 3 möten under kvartal4, se nedan."]) == (
        "Vi hade 3 möten under kvartal4, se nedan."
    )


def test_a_short_line_ending_on_a_preposition_or_conjunction_runs_on() -> None:
    """A wrapped heading or table cell ends its line on "i", "of", "och": not its end."""
    page = (
        "Arbetsmiljö och hållbart arbetsliv för medarbetare i\n"
        "Kommunen\n"
        "Employees Principal Social Worker; Director of\n"
        "Adult Services\n"
        "Nämnden har under året arbetat med att minska sjukfrånvaron bland alla.\n"
        "Mål\n"
        "Fler chefer."
    )
    assert pages_text([page]).split("\n\n")[:3] == [
        "Arbetsmiljö och hållbart arbetsliv för medarbetare i\nKommunen",
        "Employees Principal Social Worker; Director of\nAdult Services",
        "Nämnden har under året arbetat med att minska sjukfrånvaron bland alla.",
    ]


# speech set as Swedish typography sets it, a dash opening each quote; every line full, so
# only the dash can part them
TALK = [
    "Gruppen satt kvar i rummet efter mötet och pratade om hur veckan hade gått.",
    "—Vi hinner inte med alla ärenden längre, sa handläggaren och såg på chefen.",
    "–Då får vi prata med nämnden om fler tjänster, svarade chefen lugnt och kort.",
    "– Det har vi gjort förut, men inget hände, sa den tredje som hade varit tyst",
    "hela tiden och nu ville säga något om det som hänt under de senaste åren.",
]


def test_a_dash_opening_a_quote_after_a_sentences_end_starts_a_paragraph(tmp_path: Path) -> None:
    """An em dash, or a dash without its space, was read as a line of the paragraph
    before: the quote "—Vi hinner inte ..." ran on from the narrator's sentence."""
    path = tmp_path / "samtal.pdf"
    path.write_bytes(pages_pdf([TALK]))
    assert read_document(path).text.split("\n\n") == [
        TALK[0],
        TALK[1],
        TALK[2],
        f"{TALK[3]}\n{TALK[4]}",
    ]


def test_a_dash_after_a_line_that_runs_on_stays_in_its_sentence() -> None:
    lines = [
        "Förvaltningen har arbetat med det som i planen kallas för det förebyggande",
        "—Stöd och Omsorg— och med introduktionen av nya medarbetare i första linjen.",
    ]
    assert pages_text(["\n".join(lines)]) == "\n".join(lines)


def test_a_quote_opened_by_a_quotation_mark_or_a_minus_sign_starts_a_paragraph() -> None:
    """A paragraph opening with a quotation mark ("”Vi ...", "“We ...") after a short last
    line, or a quote opened by a minus sign (a font's dash read as U+2212), ran on from the
    paragraph before."""
    lines = [
        "Enheten har under hösten tagit emot fler orosanmälningar än under",
        "hela förra året, och utredarna har fått ta över varandras ärenden.",
        "Det säger chefen.",
        "”Vi har inte hunnit läsa in oss på familjerna innan vi ska träffa",
        "dem, och det märks i samtalen”, säger en av utredarna på enheten.",
        "− Vi behöver fler kolleger som stannar, säger en annan av dem.",
    ]
    assert pages_text(["\n".join(lines)]).split("\n\n") == [
        "\n".join(lines[:3]),
        "\n".join(lines[3:5]),
        lines[5],
    ]
