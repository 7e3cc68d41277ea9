"""The team's dialogue on a case: comments, decisions with who took part, reopening, the
meeting agenda as Markdown and as Word (read back with python-docx)."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from docx import Document

from qualcode import Project
from qualcode.errors import NotFoundError, OutputError, ValidationError
from tests.conftest import TEAM_SENTENCES as SENTENCES


def test_comments_attach_to_the_case_with_author_and_time(trio: Project) -> None:
    case = trio.cases()[1].case
    trio.comment(case.id[:6], "johan", "Det handlar om arbetsbelastning, alltså caseload.")
    trio.comment(case.id, "mira", "Jag läste det som integrering av nya.")
    view = next(v for v in trio.cases() if v.case.id == case.id)
    assert [(c.author, c.kind) for c in view.comments] == [
        ("johan", "comment"),
        ("mira", "comment"),
    ]
    assert view.comments[0].created_at <= view.comments[1].created_at
    assert all(not v.comments for v in trio.cases() if v.case.id != case.id)
    # the passage grows (karin widens her coding): the comments stay with it
    text = trio.document(trio.doc_id).text  # type: ignore[attr-defined]
    wider = text.index(SENTENCES[2])
    trio.add_coding(trio.doc_id, wider, case.end, "integration", "karin")  # type: ignore[attr-defined]
    grown = next(v for v in trio.cases() if v.case.start == wider)
    assert grown.case.id != case.id and len(grown.comments) == 2
    assert [e.action for e in trio.audit()].count("reconcile.comment") == 2


def test_comment_checks(trio: Project) -> None:
    case = trio.cases()[0].case
    with pytest.raises(ValidationError, match="needs some text"):
        trio.comment(case.id, "johan", "   ")
    with pytest.raises(NotFoundError, match="unknown coder"):
        trio.comment(case.id, "nobody", "hej")
    with pytest.raises(NotFoundError, match="no case"):
        trio.comment("ffffffffff", "johan", "hej")
    assert not any(v.comments for v in trio.cases())


def test_decision_records_who_took_part_reopen_keeps_history(trio: Project) -> None:
    case = trio.cases()[0].case
    trio.comment(case.id, "mira", "The sentence before sets up the dialogue.")
    trio.decide(case.id, "accept:mira", "mira's context is needed", "lena")
    view = next(v for v in trio.cases() if v.case.id == case.id)
    assert view.participants == ("lena", "mira") and not view.open
    trio.reopen(case.id, "lena", "johan was not there; discuss again")
    reopened = next(v for v in trio.cases() if v.case.id == case.id)
    assert reopened.verdict is None and reopened.open
    assert [d.verdict for d in reopened.history] == ["accept:mira"]
    assert reopened.history[0].rationale == "mira's context is needed"
    assert reopened.comments[-1].kind == "reopen"
    assert trio.codings(layer="consensus") == []  # the reopened decision's coding retired
    trio.decide(
        case.id, "accept:karin", "one sentence", "lena", participants=["karin", "johan", "mira"]
    )
    final = next(v for v in trio.cases() if v.case.id == case.id)
    assert final.participants == ("karin", "johan", "mira")
    assert [e.action for e in trio.audit()][-3:] == [
        "reconcile.decide",
        "reconcile.reopen",
        "reconcile.decide",
    ]
    with pytest.raises(ValidationError, match="not a lead"):
        trio.reopen(case.id, "karin", "x")
    with pytest.raises(ValidationError, match="needs a reason"):
        trio.reopen(case.id, "lena", " ")
    open_case = trio.cases()[1].case
    with pytest.raises(ValidationError, match="no decision to reopen"):
        trio.reopen(open_case.id, "lena", "why")


def test_a_decision_on_versions_that_changed_since_is_open_again(trio: Project) -> None:
    case = trio.cases()[2].case  # presence: mira coded nothing
    trio.decide(case.id, "accept:karin", "caseload", "lena")
    assert not next(v for v in trio.cases() if v.case.id == case.id).open
    trio.add_coding(trio.doc_id, case.start, case.end, "caseload", "mira")  # type: ignore[attr-defined]
    views = trio.cases(include_agreements=True)
    view = next(v for v in views if v.case.id == case.id)
    assert view.stale and view.open and view.verdict == "accept:karin"


def test_agenda_markdown_and_docx(trio: Project, tmp_path: Path) -> None:
    cases = trio.cases()
    trio.comment(cases[1].case.id, "johan", "Caseload *is* the point.")
    trio.decide(cases[0].case.id, "accept:karin", "the narrow one", "lena")
    md = tmp_path / "agenda.md"
    assert trio.write_agenda(md) == 2  # the decided case is not on the agenda
    text = md.read_text(encoding="utf-8")
    assert "3 coders (johan, karin, mira), 1 of 1 documents" in text
    assert text.count("\n## ") == 2 and "**mira**: coded nothing here" in text
    assert "Caseload \\*is\\* the point." in text  # transcript and comments stay literal
    assert SENTENCES[3] in text and SENTENCES[4] in text
    assert stat.S_IMODE(md.stat().st_mode) == 0o600
    docx_path = tmp_path / "agenda.docx"
    trio.write_agenda(docx_path)
    paragraphs = [p.text for p in Document(str(docx_path)).paragraphs]
    assert any(p.startswith("2. aby_02.txt: Caseload") for p in paragraphs)  # by name
    assert any("Caseload *is* the point." in p for p in paragraphs)
    assert any(SENTENCES[3] in p for p in paragraphs)
    # every coder's version under each case; coders of one version share its bullet
    bullets = [p.split(": ")[0] for p in paragraphs if p.startswith(("karin", "johan", "mira"))]
    assert sum(len(b.split(", ")) for b in bullets) >= 6
    with pytest.raises(OutputError, match="already exists"):
        trio.write_agenda(md)
    with pytest.raises(ValidationError, match=r"\.md or \.docx"):
        trio.write_agenda(tmp_path / "agenda.pdf")
    with pytest.raises(OutputError, match="nowhere"):
        trio.write_agenda(tmp_path / "nowhere" / "agenda.md")
    trio.decide(cases[1].case.id, "union", "both", "lena")
    trio.write_agenda(md, force=True)
    assert md.read_text(encoding="utf-8").count("\n## ") == 1


def test_agenda_goes_through_the_pseudonym_key(trio: Project, tmp_path: Path) -> None:
    """The agenda leaves the project like any export: names on the key become pseudonyms
    in passages, context and comments; real names only for a lead who asks."""
    case = trio.cases()[1].case.id
    trio.comment(case, "johan", "Ask Ingrid Bergström what she meant here.")
    trio.set_pseudonym("Ingrid Bergström", "IP9", "lena")
    real = next(w for w in SENTENCES[3].split() if w[:1].isupper() and len(w) > 4)
    trio.set_pseudonym(real.strip(".,"), "PLATS", "lena", kind="place")
    for suffix in (".md", ".docx"):
        path = tmp_path / f"agenda{suffix}"
        trio.write_agenda(path)
        if suffix == ".md":
            text = path.read_text(encoding="utf-8")
        else:
            text = "\n".join(p.text for p in Document(str(path)).paragraphs)
        assert "Ingrid Bergström" not in text and "IP9" in text
        assert real.strip(".,") not in text and "PLATS" in text
    with pytest.raises(ValidationError):
        trio.write_agenda(tmp_path / "real.md", real_names=True, viewer="karin")
    trio.write_agenda(tmp_path / "real.md", real_names=True, viewer="lena")
    assert "Ingrid Bergström" in (tmp_path / "real.md").read_text(encoding="utf-8")


def test_agenda_keeps_the_space_between_context_and_passage(
    trio: Project,
    tmp_path: Path,
) -> None:
    """The context runs were flattened at their edges, so Word showed "allt.Och det är"
    where the passage began; the space (or line break) between them is kept as a space."""
    import re

    docx_path, md = tmp_path / "agenda.docx", tmp_path / "agenda.md"
    trio.write_agenda(docx_path)
    trio.write_agenda(md)
    quotes = [p for p in Document(str(docx_path)).paragraphs if len(p.runs) == 3 and p.runs[1].bold]
    assert quotes
    for quote in quotes:
        runs = [r.text for r in quote.runs]
        assert len(runs) == 3
        glued = re.search(r"[.?!][A-ZÅÄÖ]", quote.text)
        assert glued is None, quote.text
        # the bold passage meets its context at a space, unless the context is empty
        assert runs[0] in ("", "…") or runs[0].endswith(" ")
        assert runs[2] in ("", "…") or runs[2].startswith(" ")
    text = md.read_text(encoding="utf-8")
    for line in (x for x in text.splitlines() if x.startswith("> ")):
        opened, _, rest = line.partition("**")
        closed = rest.partition("**")[2]
        assert opened[-1] in " …" and closed[:1] in ("", " ", "…"), line


def test_a_swedish_agenda(trio: Project, tmp_path: Path) -> None:
    """The Swedish team's meeting agenda was English only; ``lang="sv"`` writes it in
    Swedish (the transcript and the coders' words stay as they are); another language is
    refused in one line and nothing is written."""
    trio.comment(trio.cases()[1].case.id, "johan", "Det handlar om arbetsbelastning.")
    md, docx_path = tmp_path / "agenda.md", tmp_path / "agenda.docx"
    trio.write_agenda(md, lang="sv")
    text = md.read_text(encoding="utf-8")
    assert text.startswith("# Avstämningsagenda: 3 öppna fall")
    assert "Räknat: 3 kodare (johan, karin, mira), 1 av 1 dokument" in text
    assert "**mira**: kodade inget här" in text and "Samtal:" in text and "Fall `" in text
    for english in ("Counted", "coded nothing", "Discussion", "Case `", "open cases"):
        assert english not in text
    trio.write_agenda(docx_path, lang="sv")
    paragraphs = [p.text for p in Document(str(docx_path)).paragraphs]
    assert paragraphs[0] == "Avstämningsagenda: 3 öppna fall"
    assert any(p.startswith("Räknat: 3 kodare") for p in paragraphs)
    with pytest.raises(ValidationError, match=r"^lang 'de'"):  # the service's own word
        trio.write_agenda(tmp_path / "de.md", lang="de")
    assert not (tmp_path / "de.md").exists()


def test_a_swedish_agenda_names_codes_and_past_verdicts_in_swedish(
    trio: Project,
    tmp_path: Path,
) -> None:
    case = next(v.case for v in trio.cases() if v.case.kind == "code")
    trio.decide(case.id, "accept:karin", "den smala läsningen", "lena")
    trio.reopen(case.id, "lena", "mira var borta")
    md = tmp_path / "agenda.md"
    trio.write_agenda(md, lang="sv")
    text = md.read_text(encoding="utf-8")
    assert "Integrering" in text and "integration" not in text  # the name, not the key
    assert "caseload" not in text and "Caseload" in text  # no Swedish name: the English one
    assert "godta karins, ”den smala läsningen” (återöppnat)" in text
    assert "reopened" not in text and "accept:" not in text


def test_a_comment_the_lead_notes_for_a_coder_counts_that_coder_as_taking_part(
    trio: Project,
) -> None:
    case = trio.cases()[0].case
    trio.comment(case.id, "lena", "johan: the sentence before sets it up")
    trio.comment(case.id, "lena", "karin : agreed after reading it aloud")
    trio.comment(case.id, "lena", "note: nobody by that name, only a heading")
    trio.decide(case.id, "union", "both readings hold", "lena")
    view = next(v for v in trio.cases() if v.case.id == case.id)
    assert view.participants == ("lena", "johan", "karin")
