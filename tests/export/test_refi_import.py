"""REFI-QDA import: round trip, real files from other tools, hostile files."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import QualcodeError
from tests.conftest import ROOT, small_codebook
from tests.export.qdpx_kit import one_selection_qdpx

REAL = ROOT.parent / "shared" / "refi-qda" / "samples" / "real"
TEXT = "I: Hur mår ni? 🙂\n\nR: Arbetsmiljön 𝄞 är bättre nu.\nVi har ett ärendetak på femton."


@pytest.fixture
def source(tmp_path: Path) -> Project:
    with Project.create(tmp_path / "src.db") as project:
        project.apply_codebook(small_codebook())
        project.add_coder("karin")
        project.add_coder("johan")
        doc = project.import_text("åby.txt", TEXT, lang="sv", attributes={"role": "chef"})
        text = project.document(doc.id).text
        for coder, phrase, code in (
            ("karin", "Arbetsmiljön 𝄞 är bättre nu.", "integration"),
            ("johan", "ärendetak på femton", "caseload"),
            ("karin", "🙂", "mission_dialogue"),
        ):
            start = text.index(phrase)
            project.add_coding(doc.id, start, start + len(phrase), code, coder, memo="m")
        yield project


def test_round_trip_keeps_documents_codes_and_offsets(source: Project, tmp_path: Path) -> None:
    package = source.export_qdpx(tmp_path / "p.qdpx")
    with Project.create(tmp_path / "dst.db") as target:
        report = target.import_qdpx(package)
        assert report.skipped == [] and report.codings == 3
        doc = target.documents()[0]
        assert target.document(doc.id).text == source.document(source.documents()[0].id).text
        assert doc.attributes == {"role": "chef"}
        before = sorted((c.start, c.end, c.coder) for c in source.codings())
        after = sorted((c.start, c.end, c.coder) for c in target.codings())
        assert before == after
        texts = target.coding_texts(target.codings())
        assert "Arbetsmiljön 𝄞 är bättre nu." in texts and "🙂" in texts
        names = {c.name("en") for c in target.codebook()}
        assert {"Mission dialogue", "Integration", "Caseload"} <= names
        assert len(target.memos("coding")) == 3


def test_crlf_positions_from_other_tools_are_mapped(tmp_path: Path) -> None:
    qde = (
        '<?xml version="1.0" encoding="utf-8"?><Project xmlns="urn:QDA-XML:project:1.0" '
        'name="x" origin="QualCoder 3"><CodeBook><Codes><Code guid="'
        '11111111-1111-1111-1111-111111111111" name="Tid" isCodable="true"/></Codes></CodeBook>'
        '<Sources><TextSource guid="22222222-2222-2222-2222-222222222222" name="t" '
        'plainTextPath="internal://t.txt"><PlainTextSelection guid="'
        '33333333-3333-3333-3333-333333333333" startPosition="9" endPosition="13"><Coding '
        'guid="44444444-4444-4444-4444-444444444444"><CodeRef targetGUID="'
        '11111111-1111-1111-1111-111111111111"/></Coding></PlainTextSelection></TextSource>'
        "</Sources></Project>"
    )
    path = tmp_path / "crlf.qdpx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("project.qde", qde)
        archive.writestr("sources/t.txt", "Rad ett\r\nTVÅ och tre")
    with Project.create(tmp_path / "d.db") as project:
        project.import_qdpx(path)
        assert project.coding_texts(project.codings()) == ["TVÅ "]


@pytest.mark.parametrize(
    ("origin", "text", "start", "end", "expected"),
    [
        # ATLAS.ti writes CRLF files but counts a line break as one position
        ("ATLAS.ti 23", "Rad ett\r\nTVÅ och tre".encode(), 8, 12, "TVÅ "),
        # a BOM is not a character of the text (QualCoder writes utf-8-sig)
        ("QualCoder 3", "\ufeffSå 𝄞 här".encode(), 3, 6, "𝄞 h"),
        # decomposed å (a + ring) becomes one character; positions follow
        ("QualCoder 3", "Ska\u030a ja\u0308ttebra".encode(), 5, 14, "jättebra"),
    ],
)
def test_positions_from_other_tools_land_on_the_same_characters(
    tmp_path: Path, origin: str, text: bytes, start: int, end: int, expected: str
) -> None:
    path = one_selection_qdpx(tmp_path / "t.qdpx", origin, text, start, end)
    with Project.create(tmp_path / "d.db") as project:
        report = project.import_qdpx(path)
        assert report.skipped == []
        assert project.coding_texts(project.codings()) == [expected]


def test_hostile_qdc_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "x.qdc"
    bad.write_text(
        '<?xml version="1.0"?><!DOCTYPE c [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        '<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code guid="'
        '11111111-1111-1111-1111-111111111111" name="&x;" isCodable="true"/></Codes></CodeBook>'
    )
    broken = tmp_path / "y.qdc"
    broken.write_text("<CodeBook><Codes>")
    with Project.create(tmp_path / "d.db") as project:
        with pytest.raises(QualcodeError, match="unsafe XML"):
            project.load_codebook(bad)
        with pytest.raises(QualcodeError, match="not well-formed"):
            project.load_codebook(broken)
        assert project.codebook() == []


@pytest.mark.parametrize(
    ("members", "message"),
    [
        ({"../evil.txt": "x", "project.qde": "<Project/>"}, "outside the archive"),
        ({"sources/a.txt": "x"}, "no project.qde"),
        ({"project.qde": "<Project><oops"}, "not well-formed XML"),
        (
            {
                "project.qde": '<?xml version="1.0"?><!DOCTYPE p [<!ENTITY a "aaaa">'
                '<!ENTITY b "&a;&a;&a;&a;">]><Project name="&b;"/>'
            },
            "unsafe XML",
        ),
        (
            {
                "project.qde": '<?xml version="1.0"?><!DOCTYPE p [<!ENTITY x SYSTEM '
                '"file:///etc/passwd">]><Project name="&x;"/>'
            },
            "unsafe XML",
        ),
    ],
)
def test_hostile_files_are_refused_and_nothing_written(
    tmp_path: Path, members: dict[str, str], message: str
) -> None:
    path = tmp_path / "bad.qdpx"
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    with Project.create(tmp_path / "d.db") as project:
        with pytest.raises(QualcodeError, match=message):
            project.import_qdpx(path)
        assert project.documents() == [] and project.codebook() == []


def test_not_a_zip(tmp_path: Path) -> None:
    path = tmp_path / "x.qdpx"
    path.write_bytes(b"not a zip at all")
    with (
        Project.create(tmp_path / "d.db") as project,
        pytest.raises(QualcodeError, match=r"not a readable \.qdpx"),
    ):
        project.import_qdpx(path)


@pytest.mark.skipif(not REAL.exists(), reason="shared/refi-qda/samples/real not present")
def test_real_files_from_nvivo_and_atlasti(tmp_path: Path) -> None:
    with Project.create(tmp_path / "real.db") as project:
        report = project.import_qdpx(REAL / "nvivo_mac15_project.qdpx")
        assert report.codes > 100  # NVivo's codebook arrives whole
        loaded = project.load_codebook(REAL / "atlasti_win23_codebook_from_requal_test.qdc")
        assert loaded.created


def test_demo_round_trip_keeps_keys_layers_roles_and_memos(demo: Path, tmp_path: Path) -> None:
    with Project.open(demo) as source:
        case = next(v.case for v in source.cases() if v.case.kind == "presence")
        source.decide(case.id, "union", "both readings hold", "lena")
        source.confirm_agreements("lena")
        source.add_memo("code", "integration", "lena", "central theme")
        karins = [c for c in source.codings(coder="karin") if c.layer == "coder"]
        swedish = {d.id for d in source.documents() if d.lang == "sv"}
        quoted = next(c for c in karins if c.document_id in swedish)
        source.translate_coding(quoted.id, "en", "We talk with the board now.", "karin")
        source.pin_exemplar(quoted.id, "lena")
        place = (quoted.start, quoted.end, quoted.code, "karin")
        # the whole project, as it is, for another qualcode: a lead's export with real names
        package = source.export_qdpx(tmp_path / "demo.qdpx", real_names=True, viewer="lena")
        names = {d.id: d.name for d in source.documents()}
        before = sorted(
            (names[c.document_id], c.start, c.end, c.code, c.coder, c.layer)
            for c in source.codings()
        )
        specs = source.codebook_specs()
        langs = {d.name: d.lang for d in source.documents()}
    with Project.create(tmp_path / "back.db") as target:
        report = target.import_qdpx(package)
        assert report.skipped == []
        names = {d.id: d.name for d in target.documents()}
        after = sorted(
            (names[c.document_id], c.start, c.end, c.code, c.coder, c.layer)
            for c in target.codings()
        )
        assert after == before and any(row[-1] == "consensus" for row in after)
        assert target.codebook_specs() == specs  # keys, both languages, keywords
        assert {d.name: d.lang for d in target.documents()} == langs
        assert {c.name: c.role for c in target.store.coders.list()}["lena"] == "lead"
        assert [m.text for m in target.memos("code")] == ["central theme"]
        # the quote's translation and the lead's pin come along (qualcode's own extras)
        (back,) = [
            c
            for c in target.codings()
            if (c.start, c.end, c.code, c.coder) == place and c.layer == "coder"
        ]
        assert target.translations() == {(back.id, "en"): "We talk with the board now."}
        assert target.exemplars() == {back.id}


def test_a_bomb_member_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bomb.qdpx"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("project.qde", '<Project xmlns="urn:QDA-XML:project:1.0" name="b"/>')
        archive.writestr("sources/big.txt", b"\0" * 12_000_000)  # ~12 kB packed, ratio ~1000
    with Project.create(tmp_path / "d.db") as project:
        with pytest.raises(QualcodeError, match="zip bomb"):
            project.import_qdpx(path)
        assert project.documents() == []
