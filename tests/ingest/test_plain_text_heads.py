"""A policy document saved as .txt: its head (municipality, committee, kind of paper, date,
registration number, title) typed as lines one under another with no blank line, then its
text. Each head line is a unit of its own, never glued to the first sentence, and no
sentence is cut where a line goes on the one above it (the texts here are written for the
test, in the shape of a municipal motion and an officers' memo)."""

from __future__ import annotations

from pathlib import Path

from qualcode import Project
from qualcode.ingest import find_turns

# hard-wrapped at about 75 characters, as a text copied out of a PDF
WRAPPED_MOTION = (
    "Norrby kommun\n"
    "Kommunfullmäktige\n"
    "MOTION\n"
    "2031-02-11\n"
    "Dnr KS 2031/0077\n"
    "Inför en fond för förebyggande satsningar\n"
    "Under flera år har nämnden lagt pengar på placeringar som hade kunnat\n"
    "undvikas om stödet kommit tidigare. Vi föreslår därför att kommunen avsätter\n"
    "medel i bokslutet till en fond som nämnderna kan söka ur för insatser som\n"
    "betalar sig först efter några år. Fonden bör följas upp av revisionen\n"
    "varje år och redovisas för fullmäktige."
)

# a paragraph a line, as a memo saved from a word processor without blank lines
MEMO = (
    "TJÄNSTESKRIVELSE\n"
    "Socialförvaltningen i Norrby –\n"
    "avdelningen för individ och familj\n"
    "Handläggare: Tove Ask\n"
    "tove.ask@norrby.example\n"
    "Beslutad av socialnämnden 2031-03-04\n"
    "Sammanfattning\n"
    "Nämnden har tre år i rad haft fler ärenden per handläggare än den egna riktlinjen"
    " medger. Förvaltningen föreslår att två tjänster inrättas i mottagningsgruppen.\n"
    "Kostnaden för konsulter blev förra året högre än för"
    " fasta tjänster\n"
    "i samma grupp, och den skillnaden väntas växa."
)


def _turns(text: str) -> list[str]:
    return [text[t.start : t.end] for t in find_turns(text, plain=True)]


def test_a_wrapped_motions_head_lines_are_paragraphs_of_their_own() -> None:
    turns = _turns(WRAPPED_MOTION)
    assert turns[:6] == [
        "Norrby kommun",
        "Kommunfullmäktige",
        "MOTION",
        "2031-02-11",
        "Dnr KS 2031/0077",
        "Inför en fond för förebyggande satsningar",
    ]
    # the wrapped paragraph stays one, its line ends inside it
    assert turns[6:] == [WRAPPED_MOTION[WRAPPED_MOTION.index("Under flera") :]]


def test_a_memos_head_lines_part_but_a_line_going_on_stays() -> None:
    turns = _turns(MEMO)
    assert turns[:6] == [
        "TJÄNSTESKRIVELSE",
        # a title carried over a dash onto the next line is one
        "Socialförvaltningen i Norrby –\navdelningen för individ och familj",
        "Handläggare: Tove Ask",
        "tove.ask@norrby.example",  # an address alone, though it begins in lower case
        "Beslutad av socialnämnden 2031-03-04",
        "Sammanfattning",
    ]
    # a sentence broken after a word it runs on with, or before a lower-case word, is one
    assert turns[-1].startswith("Kostnaden för konsulter")
    assert turns[-1].endswith("väntas växa.")


def test_without_plain_the_head_is_read_as_before() -> None:
    """Only a .txt file's line ends are its writer's: other readers' texts part as they did
    (a Word document's line break inside a paragraph is no paragraph's end)."""
    assert len(find_turns(WRAPPED_MOTION)) < len(find_turns(WRAPPED_MOTION, plain=True))


def test_imported_txt_units_keep_the_head_apart_and_sentences_whole(tmp_path: Path) -> None:
    path = tmp_path / "motion.txt"
    path.write_text(WRAPPED_MOTION, encoding="utf-8")
    with Project.create(tmp_path / "p.db") as project:
        (doc,) = project.import_files([path], lang="sv").imported
        text = project.document(doc.id).text
        units = [text[u.start : u.end] for u in project.units(doc.id)]
    assert units[:6] == _turns(WRAPPED_MOTION)[:6]
    # before, the head and the first sentence were one unit ("Norrby kommun ... tidigare.")
    assert units[6].startswith("Under flera år") and units[6].endswith("tidigare.")
    assert units[-1].startswith("Fonden bör") and units[-1].endswith("fullmäktige.")
    assert len(units) == 9


def test_a_word_documents_typed_line_breaks_part_its_head(tmp_path: Path) -> None:
    """A head typed in one Word paragraph with Shift+Enter between its lines: each line is a
    unit of its own, as in a .txt; a sentence in the next paragraph stays whole."""
    import docx

    document = docx.Document()
    head = document.add_paragraph("Norrby kommun")
    for line in ("Socialnämnden", "Dnr SN 2031/0012", "Beslutad av socialnämnden 2031-03-04"):
        head.runs[-1].add_break()
        head.add_run(line)
    document.add_paragraph("Nämnden har haft för många ärenden per handläggare i tre år.")
    path = tmp_path / "beslut.docx"
    document.save(str(path))
    with Project.create(tmp_path / "p.db") as project:
        (doc,) = project.import_files([path], lang="sv").imported
        text = project.document(doc.id).text
        units = [text[u.start : u.end] for u in project.units(doc.id)]
    assert units == [
        "Norrby kommun",
        "Socialnämnden",
        "Dnr SN 2031/0012",
        "Beslutad av socialnämnden 2031-03-04",
        "Nämnden har haft för många ärenden per handläggare i tre år.",
    ]
