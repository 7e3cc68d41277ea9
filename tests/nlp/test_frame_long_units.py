"""The study's frame (``nlp/frame.py``) judged on a unit as long as a page without a full stop.

A written document without sentence ends (a table pasted as text, a PDF page read without its
full stops) is one unit. The frame was one pattern, material, anything, then a verb of
gathering, which backtracked through the rest of the unit for every material word: a unit
of 120,000 characters naming "data" 4,000 times took 38 seconds, so suggesting for such a
document stalled. Material and verb are now searched one after the other; what counts as
frame is unchanged (the same answers as before on every sentence of the real sets, one by
one and joined with the next, both languages). Sentences written for the test.
"""

from __future__ import annotations

from qualcode.nlp.frame import is_frame

PAGE = " ".join(["data om barnen och familjerna"] * 4000)  # 120,000 characters, no verb


def test_a_long_unit_naming_the_material_without_a_verb_is_no_frame() -> None:
    assert not is_frame(PAGE, "sv")
    assert not is_frame(PAGE.replace(" om ", " about "), "en")


def test_a_long_unit_gathering_the_material_is_frame_in_either_order() -> None:
    assert is_frame(PAGE + " samlades in via enkäter", "sv")
    assert is_frame("Materialet samlades in. " + PAGE.replace("data", "barn"), "sv")
    assert is_frame(PAGE.replace(" om ", " about ") + " were collected", "en")
    assert not is_frame(PAGE + " samlades in, och enkäten visar", "sv")  # a result


def test_one_word_is_not_both_the_material_and_its_gathering() -> None:
    """'intervjuade' names interviews and the doing of them: alone it is a speaker's or a
    report's account, not the study's method (a second word is needed, as before)."""
    assert not is_frame("Hon intervjuade.", "sv")
    assert is_frame("Hon intervjuade socialsekreterare via telefon.", "sv")
    assert not is_frame("Surveyed.", "en")
