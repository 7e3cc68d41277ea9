"""A consensus summary measures agreement once: the consensus's report, whose rows hold
the coders among themselves too. It made the coders' own report first and threw it
away (0.3 s CPU on 1,000 documents); it now only asks what that report would refuse
(``agreement_refusal``), and makes it where the consensus's cannot be made. Counted:
the corpora laid out for agreement (one per report)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from qualcode.agreement.corpus import Corpus
from qualcode.errors import QualcodeError
from tests.project.team_kit import agreed_and_decided


def test_one_report_for_a_consensus_summary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project, _ = agreed_and_decided(tmp_path / "p.db")
    laid: list[int] = []
    made = Corpus.__init__

    def counted(self: Corpus, *args: Any, **kwargs: Any) -> None:
        laid.append(1)
        made(self, *args, **kwargs)

    with project:
        expected = project.agreement(layer="consensus", by_document=False)
        monkeypatch.setattr(Corpus, "__init__", counted)
        summary = project.build_summary("consensus")
        assert len(laid) == 1
        assert summary.methods == expected.methods_paragraph("en")
        # the coders' layer: their report, once
        project.build_summary("coder")
        assert len(laid) == 2
        # refused as the coders' report refuses a team of one
        with pytest.raises(QualcodeError, match="karin"):
            project.build_summary("consensus", coders=["karin"])
        assert len(laid) == 2
