"""A plain text copied out of a PDF (or wrapped by its writer's editor) keeps the page's line
ends inside its paragraphs. The coding screen drew each such line on its own: at 80 columns
of text a union report pasted into a .txt stood as ragged lines ("... och en" / "hög" /
"andel ..."). Such text is now read as wrapped, as a PDF's page lines are; an interview
typed one paragraph or one speaker a line is not, nor a list of names."""

from __future__ import annotations

from itertools import pairwise

from qualcode.ingest.pdf_layout import ends, full_width
from qualcode.ingest.wrapped import hard_wrapped, wrapped_parts
from qualcode.model import Document
from qualcode.project.layout import keeps_page_lines

WRAPPED = (
    "Rapport om arbetsmiljön\n"
    "Förvaltningen har under året arbetat med att\n"
    "minska arbetsbelastningen för de socialsekreterare\n"
    "som utreder barn, och med att ge nyanställda\n"
    "en mentor under det första halvåret. Cheferna\n"
    "har fått färre medarbetare var.\n"
)

ONE_PARAGRAPH_A_LINE = (
    "Vi hade en period då nästan alla i gruppen var nya, och ingen visste riktigt vem man"
    " skulle fråga när något gick snett med en utredning eller ett beslut.\n"
    "Sedan kom en ny chef som satte sig med oss varje vecka och gick igenom ärendena, och"
    " det var först då som det blev lugnare i arbetsgruppen på riktigt.\n"
)

SPEAKERS = (
    "Intervjuare: hur var det förra året\n"
    "Karin: tungt, vi var för få\n"
    "Intervjuare: och nu\n"
    "Karin: bättre sedan i våras\n"
)

NAMES = "Anna Berg, ordförande\nJonas Ek, sekreterare\nMaria Lund, socialchef\nPer Ås (S)\n"


def _doc(name: str, text: str, source: str | None = None) -> Document:
    return Document("id", name, "sv", text, "", source, "")


def test_a_text_wrapped_mid_sentence_is_read_as_wrapped() -> None:
    assert hard_wrapped(WRAPPED)
    assert hard_wrapped(WRAPPED.replace("\n", "\r\n").replace("\r", ""))


def test_an_interview_or_a_list_keeps_its_line_ends() -> None:
    assert not hard_wrapped(ONE_PARAGRAPH_A_LINE)
    assert not hard_wrapped(SPEAKERS)
    assert not hard_wrapped(NAMES)
    assert not hard_wrapped("")
    # two wraps are too few to tell a wrapped text from a writer's own line ends
    assert not hard_wrapped("\n".join(WRAPPED.split("\n")[1:4]))


def test_the_screen_wraps_a_wrapped_text_file_as_paragraphs() -> None:
    assert keeps_page_lines(_doc("rapport.txt", WRAPPED))
    assert keeps_page_lines(_doc("rapport", WRAPPED, "/home/karin/Rapport.TXT"))
    assert keeps_page_lines(_doc("anteckningar.md", WRAPPED))
    assert not keeps_page_lines(_doc("intervju.txt", ONE_PARAGRAPH_A_LINE))
    # a Word document's line breaks are its writer's own, wrapped or not
    assert not keeps_page_lines(_doc("rapport.docx", WRAPPED, "/home/karin/rapport.docx"))


def test_a_wrapped_text_parts_where_a_pdfs_page_lines_part() -> None:
    """A wrapped text's lines part by the import's own rule for a PDF's page lines
    (``pdf_layout.ends``): a heading after a full line ending a sentence stands apart, and a
    short line ending on a preposition or a comma runs on into the name on the next."""
    lines = [
        "Nämnden har under året följt upp hur arbetsmiljön har utvecklats i",
        "Malmö stad, och hur många som har slutat under sitt första år i",
        "tjänst. Uppföljningen visar att fler stannar än året innan.",
        "Åtgärder",
        "Förvaltningen ska anställa fler samordnare för introduktionen av",
        "nya kolleger och ge varje grupp en handledare som nyanställda",
        "kan vända sig till under det första halvåret i",
        "Göteborg,",
        "Borås och Kungsbacka.",
    ]
    text = "\n".join(lines)
    parts = wrapped_parts(text)
    apart = [b for a, b in pairwise(lines) if parts(a, b)]
    assert apart == ["Åtgärder", "Förvaltningen ska anställa fler samordnare för introduktionen av"]
    for a, b in pairwise(lines):
        assert parts(a, b) == ends(a, b, full_width(lines))
