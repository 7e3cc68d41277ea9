"""The Swedish audit screen says a pseudonym's kind and a case's kind in Swedish: after
`qualcode pseudonym suggest --apply` the lead's trail read "pseudonym satt · slag: speaker"
line after line, and a decision "slag: presence", among Swedish words (eyes44). English
keeps the stored names, which `--action` and the CLI print."""

from __future__ import annotations

from qualcode.project.audit_said import entry_said
from qualcode.tui.audit_words import ScreenWords
from qualcode.tui.catalog import Catalog


def test_a_pseudonyms_kind_reads_in_swedish() -> None:
    payload = {"kind": "speaker", "pseudonym": "IP1"}
    assert entry_said(payload, ScreenWords(Catalog("sv"))) == "slag: talare · pseudonym: IP1"
    assert entry_said(payload, ScreenWords(Catalog("en"))) == "kind: speaker · pseudonym: IP1"
    place = {"kind": "place", "pseudonym": "Kommun A"}
    assert entry_said(place, ScreenWords(Catalog("sv"))) == "slag: plats · pseudonym: Kommun A"


def test_a_cases_kind_reads_in_swedish_and_a_name_stays_as_typed() -> None:
    words = ScreenWords(Catalog("sv"))
    assert words.value("kind", "presence") == "närvaro"
    assert words.value("kind", "boundary") == "gränser"
    assert words.value("pseudonym", "speaker") == "speaker"  # a pseudonym as its lead typed it
