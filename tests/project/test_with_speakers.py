"""The codings frame holds offsets, not who said a passage: a table of codes per participant
(a researcher's first one) meant joining the turns by offset herself. ``with_speakers``
adds each coding's turn (from 1, as the exports count) and speaker."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import SV_TEXT, coding_team


def test_each_coding_with_who_said_it(tmp_path: Path) -> None:
    with coding_team(tmp_path / "p.db") as project:
        doc = project.import_text("aby_01.txt", SV_TEXT, lang="sv").id
        text = project.document(doc).text
        for words, code in (("Kan du berätta", "mission_dialogue"), ("Ärendemängden", "caseload")):
            start = text.index(words)
            project.add_coding(doc, start, start + 20, code, "karin")
        project.act_as("lena")
        codings = project.frames(layer="coder")["codings"].sort_values("start")
        said = project.with_speakers(codings)
        assert list(said["speaker"]) == ["I", "R"]
        turns = [t.idx + 1 for t in project.turns(doc) if t.speaker in ("I", "R")]
        assert list(said["turn"]) == [turns[0], turns[-1]]
        assert len(said) == len(codings) and list(said["code"]) == list(codings["code"])
        empty = project.with_speakers(codings.iloc[0:0])
        assert empty.empty and {"turn", "speaker"} <= set(empty.columns)
