"""The codebook and the agreement tables leave the project through the pseudonym key
(helper "pseudo"): a codebook's example passages quote participants and its definitions
name places, yet `codebook export x.yaml` and `export qdc` wrote them as stored, and
`export qdpx` refused outright once a code's text held a name on the key (so the lead had
no .qdpx without --real-names). `agree` named each document by its stored file name
("anna_berg_storfors.txt") in its table, JSON and the Python report's frame. Now every one
of them prints pseudonyms; a lead asks for real names with ``real_names``."""

from __future__ import annotations

import zipfile
from dataclasses import replace
from pathlib import Path

import pytest
from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app
from qualcode.errors import QualcodeError
from tests.conftest import SV_TEXT, small_codebook

REAL = ("Anna Berg", "Storfors", "Kvarnbacken")


@pytest.fixture
def path(tmp_path: Path) -> Path:
    """Two coders who finished a document named after its participant and place, a code
    whose name, definition and examples name them, and all three names on the key."""
    book = small_codebook()
    first = replace(
        book.codes[0],
        names={"sv": "Kvarnbacken och uppdraget", "en": "Kvarnbacken and the mission"},
        definitions={"sv": "Som Anna Berg i Storfors sa", "en": "As Anna Berg put it"},
        examples={"sv": ("Anna Berg: vi pratar om det på Kvarnbacken i Storfors",)},
    )
    target = tmp_path / "p.db"
    with Project.create(target) as p:
        p.apply_codebook(replace(book, codes=(first, *book.codes[1:])))
        p.add_coder("karin")
        p.add_coder("johan")
        p.add_coder("lena", role="lead")
        where = {"municipality": "Storfors"}
        doc = p.import_text("anna_berg_storfors.txt", SV_TEXT, lang="sv", attributes=where).id
        p.add_coding(doc, 30, 80, first.key, "karin")
        p.add_coding(doc, 30, 95, first.key, "johan")
        for name in ("karin", "johan"):
            p.set_status(doc, name, "done")
        p.act_as("lena", "lena")
        p.set_pseudonym("Anna Berg", "IP1", "lena", kind="speaker")
        p.set_pseudonym("Storfors", "Kommun A", "lena", kind="place")
        p.set_pseudonym("Kvarnbacken", "Ort A", "lena", kind="place")
    return target


def text_of(file: Path) -> str:
    if zipfile.is_zipfile(file):
        with zipfile.ZipFile(file) as archive:
            return " ".join(archive.read(n).decode("utf-8", "replace") for n in archive.namelist())
    return file.read_text(encoding="utf-8")


def leaked(text: str) -> list[str]:
    folded = text.casefold().replace("_", " ")
    return [name for name in REAL if name.casefold() in folded]


@pytest.mark.parametrize("suffix", [".yaml", ".md", ".docx"])
def test_the_codebook_export_prints_pseudonyms(path: Path, tmp_path: Path, suffix: str) -> None:
    with Project.open(path) as p:
        p.act_as("lena", "lena")
        out = p.export_codebook(tmp_path / f"book{suffix}", lang="sv", viewer="lena")
    text = text_of(out)
    assert leaked(text) == []
    assert "IP1" in text and "Kommun A" in text and "Ort A" in text


def test_a_lead_asks_for_the_lossless_codebook(path: Path, tmp_path: Path) -> None:
    with Project.open(path) as p:
        p.act_as("lena", "lena")
        out = p.export_codebook(tmp_path / "book.yaml", real_names=True, viewer="lena")
        assert leaked(out.read_text(encoding="utf-8")) == list(REAL)
        p.act_as("karin", "karin")
        with pytest.raises(QualcodeError, match="not a lead"):
            p.export_codebook(tmp_path / "mine.yaml", real_names=True, viewer="karin")
    assert not (tmp_path / "mine.yaml").exists()


def test_a_pseudonymised_yaml_loads_again(path: Path, tmp_path: Path) -> None:
    with Project.open(path) as p:
        p.act_as("lena", "lena")
        out = p.export_codebook(tmp_path / "book.yaml", viewer="lena")
    with Project.create(tmp_path / "other.db") as other:
        other.load_codebook(out)
        code = other.codebook()[0]
    assert code.examples["sv"] == ("IP1: vi pratar om det på Ort A i Kommun A",)


