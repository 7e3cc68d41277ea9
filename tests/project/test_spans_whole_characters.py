"""No coding splits a character a reader sees as one, by whichever door its span comes in.

A span ending between 👍 and its skin tone quoted a bare 👍 and left the tone to open the
next passage; one inside "👩‍👩‍👧" coded two people of a family; "Spın" without its
diaeresis is another word. Every door widens the span to the whole characters it touches
(``graphemes``): a coding by offsets or by quote (the CLI), a passage coded as the TUI
codes a selection, an accepted suggestion, a coder's package, a .qdpx from another tool
that counted UTF-16 units, a verdict's span and a passage memo. The texts are written for
the test.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from qualcode import Project
from tests.cli.cli_kit import ok
from tests.conftest import team_project
from tests.export.qdpx_kit import one_selection_qdpx
from tests.pending_kit import suggestion_row, write_pending

THUMB, FAMILY, SPINAL = "👍🏽", "👩\u200d👩\u200d👧", "Spın̈al"
TEXT = (
    "I: Hur tog ni emot beskedet från nämnden?\n\n"
    f"R: Jag svarade {THUMB} direkt och hela familjen {FAMILY} kom till mötet. "
    f"Efteråt satt vi på Cafe\u0301 Ådalen och lyssnade på {SPINAL} Tap.\n"
)


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, str, str]:
    """The team's project (lena the lead, karin, johan; the code mission) holding TEXT:
    its file, the document's id and its stored text."""
    monkeypatch.setenv("QUALCODE_SEMANTIC", "off")
    monkeypatch.delenv("QUALCODE_CODER", raising=False)
    made, doc = team_project(tmp_path / "p.db", document=("svar.txt", TEXT))
    with made:
        text = made.document(doc).text
    return tmp_path / "p.db", doc, text


def _inside(text: str, whole: str, cut: int) -> int:
    """The offset ``cut`` code points into the first ``whole`` in ``text``."""
    return text.index(whole) + cut


def test_offsets_inside_an_emoji_code_it_whole(project: tuple[Path, str, str]) -> None:
    path, doc, text = project
    start = text.index("Jag")
    with Project.open(path) as p:
        p.act_as("karin")
        coding = p.add_coding(doc, start, _inside(text, THUMB, 1), "mission", "karin")
    assert text[coding.start : coding.end] == f"Jag svarade {THUMB}"


def test_a_selection_inside_a_family_codes_the_family(project: tuple[Path, str, str]) -> None:
    """As the TUI codes a selection (``code_passage``): its start after the first person
    and joiner, its end inside the second joiner."""
    path, doc, text = project
    with Project.open(path) as p:
        p.act_as("johan")
        done = p.code_passage(
            doc, _inside(text, FAMILY, 2), _inside(text, FAMILY, 3), "mission", "johan"
        )
    assert text[done.coding.start : done.coding.end] == FAMILY


def test_a_letter_keeps_its_mark(project: tuple[Path, str, str]) -> None:
    path, doc, text = project
    with Project.open(path) as p:
        p.act_as("karin")
        coding = p.add_coding(doc, text.index(SPINAL), _inside(text, SPINAL, 4), "mission", "karin")
    assert text[coding.start : coding.end] == "Spın̈"


def test_a_quote_is_found_as_the_reader_sees_it(project: tuple[Path, str, str]) -> None:
    path, doc, text = project
    with Project.open(path) as p:
        start, end = p.locate_quote(doc, "svarade 👍")  # typed without the skin tone
        assert text[start:end] == f"svarade {THUMB}"
        start, end = p.locate_quote(doc, "Cafe\u0301 Ådalen")  # composed at import, as typed
        assert text[start:end] == "Café Ådalen"


def test_the_cli_codes_whole_characters(project: tuple[Path, str, str]) -> None:
    path, _, text = project
    by_offsets = json.loads(
        ok(path, "--coder", "karin", "code", "add", "--doc", "svar.txt", "--code", "mission",
           "--start", str(_inside(text, FAMILY, 4)), "--end", str(_inside(text, FAMILY, 5)),
           "-f", "json")
    )  # fmt: skip
    family = (text.index(FAMILY), _inside(text, FAMILY, 5))
    assert (by_offsets[0]["start"], by_offsets[0]["end"]) == family
    by_quote = json.loads(
        ok(path, "--coder", "johan", "code", "add", "--doc", "svar.txt", "--code", "mission",
           "--quote", "Spın", "-f", "json")
    )  # fmt: skip
    assert by_quote[0]["text"] == "Spın̈"


