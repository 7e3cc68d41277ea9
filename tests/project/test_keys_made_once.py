"""A theme summary makes each pseudonym key once (``project/keys_held.py``), and a key
held reads every text as one made afresh does.

The summary asked for the same key six times while it was built. Held, a key must print
a proposed place in each language's words as a key made alone does, and must never
outlive the export: a pseudonym the lead sets after it is in the next key."""

from __future__ import annotations

from pathlib import Path

from qualcode import Project
from qualcode.project.keys_held import keys_held

SV = "I: Hur är arbetet i Ekstad?\n\nIP: Vi pratar mycket om uppdraget här i Ekstad.\n"
TEXT = "Politikerna i Ekstad och karin talade om Ekstads plan."


def _project(path: Path) -> Project:
    project = Project.create(path)
    project.add_coder("lena", role="lead")
    project.add_coder("karin")
    project.act_as("lena")
    project.import_text("eks_01.txt", SV, lang="sv", attributes={"municipality": "Ekstad"})
    project.apply_suggested_pseudonyms("lena", ["place"])
    return project


def test_a_held_key_reads_as_one_made_alone(tmp_path: Path) -> None:
    with _project(tmp_path / "p.db") as project:
        alone = {lang: project.pseudonym_key(lang=lang) for lang in ("en", "sv", None)}
        with keys_held(project):
            held = {lang: project.pseudonym_key(lang=lang) for lang in ("en", "sv", None)}
            assert project.pseudonym_key(lang="en") is held["en"]
            assert held["en"] is not held["sv"]
        for lang, key in held.items():
            made = alone[lang]
            assert key.apply(TEXT) == made.apply(TEXT)
            assert key.coder("karin") == made.coder("karin")
            for other in ("en", "sv"):
                said = key.in_language(other).said(TEXT)
                assert said == made.in_language(other).said(TEXT)
        assert "Ekstad" not in held["en"].apply(TEXT)


def test_a_key_is_held_only_in_its_block(tmp_path: Path) -> None:
    with _project(tmp_path / "p.db") as project:
        with keys_held(project):
            before = project.pseudonym_key(lang="en")
        project.set_pseudonym("Ekstad", "Storby", "lena", "place")
        after = project.pseudonym_key(lang="en")
        assert after is not before
        assert "Storby" in after.apply(TEXT)
        assert "Storby" not in before.apply(TEXT)
