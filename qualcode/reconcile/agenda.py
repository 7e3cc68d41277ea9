"""The reconciliation meeting's agenda: each open case with every version in context.

Built as plain data (``AgendaItem``) by the service and rendered here to Markdown or to a
Word document, so the team reads the same agenda on screen or on paper. Transcript text is
escaped in Markdown (a quote holding ``*`` or ``#`` stays a quote).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from qualcode.markdown_escape import literal


@dataclass(frozen=True, slots=True)
class AgendaVersion:
    coder: str
    codes: tuple[str, ...]
    passages: tuple[tuple[str, str], ...]  # (code, text) of each span


@dataclass(frozen=True, slots=True)
class AgendaItem:
    case_id: str  # as every face prints it (shown_case), a prefix decide accepts
    document: str
    kind: str
    codes: tuple[str, ...]
    before: str  # context before the passage
    passage: str
    after: str
    versions: tuple[AgendaVersion, ...]
    comments: tuple[tuple[str, str, str], ...] = ()  # (author, time, text)
    history: tuple[str, ...] = field(default_factory=tuple)  # past decisions, one line each
    # whether the context cuts into a sentence before and after: only there an ellipsis
    cut_before: bool = True
    cut_after: bool = True


# the agenda's own words in English; the service passes another language's (texts [agenda])
ENGLISH = {
    "counted": "Counted: {scope}",
    "none": "No open cases.",
    "case": "Case",
    "nothing": "coded nothing here",
    "discussion": "Discussion:",
    "earlier": "Earlier decisions:",
}


def alike(versions: Sequence[AgendaVersion]) -> list[tuple[str, AgendaVersion]]:
    """Each different version once, after the names of every coder who made it ("karin,
    mira, omar"), where the first of them stands.

    One line a coder read well for three; a team of five met, under a passage one coder
    alone had coded, four bullets of "coded nothing here", and under a boundary case the
    same quote four times over the one that differed: 35 open cases filled 23 pages, and
    who agreed with whom had to be read off by comparing quotes (team39)."""
    groups: dict[tuple[tuple[str, ...], tuple[tuple[str, str], ...]], list[str]] = {}
    first: dict[tuple[tuple[str, ...], tuple[tuple[str, str], ...]], AgendaVersion] = {}
    for v in versions:
        key = (v.codes, v.passages) if v.passages else ((), ())
        groups.setdefault(key, []).append(v.coder)
        first.setdefault(key, v)
    return [(", ".join(names), first[key]) for key, names in groups.items()]


def quoted(text: str, words: dict[str, str]) -> str:
    """Text between the language's quotation marks (”…” in Swedish, “…” in English)."""
    return f"{words.get('quote_open', '“')}{text}{words.get('quote_close', '”')}"


def render_markdown(
    title: str, scope: str, items: Sequence[AgendaItem], words: dict[str, str] = ENGLISH
) -> str:
    lines = [f"# {_md(title)}", "", _md(words["counted"].format(scope=scope)), ""]
    if not items:
        lines.append(words["none"])
    for n, item in enumerate(items, start=1):
        lines += [
            f"## {n}. {_md(item.document)}: {_md(' / '.join(item.codes))}"
            f" ({words.get('kind_' + item.kind, item.kind)})",
            "",
            f"{words['case']} `{item.case_id}`",
            "",
            "> "
            + "".join(
                "\\\n> " if piece is None else f"**{_md(piece[0])}**" if piece[1] else _md(piece[0])
                for piece in _quote(item)
            ),
            "",
        ]
        for who, v in alike(item.versions):
            if not v.passages:
                lines.append(f"- **{_md(who)}**: {words['nothing']}")
                continue
            lines.append(f"- **{_md(who)}**: {_md(', '.join(v.codes))}")
            lines += [
                f"  - {_named(v, _md(code))}{quoted(_md(_flat(text)), words)}"
                for code, text in v.passages
            ]
        if item.comments:
            lines += ["", words["discussion"], ""]
            lines += [f"- {_md(a)} ({t}): {_md(_flat(text))}" for a, t, text in item.comments]
        if item.history:
            lines += ["", words["earlier"], ""]
            lines += [f"- {_md(_flat(h))}" for h in item.history]
        lines.append("")
    return "\n".join(lines)


def build_docx(
    doc: Any, scope: str, items: Sequence[AgendaItem], words: dict[str, str] = ENGLISH
) -> Any:
    """The agenda written into ``doc``, a python-docx document the caller began with its
    title (``export.docx_page.titled_document``, so the agenda has the page, margins and
    properties of every other Word export: it kept Letter's margins when it set its own
    paper) and saves."""
    from docx.shared import Pt

    doc.add_paragraph(words["counted"].format(scope=scope))
    if not items:
        doc.add_paragraph(words["none"])
    for n, item in enumerate(items, start=1):
        kind = words.get("kind_" + item.kind, item.kind)
        heading = doc.add_heading(f"{n}. {item.document}: {' / '.join(item.codes)} ({kind})", 1)
        # each coder's line goes to the next page with its quotes, "Discussion:" with what
        # was said: what the meeting compares stays on one page with what leads it
        # (render43). The case's id is the heading's second line and the passage is not
        # kept with the first version: as paragraphs kept with the next they made a chain,
        # and LibreOffice (7.4), which pulls a heading along with one kept paragraph, never
        # a chain, could leave the heading alone at a page's foot (render46); the passage
        # splits as any paragraph does, two lines at least on each page
        heading.add_run().add_break()
        case = heading.add_run(f"{words['case']} {item.case_id}")
        case.bold, case.font.size = False, Pt(10)
        quote = doc.add_paragraph()
        for piece in _quote(item):
            if piece is None:
                quote.add_run().add_break()
                continue
            run = quote.add_run(piece[0])
            run.bold, run.italic = piece[1], not piece[1]
        for who, v in alike(item.versions):
            para = doc.add_paragraph(style="List Bullet")
            para.add_run(who).bold = True
            para.paragraph_format.keep_with_next = bool(v.passages)
            if not v.passages:
                para.add_run(": " + words["nothing"])
                continue
            para.add_run(": " + ", ".join(v.codes))
            for code, text in v.passages:
                doc.add_paragraph(
                    f"{_named(v, code)}{quoted(_flat(text), words)}", style="List Bullet 2"
                )
        if item.comments:
            doc.add_paragraph(words["discussion"]).paragraph_format.keep_with_next = True
            for author, at, text in item.comments:
                para = doc.add_paragraph(style="List Bullet")
                para.add_run(author).bold = True
                para.add_run(f" ({at}): {_flat(text)}")
        if item.history:
            doc.add_paragraph(words["earlier"]).paragraph_format.keep_with_next = True
            for line in item.history:
                doc.add_paragraph(_flat(line), style="List Bullet")
    return doc


def _named(version: AgendaVersion, code: str) -> str:
    """A passage's code before its quote where the version holds several codes, else
    nothing: the line above it names the one code already. Every quote of a boundary case
    repeated its code, so a code's name stood five times over a case of two versions, and
    the quotes, what the meeting compares, were pushed a line further down each."""
    return f"{code}: " if len(version.codes) > 1 else ""


# control characters: python-docx refuses them (a ValueError ending the command), and in
# Markdown an ESC would steer the terminal of whoever prints the agenda
_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f]")


