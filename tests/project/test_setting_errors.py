"""The service names a refused setting by its own parameter, never by a face's option: the
CLI says ``--lang`` where the API says ``lang`` (a refusal of the told language named the
CLI's flag to a notebook's user, who had passed ``lang="sv"``). Each face words the
setting itself (``SettingError.worded``); the CLI's words are checked by the CLI tests."""

from __future__ import annotations

import pickle
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from qualcode import Project
from qualcode.cli.base import flag
from qualcode.errors import SettingError


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Project]:
    """An empty project whose lead acts: every setting below is refused before any work."""
    made = Project.create(tmp_path / "p.db")
    made.add_coder("lena", role="lead")
    made.act_as("lena")
    yield made
    made.close()


CASES: dict[str, tuple[Callable[[Project], object], str, str]] = {
    "within": (
        lambda p: p.report_cooccurrence(within="page"),
        "within 'page': use overlap or turn",
        "--within 'page': use overlap or turn",
    ),
    "action": (
        lambda p: p.audit(action=" . "),
        "action needs a name, such as reconcile or coding.add",
        "--action needs a name, such as reconcile or coding.add",
    ),
    "kind": (
        lambda p: p.set_pseudonym("Åby", "Kommun A", "lena", kind="planet"),
        "kind 'planet': use ",
        "--kind 'planet': use ",
    ),
    "min_score": (
        lambda p: p.suggest(min_score=2.0),
        "min_score 2.0 must be between 0 and 1",
        "--min-score 2.0 must be between 0 and 1",
    ),
    "by": (
        lambda p: p.report_frequencies(by=["kommun"]),
        "by: no document attribute 'kommun'",
        "--by: no document attribute 'kommun'",
    ),
    "allow_empty": (
        lambda p: p.export_summary(p.path.parent / "s.md", layer="coder"),
        "layer coder has no codings; nothing written (allow_empty writes",
        "layer coder has no codings; nothing written (--allow-empty writes",
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_refused_setting_is_named_as_the_service_calls_it(project: Project, case: str) -> None:
    call, api, cli = CASES[case]
    with pytest.raises(SettingError) as caught:
        call(project)
    assert str(caught.value).startswith(api) and "--" not in str(caught.value)
    assert caught.value.worded(flag(caught.value.setting)).startswith(cli)


def test_a_setting_error_keeps_its_setting_across_processes() -> None:
    """The TUI's helper processes send errors back pickled: the face still words it."""
    from qualcode.errors import SETTING

    error = SettingError("attributes_csv", f"x.txt: no row; import it without {SETTING}")
    again = pickle.loads(pickle.dumps(error))
    assert str(again) == "x.txt: no row; import it without attributes_csv"
    assert again.worded(flag(again.setting)) == "x.txt: no row; import it without --attributes"