def test_an_accepted_suggestion_takes_the_whole_emoji(project: tuple[Path, str, str]) -> None:
    path, doc, text = project
    with Project.open(path) as p:
        p.act_as("karin")
        code = p.codebook()[0].id
        row = suggestion_row(
            doc,
            text.index("Jag"),
            _inside(text, THUMB, 1),
            code,
            evidence={"learned_from": "karin"},
        )
        [pending] = write_pending(p, doc, [row], learned_from="karin")
        [coding_id] = p.accept_suggestions([pending], "karin")
        coding = p.store.codings.resolve(coding_id)
    assert text[coding.start : coding.end] == f"Jag svarade {THUMB}"


def test_a_package_merges_whole_characters(project: tuple[Path, str, str], tmp_path: Path) -> None:
    """A package whose coding ends inside an emoji (an older qualcode's, or edited by
    hand) merges with the emoji whole."""
    path, doc, text = project
    laptop = tmp_path / "laptop.db"
    shutil.copy(path, laptop)
    with Project.open(laptop) as p:
        p.act_as("karin")
        p.add_coding(doc, text.index("Jag"), _inside(text, THUMB, 2), "mission", "karin")
        p.export_coder("karin", tmp_path / "karin.json")
    package = json.loads((tmp_path / "karin.json").read_text(encoding="utf-8"))
    package["codings"][0]["end"] = _inside(text, THUMB, 1)
    (tmp_path / "karin.json").write_text(json.dumps(package), encoding="utf-8")
    with Project.open(path) as p:
        p.act_as("lena")
        p.merge_package(tmp_path / "karin.json", "lena")
        [coding] = p.codings()
    assert text[coding.start : coding.end] == f"Jag svarade {THUMB}"


def test_a_qdpx_counting_utf16_lands_on_whole_characters(tmp_path: Path) -> None:
    """Another tool counting UTF-16 units puts a selection's end one unit further on for
    each emoji before it: here inside the family, which is imported whole."""
    source = f"Hela familjen {FAMILY} kom."
    end = source.index(FAMILY) + 3  # the family's first two code points and its first joiner
    qdpx = one_selection_qdpx(tmp_path / "t.qdpx", "NVivo", source.encode(), 0, end)
    with Project.create(tmp_path / "d.db") as p:
        assert p.import_qdpx(qdpx).skipped == []
        assert p.coding_texts(p.codings()) == [f"Hela familjen {FAMILY}"]


def test_a_verdict_and_a_passage_memo_widen_too(project: tuple[Path, str, str]) -> None:
    path, doc, text = project
    start = text.index("hela")
    with Project.open(path) as p:
        for coder, end in (("karin", text.index(FAMILY)), ("johan", _inside(text, FAMILY, 5))):
            p.act_as(coder)
            p.add_coding(doc, start, end, "mission", coder)
            p.set_status(doc, coder, "done")
        p.act_as("lena")
        [case] = p.cases()
        p.decide(case.case.id, f"span:{start}-{_inside(text, FAMILY, 1)}", "hela familjen", "lena")
        [consensus] = p.codings(layer="consensus")
        memo = p.add_memo(
            "document", doc, "lena", "vilka kom?", span=(start, _inside(text, FAMILY, 3))
        )
    assert text[consensus.start : consensus.end] == f"hela familjen {FAMILY}"
    assert text[memo.start : memo.end] == f"hela familjen {FAMILY}"


def test_a_quotes_sheet_codes_whole_characters(
    project: tuple[Path, str, str], tmp_path: Path
) -> None:
    """A quotes sheet another tool wrote, its quote cut before the skin tone."""
    path, _, _ = project
    sheet = tmp_path / "quotes.csv"
    sheet.write_text("document,code,text\nsvar.txt,mission,Jag svarade 👍\n", encoding="utf-8")
    with Project.open(path) as p:
        p.act_as("karin")
        p.import_quotes_csv(sheet, "karin")
        assert p.coding_texts(p.codings()) == [f"Jag svarade {THUMB}"]
