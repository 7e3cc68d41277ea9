"""The YAML codebook format: shipped codebooks load, mistakes name file, code and field."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qualcode.codebook import dump_codebook, load_codebook, parse_codebook
from qualcode.errors import CodebookError
from qualcode.model import Codebook, CodeSpec
from tests.conftest import ROOT

TURNING_POINTS = ("mission_dialogue", "systems_perspective", "integration", "long_term_economics")


def test_turning_points_codebook_is_complete_in_both_languages() -> None:
    book = load_codebook(ROOT / "codebooks" / "turning_points.yaml")
    assert tuple(c.key for c in book.codes) == TURNING_POINTS
    for code in book.codes:
        for lang in ("sv", "en"):
            assert code.names[lang] and code.definitions[lang]
            assert code.inclusion[lang] and code.exclusion[lang]
            assert len(code.keywords[lang]) >= 20, (code.key, lang)
            assert len(code.examples[lang]) >= 4, (code.key, lang)
    assert sorted(c.shortcut for c in book.codes) == ["1", "2", "3", "4"]
    sv = {k for c in book.codes for k in c.keywords["sv"]}
    assert {"arbetsmiljöproblem", "placering", "lex sarah"} <= sv
    # words that name the study's topic rather than a turning point fire on every sentence of
    # an on-topic report (and inside compounds such as "Arbetsmiljöverket"): not keywords
    assert not {"arbetsmiljö", "uppdrag", "nämnden", "kvalitet", "förutsättningar"} & sv
    en = {k for c in book.codes for k in c.keywords["en"]}
    assert not {"work environment", "assignment", "committee", "quality", "supervision"} & en


def test_trust_codebook() -> None:
    book = load_codebook(ROOT / "codebooks" / "trust.yaml")
    assert [c.key for c in book.codes] == ["ability", "integrity", "benevolence"]
    assert all(c.examples["sv"] and c.examples["en"] for c in book.codes)


GOOD = """
codebook: test
codes:
  - key: a
    name: {en: A}
    color: "#112233"
    shortcut: "1"
  - key: b
    parent: a
    name: {sv: B}
"""


def test_parse_good() -> None:
    book = parse_codebook(GOOD, "t.yaml")
    assert book.name == "test" and book.codes[1].parent == "a"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("codes: [\n", "t.yaml: line 2, column 1: malformed YAML"),
        ("- just a list", "t.yaml: the top level must be a mapping"),
        ("codebook: x", "t.yaml: 'codes' must be a non-empty list"),
        ("codes:\n  - name: {en: A}", "code #1: field 'key' is missing"),
        ("codes:\n  - key: Bad-Key\n    name: {en: A}", "code key 'Bad-Key' must be lower-case"),
        (
            "codes:\n  - key: a\n    name: {en: A}\n  - key: a\n    name: {en: B}",
            "code 'a': field 'key' is used more than once",
        ),
        (
            "codes:\n  - key: a\n    parent: zz\n    name: {en: A}",
            "code 'a': field 'parent': unknown code 'zz'",
        ),
        (
            "codes:\n  - key: a\n    parent: b\n    name: {en: A}\n  - key: b\n    parent: a\n"
            "    name: {en: B}",
            "field 'parent': parents form a cycle",
        ),
        (
            "codes:\n  - key: a\n    name: {en: A}\n    colour: '#000000'",
            "code 'a': unknown field 'colour'",
        ),
        ("codes:\n  - key: a\n    name: A", "code 'a': field 'name' must map languages"),
        ("codes:\n  - key: a\n    name: {de: A}", "code 'a': field 'name': unknown language 'de'"),
        (
            "codes:\n  - key: a\n    name: {en: A}\n    keywords: {sv: arbetsmiljö}",
            "code 'a': field 'keywords.sv' must be a list of texts",
        ),
        (
            "codes:\n  - key: a\n    name: {en: A}\n    keywords: {sv: ['']}",
            "code 'a': field 'keywords.sv' has an empty entry",
        ),
        (
            "codes:\n  - key: a\n    name: {en: A}\n    shortcut: '1'\n  - key: b\n"
            "    name: {en: B}\n    shortcut: '1'",
            "field 'shortcut' '1' is used twice",
        ),
        (
            "codes:\n  - key: a\n    name: {en: A}\n    shortcut: ab",
            "code 'a': field 'shortcut' must be one character",
        ),
        (
            "codes:\n  - key: a\n    name: {en: A}\n    color: blue",
            "code 'a': field 'color' must be a hex colour like '#1f77b4', got 'blue'",
        ),
        ("codes:\n  - key: a\n    definition: {en: x}", "code 'a': field 'name' needs a name"),
    ],
)
def test_every_mistake_is_one_line_naming_code_and_field(text: str, message: str) -> None:
    with pytest.raises(CodebookError) as info:
        parse_codebook(text, "t.yaml")
    assert message in str(info.value)
    assert str(info.value).startswith("t.yaml: ") and "\n" not in str(info.value)


def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "cb.yaml"
    path.write_bytes("codes: []\n# Åby".encode("cp1252"))
    with pytest.raises(CodebookError, match="not UTF-8"):
        load_codebook(path)
    with pytest.raises(CodebookError, match="cannot read"):
        load_codebook(tmp_path / "missing.yaml")


def test_shipped_codebook_round_trips() -> None:
    book = load_codebook(ROOT / "codebooks" / "turning_points.yaml")
    assert parse_codebook(dump_codebook(book), "again.yaml") == book


keys = st.from_regex(r"[a-z][a-z0-9_]{0,8}", fullmatch=True)
texts = (
    st.text(
        alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")),
        min_size=1,
        max_size=20,
    )
    .map(str.strip)
    .filter(bool)
)


@st.composite
def codebooks(draw: st.DrawFn) -> Codebook:
    names = draw(st.lists(keys, min_size=1, max_size=5, unique=True))
    specs = []
    for i, key in enumerate(names):
        specs.append(
            CodeSpec(
                key=key,
                parent=names[i - 1] if i and draw(st.booleans()) else None,
                names={"sv": draw(texts)},
                definitions=draw(st.dictionaries(st.sampled_from(["sv", "en"]), texts, max_size=2)),
                keywords={
                    lang: tuple(v)
                    for lang, v in draw(
                        st.dictionaries(
                            st.sampled_from(["sv", "en"]),
                            st.lists(texts, min_size=1, max_size=3),
                            max_size=2,
                        )
                    ).items()
                },
                color=draw(st.sampled_from([None, "#a1b2c3"])),
                shortcut=str(i),
            )
        )
    return Codebook(name="generated", codes=tuple(specs))


@pytest.mark.slow
@settings(max_examples=60, deadline=None)
@given(codebooks())
def test_dump_then_parse_is_identity(book: Codebook) -> None:
    assert parse_codebook(dump_codebook(book), "g.yaml") == book
