"""A turn's time typed beside its label, as transcribers type it: "IP3: [00:01:30] ..."
was read with its speakers but no times (the codings export's and the TUI's turn clock
empty), and "IP3 [00:01:30]: ..." not at all, the whole interview one paragraph without
speakers. Both now give each turn its speaker and time, as "[00:01:30] IP3: ..." did."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode.ingest import read_document

LINES = [
    ("Intervjuare", "00:01:23", "Hur tog ni emot beslutet?"),
    ("IP3", "00:01:30", "Med lättnad, faktiskt. Vi hade väntat länge."),
    ("Intervjuare", "00:02:10", "Och personalen?"),
    ("IP3", "00:02:15", "De var glada."),
]


@pytest.mark.parametrize(
    "layout",
    ["[{t}] {who}: {said}", "{who}: [{t}] {said}", "{who} [{t}]: {said}", "{who}: ({t}) {said}"],
)
def test_each_turn_has_its_speaker_time_and_words(tmp_path: Path, layout: str) -> None:
    path = tmp_path / "ip3.txt"
    typed = [layout.format(who=who, t=t, said=said) for who, t, said in LINES]
    path.write_text("\n".join(typed) + "\n", encoding="utf-8")
    doc = read_document(path)
    got = [(t.speaker, t.start_time, doc.text[t.start : t.end]) for t in doc.turns]
    assert got == [(who, _seconds(t), said) for who, t, said in LINES]


def test_a_bracketed_time_alone_after_a_label_stays_in_the_turn(tmp_path: Path) -> None:
    path = tmp_path / "ip4.txt"
    path.write_text(
        "I: Hur då?\nR: Det var [10:30] på morgonen.\nI: Jaha.\nR: Ja.\n", encoding="utf-8"
    )
    doc = read_document(path)
    assert [doc.text[t.start : t.end] for t in doc.turns][1] == "Det var [10:30] på morgonen."
    assert all(t.start_time is None for t in doc.turns)


def _seconds(stamp: str) -> float:
    hours, minutes, seconds = (int(p) for p in stamp.split(":"))
    return float(hours * 3600 + minutes * 60 + seconds)