def test_qdc_and_qdpx_print_pseudonyms(path: Path, tmp_path: Path) -> None:
    with Project.open(path) as p:
        p.act_as("lena", "lena")
        qdc = p.export_qdc(tmp_path / "book.qdc", viewer="lena")
        qdpx = p.export_qdpx(tmp_path / "study.qdpx", viewer="lena")  # was refused
    for out in (qdc, qdpx):
        text = text_of(out)
        assert leaked(text) == [], out.name
        assert "Ort A and the mission" in text and "As IP1 put it" in text


def test_agreement_names_documents_by_pseudonym(path: Path) -> None:
    with Project.open(path) as p:
        p.act_as("lena", "lena")
        report = p.agreement(bootstrap=0)
        frame = report.frame()
        real = p.agreement(bootstrap=0, real_names=True, viewer="lena")
    documents = [r.document for r in report.rows if r.scope == "document"]
    assert documents == ["IP1_Kommun_A.txt"]
    assert leaked(frame.to_csv()) == []
    assert leaked(" ".join(report.code_names["sv"].values())) == []
    assert [r.document for r in real.rows if r.scope == "document"] == ["anna_berg_storfors.txt"]


def test_agree_on_the_command_line(path: Path) -> None:
    runner = CliRunner(env={"QUALCODE_CODER": "lena"})
    for fmt in ("table", "json", "csv"):
        result = runner.invoke(app, ["-p", str(path), "agree", "--bootstrap", "0", "-f", fmt])
        assert result.exit_code == 0, result.output
        assert leaked(result.stdout) == [], fmt
    shown = runner.invoke(app, ["-p", str(path), "agree", "--bootstrap", "0", "--real-names"])
    assert "anna_berg_storfors.txt" in shown.stdout
    coder = CliRunner(env={"QUALCODE_CODER": "karin"})
    refused = coder.invoke(
        app, ["-p", str(path), "codebook", "export", str(path.with_name("x.yaml")), "--real-names"]
    )
    assert refused.exit_code == 1
    assert refused.stderr.startswith("error: --real-names: karin is not a lead")


def test_a_name_of_two_words_in_a_file_name() -> None:
    from qualcode.export.pseudonyms import Key

    key = Key({"Anna Berg": "IP1", "Åsa Öberg": "IP2"})
    assert key.apply("anna_berg_01.docx") == "IP1_01.docx"
    assert key.apply("intervju_Anna_Berg.txt") == "intervju_IP1.txt"
    assert key.apply("asa_oberg_02.txt") == "IP2_02.txt"  # as a file name spells it
    assert key.leaks("anna_berg.txt") == ["Anna Berg"]
    assert key.apply("Anna Bergs tur") == "IP1:s tur"  # talk as before


@pytest.mark.parametrize("suffix", [".md", ".docx"])
def test_the_agenda_names_codes_and_coders_through_the_key(
    path: Path, tmp_path: Path, suffix: str
) -> None:
    """A code named after a place, and a coder who is also on the key (she interviewed):
    the agenda was refused whole ('the real name behind Ort A would appear')."""
    with Project.open(path) as p:
        p.act_as("lena", "lena")
        p.set_pseudonym("Johan", "Kodare J", "lena", kind="person")
        assert p.write_agenda(tmp_path / f"agenda{suffix}", viewer="lena") == 1
    text = text_of(tmp_path / f"agenda{suffix}")
    assert leaked(text) == [] and "johan" not in text.casefold()
    assert "Ort A" in text and "Kodare J" in text


@pytest.mark.parametrize(
    ("written", "rendered"),
    [
        ("anna-berg.docx", "IP1.docx"),
        ("anna.berg.txt", "IP1.txt"),
        ("AnnaBerg.docx", "IP1.docx"),  # so written only, in that case
        ("anna_karin_03.txt", "IP5_03.txt"),  # a hyphenated name with an underscore
        ("asa-oberg.txt", "IP2.txt"),  # without its accents, as file names spell it
        ("i St. Olof", "i Ort S"),  # a dot in the name stays its own
        ("Anna. Berg sa", "Anna. Berg sa"),  # two sentences, not the name
        ("annaberg", "annaberg"),  # another word
    ],
)
def test_names_as_file_names_write_them(written: str, rendered: str) -> None:
    from qualcode.export.pseudonyms import Key

    key = Key({"Anna Berg": "IP1", "Åsa Öberg": "IP2", "Anna-Karin": "IP5", "St. Olof": "Ort S"})
    assert key.apply(written) == rendered
    assert bool(key.leaks(written)) == (written != rendered)


