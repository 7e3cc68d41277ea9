"""Subtitle files (.vtt, .srt) as cues: who speaks (a WebVTT voice or a "Name:" prefix),
what is said, and when, in seconds; a malformed timing is one line naming its line."""

from __future__ import annotations

import html
import re
from pathlib import Path

from qualcode.errors import IngestError
from qualcode.oneline import check_name, check_seen, shown

# hours of any reasonable length (a recording of 999 hours and more is no interview, and
# thousands of digits made int() itself fail); what follows the end time may be a WebVTT
# cue's settings, never a second arrow
_TIME = r"(?:(\d{1,3}):)?(\d{1,2}):(\d{2})[.,](\d{3})"
_CUE = re.compile(rf"^{_TIME}\s*-->\s*{_TIME}(?![\d:.,])(?!.*-->)")
_VOICE = re.compile(r"<v(?:\.[\w.-]+)?\s+([^>]+)>")
_TAG = re.compile(r"</?[^>]+>")
_NAME = re.compile(r"^([A-ZÅÄÖ][\wÅÄÖåäö .'-]{0,38}):\s+")


def _seconds(groups: tuple[str | None, ...]) -> float | None:
    """Seconds of a cue time, or ``None`` for minutes or seconds past 59 (no clock time)."""
    h, m, s, ms = groups
    if int(m or 0) > 59 or int(s or 0) > 59:
        return None
    return int(h or 0) * 3600 + int(m or 0) * 60 + int(s or 0) + int(ms or 0) / 1000


Cue = tuple[str | None, str, float, float]


def read_subtitles(path: Path, raw: str, kind: str) -> tuple[str, list[Cue]]:
    """Cues as (speaker, text, start, end); consecutive cues of one speaker merge later."""
    lines = raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if kind == "vtt" and not lines[0].lstrip("\ufeff").startswith("WEBVTT"):
        raise IngestError(f"{path.name}: line 1: a .vtt file must start with WEBVTT")
    cues: list[Cue] = []
    i = 0
    while i < len(lines):
        line = lines[i].strip()
        if "-->" in line:
            match = _CUE.match(line)
            if not match:
                raise IngestError(f"{path.name}: line {i + 1}: malformed cue timing {shown(line)}")
            start, end = _seconds(match.groups()[:4]), _seconds(match.groups()[4:])
            if start is None or end is None:
                raise IngestError(
                    f"{path.name}: line {i + 1}: minutes and seconds run to 59 in a cue "
                    f"timing, not {shown(line)}"
                )
            if end < start:
                raise IngestError(
                    f"{path.name}: line {i + 1}: the cue ends before it starts {shown(line)}"
                )
            body: list[str] = []
            timing, i = i, i + 1
            while i < len(lines) and lines[i].strip():
                body.append(lines[i].strip())
                i += 1
            text = " ".join(body)
            voice = _VOICE.search(text)
            speaker = voice.group(1).strip() if voice else None
            text = _TAG.sub("", text).strip()
            if kind == "vtt":  # WebVTT writes & < > as &amp; &lt; &gt; ("R&amp;D" was kept)
                text = html.unescape(text)
                speaker = html.unescape(speaker) if speaker else speaker
            if speaker is not None:  # a name, as a transcript's "Name:" or a typed one is
                _check_voice(speaker, f"{path.name}: line {timing + 1}: the voice")
            if speaker is None and (named := _NAME.match(text)):
                speaker, text = named.group(1).strip(), text[named.end() :]
            if text:
                cues.append((speaker, text, start, end))
        i += 1
    if not cues:
        raise IngestError(f"{path.name}: no subtitle cues found")
    return kind, cues


def _check_voice(name: str, where: str) -> None:
    """Refuse a WebVTT voice no typed name could be, naming its line: a direction override
    (raw or written ``&#x202e;``), an escape, a character that shows as nothing, or pages
    of it. It became a speaker label as it stood: the CLI printed it to the terminal, the
    exports carried it, and ``pseudonym suggest --apply`` failed on it for every speaker
    (red team 17)."""
    check_seen(check_name(name, where, IngestError), where, IngestError)
