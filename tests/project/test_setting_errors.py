"""The service names a setting by its own parameter, never by a face's option: the CLI
says ``--lang`` where the API says ``lang`` (a refusal of the told language named the
CLI's flag to a notebook's user, who had passed ``lang="sv"``). Each face words the
setting itself (``QualcodeError.worded``). Any kind of error may name one: a target that
exists is an ``OutputError`` saying ``force`` (the TUI showed "add --force", a flag it
has not), a refusal asking who acts a ``BlindError`` saying ``coder``."""

from __future__ import annotations

import pickle
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from qualcode import Project
from qualcode.cli.said import flag
from qualcode.demo import build_demo
from qualcode.errors import (
    CodebookError,
    OutputError,
    ProjectError,
    QualcodeError,
    SettingError,
    ValidationError,
)
from qualcode.project import BlindError


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


def _existing(project: Project, name: str, text: str = "mine") -> Path:
    path = project.path.parent / name
    path.write_text(text, encoding="utf-8")
    return path


def _nobody(project: Project) -> Project:
    project.add_coder("karin")
    return project.act_as(None, None)


def _coded(project: Project) -> Project:
    project.add_code("mission", {"en": "Mission"})
    project.import_text("ip1.txt", "We talked about the mission every week.", lang="en")
    return project


# the same setting named in kinds of errors other than a refused value
NAMED: dict[str, tuple[Callable[[Project], object], type[QualcodeError], str, str]] = {
    "force": (
        lambda p: p.export_codings(_existing(p, "c.csv")),
        OutputError,
        "c.csv: already exists; add force to replace it",
        "c.csv: already exists; add --force to replace it",
    ),
    "codebook export lang": (
        lambda p: _coded(p).export_codebook(p.path.parent / "c.md", lang="de"),
        CodebookError,
        "lang 'de': use ",
        "--lang 'de': use ",
    ),
    "codebook load lang": (
        lambda p: p.load_codebook(_existing(p, "c.csv", "key,name\nx,X\n"), lang="de"),
        CodebookError,
        "lang 'de': use ",
        "--lang 'de': use ",
    ),
    "who acts": (
        lambda p: _nobody(p).set_blind(False),
        BlindError,
        "only a lead turns blind coding on or off; say who is acting (coder=NAME, or $",
        "only a lead turns blind coding on or off; say who is acting (--coder=NAME, or $",
    ),
    "pin": (
        lambda p: p.pin_exemplar("x", None),
        ValidationError,
        "code pin: exemplars are the lead's choice; pass viewer=LEAD",
        "code pin: exemplars are the lead's choice; pass --coder=LEAD",
    ),
    "translate": (
        lambda p: p.translate_coding("x", "en", "a text", None),
        ValidationError,
        "code translate: say who translates (translator=NAME)",
        "code translate: say who translates (--coder=NAME)",
    ),
    "pseudonym key": (
        lambda p: p.pseudonyms(None),
        ValidationError,
        "pseudonym list: the pseudonym key is for the lead only; pass viewer=LEAD",
        "pseudonym list: the pseudonym key is for the lead only; pass --coder=LEAD",
    ),
    "quotes sheet": (
        # no one acting (who acts is the sheet's coder when it names none)
        lambda p: _nobody(_coded(p)).import_quotes_csv(
            _existing(p, "q.csv", "document,code,text\nip1.txt,mission,the mission\n")
        ),
        ValidationError,
        "q.csv: line 2: no coder (a coder column, or coder=NAME)",
        "q.csv: line 2: no coder (a coder column, or --coder=NAME)",
    ),
    "team": (
        lambda p: _nobody(p).act_as("lena", "lena").team_scope(),
        ValidationError,
        "fewer than two coders count: ",
        "mark documents done, or name two or more of karin, lena (--coders karin,lena)",
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_refused_setting_is_named_as_the_service_calls_it(project: Project, case: str) -> None:
    call, api, cli = CASES[case]
    with pytest.raises(SettingError) as caught:
        call(project)
    assert str(caught.value).startswith(api) and "--" not in str(caught.value)
    assert caught.value.worded(flag(caught.value.setting or "")).startswith(cli)


@pytest.mark.parametrize("case", sorted(NAMED))
def test_any_error_names_a_setting_as_the_service_calls_it(project: Project, case: str) -> None:
    call, kind, api, cli = NAMED[case]
    with pytest.raises(kind) as caught:
        call(project)
    error = caught.value
    assert error.setting is not None and "--" not in str(error)
    assert api in str(error) and cli in error.worded(flag(error.setting))
    again = pickle.loads(pickle.dumps(error))  # the TUI's helper processes pickle errors
    assert type(again) is type(error) and again.worded(flag(error.setting)) == error.worded(
        flag(error.setting)
    )


def test_the_demo_names_where_it_was_asked_to_go(tmp_path: Path) -> None:
    study = tmp_path / "study.db"
    study.write_text("a study, not a demo", encoding="utf-8")
    with pytest.raises(ProjectError) as caught:
        build_demo(study)
    assert str(caught.value).endswith("never replaced (choose another path)")
    assert caught.value.worded(flag("path")).endswith("(choose another --target)")
    assert study.read_text(encoding="utf-8") == "a study, not a demo"


def test_a_message_naming_no_setting_is_said_as_it_is() -> None:
    error = OutputError("x.csv: cannot write: permission denied")
    assert error.setting is None and error.worded("--force") == str(error)
    assert str(pickle.loads(pickle.dumps(error))) == str(error)


def test_a_setting_error_keeps_its_setting_across_processes() -> None:
    """The TUI's helper processes send errors back pickled: the face still words it."""
    from qualcode.errors import SETTING

    error = SettingError("attributes_csv", f"x.txt: no row; import it without {SETTING}")
    again = pickle.loads(pickle.dumps(error))
    assert str(again) == "x.txt: no row; import it without attributes_csv"
    assert again.worded(flag(again.setting or "")) == (
        "x.txt: no row; import it without --attributes"
    )