@pytest.mark.parametrize("suffix", [".md", ".xlsx", ".docx", ".html"])
def test_a_code_key_made_of_a_name(path: Path, tmp_path: Path, suffix: str) -> None:
    """A proposed code's key is made of its name ('Anna Bergs tur' -> anna_bergs_tur): the
    summary printed it in its Themes table and the Markdown chart's file name, so the .md
    and .xlsx were refused whole; the counts' key column follows the key like its name.
    (A summary shows a proposal once a lead has accepted it, as here.)"""
    with Project.open(path) as p:
        doc = p.act_as("karin", "karin").documents()[0].id
        coding = p.propose_code(doc, 100, 140, "Anna Bergs tur", "karin")
        p.act_as("lena", "lena")
        p.accept_code(next(c.key for c in p.codebook() if c.id == coding.code_id), "lena")
        out = p.export_summary(tmp_path / f"s{suffix}", layer="coder", viewer="lena")
        charts = sorted(f.name for f in tmp_path.glob("s_*.png"))
        frequencies = p.report_frequencies(viewer="lena")
    assert leaked(text_of(out)) == [] and leaked(" ".join(charts)) == []
    assert "IP1:s tur" in text_of(out) or suffix == ".xlsx"
    assert "ip1_s_tur" in " ".join(charts).casefold() or suffix != ".md"
    assert leaked(frequencies.to_csv()) == []


def test_the_audit_log_prints_pseudonyms(path: Path) -> None:
    """A trail handed to a reviewer: the import's attributes and file name, the codebook
    edits' examples and a rationale named participants and places as stored."""
    with Project.open(path) as p:
        lena = p.act_as("lena", "lena")
        lena.update_code("mission_dialogue", examples={"en": ("Anna Berg said so",)}, actor="lena")
        entries = lena.audit()
        real = lena.audit(real_names=True, viewer="lena")
        karin = p.act_as("karin", "karin")
        with pytest.raises(QualcodeError, match="not a lead"):
            karin.audit(real_names=True, viewer="karin")
    shown = " ".join(f"{e.actor} {e.action} {e.payload}" for e in entries)
    assert leaked(shown) == [] and "IP1" in shown
    assert "Anna Berg said so" in " ".join(str(e.payload) for e in real)
    runner = CliRunner(env={"QUALCODE_CODER": "lena"})
    for fmt in ("table", "json", "csv"):
        printed = runner.invoke(app, ["-p", str(path), "audit", "-f", fmt])
        assert printed.exit_code == 0 and leaked(printed.stdout) == [], fmt


def test_a_chart_title_is_drawn_through_the_key(
    path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A chart is a picture, which the leak check cannot read: its title (the code's name,
    'Kvarnbacken and the mission') was drawn as stored. The real chart is still drawn;
    the test only records what it was asked to write."""
    from qualcode.project import summary_build

    drawn: list[str] = []
    real_chart = summary_build.attribute_chart

    def recording(panels: dict, title: str, limits: dict | None = None) -> bytes:
        drawn.extend([title, *panels, *(str(v) for p in panels.values() for v in p.index)])
        return real_chart(panels, title, limits)

    monkeypatch.setattr(summary_build, "attribute_chart", recording)
    with Project.open(path) as p:
        p.act_as("lena", "lena")
        p.export_summary(tmp_path / "s.html", layer="coder", viewer="lena")
    assert drawn and leaked(" ".join(drawn)) == []
    assert "Ort A and the mission" in drawn and "Kommun A" in drawn


def test_a_code_key_made_of_a_name_in_tables_and_codebooks(path: Path, tmp_path: Path) -> None:
    """The crosstab and co-occurrence tables named such a code by its key as stored, and
    the lead's codebook export (YAML, .md, .docx) was refused whole; the YAML now writes
    the key in the keys' own letters, so it loads again."""
    with Project.open(path) as p:
        doc = p.act_as("karin", "karin").documents()[0].id
        p.propose_code(doc, 100, 140, "Anna Bergs tur", "karin")
        lena = p.act_as("lena", "lena")
        tables = [
            lena.report_crosstab("municipality", viewer="lena"),
            lena.report_cooccurrence(viewer="lena"),
        ]
        books = [
            lena.export_codebook(tmp_path / f"book{s}", viewer="lena")
            for s in (".yaml", ".md", ".docx")
        ]
    for table in tables:
        shown = f"{list(table.index)} {list(table.columns)} {table.to_csv()}"
        assert leaked(shown) == [] and "IP1:s_tur" in shown
    for book in books:
        assert leaked(text_of(book)) == []
    with Project.create(tmp_path / "other.db") as other:
        other.load_codebook(books[0])
        assert "ip1_s_tur_karin" in [c.key for c in other.codebook()]  # karin's proposal