def _flat(text: str) -> str:
    """One line of plain text: runs of white space as one space, control characters out."""
    return " ".join(_CONTROLS.sub(" ", text).split())


# a line break with the white space around it, and a run of white space within a line
_BREAK, _SPACE = re.compile(r"[^\S\n]*\n\s*"), re.compile(r"[^\S\n]+")
_CONTROLS_IN_LINE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f]")


def _lines(text: str) -> str:
    """``text`` with one line break where it had any (a blank line between paragraphs as
    one), every other run of white space or control characters as one space."""
    return _SPACE.sub(" ", _BREAK.sub("\n", _CONTROLS_IN_LINE.sub(" ", text)))


def _quote(item: AgendaItem) -> list[tuple[str, bool] | None]:
    """The case's passage in its context as pieces of text (bold: the passage) and line
    breaks (None), each speaker's turn on a line of its own: flattened to one line, the
    context ran the turns together, "... yrket liksom. Intervjuare: Mm." under the bold
    passage, as if the interviewee had said it (render43). One space stays between the
    context and the passage where the text had one: "allt. Och det", never "allt.Och det".
    White space at the passage's own edges (a coding that took its turn's line break) goes
    to the context beside it: stripped with the passage, the break went, and the next
    turn ran on after the bold words as the speaker's own."""
    passage = item.passage.strip()
    edge = len(item.passage) - len(item.passage.lstrip())
    before = _lines(item.before + item.passage[:edge]).lstrip()
    after = _lines(item.passage[edge + len(passage) :] + item.after).rstrip()
    parts = (
        (_left(item) + (before if before.strip() else ""), False),
        (_lines(passage), True),
        ((after if after.strip() else "") + _right(item), False),
    )
    pieces: list[tuple[str, bool] | None] = []
    for text, bold in parts:
        for n, line in enumerate(text.split("\n")):
            if n:
                pieces.append(None)
            if line:
                pieces.append((line, bold))
    return pieces


def _left(item: AgendaItem) -> str:
    """An ellipsis where the context begins inside a sentence, else nothing."""
    return "…" if item.cut_before else ""


def _right(item: AgendaItem) -> str:
    """An ellipsis where the context ends inside a sentence: never "sämre.…"."""
    return "…" if item.cut_after else ""


def _md(text: str) -> str:
    """Text as literal Markdown: every character Markdown would read is escaped, as the
    summary escapes it (``markdown_escape``)."""
    return literal(text)
