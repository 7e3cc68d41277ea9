"""Red team leftover: a name joined to digits ("Elin2", a file "Elin2.docx") left unreplaced.

A name followed by digits is a participant's name when nothing letter-like stands before
it and no letter follows the digits: "Elin2.docx", "Elin_2", "elin23". Inside a longer run
of letters and digits (an id, the base64 of a chart) it is not a name and stays. The
replacement keeps a hyphen between a pseudonym ending in a digit and the digits, so
"Elin2" becomes "IP1-2" and never "IP12", which would be another participant.
"""

from __future__ import annotations

import base64
import re
from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import OutputError
from qualcode.export.pseudonyms import Key, check_files
from tests.hostile.export_kit import export_text, run

KEY = Key({"Elin": "IP1", "Karin": "Anna", "Per": "IP2"})


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Elin2", "IP1-2"),
        ("Elin2.docx", "IP1-2.docx"),
        ("intervju Elin23 i dag", "intervju IP1-23 i dag"),
        ("Elin_2.txt", "IP1_2.txt"),
        ("ELIN2", "IP1-2"),
        ("Karin2.txt", "Anna2.txt"),  # a pseudonym ending in a letter needs no hyphen
        ("(Per2)", "(IP2-2)"),
        ("Åby_Elin2_del1.txt", "Åby_IP1-2_del1.txt"),
        ("intervjuer/Elin2.docx", "intervjuer/IP1-2.docx"),
    ],
)
def test_a_name_joined_to_digits_is_replaced_and_found(text: str, shown: str) -> None:
    assert KEY.apply(text) == shown
    assert KEY.leaks(text)


@pytest.mark.parametrize(
    "text",
    [
        "xElin2",  # a letter before: inside a longer word
        "3Elin2",  # a digit before: inside an id
        "Elin2a",  # a letter after the digits
        "Elin2x9",
        "a9f3Elin22c",
        "+Elin2/",  # base64's own punctuation on both sides
        "/Elin25=",
        "+Elin2",
        "Elin2/x",
        "per2",  # an ordinary word in lower case stays so with digits too
        "IP12",
    ],
)
def test_names_inside_letter_digit_runs_stay(text: str) -> None:
    assert KEY.apply(text) == text
    assert not KEY.leaks(text)


def test_base64_of_a_png_holding_the_name_with_digits_is_not_a_leak() -> None:
    # bytes whose base64 spells the name followed by digits in the middle of a run
    chunk = base64.b64decode("QUJDElin2345QUJD")
    html = f'<img src="data:image/png;base64,{base64.b64encode(chunk * 50).decode()}">'
    assert "Elin2345" in html
    check_files(KEY, {"s.html": html.encode()})  # refuses nothing


def test_the_leak_check_refuses_a_file_holding_elin2() -> None:
    with pytest.raises(OutputError, match="IP1") as caught:
        check_files(KEY, {"c.csv": b"document\nElin2.docx\n"})
    assert "Elin" not in str(caught.value).replace("IP1", "")


TEXT = "I: Hur är det?\nElin2: Det är bra här, sa Elin. Vi har en budget.\n"


def test_a_document_named_elin2_leaves_every_export_pseudonymised(tmp_path: Path) -> None:
    from tests.conftest import small_codebook

    project = tmp_path / "p.db"
    with Project.create(project) as p:
        p.apply_codebook(small_codebook())
        p.add_coder("lena", role="lead")
        doc = p.import_text("Elin2.txt", TEXT, lang="sv", attributes={"ip": "Elin2"})
        coding = p.add_coding(doc.id, 15, 60, "mission_dialogue", "lena")
        p.add_memo("coding", coding.id, "lena", "Elin2 tycker så")
        p.set_status(doc.id, "lena", "done")
        p.set_pseudonym("Elin", "IP1", "lena", "speaker")
    names = re.compile(r"(?<![^\W_])elin(?=\d*(?![^\W_]))", re.IGNORECASE)
    for target, command in (
        ("c.csv", ["export", "codings"]),
        ("c.xlsx", ["export", "codings"]),
        ("s.md", ["export", "summary", "--layer", "coder"]),
        ("s.html", ["export", "summary", "--layer", "coder"]),
        ("p.qdpx", ["export", "qdpx"]),
    ):
        code, _, err = run(project, *command, "-o", str(tmp_path / target))
        assert code == 0, (target, err)
        text = re.sub(r"base64,[A-Za-z0-9+/=]+", "base64,", export_text(tmp_path / target))
        assert not names.findall(text), target
        assert "IP1" in text, target
        if target in ("c.csv", "p.qdpx"):  # these name the document and its attribute
            assert "IP1-2" in text, target
        assert "IP12" not in text, target
