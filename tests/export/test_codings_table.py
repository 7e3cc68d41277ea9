"""`export codings` carries each quote's translation; the frequency and crosstab reports
go through the pseudonym key, and show real names only when a lead asks for them."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest
from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app
from qualcode.errors import ValidationError


@pytest.fixture
def coded(project: Project) -> Project:
    """The tiny project with two codings on one passage, one of them translated."""
    doc = project.documents()[0]
    text = project.document_texts([doc.id])[doc.id]
    start = text.index("Politikerna")
    end = text.index("göra.") + len("göra.")
    mine = project.add_coding(doc.name, start, end, "mission_dialogue", "karin")
    project.add_coding(doc.name, start, end, "mission_dialogue", "johan")
    project.add_coding(
        doc.name, text.index("Nu har"), text.index("möjligt."), "integration", "karin"
    )
    project.translate_coding(
        mine.id, "en", "The politicians decided and we just had to do.", "karin"
    )
    project.set_pseudonym("Åby", "Kommun A", "lena", "place")
    return project


def _rows(path: Path) -> list[dict[str, str]]:
    if path.suffix == ".csv":
        with path.open(encoding="utf-8-sig") as handle:
            return list(csv.DictReader(handle))
    sheet = openpyxl.load_workbook(path).worksheets[0]
    values = list(sheet.iter_rows(values_only=True))
    return [
        {str(h): "" if v is None else str(v) for h, v in zip(values[0], row, strict=True)}
        for row in values[1:]
    ]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_codings_carry_the_translation_and_its_language(
    coded: Project, tmp_path: Path, suffix: str
) -> None:
    rows = _rows(coded.export_codings(tmp_path / f"c{suffix}"))
    by_coder = {(r["coder"], r["code"]): r for r in rows}
    karin = by_coder[("karin", "mission_dialogue")]
    assert karin["translation"] == "The politicians decided and we just had to do."
    assert karin["translation_language"] == "en" and karin["language"] == "sv"
    # johan coded the same words: the passage's translation is shown for his coding too
    assert by_coder[("johan", "mission_dialogue")]["translation"] == karin["translation"]
    untranslated = by_coder[("karin", "integration")]
    assert untranslated["translation"] == "" and untranslated["translation_language"] == ""
    assert all("Åby" not in value for r in rows for value in r.values())


def test_a_translation_on_a_consensus_coding_comes_from_the_coders(coded: Project) -> None:
    coded.confirm_agreements("lena")
    frame = coded.frames(layer="consensus")["codings"]
    assert len(frame) >= 1
    rows_en = coded.export_codings(coded.store.path.with_name("k.csv"), layer="consensus")
    rows = _rows(rows_en)
    assert [r["translation"] for r in rows if r["code"] == "mission_dialogue"] == [
        "The politicians decided and we just had to do."
    ]


def test_frequencies_and_crosstab_pseudonymise_unless_a_lead_asks(coded: Project) -> None:
    plain = coded.report_crosstab("municipality")
    assert "Kommun A" in plain.columns and "Åby" not in plain.columns
    real = coded.report_crosstab("municipality", real_names=True, viewer="lena")
    assert "Åby" in real.columns
    by_place = coded.report_frequencies(["municipality"])
    assert set(by_place["municipality"]) == {"Kommun A"}
    real = coded.report_frequencies(["municipality"], real_names=True, viewer="lena")
    assert set(real["municipality"]) == {"Åby"}
    for viewer in (None, "karin"):
        with pytest.raises(ValidationError, match="lead only"):
            coded.report_frequencies(["municipality"], real_names=True, viewer=viewer)
        with pytest.raises(ValidationError, match="lead only"):
            coded.report_crosstab("municipality", real_names=True, viewer=viewer)


def test_real_names_on_the_report_commands(coded: Project) -> None:
    path = str(coded.store.path)
    coded.close()
    runner = CliRunner()
    lead = runner.invoke(
        app, ["-p", path, "report", "crosstab", "municipality", "--real-names", "--coder", "lena"]
    )
    assert lead.exit_code == 0 and "Åby" in lead.output, lead.output
    plain = runner.invoke(
        app, ["-p", path, "report", "frequencies", "--by", "municipality", "--coder", "lena"]
    )
    assert plain.exit_code == 0 and "Kommun A" in plain.output and "Åby" not in plain.output
    coder = runner.invoke(
        app, ["-p", path, "report", "frequencies", "--real-names", "--coder", "karin"]
    )
    assert coder.exit_code == 1 and "lead only" in coder.output
    assert len(coder.output.strip().splitlines()) == 1


def _fill(path: Path, translations: dict[str, str], extra: dict[str, str] | None = None) -> None:
    """What a translator does: write into the translation column of the exported sheet."""
    if path.suffix == ".csv":
        with path.open(encoding="utf-8-sig") as handle:
            rows = list(csv.DictReader(handle))
        for row in rows:
            row["translation"] = translations.get(row["id"], row["translation"])
        with path.open("w", encoding="utf-8-sig", newline="") as handle:  # as Excel saves it
            writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
            writer.writeheader()
            writer.writerows(rows)
        return
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    header = [c.value for c in sheet[1]]
    ids, col = header.index("id") + 1, header.index("translation") + 1
    for r in range(2, sheet.max_row + 1):
        coding = sheet.cell(r, ids).value
        if coding in translations:
            sheet.cell(r, col).value = translations[coding]
        if extra and coding in extra:
            sheet.cell(r, col).value = extra[coding]
    book.save(path)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_translator_fills_in_the_exported_sheet(
    coded: Project, tmp_path: Path, suffix: str
) -> None:
    sheet = coded.export_codings(tmp_path / f"t{suffix}")
    rows = {(r["coder"], r["code"]): r["id"] for r in _rows(sheet)}
    johans = rows[("johan", "mission_dialogue")]
    karins = rows[("karin", "integration")]
    _fill(sheet, {johans: "Politicians decided; we did.", karins: "Now we talk with the board."})
    report = coded.import_translations(sheet, "lena")
    assert (report.translated, report.unchanged) == (2, 1)  # karin's first one was there
    found = coded.translations()
    assert found[(johans, "en")] == "Politicians decided; we did."
    assert found[(karins, "en")] == "Now we talk with the board."
    again = coded.import_translations(sheet, "lena")
    assert (again.translated, again.unchanged) == (0, 3)


def test_a_bad_translation_sheet_writes_nothing(coded: Project, tmp_path: Path) -> None:
    sheet = coded.export_codings(tmp_path / "t.xlsx")
    rows = {(r["coder"], r["code"]): r["id"] for r in _rows(sheet)}
    before = coded.translations()
    johans = rows[("johan", "mission_dialogue")]
    karins = rows[("karin", "integration")]
    _fill(sheet, {karins: "Fine.", johans: "Not karin's to translate."})
    with pytest.raises(ValidationError, match=r"line \d: code translate: .* is not karin's"):
        coded.import_translations(sheet, "karin")
    with pytest.raises(ValidationError, match="already in sv"):
        coded.import_translations(sheet, "lena", lang="sv")
    _fill(sheet, {}, extra={karins: '=HYPERLINK("x")'})
    with pytest.raises(ValidationError, match=r"line \d: the translation is a formula"):
        coded.import_translations(sheet, "lena")
    bad = tmp_path / "bad.csv"
    bad.write_text("id,translation\nffffffff,Hello\n", encoding="utf-8")
    with pytest.raises(ValidationError, match=r"bad.csv: line 2: no coding .ffffffff."):
        coded.import_translations(bad, "lena")
    bad.write_text("id,text\nx,y\n", encoding="utf-8")
    with pytest.raises(ValidationError, match="no column 'translation'"):
        coded.import_translations(bad, "lena")
    assert coded.translations() == before


def test_the_translations_command(coded: Project, tmp_path: Path) -> None:
    sheet = coded.export_codings(tmp_path / "t.csv")
    rows = {(r["coder"], r["code"]): r["id"] for r in _rows(sheet)}
    _fill(sheet, {rows[("karin", "integration")]: "Now we talk."})
    path = str(coded.store.path)
    coded.close()
    result = CliRunner().invoke(
        app, ["-p", path, "code", "translations", str(sheet), "--coder", "lena"]
    )
    assert result.exit_code == 0, result.output
    assert "t.csv: 1 translated, 2 unchanged, 0 left empty" in result.output
    # a coder names themself with --coder, under blind coding (it was refused as nobody)
    with Project.open(path) as project:
        own = project.codings(coder="karin", viewer="karin")[0].id
    result = CliRunner().invoke(
        app,
        [
            "-p",
            path,
            "code",
            "translate",
            own[:8],
            "--lang",
            "en",
            "--text",
            "Ours.",
            "--coder",
            "karin",
        ],
    )
    assert result.exit_code == 0, result.output
    with Project.open(path) as project:
        assert project.translations()[(own, "en")] == "Ours."


def test_the_quotes_report_shows_translations(coded: Project) -> None:
    table = coded.report_quotes(code="mission_dialogue")
    assert set(table["translation"].dropna()) == {"The politicians decided and we just had to do."}
    assert set(table["translation_language"].dropna()) == {"en"}
    assert "Åby" not in set(table["municipality"])  # through the key, as every report
    ids = {c.id[:8] for c in coded.codings(code="mission_dialogue")}
    assert set(table["coding"]) <= ids  # what `code translate` and `code pin` take
