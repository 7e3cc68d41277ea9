"""What scripts read: the exact shapes of docs list/show, code list and Project.frames().

A script written against these keys must keep working, so the keys are pinned here, with
a subtitle file so that turns carry timestamps.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from qualcode import Project
from qualcode.ingest import guess_language, read_document
from tests.cli.cli_kit import CODEBOOK, code_add, ok
from tests.conftest import ROOT, SV_TEXT

VTT = """WEBVTT

00:00:01.000 --> 00:00:04.500
<v Intervjuare>Hur ser arbetsmiljön ut?

00:00:05.000 --> 00:00:09.250
<v Anna>Ärendemängden är för hög, men vi har dialog med nämnden.
"""


@pytest.fixture
def coded(tmp_path: Path) -> tuple[Path, dict[str, int]]:
    path = tmp_path / "p.db"
    ok(path, "init")
    (tmp_path / "book.yaml").write_text(CODEBOOK, encoding="utf-8")
    ok(path, "codebook", "load", str(tmp_path / "book.yaml"))
    ok(path, "coder", "add", "karin")
    (tmp_path / "aby_04.vtt").write_text(VTT, encoding="utf-8")
    (tmp_path / "aby_01.txt").write_text(SV_TEXT, encoding="utf-8")
    ok(path, "import", str(tmp_path / "aby_04.vtt"), str(tmp_path / "aby_01.txt"),
       "--attr", "municipality=Åby")  # fmt: skip
    text = json.loads(ok(path, "docs", "show", "aby_04", "--format", "json"))["text"]
    start = text.index("Ärendemängden")
    span = {"start": start, "end": start + len("Ärendemängden är för hög")}
    code_add(path, "aby_04", span["start"], span["end"], "mission", "--coder", "karin")
    return path, span


def test_docs_show_json(coded: tuple[Path, dict[str, int]]) -> None:
    path, _ = coded
    shown = json.loads(ok(path, "docs", "show", "aby_04", "--format", "json"))
    assert {"id", "name", "lang", "attributes", "text", "turns", "units"} <= shown.keys()
    assert (shown["name"], shown["lang"], shown["attributes"]) == (
        "aby_04.vtt",
        "sv",
        {"municipality": "Åby"},
    )
    turns = shown["turns"]
    assert [set(t) for t in turns] == [{"speaker", "start", "end", "start_time", "end_time"}] * 2
    assert [(t["speaker"], t["start_time"], t["end_time"]) for t in turns] == [
        ("Intervjuare", 1.0, 4.5),
        ("Anna", 5.0, 9.25),
    ]
    assert shown["text"][turns[1]["start"] : turns[1]["end"]].startswith("Ärendemängden")
    assert shown["units"] and all(set(u) == {"start", "end"} for u in shown["units"])
    assert all(shown["text"][u["start"] : u["end"]].strip() for u in shown["units"])


def test_docs_list_json(coded: tuple[Path, dict[str, int]]) -> None:
    path, _ = coded
    docs = json.loads(ok(path, "docs", "list", "--format", "json"))
    assert [d["name"] for d in docs] == ["aby_01.txt", "aby_04.vtt"]
    assert all({"id", "name", "lang", "words", "attributes"} <= d.keys() for d in docs)
    assert docs[0]["attributes"] == {"municipality": "Åby"}


CODE_LIST_KEYS = ["id", "document", "start", "end", "code", "coder", "layer", "text"]


def test_code_list_in_every_format(coded: tuple[Path, dict[str, int]]) -> None:
    path, span = coded
    expected = (span["start"], span["end"], "mission", "karin", "coder", "Ärendemängden är för hög")

    (row,) = json.loads(ok(path, "code", "list", "--format", "json"))
    assert set(CODE_LIST_KEYS) <= row.keys()
    assert (row["start"], row["end"], row["code"], row["coder"], row["layer"], row["text"]) == (
        expected
    )
    (line,) = ok(path, "code", "list", "--format", "jsonl").splitlines()
    assert json.loads(line) == row
    listed = ok(path, "code", "list", "--format", "csv").removeprefix("\ufeff")
    (record,) = list(csv.DictReader(io.StringIO(listed)))
    assert set(CODE_LIST_KEYS) <= record.keys()
    assert record["text"] == expected[-1] and int(record["start"]) == span["start"]
    table = " ".join(ok(path, "code", "list").split())  # rich wraps cells at 80 columns
    assert all(word in table for word in ("mission", "karin", "coder", row["id"][:8]))


def test_frames(coded: tuple[Path, dict[str, int]]) -> None:
    path, span = coded
    with Project.open(path) as project:
        frames = project.frames()
    assert {"documents", "codes", "codings"} <= frames.keys()
    docs = frames["documents"].set_index("name")
    assert docs.loc["aby_04.vtt", "municipality"] == "Åby"
    codes = frames["codes"].set_index("key")
    assert codes.loc["caseload", "parent"] == "mission"
    (coding,) = frames["codings"].to_dict("records")
    assert (coding["start"], coding["end"], coding["code"], coding["coder"]) == (
        span["start"],
        span["end"],
        "mission",
        "karin",
    )
    assert coding["text"] == "Ärendemängden är för hög"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ja.", "sv"),
        ("Nej.", "sv"),
        ("Mm, precis.", "sv"),
        ("Socialsekreterarna slutar.", "sv"),
        ("Yes.", "en"),
        ("No, never.", "en"),
        ("Right, exactly.", "en"),
        ("Social workers quit.", "en"),
        ("The caseload was too high.", "en"),
        ("Ärendemängden var för hög.", "sv"),
    ],
)
def test_language_of_short_answers(text: str, lang: str) -> None:
    assert guess_language(text) == lang


def test_language_of_every_demo_interview() -> None:
    """Long texts: the guess agrees with the language the demo's sheet records."""
    demo = ROOT / "corpora" / "demo"
    sheet = list(csv.DictReader((demo / "attributes.csv").open(encoding="utf-8")))
    assert len(sheet) >= 10 and {row["lang"] for row in sheet} == {"sv", "en"}
    for row in sheet:
        document = read_document(demo / row["file"])
        assert guess_language(document.text) == row["lang"], row["file"]
