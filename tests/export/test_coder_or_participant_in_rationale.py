"""A coder's name that is a participant's name on the key: which replacement wins.

The rule (pseudo41): in running text a researcher wrote (a reconciliation rationale, a
memo) a name the participants' key reads is the participant's, written in any case; a
coder is printed by her label only where a field stands for her (who decided, whose
version was taken, who took part, a memo's author). Before, the winner hung on the case
the coder was stored in and on whether a speaker's label wrote the name: "Som Karin sa"
went out as "Som Kodare B sa" beside coder Karin (a participant printed as a coder), and
"karin" as the coder's label beside the label "Karin:".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.model import AuditEntry

RATIONALE = "Som Karin sa i intervjun; som karin sa; {coder} höll med johan"
MEMO = "Karin i intervjun, karin i intervjun"


def _project(path: Path, coder: str, as_label: bool) -> Project:
    """A project where the participant Karin is on the key (as a speaker's label or a
    person named in the talk) and a coder is stored as ``coder`` (karin or Karin)."""
    said = "Karin: Det var tungt." if as_label else "R: Det var tungt, sa Karin."
    text = f"I: Hur var det?\n\n{said} Chefen pratade med politikerna om uppdraget.\n"
    p = Project.create(path)
    p.add_coder("lena", role="lead")
    p.add_coder(coder)
    p.add_coder("johan")
    p.add_code("mission", {"sv": "Uppdrag", "en": "Mission"})
    p.act_as("lena")
    doc = p.import_text("doc.txt", text, lang="sv").id
    p.set_pseudonym("Karin", "IP1", "lena", "speaker" if as_label else "person")
    start = text.index("Det")
    for name, length in ((coder, 20), ("johan", 40)):
        p.act_as(name)
        p.add_coding(doc, start, start + length, "mission", name)
        p.set_status(doc, name, "done")
    p.act_as("lena")
    case = p.cases()[0].case.id
    rationale = RATIONALE.format(coder=coder)
    p.decide(case, f"accept:{coder}", rationale, "lena", participants=[coder, "johan"])
    p.add_memo("document", doc, coder, MEMO)
    return p


def _exported(tmp_path: Path, coder: str, as_label: bool) -> tuple[str, str, list[AuditEntry]]:
    """The lead's Swedish summary (with its decisions appendix) and memos export of
    ``_project``'s project, and the audit entries that hold a rationale."""
    with _project(tmp_path / "p.db", coder, as_label) as p:
        p.export_summary(tmp_path / "s.md", viewer="lena", lang="sv", appendix=True)
        p.export_memos(tmp_path / "m.md", "lena", lang="sv")
        decided = [e for e in p.audit(viewer="lena") if "rationale" in e.payload]
    summary = (tmp_path / "s.md").read_text(encoding="utf-8")
    return summary, (tmp_path / "m.md").read_text(encoding="utf-8"), decided


@pytest.mark.parametrize("coder", ["karin", "Karin"])
@pytest.mark.parametrize("as_label", [True, False], ids=["label", "person"])
def test_a_participants_name_in_running_text_is_her_pseudonym(
    tmp_path: Path, coder: str, as_label: bool
) -> None:
    summary, memos, decided = _exported(tmp_path, coder, as_label)
    # coder johan named in it: labelled as every coder is once karin must be (user49)
    assert "Som IP1 sa i intervjun; som IP1 sa; IP1 höll med Kodare C" in summary
    assert "IP1 i intervjun, IP1 i intervjun" in memos
    assert (
        decided[0].payload["rationale"]
        == "Som IP1 sa i intervjun; som IP1 sa; IP1 höll med Kodare C"
    )


@pytest.mark.parametrize("coder", ["karin", "Karin"])
@pytest.mark.parametrize("as_label", [True, False], ids=["label", "person"])
def test_a_field_standing_for_the_coder_is_her_label(
    tmp_path: Path, coder: str, as_label: bool
) -> None:
    summary, memos, decided = _exported(tmp_path, coder, as_label)
    # who took part, listed as printed (order46), johan labelled too (user49)
    assert "godta Kodare B:s" in summary and "Kodare B, Kodare C" in summary
    assert "godta IP1" not in summary and "IP1, johan" not in summary
    assert decided[0].payload["verdict"] == "accept:Kodare B"
    assert decided[0].payload["participants"] == ["Kodare B", "Kodare C"]
    assert "Kodare B" in memos  # the memo's author
    assert "Karin" not in summary + memos and "karin" not in summary + memos


def test_a_coders_name_no_participant_has_is_her_label_in_running_text(tmp_path: Path) -> None:
    """johan is no participant: named in the rationale, he is printed by his own
    pseudonym there too, so his name does not leave the project."""
    with _project(tmp_path / "p.db", "karin", True) as p:
        p.set_pseudonym("johan", "Kodare J", "lena", "coder")
        decided = [e for e in p.audit(viewer="lena") if "rationale" in e.payload]
    assert decided[0].payload["rationale"] == (
        "Som IP1 sa i intervjun; som IP1 sa; IP1 höll med Kodare J"
    )
