"""Red team: a coder codes a passage while a lead merges its code away, in two processes.

``code_passage`` looks the code up before it opens its write transaction; a lead's
``codebook merge`` committed in between retired the code, and the coding was then written
to the retired code: moved nowhere, shown in no view, counted in no agreement. The store
now checks the code inside the writer's transaction, where nothing can come between.
The interleaving is played here with two real projects on one file, step by step, in the
order the two processes took.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import ValidationError
from qualcode.tui.catalog import Catalog
from qualcode.tui.said import said
from tests.conftest import project_with

ABY = ("aby_01", "Vi har hög arbetsbelastning på enheten.")


def test_a_coding_cannot_land_on_a_code_merged_meanwhile(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    with project_with(path, ABY, coders=(("lena", "lead"), ("karin", "coder"))) as p:
        p.act_as("lena")
        p.add_code("workload", {"en": "Workload"})
        p.add_code("work_environment", {"en": "Work environment"})
    with Project.open(path) as coder, Project.open(path) as lead:
        coder.act_as("karin")
        lead.act_as("lena")
        doc = coder.store.documents.resolve("aby_01")
        karin = coder.store.coders.by_name("karin")
        code_id = coder.codable_id("workload")  # karin's process: the code is live
        lead.merge_codes("workload", "work_environment", actor="lena")  # the lead's commits
        with pytest.raises(ValidationError) as caught, coder.store.transaction():
            coder.store.codings.insert(
                document_id=doc, start=0, end=10, code_id=code_id, coder_id=karin.id
            )
        assert str(caught.value) == (
            "code 'workload' was merged into 'work_environment' just now: "
            "code with 'work_environment'"
        )
        # and in the Swedish interface's words (the refusal's key)
        line = said(caught.value, Catalog("sv"))
        assert line == "workload slogs just ihop med work_environment: koda med work_environment"
    with Project.open(path) as p:
        p.act_as("lena")
        assert p.codings() == []  # nothing written, and nothing on the retired code


def test_the_service_refuses_it_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    with project_with(path, ABY) as p:
        p.act_as("lena")
        p.add_code("workload", {"en": "Workload"})
        p.add_code("work_environment", {"en": "Work environment"})
        p.merge_codes("workload", "work_environment", actor="lena")
        with pytest.raises(Exception, match="unknown code 'workload'") as caught:
            p.add_coding("aby_01", 0, 10, "workload", "lena")
        assert "\n" not in str(caught.value)
