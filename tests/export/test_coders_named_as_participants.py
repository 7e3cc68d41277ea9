"""Every export of a project whose three coders share their names with participants.

Karin and Mira speak in the interviews and Johan is named in their talk; coders karin,
johan and mira code, write memos and take part in a decision, and the lead keys what
`pseudonym suggest --apply` proposes. No export may print a participant's real name, and
none may print a coder as a participant's pseudonym (pseudo40): the summary (Markdown,
HTML, Word, Excel; Swedish and English), the codings (CSV, Excel), the .qdpx and .qdc, the
memos (Markdown, Word), the agenda (Markdown, Word), the quotes, the coding query, the
words said most and the audit.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from qualcode import Project
from tests.hostile.export_kit import export_text

TEXTS = {
    "sv": (
        "I: Hur var det på enheten när du började?\n\n"
        "Karin: Det var tungt, vi hade för många ärenden. Jag pratade med Johan om det, "
        "och Mira höll med.\n\n"
        "I: Vad hände sedan?\n\n"
        "Karin: Chefen pratade med politikerna. Johan sa att det var en vändpunkt.\n"
    ),
    "en": (
        "I: How was it in the team when you started?\n\n"
        "Mira: It was hard, far too many cases. I talked to Johan about it, and Karin "
        "agreed.\n\n"
        "I: And then?\n\n"
        "Mira: The manager talked to the politicians. Johan called it a turning point.\n"
    ),
}
NAMES = re.compile(r"(?i)\b(karin|johan|mira)")
CODERS = ("karin", "johan", "mira")


@pytest.fixture(scope="module", params=[str.lower, str.capitalize], ids=["karin", "Karin"])
def project(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> Path:
    """The team, its coders stored in lower case or, as the labels write the participants,
    with a capital ("Karin" beside "Karin:", which Key.apply reads apart in running text)."""
    karin, johan, mira = (request.param(name) for name in CODERS)
    path = tmp_path_factory.mktemp("team") / "p.db"
    with Project.create(path) as p:
        p.add_coder("lena", role="lead")
        for name in (karin, johan, mira):
            p.add_coder(name)
        p.add_code("mission", {"sv": "Uppdrag", "en": "Mission"})
        p.add_code("systems", {"sv": "System", "en": "Systems"})
        p.act_as("lena")
        docs = {
            lang: p.import_text(f"doc_{lang}.txt", t, lang=lang).id for lang, t in TEXTS.items()
        }
        p.apply_suggested_pseudonyms("lena", ["speaker", "person"])
        for lang, doc in docs.items():
            start = TEXTS[lang].index(":", 10) + 2
            for name, end, code in ((karin, 60, "mission"), (johan, 70, "mission")):
                p.act_as(name)
                p.add_coding(doc, start, start + end, code, name, memo=f"{name} läste så")
            p.act_as(mira)
            p.add_coding(doc, start, start + 40, "systems", mira)
            for name in (karin, johan, mira):
                p.act_as(name)
                p.set_status(doc, name, "done")
        p.act_as("lena")
        first = p.cases()[0].case.id
        p.decide(
            first,
            f"accept:{karin}",
            "karin och johan övertygade mira",
            "lena",
            participants=[karin, johan, mira],
        )
    return path


def _exports(path: Path, out: Path) -> dict[str, str]:
    """Every export's text, by file."""
    written: list[Path] = []
    with Project.open(path) as p:
        p.act_as("lena", "lena")
        for lang in ("sv", "en"):
            for suffix in (".md", ".html", ".docx", ".xlsx"):
                target = out / f"summary_{lang}{suffix}"
                written.append(p.export_summary(target, viewer="lena", lang=lang, appendix=True))
        for suffix in (".csv", ".xlsx"):
            written.append(p.export_codings(out / f"codings{suffix}", viewer="lena"))
        written.append(p.export_qdpx(out / "p.qdpx", viewer="lena"))
        written.append(p.export_qdc(out / "p.qdc", viewer="lena"))
        for suffix in (".md", ".docx"):
            written.append(p.export_memos(out / f"memos{suffix}", "lena"))
            p.write_agenda(out / f"agenda{suffix}", viewer="lena")
            written.append(out / f"agenda{suffix}")
        tables = {
            "quotes": p.report_quotes(viewer="lena").to_csv(),
            "words": " ".join(w.word for w in p.report_words(viewer="lena")),
            "query": "\n".join(f"{q.coder} {q.text}" for q in p.report_query(["mission"], "lena")),
            "audit": "\n".join(f"{e.actor} {e.payload}" for e in p.audit(viewer="lena")),
        }
    return {f.name: export_text(f) for f in written} | tables


def test_no_export_names_a_participant(project: Path, tmp_path: Path) -> None:
    found = {
        name: sorted(set(NAMES.findall(text))) for name, text in _exports(project, tmp_path).items()
    }
    assert not any(found.values()), {k: v for k, v in found.items() if v}


def test_no_export_prints_a_coder_as_a_participant(project: Path, tmp_path: Path) -> None:
    texts = _exports(project, tmp_path)
    with Project.open(project) as p:
        keyed = {e.pseudonym for e in p.act_as("lena", "lena").pseudonyms("lena")}
    for name, word in (
        ("summary_sv.md", "Kodare"),
        ("summary_en.md", "Coder"),
        ("agenda.md", "Coder"),
    ):
        # the decision's verdict and who took part, the counted coders: coders' labels, in
        # each export's words (pseudo40b)
        assert re.search(rf"{word} [A-Z]", texts[name]), name
        for pseudonym in keyed:
            assert not re.search(rf"(accept|godta) {pseudonym}\b", texts[name]), name
    assert "Coder" in texts["audit"] and "accept:IP" not in texts["audit"]
    words = texts["words"]
    assert not re.search(r"Coder [A-Z]", words)  # the talk's "Johan" is the participant's
