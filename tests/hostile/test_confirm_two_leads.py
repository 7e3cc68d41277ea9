"""Red team (round 8, reported): two leads confirming the coders' agreements at once.

``reconcile confirm`` reads the undecided agreements, then writes a decision for each. A
second lead's confirm committed between the first one's reading and writing, and the first
then decided every agreement again: twice the decisions in the history for one act of
agreement. Now each is written only if the case is still undecided inside the writer's
transaction. The interleaving is played with two real projects on one file, in the order
the two processes took (lena's read, erik's whole confirm, lena's writes).
"""

from __future__ import annotations

from pathlib import Path

from qualcode import Project

TEXT = (
    "R: Politikerna kom ut och lyssnade på oss.\n"
    "R: Vi har hög personalomsättning och många vakanser.\n"
)


def test_an_agreement_confirmed_meanwhile_is_not_decided_again(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    with Project.create(path) as p:
        p.add_coder("lena", role="lead")
        p.add_coder("erik", role="lead")
        p.act_as("lena")
        for coder in ("karin", "johan"):
            p.add_coder(coder)
        p.add_code("mission_dialogue", {"en": "Mission dialogue"})
        p.add_code("integration", {"en": "Integration"})
        p.import_text("aby_01", TEXT, lang="sv")
        doc = p.store.documents.resolve("aby_01")
        text = p.store.documents.texts([doc])[doc]
        spans = {
            code: (text.index(words), text.index(words) + len(words))
            for code, words in (
                ("mission_dialogue", "Politikerna kom ut och lyssnade på oss."),
                ("integration", "Vi har hög personalomsättning och många vakanser."),
            )
        }
        for coder in ("karin", "johan"):
            for code, (start, end) in spans.items():
                p.add_coding("aby_01", start, end, code, coder)
    with Project.open(path) as lena, Project.open(path) as erik:
        lena.act_as("lena")
        erik.act_as("erik", identity="erik")
        lead = lena.store.coders.by_name("lena")
        stale = [  # what lena's confirm read before erik's committed
            v.case
            for v in lena.cases(include_agreements=True)
            if v.case.kind == "agreement" and v.verdict is None
        ]
        assert len(stale) == 2
        assert erik.confirm_agreements("erik") == 2
        for case in stale:
            assert lena._confirm_agreement(case, lead.id, "lena") is False
        assert lena.confirm_agreements("lena") == 0
        decisions = lena.store.decisions.all()
    assert len(decisions) == 2
    assert {d.decided_by for d in decisions} == {"erik"}
