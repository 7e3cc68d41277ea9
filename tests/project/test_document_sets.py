"""Named document sets (``Project.make_document_set`` and kin): a team's own groups of
interviews, and every reader that narrows to one (search, word counts, coding queries,
agreement, the codings export)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import NotFoundError, QualcodeError, ValidationError
from qualcode.project.access import BlindError


def _names(project: Project, name: str) -> list[str]:
    by_id = {d.id: d.name for d in project.documents()}
    return [by_id[d] for d in project.document_set(name).documents]


def test_a_set_is_made_from_named_documents_and_from_attributes(towns: Project) -> None:
    towns.make_document_set("south", "lena", ["aby_01"], attributes={"municipality": "Ekstad"})
    assert _names(towns, "south") == ["aby_01.txt", "ekstad_01.txt"]
    towns.make_document_set("empty", "lena")
    assert [s.name for s in towns.document_sets()] == ["empty", "south"]
    frame = towns.document_sets_frame()
    assert list(frame["document"]) == ["aby_01.txt", "ekstad_01.txt"]
    assert set(frame["set"]) == {"south"}


def test_adding_and_removing_keeps_the_documents_and_the_audit(towns: Project) -> None:
    towns.make_document_set("south", "lena", ["aby_01"])
    added = towns.add_to_document_set("south", "lena", ["aby_01", "norrvik_01"])
    assert len(added) == 1  # aby_01 was in it already
    towns.remove_from_document_set("south", "lena", ["aby_01"])
    assert _names(towns, "south") == ["norrvik_01.txt"]
    assert len(towns.documents()) == 3
    towns.delete_document_set("south", "lena")
    assert towns.document_sets() == []
    actions = [e.action for e in towns.audit("document_set", viewer="lena")]
    assert actions == [
        "document_set.make",
        "document_set.add",
        "document_set.remove",
        "document_set.delete",
    ]
    towns.make_document_set("south", "lena")  # the name is free again


def test_bad_set_requests_are_one_line_and_change_nothing(towns: Project) -> None:
    towns.make_document_set("south", "lena", ["aby_01"])
    with pytest.raises(ValidationError, match="exists already"):
        towns.make_document_set("south", "lena", ["ekstad_01"])
    with pytest.raises(ValidationError, match="is not in the set 'south'"):
        towns.remove_from_document_set("south", "lena", ["aby_01", "ekstad_01"])
    with pytest.raises(NotFoundError, match=r"no document set 'north' \(sets: south\)"):
        towns.search_text("nämnden", doc_set="north")
    with pytest.raises(QualcodeError):
        towns.make_document_set("two\nlines", "lena")
    with pytest.raises(QualcodeError):
        towns.make_document_set("new", "lena", ["no_such_document"])
    with pytest.raises(ValidationError, match="unknown attribute"):
        towns.make_document_set("new", "lena", attributes={"role": "chef"})
    assert [s.name for s in towns.document_sets()] == ["south"]
    assert _names(towns, "south") == ["aby_01.txt"]


def test_a_coder_makes_her_own_sets_but_not_anothers(towns: Project) -> None:
    towns.make_document_set("lenas", "lena", ["aby_01"])
    towns.act_as("karin")
    towns.make_document_set("mine", "karin", ["ekstad_01"])
    towns.add_to_document_set("mine", "karin", ["norrvik_01"])
    with pytest.raises(BlindError, match="only a lead or lena may"):
        towns.add_to_document_set("lenas", "karin", ["ekstad_01"])
    with pytest.raises(BlindError):
        towns.delete_document_set("lenas", "karin")
    assert _names(towns, "lenas") == ["aby_01.txt"]


def test_a_removed_document_leaves_its_sets_until_restored(towns: Project) -> None:
    towns.make_document_set("all", "lena", ["aby_01", "ekstad_01"])
    towns.remove_document("ekstad_01", "imported twice", "lena")
    assert _names(towns, "all") == ["aby_01.txt"]
    towns.restore_document("ekstad_01", "lena")
    assert _names(towns, "all") == ["aby_01.txt", "ekstad_01.txt"]


def test_search_and_word_counts_read_only_the_set(towns: Project) -> None:
    towns.make_document_set("south", "lena", ["aby_01", "ekstad_01"])
    hits = towns.search_text("kostnad", doc_set="south")
    assert sorted(h.document for h in hits) == ["aby_01.txt", "ekstad_01.txt"]
    assert [h.document for h in towns.search_text("nämnden", doc_set="south")] == ["aby_01.txt"]
    words = {w.word for w in towns.word_frequencies(doc_set="south")}
    assert "barnen" not in words and "barn" not in words  # said in Norrvik only
    assert {w.word for w in towns.word_frequencies()} - words


def test_coding_hits_in_a_set_codes_only_there(towns: Project) -> None:
    towns.make_document_set("south", "lena", ["aby_01", "ekstad_01"])
    towns.act_as("karin")
    done = towns.code_hits("kostnad", "integration", "karin", doc_set="south")
    assert done.hits == 2 and len(done.coded) == 2
    assert {c.coding.document_id for c in done.coded} == set(towns.document_set("south").documents)


def test_a_coding_query_reads_only_the_set(towns: Project) -> None:
    towns.make_document_set("north", "lena", ["norrvik_01"])
    found = towns.query_codings(["mission_dialogue"], "lena", doc_set="north")
    assert {p.document for p in found} == {"norrvik_01.txt"}
    assert len(towns.query_codings(["mission_dialogue"], "lena")) > len(found)


def test_agreement_counts_the_sets_documents_by_the_same_rule(towns: Project) -> None:
    towns.make_document_set("two", "lena", ["aby_01", "norrvik_01"])
    report = towns.agreement(bootstrap=0, doc_set="two")
    assert "2 of 2 documents in the set 'two'" in report.scope
    overall = next(r for r in report.rows if r.scope == "overall")
    assert overall.percent == 1.0  # Ekstad, where johan coded one more sentence, is out
    everything = towns.agreement(bootstrap=0)
    assert next(r for r in everything.rows if r.scope == "overall").percent < 1.0


def test_the_codings_export_keeps_the_sets_documents(towns: Project, tmp_path: Path) -> None:
    towns.make_document_set("north", "lena", ["norrvik_01"])
    out = towns.export_codings(tmp_path / "c.csv", doc_set="north", viewer="lena")
    with out.open(encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    assert rows and {r["document_name"] for r in rows} == {"norrvik_01.txt"}


def test_an_unknown_set_names_a_few_of_many(towns: Project) -> None:
    """A project of thousands of sets (another tool's, imported) answered a typo in
    `--set` with every name on one line: four megabytes for 20,000 sets (red team 17)."""
    for n in range(12):
        towns.make_document_set(f"round {n:02}", "lena")
    with pytest.raises(NotFoundError) as refused:
        towns.search_text("nämnden", doc_set="round 99")
    firsts = ", ".join(f"round {n:02}" for n in range(10))
    assert str(refused.value) == f"no document set 'round 99' (sets: {firsts} and 2 more)"
