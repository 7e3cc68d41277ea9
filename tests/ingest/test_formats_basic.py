"""Every supported format read from real files built here, and every bad input refused."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qualcode.errors import IngestError
from qualcode.ingest import find_turns, guess_language, normalise, read_document
from tests.ingest.pdf_kit import tiny_pdf
from tests.ingest.reading_kit import turn_texts

SV = "I: Hur ser arbetsmiljön ut?\n\nR: Ärendemängden är för hög, så är det. Vi slutar.\n"


def _turn_texts(path: Path) -> list[tuple[str | None, str]]:
    raw = read_document(path)
    return turn_texts(raw)


def test_utf8_txt_with_turns(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(SV, encoding="utf-8")
    assert _turn_texts(path) == [
        ("I", "Hur ser arbetsmiljön ut?"),
        ("R", "Ärendemängden är för hög, så är det. Vi slutar."),
    ]


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1", "utf-16", "utf-8-sig"])
def test_encodings_keep_swedish_letters(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(SV.replace("\n", "\r\n").encode(encoding))
    raw = read_document(path)
    assert "arbetsmiljön" in raw.text and "Ärendemängden" in raw.text
    assert "\r" not in raw.text and "\ufeff" not in raw.text


def test_docx(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("Intervju 3, Åby, socialsekreterare")
    document.add_paragraph("I: Hur började du?")
    document.add_paragraph("R: Jag kom hit för fem år sedan. Det var tufft.")
    document.add_paragraph("I: Och nu?")
    path = tmp_path / "a.docx"
    document.save(str(path))
    raw = read_document(path)
    assert raw.text.startswith("Intervju 3, Åby")
    # the heading above the first label is a passage of nobody's (ingest39)
    assert [t.speaker for t in raw.turns] == [None, "I", "R", "I"]


def test_a_policy_docx_keeps_its_paragraphs_and_headings_apart(tmp_path: Path) -> None:
    """Without speakers, each Word paragraph (a heading too) is its own turn: joined by
    single line breaks, the whole document was one paragraph and its headings were read
    into the next sentence."""
    import docx

    from qualcode import Project

    document = docx.Document()
    document.add_heading("Bemanningsplan", 0)
    document.add_heading("Syfte", 1)
    document.add_paragraph(
        "Planen beskriver hur nämnden bemannar barn och unga. Den gäller från april."
    )
    document.add_heading("Ekonomi", 1)
    document.add_paragraph("Budgeten för inhyrd personal följs upp varje kvartal.")
    path = tmp_path / "plan.docx"
    document.save(str(path))
    raw = read_document(path)
    assert [raw.text[t.start : t.end] for t in raw.turns] == [
        "Bemanningsplan",
        "Syfte",
        "Planen beskriver hur nämnden bemannar barn och unga. Den gäller från april.",
        "Ekonomi",
        "Budgeten för inhyrd personal följs upp varje kvartal.",
    ]
    with Project.create(tmp_path / "p.db") as project:
        report = project.import_files([path], lang="sv")
        doc_id = report.imported[0].id
        units = [c.text for c in project._candidates([doc_id])[0]]
    assert "Syfte" not in " ".join(u for u in units if "Planen" in u)
    assert any(u.startswith("Budgeten") for u in units)


def test_a_docx_table_stays_where_the_document_has_it(tmp_path: Path) -> None:
    """A plan's table of actions is read under the paragraph that introduces it, each row
    one paragraph of tab-separated cells, and the sections after it follow it."""
    import docx

    document = docx.Document()
    document.add_heading("Tidsplan", 1)
    document.add_paragraph("Tabellen visar vem som ansvarar.")
    table = document.add_table(rows=2, cols=2)
    for r, row in enumerate([("Insats", "Ansvarig"), ("Mentorer", "HR")]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    document.add_heading("Uppföljning", 1)
    document.add_paragraph("Nämnden följer upp planen varje år.")
    path = tmp_path / "plan.docx"
    document.save(str(path))
    assert [t for _, t in _turn_texts(path)] == [
        "Tidsplan",
        "Tabellen visar vem som ansvarar.",
        "Insats\tAnsvarig",
        "Mentorer\tHR",
        "Uppföljning",
        "Nämnden följer upp planen varje år.",
    ]


def test_odt(tmp_path: Path) -> None:
    from odf.opendocument import OpenDocumentText
    from odf.text import P

    document = OpenDocumentText()
    for line in ("I: Vad hände sedan?", "R: Vi fick en mentor, alltså.", "I: Bra."):
        document.text.addElement(P(text=line))
    path = tmp_path / "a.odt"
    document.save(str(path))
    assert [s for s, _ in _turn_texts(path)] == ["I", "R", "I"]


def test_rtf(tmp_path: Path) -> None:
    path = tmp_path / "a.rtf"
    path.write_text(
        r"{\rtf1\ansi\ansicpg1252 I: Hur m\'e5r du?\par "
        r"R: Bra, arbetsmilj\'f6n \'e4r b\'e4ttre.\par}",
        encoding="ascii",
    )
    assert _turn_texts(path) == [("I", "Hur mår du?"), ("R", "Bra, arbetsmiljön är bättre.")]


def test_pdf_with_and_without_text(tmp_path: Path) -> None:
    path = tmp_path / "a.pdf"
    path.write_bytes(tiny_pdf("R: Vi pratar om uppdraget."))
    assert "uppdraget" in read_document(path).text
    empty = tmp_path / "scan.pdf"
    empty.write_bytes(tiny_pdf(""))
    with pytest.raises(IngestError, match=r"scan\.pdf: no text layer"):
        read_document(empty)


def test_vtt_voices_merge_into_turns(tmp_path: Path) -> None:
    path = tmp_path / "a.vtt"
    path.write_text(
        "WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v Anna>Hej och välkommen.</v>\n\n"
        "00:00:03.500 --> 00:00:06.000\n<v Anna>Vi börjar med dig.\n\n"
        "1\n00:00:06.000 --> 00:00:09.250\n<v Bengt>Tack. Jag är <i>politiker</i>.\n",
        encoding="utf-8",
    )
    raw = read_document(path)
    assert turn_texts(raw) == [
        ("Anna", "Hej och välkommen. Vi börjar med dig."),
        ("Bengt", "Tack. Jag är politiker."),
    ]
    assert (raw.turns[0].start_time, raw.turns[0].end_time) == (1.0, 6.0)
    assert raw.turns[1].end_time == 9.25


def test_srt_names(tmp_path: Path) -> None:
    path = tmp_path / "a.srt"
    path.write_text(
        "1\n00:00:01,000 --> 00:00:02,000\nKarin: Hur var det?\n\n"
        "2\n00:00:02,500 --> 00:00:05,000\nBengt: Det var bättre efter dialogen.\n",
        encoding="cp1252",
    )
    assert _turn_texts(path) == [
        ("Karin", "Hur var det?"),
        ("Bengt", "Det var bättre efter dialogen."),
    ]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\n ", "empty"),
        ("bin.txt", b"\x00\x01\x02abc" * 10, "binary"),
        ("notes.xyz", b"hello", "unsupported file type"),
        ("broken.docx", b"PK\x03\x04 not really a zip", "not a readable .docx"),
        ("broken.odt", b"garbage", "not a readable .odt"),
        ("broken.pdf", b"%PDF-1.4 garbage", "PDF"),
        ("nohead.vtt", b"00:00:01.000 --> 00:00:02.000\nHej\n", "WEBVTT"),
        ("badtime.vtt", b"WEBVTT\n\n00:00:01 --> 00:00:02.000\nHej\n", "line 3"),
        ("plain.rtf", b"just text", "not an RTF"),
    ],
)
def test_bad_input_is_one_clear_error(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(IngestError) as info:
        read_document(path)
    text = str(info.value)
    assert text.startswith(f"{name}: ") and message in text and "\n" not in text


def test_docx_missing_document_part(tmp_path: Path) -> None:
    path = tmp_path / "hollow.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
    with pytest.raises(IngestError, match=r"hollow\.docx"):
        read_document(path)


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "Intervjuare: Hej.\nElin: Hej!\nIntervjuare: Berätta.",
            ["Intervjuare", "Elin", "Intervjuare"],
        ),
        ("[00:01:02] Anna: Ja.\n[00:01:09] Bo: Nej.\n[00:02:00] Anna: Jo.", ["Anna", "Bo", "Anna"]),
        ("**I:** Fråga?\n\n**R:** Svar.", ["I", "R"]),
        (
            "Socialsekreterare 2: Ja.\nI: Mm?\nSocialsekreterare 2: Precis.",
            ["Socialsekreterare 2", "I", "Socialsekreterare 2"],
        ),
    ],
)
def test_label_styles(text: str, speakers: list[str]) -> None:
    assert [t.speaker for t in find_turns(text)] == speakers


def test_timestamps_become_seconds() -> None:
    turns = find_turns("[00:01:02] Anna: Ja.\n[00:01:09] Bo: Nej.\n[01:00:00] Anna: Jo.")
    assert [t.start_time for t in turns] == [62.0, 69.0, 3600.0]


def test_a_lone_note_is_not_a_speaker() -> None:
    text = "Obs: bandspelaren stannade.\n\nSedan pratade vi om budgeten länge."
    turns = find_turns(text)
    assert all(t.speaker is None for t in turns) and len(turns) == 2


@given(st.text(alphabet=st.sampled_from("ab åÅ\r\n\t\u2028e\u0301"), max_size=60))
def test_normalise_is_idempotent(text: str) -> None:
    once = normalise(text)
    assert normalise(once) == once and "\r" not in once


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Vi har inte haft någon dialog med nämnden om uppdraget.", "sv"),
        ("We never talked with the board about the mission, to be honest.", "en"),
        ("Ja.", "sv"),
        ("Yes, that is what we did in the end, and it worked.", "en"),
    ],
)
def test_guess_language(text: str, lang: str) -> None:
    assert guess_language(text) == lang
