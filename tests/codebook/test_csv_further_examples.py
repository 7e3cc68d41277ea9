"""A CSV codebook's further examples: a column of their own, read as the examples column is.

The YAML codebook gained ``further_examples`` (how a code is also spoken of in a register
its examples lack), but a researcher's spreadsheet had no column for them: a header
"further examples" was a column of no use, dropped without a word. It is now read as
``examples`` is: one entry a line, per language (``further examples (sv)``,
``further_examples_en``), a Swedish header ("Fler exempel") in Swedish, and loaded into
the project apart from the examples."""

from __future__ import annotations

from pathlib import Path

from qualcode import Project
from qualcode.codebook.csv_io import read_codebook_csv
from tests.hostile.hostile_kit import small_team

TAGGED = (
    "key,name,examples,further examples (sv),further_examples_en\n"
    'budget,Budget,"We count every krona.","- Nämnden sköt upp beslutet om pengar.\n'
    '- Kommunen drar ner igen i år.","The board put the money decision off again."\n'
)
SWEDISH = (
    "Kod;Namn;Exempel;Fler exempel\r\n"
    'budget;Budget;Vi räknar varje krona.;"Nämnden sköt upp beslutet.\r\nKommunen drar ner."\r\n'
)


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "cb.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_further_examples_per_language_one_a_line(tmp_path: Path) -> None:
    (code,) = read_codebook_csv(_write(tmp_path, TAGGED)).codes
    assert code.examples == {"en": ("We count every krona.",)}
    assert code.further_examples == {
        "sv": ("Nämnden sköt upp beslutet om pengar.", "Kommunen drar ner igen i år."),
        "en": ("The board put the money decision off again.",),
    }


def test_a_swedish_header_is_swedish(tmp_path: Path) -> None:
    (code,) = read_codebook_csv(_write(tmp_path, SWEDISH)).codes
    assert code.examples == {"sv": ("Vi räknar varje krona.",)}
    assert code.further_examples == {"sv": ("Nämnden sköt upp beslutet.", "Kommunen drar ner.")}


def test_loaded_into_the_project_apart_from_the_examples(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    small_team(path)
    with Project.open(path) as p:
        p.act_as("lena")
        p.load_codebook(_write(tmp_path, TAGGED))
        [code] = [c for c in p.codebook() if c.key == "budget"]
    assert code.examples == {"en": ("We count every krona.",)}
    assert code.further_examples["en"] == ("The board put the money decision off again.",)
