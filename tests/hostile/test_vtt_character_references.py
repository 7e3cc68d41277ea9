"""WebVTT's character references (red team, round 7): a cue writes '&', '<' and '>' as
``&amp;``, ``&lt;`` and ``&gt;`` (the spec requires it; Teams and YouTube captions do it),
and the reader stored them as written, so 'FoU &amp; HR' and '&lt; 5 ärenden' stood in the
transcript, the coded passages and every quote for good (the text never changes after
import). They are read as the characters they stand for, in the text and the speaker's
name; a reference to a control character reads as nothing, as it would be refused.
"""

from __future__ import annotations

from pathlib import Path

from qualcode import Project
from qualcode.ingest.subtitles import read_subtitles

VTT = (
    "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Intervjuare>Hur är det med FoU &amp; HR?\n\n"
    "00:00:05.000 --> 00:00:09.000\n<v Anna &amp; Berit>Vi har &lt; 5 ärenden &gt; "
    "som &quot;svåra&quot;&#27;.\n"
)


def test_references_read_as_their_characters(tmp_path: Path) -> None:
    path = tmp_path / "t.vtt"
    path.write_text(VTT, encoding="utf-8")
    _, cues = read_subtitles(path, VTT, "vtt")
    assert [(who, text) for who, text, _, _ in cues] == [
        ("Intervjuare", "Hur är det med FoU & HR?"),
        ("Anna & Berit", 'Vi har < 5 ärenden > som "svåra".'),
    ]
    with Project.create(tmp_path / "p.db") as p:
        (doc,) = p.import_files([path], lang="sv").imported
        text = p.store.documents.get(doc.id).text
    assert "FoU & HR" in text and "&amp;" not in text and "&lt;" not in text


def test_an_srt_keeps_what_it_says(tmp_path: Path) -> None:
    """SubRip has no references: an ampersand word there is the speaker's own."""
    raw = "1\n00:00:01,000 --> 00:00:04,000\nIP: Vi skrev &amp; i mejlet.\n"
    _, cues = read_subtitles(tmp_path / "t.srt", raw, "srt")
    assert cues[0][1].endswith("Vi skrev &amp; i mejlet.")
