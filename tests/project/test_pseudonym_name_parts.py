"""A person's whole name on the pseudonym key takes her first name and surname alone with
it (pseudo36): with only "Vendela Rask" -> "IP3" on the key, "Vendela", "Vendelas",
"VENDELA" and "Rask" in coded text and memos went out as written in the summary, the
codings and the memos export, and no note said so. A word two people's names share, a
coder's name, a place's words and a surname that is an ordinary word in lower case stay
as written."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from tests.conftest import small_codebook
from tests.hostile.export_kit import export_text, run

TEXT = (
    "Intervjuare: Hur var det med chefen?\n"
    "Svar: Vendela Rask ledde mötet i våras i Västra Götaland. Vendelas förslag var bra, "
    "och VENDELA skrev protokollet. Rask är noggrann och håller ett rask tempo. "
    "Anna kom sent. Karin hälsade. Västra delen stängde.\n"
)


def _study(path: Path) -> Path:
    with Project.create(path) as p:
        p.apply_codebook(small_codebook())
        p.add_coder("lena", role="lead")
        p.add_coder("karin")
        doc = p.import_text("ip_01.txt", TEXT, lang="sv", attributes={"role": "chef"}).id
        coding = p.add_coding(
            doc, TEXT.index("Vendela"), len(TEXT) - 1, "mission_dialogue", "karin"
        )
        lena = p.act_as("lena", "lena")
        lena.add_memo("coding", coding.id, "lena", "Vendela verkar central; Vendelas roll")
        lena.set_pseudonym("Vendela Rask", "IP3", "lena")
        lena.set_pseudonym("Anna Berg", "IP5", "lena")
        lena.set_pseudonym("Anna Lind", "IP6", "lena")
        lena.set_pseudonym("Karin Ek", "IP7", "lena")
        lena.set_pseudonym("Västra Götaland", "Region A", "lena", kind="place")
    return path


@pytest.mark.parametrize(
    ("args", "name"),
    [
        (("export", "summary", "--layer", "coder"), "s.md"),
        (("export", "codings"), "c.csv"),
        (("export", "memos"), "m.md"),
        (("export", "qdpx"), "q.qdpx"),
    ],
)
def test_a_first_name_or_surname_alone_takes_the_whole_name_s_pseudonym(
    tmp_path: Path, args: tuple[str, ...], name: str
) -> None:
    project = _study(tmp_path / "study.db")
    out = tmp_path / name
    status, _, err = run(project, *args, "-o", str(out))
    assert status == 0, err
    text = export_text(out)
    assert "Vendela" not in text and "VENDELA" not in text and "Rask är" not in text
    if name != "m.md":  # the memos export quotes the coded passage, not the whole coding
        assert "IP3:s förslag" in text and "IP3 är noggrann" in text
    assert "IP3:s roll" in text  # the memo
    assert "ett rask tempo" in text  # the surname as an ordinary word, in lower case
    assert "Anna kom sent" in text  # Anna Berg's or Anna Lind's? nobody can tell
    # Karin Ek's first name, though coder karin shares it: coders are printed by their own
    # key, so it went out as written only to keep the coder column (pseudo40)
    assert "IP7 hälsade" in text and "Karin" not in text
    assert "Västra delen" in text  # a place's word alone is no place
    assert "i Region A." in text


def test_the_coder_column_keeps_a_coder_whose_name_a_participant_shares(tmp_path: Path) -> None:
    project = _study(tmp_path / "study.db")
    with Project.open(project) as p:
        key = p.act_as("lena", "lena").pseudonym_key(viewer="lena")
    assert key.coder("karin") == "karin" and key.apply("Karin Ek") == "IP7"
    assert key.apply("Karin hälsade") == "IP7 hälsade"
    assert key.apply("vendela_01.txt") == "IP3_01.txt"  # a file name writes it small
    assert key.leaks("Vendelas roll") == ["Vendela"] and not key.leaks("ett rask tempo")


def test_a_label_printed_as_the_whole_name_s_pseudonym_is_not_called_off_key(
    tmp_path: Path,
) -> None:
    """A speaker labelled "Vendela" while "Vendela Rask" is on the key is printed as IP3 in
    the .qdpx's turns, so the lead's note no longer calls the label printed as written."""
    text = (
        "Intervjuare: Hur var det?\nVendela: Det var bra.\nIntervjuare: Och sen?\nVendela: Bra.\n"
    )
    path = tmp_path / "study.db"
    with Project.create(path) as p:
        p.add_coder("lena", role="lead")
        p.import_text("ip_01.txt", text, lang="sv")
        p.import_text("ip_02.txt", text.replace("Vendela", "Mats"), lang="sv")
        lena = p.act_as("lena", "lena")
        lena.set_pseudonym("Vendela Rask", "IP3", "lena")
        assert lena.speakers_off_key("lena") == ["Mats"]
    out = tmp_path / "q.qdpx"
    status, _, err = run(path, "export", "qdpx", "-o", str(out))
    assert status == 0, err
    assert "Vendela" not in export_text(out) and "Vendela" not in err and "Mats" in err
