"""A notebook passes the Python API what pandas hands it (types46, after hostile46).

An id read as 5, an empty cell as NaN, a name as bytes or a list given to ``add_coder``,
``set_pseudonym``, ``translate_coding``, ``locate_quote``, ``search_text``,
``set_accept_all_threshold`` and the README's methods (``open``, ``act_as``, ``frames``,
``save_frame``, ``agreement``, ``audit_frame``, ``report_frequencies``, ``with_speakers``,
and a ``doc_set`` or ``viewer`` any report takes) died in a raw
TypeError or AttributeError from deep in a check. Each is now a ``ValidationError`` in one
line naming the argument, which the faces print as they print every refusal, and the
project holds what it held. Since types47 the door before every public method
(``api_doors.py``) refuses them first, naming the method and the argument as a notebook
types them (``set_pseudonym: real must be text``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from qualcode import Project
from qualcode.errors import ValidationError

Call = Callable[[Project, Any, Path], object]

# what is called, with the bad value in the argument's place, and what the line names
CALLS: dict[str, tuple[Call, str]] = {
    "add_coder-name": (lambda p, v, _: p.add_coder(v), "add_coder: name must be text"),
    "set_pseudonym-real": (
        lambda p, v, _: p.set_pseudonym(v, "P1", "lena"),
        "set_pseudonym: real must be text",
    ),
    "set_pseudonym-pseudonym": (
        lambda p, v, _: p.set_pseudonym("Anna Berg", v, "lena"),
        "set_pseudonym: pseudonym must be text",
    ),
    "translate_coding-ref": (
        lambda p, v, _: p.translate_coding(v, "en", "x", "lena"),
        "translate_coding: ref must be text",
    ),
    "translate_coding-text": (
        lambda p, v, _: p.translate_coding("c1", "en", v, "lena"),
        "translate_coding: text must be text",
    ),
    "translate_coding-translator": (
        lambda p, v, _: p.translate_coding("c1", "en", "x", v),
        "translate_coding: translator must be text or None",
    ),
    "locate_quote-doc": (
        lambda p, v, _: p.locate_quote(v, "arbete"),
        "locate_quote: doc must be text",
    ),
    "locate_quote-quote": (
        lambda p, v, _: p.locate_quote("a.txt", v),
        "locate_quote: quote must be text",
    ),
    "search_text-terms": (lambda p, v, _: p.search_text(v), "search_text: terms"),
    "search_text-context": (
        lambda p, v, _: p.search_text("x", context=v),
        "search_text: context must be a whole number",
    ),
    "threshold-coder": (
        lambda p, v, _: p.set_accept_all_threshold(v, 0.5),
        "set_accept_all_threshold: coder must be text",
    ),
    "threshold-value": (
        lambda p, v, _: p.set_accept_all_threshold("lena", v),
        "set_accept_all_threshold: value must be a number",
    ),
    "act_as": (lambda p, v, _: p.act_as(v), "act_as: name must be text or None"),
    "frames-layer": (lambda p, v, _: p.frames(layer=v), "frames: layer must be text or None"),
    "save_frame-path": (
        lambda p, v, _: p.save_frame(p.frames()["codes"], v),
        "save_frame: path must be text or a Path",
    ),
    "agreement-coders": (lambda p, v, _: p.agreement(coders=v), "agreement: coders"),
    "audit_frame-viewer": (
        lambda p, v, _: p.audit_frame(v),
        "audit_frame: viewer must be text or None",
    ),
    "report_frequencies-by": (
        lambda p, v, _: p.report_frequencies(by=v),
        "report_frequencies: by",
    ),
    "report_frequencies-layer": (
        lambda p, v, _: p.report_frequencies(layer=v),
        "report_frequencies: layer must be text",
    ),
    "report_frequencies-viewer": (
        lambda p, v, _: p.report_frequencies(viewer=v),
        "report_frequencies: viewer must be text or None",
    ),
    "report_frequencies-doc_set": (
        lambda p, v, _: p.report_frequencies(doc_set=v),
        "report_frequencies: doc_set must be text or None",
    ),
    "agreement-doc_set": (
        lambda p, v, _: p.agreement(doc_set=v),
        "agreement: doc_set must be text or None",
    ),
    "search_text-docs": (lambda p, v, _: p.search_text("x", docs=v), "search_text: docs"),
    "search_text-participant": (
        lambda p, v, _: p.search_text("x", participant=v),
        "search_text: participant",
    ),
    "document_set": (lambda p, v, _: p.document_set(v), "document_set: name must be text"),
    "with_speakers": (
        lambda p, v, _: p.with_speakers(v),
        "with_speakers: give the codings frame (frames()['codings'])",
    ),
    "open": (lambda _p, v, _: Project.open(v), "open: path must be text or a Path or None"),
    "create": (lambda _p, v, _: Project.create(v), "create: path must be text or a Path"),
}

# what an argument takes (None: nobody, the default layer or file; a number; a list of
# names, whose item's type is the list case itself) is no case of it
TAKEN = {
    "translate_coding-translator": {"none"},
    "act_as": {"none"},
    "frames-layer": {"none"},
    "agreement-coders": {"none"},
    "audit_frame-viewer": {"none"},
    "report_frequencies-by": {"none"},
    "report_frequencies-viewer": {"none"},
    "report_frequencies-doc_set": {"none"},
    "agreement-doc_set": {"none"},
    "search_text-docs": {"none"},
    "search_text-participant": {"none"},
    "open": {"none"},
    "search_text-context": {"int"},
    "threshold-value": {"int"},
}

BAD: dict[str, object] = {
    "int": 5,
    "nan": float("nan"),
    "none": None,
    "list": [5],
    "bytes": b"lena",
}


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Project:
    opened = Project.create(tmp_path_factory.mktemp("typed") / "p.db")
    opened.add_coder("lena", role="lead")
    opened.act_as("lena")
    return opened


def _cases() -> list[Any]:
    cases = []
    for call in CALLS:
        for bad in BAD:
            if bad not in TAKEN.get(call, set()):
                cases.append(pytest.param(call, bad, id=f"{call}-{bad}"))
    return cases


@pytest.mark.parametrize(("call", "bad"), _cases())
def test_a_wrong_type_is_one_line_naming_the_argument(
    project: Project, tmp_path: Path, call: str, bad: str
) -> None:
    run, said = CALLS[call]
    held = (len(project.audit()), [c.name for c in project.coders()])
    with pytest.raises(ValidationError) as refused:
        run(project, BAD[bad], tmp_path)
    line = str(refused.value)
    assert said in line and "\n" not in line
    assert (len(project.audit()), [c.name for c in project.coders()]) == held
    assert list(tmp_path.iterdir()) == []  # no file written, no project created


@pytest.mark.parametrize(
    ("call", "said"),
    [
        (lambda p: p.search_text(["arbete", 5]), "search_text: terms: item 1 must be text"),
        (lambda p: p.agreement(coders=["lena", None]), "agreement: coders: item 1 must be text"),
        (lambda p: p.set_accept_all_threshold("lena", True), "must be a number, not bool"),
        # one name as a string was searched a letter at a time: "no document 'a'"
        (lambda p: p.search_text("x", docs="a.txt"), r"not str \('a\.txt'\); give \['a\.txt'\]"),
    ],
    ids=["search-item", "agreement-item", "threshold-bool", "search-docs-string"],
)
def test_a_wrong_item_or_a_bool_is_one_line(
    project: Project, call: Callable[[Project], object], said: str
) -> None:
    with pytest.raises(ValidationError, match=said):
        call(project)


def test_the_right_types_still_go_through(project: Project, tmp_path: Path) -> None:
    """The checks refuse only what is no text or number: a numpy number, a Path and a
    tuple of names are taken as before."""
    import numpy as np

    assert project.set_accept_all_threshold("lena", np.float64(0.5)) == 0.5
    assert project.search_text(("arbete",), context=np.int64(10)) == []
    written = project.save_frame(project.frames()["codes"], tmp_path / "codes.csv")
    assert written.exists()
