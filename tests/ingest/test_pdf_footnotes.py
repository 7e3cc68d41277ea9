"""A PDF's footnotes: the marker set after a sentence's full stop ("konsulter.1 Denna")
leaves the text, and the notes, which stood at each page's foot between two paragraphs of
the text (a sentence running over the page break was even joined onto a note), go after
the text's end. Text written for the test."""

from __future__ import annotations

from qualcode.ingest.pdf_layout import pages_text

PAGES = [
    "Enheten har under året tagit emot fler anmälningar än tidigare.1 Nämnden vill\n"
    "därför pröva en ny modell där mottagningen bemannas av erfarna handläggare och\n"
    "där de nyanställda får en mentor under det första halvåret, vilket enligt\n"
    "1Uppgiften kommer från nämndens årsredovisning för 2030 och avser\n"
    "hela förvaltningen.",
    "förvaltningen har minskat sjukfrånvaron i andra kommuner.2\n2Se bilaga 3.",
]


def test_notes_go_after_the_text_and_their_markers_leave_it() -> None:
    paragraphs = pages_text(PAGES).split("\n\n")
    assert paragraphs == [
        "Enheten har under året tagit emot fler anmälningar än tidigare. Nämnden vill\n"
        "därför pröva en ny modell där mottagningen bemannas av erfarna handläggare och\n"
        "där de nyanställda får en mentor under det första halvåret, vilket enligt\n"
        "förvaltningen har minskat sjukfrånvaron i andra kommuner.",  # whole over the break
        "1 Uppgiften kommer från nämndens årsredovisning för 2030 och avser\nhela förvaltningen.",
        "2 Se bilaga 3.",
    ]


def test_a_number_after_a_full_stop_without_a_note_below_stays() -> None:
    page = "Vi hade möten under kvartal 4. 3 av dem var korta.\nInget mer."
    assert pages_text([page]) == page
