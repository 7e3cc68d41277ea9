"""A name the lemma tables list, seen only in the genitive or after a comma, is proposed
(pseudo46).

Stop 45 proposed "Sirpa" standing between small words ("min arbetskamrat Sirpa ringer"),
though the Swedish table lists "sirpa" as a verb; but an interview naming her only as
"Sirpas förtjänst", or after a comma ("Ja, Sirpa ringer"), or "Tom's idea" in English,
proposed nothing, and her name went out in every export with no note naming her. A common
word's genitive or plural stays unproposed: a body's ("Statens"), a verb's passive
("Utses att justera"), a title's word after a comma ("came, Built on trust"), a body's
possessive ("our Council's"), an English plural ("noble Baronesses").
"""

from __future__ import annotations

from pathlib import Path

from tests.project.name_proposal_kit import proposed, sv_and_en

SV = (
    "I: Vem hjälpte dig när det var som tyngst?\n\n"
    "R: Det är Sirpas förtjänst att vi klarade hösten. Jag frågade, Tuula svarade direkt.\n"
    "Vi ringde Statens institutionsstyrelse om platsen.\n"
    "Övriga deltagande Utses att justera protokollet.\n"
)
EN = (
    "I: Who kept the team going?\n\n"
    "R: It was Tom's idea to share the lunch visits. Well, Kalle took the rest.\n"
    "The report came, Built on trust as it was. We read our Council's decision twice.\n"
    "As both noble Baronesses suggested, the records matter.\n"
)


def test_a_name_in_the_genitive_or_after_a_comma_is_proposed(tmp_path: Path) -> None:
    with sv_and_en(tmp_path / "p.db", SV, EN) as project:
        found = proposed(project)
        off = project.names_off_key("lena")
        # the name proposed, not its genitive: keyed so, "Sirpas" goes out as hers
        project.set_pseudonym("Sirpa", "N1", "lena", "person")
        key = project.pseudonym_key(viewer="lena")
    assert {"Sirpa", "Tuula", "Tom", "Kalle"} <= set(found), sorted(found)
    assert "Sirpas" not in found, sorted(found)
    assert {"Sirpa", "Tom"} <= set(off), off
    assert key.apply("Det är Sirpas förtjänst.") == "Det är N1:s förtjänst."


def test_a_common_words_genitive_or_capital_after_a_comma_is_not(tmp_path: Path) -> None:
    with sv_and_en(tmp_path / "p.db", SV, EN) as project:
        found = set(proposed(project))
    wrong = {"Statens", "Staten", "Utses", "Utse", "Built", "Council", "Baronesse"}
    assert not wrong & found, sorted(wrong & found)
    assert not {w for w in found if w.startswith("Baroness")}, sorted(found)
