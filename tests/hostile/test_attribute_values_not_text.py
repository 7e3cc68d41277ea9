"""A document's attributes given from a notebook as numbers, NaN or None (hostile46).

``set_attributes(doc, row.to_dict())`` with an age of 5 or an empty cell read as NaN,
and ``import_text(..., attributes=...)`` alike, died in a TypeError from Unicode
normalisation; a name that is no string in an AttributeError. Each is one line naming
the attribute, and the document keeps its attributes (or is not imported).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import ValidationError
from tests.conftest import SV_TEXT, project_with

# said by the door before every public method (api_doors.py, types47), naming the entry
BAD = {
    "int": ({"age": 5}, "attributes: the value of 'age' must be text, not int (5)"),
    "nan": ({"age": float("nan")}, "attributes: the value of 'age' must be text, not float (nan)"),
    "none": ({"role": None}, "attributes: the value of 'role' must be text, not NoneType (None)"),
    "list": ({"role": ["chef"]}, "attributes: the value of 'role' must be text, not list"),
    "name": ({5: "x"}, "attributes: a key must be text, not int (5)"),
}


@pytest.fixture
def project(tmp_path: Path) -> Project:
    return project_with(tmp_path / "p.db", acting="lena")


@pytest.mark.parametrize("case", list(BAD))
def test_set_attributes_says_which_value_is_no_text(project: Project, case: str) -> None:
    attributes, said = BAD[case]
    doc = project.import_text("a.txt", SV_TEXT, lang="sv", attributes={"role": "chef"}).id
    with pytest.raises(ValidationError) as refused:
        project.set_attributes(doc, attributes, actor="lena")  # type: ignore[arg-type]
    assert said in str(refused.value) and "\n" not in str(refused.value)
    assert project.document(doc).attributes == {"role": "chef"}


@pytest.mark.parametrize("case", list(BAD))
def test_import_text_says_which_value_is_no_text(project: Project, case: str) -> None:
    attributes, said = BAD[case]
    with pytest.raises(ValidationError) as refused:
        project.import_text("a.txt", SV_TEXT, lang="sv", attributes=attributes)  # type: ignore[arg-type]
    assert said in str(refused.value)
    assert project.documents() == []
