"""`qualcode search`: hits in context as a concordance, as CSV with the spans, and
`--code` coding every hit; bad input is one line and writes nothing."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from qualcode.cli import app
from tests.cli.cli_kit import counts, fails, import_text, lead_project, ok, runner

SV = (
    "I: Hur många ärenden har du?\n"
    "R: Jag har för många ärenden. Ärendemängden styr allt. Chefen vet det.\n"
)


@pytest.fixture
def study(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("QUALCODE_CODER", "lena")
    project = lead_project(tmp_path, "karin")
    import_text(project, "aby_01.txt", SV, "sv", "municipality=Åby")
    monkeypatch.setenv("QUALCODE_CODER", "karin")  # who searches and codes
    return project


def test_search_lists_every_hit_in_context(study: Path) -> None:
    out = ok(study, "search", "ärende*")
    assert "3 hits" in out
    lines = [line for line in out.splitlines() if "aby_01.txt" in line]
    assert len(lines) == 3
    assert "Ärendemängden" in lines[2] and "styr allt" in lines[2]
    assert "Hur många" in lines[0]  # the interviewer's question is said too


def test_search_as_csv_carries_offsets_and_the_span(study: Path) -> None:
    out = ok(study, "search", "ärenden", "--whole-word", "--format", "csv", "--spread", "turn")
    rows = list(csv.DictReader(io.StringIO(out.lstrip("\ufeff"))))
    assert [r["hit"] for r in rows] == ["ärenden", "ärenden"]
    answer = rows[1]
    assert SV[int(answer["start"]) : int(answer["end"])] == "ärenden"
    assert SV[int(answer["span_start"]) : int(answer["span_end"])].startswith("Jag har")
    assert SV[int(answer["span_start"]) : int(answer["span_end"])].endswith("vet det.")


def test_search_code_codes_each_sentence_of_a_hit(study: Path) -> None:
    result = ok(study, "search", "ärende*", "--code", "caseload", "--attr", "municipality=Åby")
    assert result == ""  # the count goes to stderr, as every command's message
    listed = ok(study, "code", "list", "--format", "csv")
    texts = [r["text"] for r in csv.DictReader(io.StringIO(listed.lstrip("\ufeff")))]
    assert sorted(texts) == sorted(
        ["Hur många ärenden har du?", "Jag har för många ärenden.", "Ärendemängden styr allt."]
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["search", "**"], "no letter or digit"),
        (["search", "ärende", "--attr", "role"], "write it as KEY=VALUE"),
        (["search", "ärende", "--attr", "role=chef"], "unknown attribute 'role'"),
        (["search", "ärende", "--spread", "page"], "unknown spread"),
        (["search", "ärende", "--code", "nope"], "nope"),
        (["search", "ärende", "--doc", "missing"], "missing"),
    ],
)
def test_bad_search_is_one_line_and_writes_nothing(
    study: Path, args: list[str], message: str
) -> None:
    before = counts(study)
    assert message in fails(study, *args)
    assert counts(study) == before


def test_report_words_counts_what_was_said(study: Path) -> None:
    out = ok(study, "report", "words", "--top", "2", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out.lstrip("\ufeff"))))
    assert [(r["word"], r["count"]) for r in rows] == [("ärenden", "2"), ("chefen", "1")]
    out = ok(study, "report", "words", "--respondents", "--attr", "municipality=Åby")
    assert "ärenden" in out and "1 " in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["report", "words", "--top", "0"], "top is 1 to 10000"),
        (["report", "words", "--code", "nope"], "unknown code 'nope'"),
        (["report", "words", "--attr", "municipality=Ekstad"], "no document has"),
    ],
)
def test_bad_report_words_is_one_line(study: Path, args: list[str], message: str) -> None:
    assert message in fails(study, *args)


def test_report_words_of_a_code_asks_who_reads(
    study: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A code's passages are counted as someone may read them: with nobody named, the
    command says how to name oneself (it said the coder '' was unknown)."""
    monkeypatch.delenv("QUALCODE_CODER")
    for variable in ("LOGNAME", "USER", "LNAME", "USERNAME"):  # a login that chose nobody
        monkeypatch.setenv(variable, "guest")
    message = fails(study, "report", "words", "--code", "caseload")
    assert "--coder NAME" in message and "''" not in message


def test_search_code_says_how_to_take_the_batch_back(study: Path) -> None:
    """The message names the codings written, so the command it gives runs as it stands
    (it said `qualcode code remove ID` and named no id)."""
    result = runner.invoke(app, ["-p", str(study), "search", "ärende*", "--code", "caseload"])
    assert result.exit_code == 0, result.stderr
    said = result.stderr.split("`qualcode code remove ", 1)[1].split("`", 1)[0]
    ok(study, "code", "remove", *said.split())
    assert ok(study, "code", "list", "--format", "csv").count("\n") <= 1  # the header alone


def test_a_comma_separates_terms_as_in_the_tui(study: Path) -> None:
    """`search "a, b"` was one phrase with a comma in it (no hits) where the TUI's `/`
    searched both terms; now both read it alike."""
    together = ok(study, "search", "chefen, ärendemängden", "--format", "csv")
    apart = ok(study, "search", "chefen", "ärendemängden", "--format", "csv")
    assert together == apart
    assert [r["hit"] for r in csv.DictReader(io.StringIO(together.lstrip("\ufeff")))] == [
        "Ärendemängden",
        "Chefen",
    ]


def test_a_phrase_in_quotes_keeps_its_comma(study: Path) -> None:
    """A phrase holding a comma could not be searched from the CLI either."""
    import_text(study, "aby_02.txt", "R: Ja, alltså, det var svårt.\n", "sv", "municipality=Åby")
    out = ok(study, "search", '"ja, alltså", chefen', "--format", "csv")
    assert [r["hit"] for r in csv.DictReader(io.StringIO(out.lstrip("\ufeff")))] == [
        "Chefen",
        "Ja, alltså",
    ]
    assert fails(study, "search", '"ja, alltså') == (
        "search: the quote before 'ja, alltså' is never closed"
    )


def test_the_table_shows_a_compound_whole_not_cut_by_column_gaps(study: Path) -> None:
    """A hit inside a compound read "Ärende  mängd  en" across three columns."""
    line = next(line for line in ok(study, "search", "mängd").splitlines() if "aby_01" in line)
    assert "Ärendemängden" in line
    assert "mängd  en" not in line and "Ärende  " not in line
    rows = list(
        csv.DictReader(io.StringIO(ok(study, "search", "mängd", "-f", "csv").lstrip("\ufeff")))
    )
    assert [(r["hit"], r["before"][-6:], r["after"][:2]) for r in rows] == [
        ("mängden", "Ärende", " s")
    ]  # a script still reads the match (the form as written) and its exact offsets
    exact = ok(study, "search", "mängd", "--exact", "-f", "csv").lstrip("\ufeff")
    assert [(r["hit"], r["after"][:2]) for r in csv.DictReader(io.StringIO(exact))] == [
        ("mängd", "en")
    ]
