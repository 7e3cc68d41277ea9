"""The Swedish audit screen names the entries this stop's acts write: a document taken from
one coder into the consensus (``reconcile.take_one_coder``, user50) read as its stored
action name among Swedish words, its rationale as "rationale", and a merge of a package
whose coder is known here by name only as "coder_by_name" (review50). English keeps the
stored action name, which `--action` and the CLI print."""

from __future__ import annotations

from qualcode.project.audit_said import entry_said
from qualcode.tui.audit_words import ScreenWords
from qualcode.tui.catalog import Catalog


def test_a_document_taken_from_one_coder_reads_in_swedish() -> None:
    words = ScreenWords(Catalog("sv"))
    assert words.action("reconcile.take_one_coder") == "dokument taget från en kodare"
    payload = {"coder": "anna", "codings": 2, "rationale": "planen kodades en gång"}
    assert entry_said(payload, words) == "kodningar: 2 · motivering: planen kodades en gång"
    english = ScreenWords(Catalog("en"))
    assert english.action("reconcile.take_one_coder") == "reconcile.take_one_coder"


def test_a_merge_by_name_only_reads_in_swedish() -> None:
    payload = {"added": 1, "coder_by_name": True}
    assert entry_said(payload, ScreenWords(Catalog("sv"))).endswith(
        "kodaren känd bara vid namn: True"
    )


def test_what_a_merge_counted_reads_in_both_languages() -> None:
    """The merge entry counts codings added, already here and kept removed (hostile50):
    the Swedish screen read "added", "unchanged" and "kept_removed" as stored."""
    payload = {"added": 0, "removed": 0, "unchanged": 1, "kept_removed": 1}
    assert entry_said(payload, ScreenWords(Catalog("sv"))) == (
        "tillagda: 0 · borttagna: 0 · fanns redan: 1 · behölls borttagna: 1"
    )
    assert entry_said(payload, ScreenWords(Catalog("en"))) == (
        "added: 0 · removed: 0 · already here: 1 · kept removed: 1"
    )
