"""The pseudonym key reads what is filled into the agenda, never the agenda's own words.

The reconciliation agenda put its scope line and each earlier decision's line through the
key whole. A name on the key that is one of their words was rewritten: with Kodare on it
the Swedish scope read "3 IPX (johan, ...)", with Återöppnat an earlier decision ended
"(IPX)", and with UTC on it every agenda that printed a time was refused for the times'
own "UTC" (minor50). The summary has the rule already (test_summary_keys_fills_only.py):
coders, the set, documents and rationales still go through the key, and the check still
refuses a real name that slipped past it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import OutputError


def _agenda(project: Project, tmp: Path, lang: str, doc_set: str | None = None) -> str:
    out = tmp / f"agenda-{lang}.md"
    project.write_agenda(out, viewer="lena", lang=lang, force=True, doc_set=doc_set)
    return out.read_text(encoding="utf-8")


def _reopened(project: Project) -> None:
    case = project.cases()[0].case.id
    project.comment(case, "lena", "karin: the sentence before sets it up")
    project.decide(case, "accept:karin", "Elin Ek says it twice", "lena")
    project.reopen(case, "lena", "discuss again")


def test_a_name_that_is_the_word_for_coder_leaves_the_scope_line_as_written(
    trio: Project, tmp_path: Path
) -> None:
    trio.set_pseudonym("Kodare", "IPX", "lena")
    text = _agenda(trio, tmp_path, "sv")
    assert "Räknat: 3 kodare (johan, karin, mira)" in text, text  # was "3 IPX (...)"
    assert "IPX" not in text


def test_a_name_that_is_a_word_of_an_earlier_decision_leaves_its_line_as_written(
    trio: Project, tmp_path: Path
) -> None:
    _reopened(trio)
    trio.set_pseudonym("Återöppnat", "IPX", "lena")
    trio.set_pseudonym("Elin Ek", "IP9", "lena")
    trio.set_pseudonym("karin", "Kodare K", "lena", kind="coder")
    text = _agenda(trio, tmp_path, "sv")
    # the lead's verdict takes karin's version as her key prints her, the rationale goes
    # through the key, the line's own word stays
    assert "lena: godta Kodare K:s, ”IP9 says it twice” (återöppnat)" in text, text
    assert "IPX" not in text and "Elin" not in text and "karin" not in text


def test_utc_on_the_key_refuses_no_agenda_with_times(trio: Project, tmp_path: Path) -> None:
    _reopened(trio)
    trio.set_pseudonym("UTC", "IPX", "lena")
    for lang in ("en", "sv"):
        text = _agenda(trio, tmp_path, lang)  # refused before: "the real name behind IPX"
        assert " UTC lena: " in text and "IPX" not in text


def test_the_set_and_the_coders_filled_into_the_scope_still_go_through_the_key(
    trio: Project, tmp_path: Path
) -> None:
    trio.set_pseudonym("Count", "IPX", "lena")
    trio.set_pseudonym("Elin Ek", "IP9", "lena")
    trio.set_pseudonym("karin", "Kodare K", "lena", kind="coder")
    trio.make_document_set("Elin Ek och Count", "lena", [trio.doc_id])  # type: ignore[attr-defined]
    text = _agenda(trio, tmp_path, "en", "Elin Ek och Count")
    scope = text.splitlines()[2]
    assert "in the set 'IP9 och IPX'" in scope, scope
    assert "Kodare K" in scope and "karin" not in scope and "Elin" not in scope


def test_a_name_filled_in_past_the_key_is_still_refused(trio: Project) -> None:
    """The check reads the agenda's own words as no name, never what is filled in: a
    rationale naming a participant, had it slipped past the key, is refused whole."""
    from qualcode.export.pseudonyms import check_files
    from qualcode.project.agenda import agenda_words

    trio.set_pseudonym("Fall", "IPX", "lena")
    trio.set_pseudonym("Elin Ek", "IP9", "lena")
    key = trio.pseudonym_key(viewer="lena", lang="sv")
    own = agenda_words("sv")
    check_files(key, {"a.md": b"Fall `2b2d4b27`\n\n- 2026-12-06 05:04 UTC lena\n"}, own)
    with pytest.raises(OutputError, match="the real name behind IP9 would appear"):
        check_files(key, {"a.md": "Fall `2b2d4b27`\n”Elin Ek says it twice”\n".encode()}, own)
