"""Every public method of ``Project`` refuses a wrong type before it runs (types47).

types46 checked the arguments of the methods the README shows; the other two hundred
took a notebook's wrong type silently or died deep inside: ``add_coding("aby_05", 12,
"40", "integration", "karin")`` in a comparison of str and int, a float offset stored as
it came. The door before every public method (``api_doors.py``) checks each argument
against its annotation and refuses in one line naming the method and the argument. The
facade is read here, so a method added without a door, or with an argument the door
cannot check and nobody decided on, fails.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from qualcode import Project
from qualcode.errors import QualcodeError, ValidationError
from qualcode.project.api_doors import Kind, refusal
from tests.conftest import SV_TEXT, coding_team

# arguments the door leaves to their method, and why
UNCHECKED = {
    ("act_as", "identity"): "anything: a login's identity, or the mark for 'this login'",
    ("add_memo", "span"): "two offsets, refused by the method in its own words (hostile46)",
    ("keep_memo", "span"): "two offsets, as add_memo's",
    ("audit_trail", "words"): "a protocol (TrailWords), the words a screen speaks in",
    ("in_document_set", "values"): "any values, one per document",
    ("save_frame", "frame"): "a frame, a Series or a dict of frames: save_frame's own check",
    ("untouched", "codings"): "Coding is imported for the type checker only in scope.py",
    ("with_speakers", "codings"): "a codings frame: with_speakers' own check",
}

# what a notebook hands over from a frame or by mistake
CANDIDATES: list[object] = [5, 2.5, "40", True, None, float("nan"), b"x", [5], {"a": 5}]


def _methods() -> Iterator[tuple[str, bool, Callable[..., Any]]]:
    """Each public method: its name, whether it is called on the class, its function."""
    for name in sorted(dir(Project)):
        if name.startswith("_"):
            continue
        held = inspect.getattr_static(Project, name)
        on_class = isinstance(held, staticmethod | classmethod)
        function = held.__func__ if on_class else held
        if inspect.isfunction(function):
            yield name, on_class, function


METHODS = list(_methods())


def _arguments(function: Callable[..., Any]) -> list[tuple[str, Kind | None]]:
    plan: dict[str, Kind | None] = function.qualcode_plan()  # type: ignore[attr-defined]
    given = list(plan.items())
    first = next(iter(inspect.signature(function).parameters), None)
    return [(name, kind) for name, kind in given if name != first or first not in {"self", "cls"}]


def _checked() -> list[Any]:
    cases = []
    for name, on_class, function in METHODS:
        for argument, kind in _arguments(function):
            if kind is not None:
                cases.append(pytest.param(name, on_class, argument, kind, id=f"{name}-{argument}"))
    return cases


def test_every_public_method_has_a_door() -> None:
    bare = [name for name, _, function in METHODS if not hasattr(function, "qualcode_plan")]
    assert bare == []
    assert len(METHODS) > 150  # the facade read, not an empty list


def test_every_argument_is_checked_or_left_to_its_method_for_a_reason() -> None:
    unchecked = {
        (name, argument)
        for name, _, function in METHODS
        for argument, kind in _arguments(function)
        if kind is None
    }
    assert unchecked == set(UNCHECKED)


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Project]:
    made = coding_team(tmp_path_factory.mktemp("doors") / "p.db")
    made.act_as("lena")
    made.import_text("aby_05.txt", SV_TEXT, lang="sv", actor="lena")
    yield made
    made.close()


def _held(project: Project) -> tuple[object, ...]:
    return (
        len(project.audit()),
        [c.name for c in project.coders()],
        len(project.codings(include_deleted=True)),
        len(project.codebook(include_deleted=True)),
        len(project.documents()),
        len(project.memos()),
    )


@pytest.mark.parametrize(("name", "on_class", "argument", "kind"), _checked())
def test_a_wrong_type_is_refused_naming_the_method_and_argument(
    project: Project, tmp_path: Path, name: str, on_class: bool, argument: str, kind: Kind
) -> None:
    function = getattr(Project if on_class else project, name)
    others = [
        key
        for key, param in inspect.signature(function).parameters.items()
        if key != argument
        and param.default is param.empty
        and param.kind not in (param.VAR_POSITIONAL, param.VAR_KEYWORD)
    ]
    bad = [value for value in CANDIDATES if refusal(name, argument, kind, value) is not None]
    assert bad, f"{name}({argument}=...) takes every candidate"
    held = _held(project)
    for value in bad:
        # the wrong one first: it is refused whatever the others are
        given = {argument: value, **dict.fromkeys(others, tmp_path / "made-by-none")}
        with pytest.raises(ValidationError) as refused:
            function(**given)
        line = str(refused.value)
        assert line.startswith(f"{name}: {argument}") and "\n" not in line, line
    assert _held(project) == held
    assert list(tmp_path.iterdir()) == []  # no file written, no project created


def test_the_briefs_offsets(project: Project) -> None:
    """A notebook's offsets as text, as a float, a bool, None; a list for a code; the
    coder left out: each one line, and no coding is written."""
    said: list[tuple[tuple[object, ...], str]] = [
        ((12, "40", "integration", "karin"), "end must be a whole number, not str \\('40'\\)"),
        ((12.0, 40, "integration", "karin"), "start must be a whole number, not float"),
        ((True, 40, "integration", "karin"), "start must be a whole number, not bool"),
        ((None, 40, "integration", "karin"), "start must be a whole number, not NoneType"),
        ((12, 40, ["integration"], "karin"), "code must be text, not list"),
        ((12, 40, "integration"), "missing a required argument: 'coder'"),
    ]
    doc = project.documents()[0].id
    for args, line in said:
        with pytest.raises(ValidationError, match=rf"^add_coding: {line}"):
            project.add_coding(doc, *args)  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match=r"^add_coding: got an unexpected keyword"):
        project.add_coding(doc, 12, 40, "integration", "karin", colour="red")  # type: ignore[call-arg]
    assert project.codings() == []


def test_a_code_field_of_the_wrong_type_is_one_line(project: Project) -> None:
    """``add_code``'s fields are its method's: a shortcut or colour given as a number died in
    a TypeError, a lone keyword in a loop over it."""
    for fields, line in [
        ({"shortcut": 5}, "field 'shortcut' must be text, not int"),
        ({"color": float("nan")}, "field 'color' must be text, not float"),
        ({"keywords": {"sv": 5}}, r"field 'keywords.sv' must be a list of texts"),
    ]:
        with pytest.raises(QualcodeError, match=line):
            project.add_code("budget", {"sv": "Budget"}, **fields)
    with pytest.raises(ValidationError, match=r"^add_code: names: the value of 'sv' must be text"):
        project.add_code("budget", {"sv": 5})  # type: ignore[dict-item]
    assert "budget" not in {code.key for code in project.codebook()}


def test_what_a_frame_hands_over_still_goes_through(project: Project) -> None:
    """numpy's numbers and flags, a tuple or a Series of names, a path as text: taken as
    before."""
    import pandas as pd

    doc = project.documents()[0].id
    coding = project.add_coding(doc, np.int64(0), np.int64(5), "integration", "karin")
    assert (coding.start, coding.end) == (0, 5)
    assert project.codings(doc, "karin", include_deleted=np.bool_(False)) == [coding]
    names = pd.Series(["karin", "johan"])
    assert isinstance(project.open_cases(coders=("karin", "johan"), docs=[doc]), int | None)
    project.remove_coding(coding.id, actor="karin")
    # a column of names is refused in one line, not in pandas' "truth value ... ambiguous"
    with pytest.raises(ValidationError, match=r"^open_cases: coders must be a list of texts"):
        project.open_cases(coders=names)  # type: ignore[arg-type]


def test_a_column_of_coding_ids_is_not_called_names(project: Project) -> None:
    """``remove_codings(df['id'])`` said refs must be 'a list of names' though refs are
    coding ids (words47): the refusal says texts and keeps the .tolist() hint, and nothing
    is removed."""
    import pandas as pd

    doc = project.documents()[0].id
    coding = project.add_coding(doc, 0, 5, "integration", "karin")
    ids = pd.Series([coding.id])
    said = r"^remove_codings: refs must be a list of texts, not Series .*"
    said += r"; give it as a list \(\.tolist\(\)\)$"
    with pytest.raises(ValidationError, match=said):
        project.remove_codings(ids)  # type: ignore[arg-type]
    assert project.codings(doc, "karin") == [coding]
