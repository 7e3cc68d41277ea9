"""The quotes report as a person reads it at a terminal, in one language: where each passage
was said ("aby_01, IP1 socialsekreterare, turn 4"; "plan, paragraph 2") and the table's
headings, in the words of the summary and codings sheet of that language (the summary's
labels, ``qualcode/texts/``), so a Swedish team's `report quotes --lang sv` reads "tur 4"
beside "Kommun A" where it read "turn 4". The CSV and JSON keep their English column names:
a script reads them by name, whatever the team's language."""

from __future__ import annotations

from typing import Any

from qualcode.errors import ValidationError
from qualcode.export.labels import label
from qualcode.texts import LANGUAGES

# the table's columns, in the order printed, each named by its summary label
HEADINGS = {
    "coding": "quotes_coding",
    "code": "quotes_code",
    "source": "quotes_source",
    "text": "quotes_text",
    "translation": "quotes_translation",
}


def check_lang(lang: str) -> str:
    """``lang`` if a report can be printed in it, else a one-line refusal."""
    if lang not in LANGUAGES:
        raise ValidationError(f"lang {lang!r}: use {' or '.join(LANGUAGES)}")
    return lang


def quote_source(row: dict[str, Any], lang: str = "en") -> str:
    """'aby_01, IP1 socialsekreterare, turn 4' ('aby_01, IP1, turn 4' without a role); a
    document without speakers (a plan, a policy) has no participant and is cited by
    paragraph: 'plan, paragraph 2', with its role attribute if it has one ('handlingsplan,
    plan, paragraph 23'). The place and role are already in ``lang``'s words (the report
    frame's ``names_in``); the words around them follow."""
    where = str(row["cited_as"])  # as the summary cites it (export_names.cited_names)
    who, role = row.get("participant"), row.get("speaker_role")
    role = role if isinstance(role, str) else None
    turn, paragraph = label(lang, "turn", n=row["turn"]), label(lang, "paragraph", n=row["turn"])
    if not isinstance(who, str) or not who:  # the interviewer, or nobody: a plan's text
        # a plan's role attribute ("plan") once read "plan, turn 23": a plan has paragraphs
        if role == "interviewer":
            return f"{where}, {label(lang, 'interviewer')}, {turn}"
        return f"{where}, {role + ', ' if role else ''}{paragraph}"
    return f"{where}, {who}{' ' + role if role else ''}, {turn}"


def quotes_table(frame: Any, lang: str = "en") -> Any:
    """The report frame as the terminal's table: the passage, its code and where it was
    said, the translation only where a passage has one, headed in ``lang``."""
    frame = frame.assign(source=[quote_source(r, lang) for r in frame.to_dict("records")])
    translated = "translation" in frame and frame["translation"].notna().any()
    columns = ["coding", "code", "source", "text", *(["translation"] if translated else [])]
    return frame[columns].rename(columns={c: label(lang, HEADINGS[c]) for c in columns})
