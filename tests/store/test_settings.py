"""store/settings.py: named project settings in the file's meta table, and peeking at one
without opening (or changing) the file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from qualcode.store import Store
from qualcode.store.settings import peek_setting
from tests.store.conftest import reopen


def test_put_get_overwrite_survives_reopen(store: Store) -> None:
    assert store.settings.get("blind") is None
    store.settings.put("blind", "on")
    store.settings.put("blind", "off")
    store = reopen(store)
    assert store.settings.get("blind") == "off"
    keys = [r[0] for r in store.database.conn.execute("SELECT key FROM meta")]
    assert keys.count("setting.blind") == 1
    store.close()


def test_settings_do_not_collide_with_other_meta_keys(store: Store) -> None:
    store.codes.set_title("Styrning")  # meta key codebook.title
    assert store.settings.get("codebook.title") is None
    store.settings.put("codebook.title", "x")
    assert store.codes.title() == "Styrning"


def test_peek_reads_without_changing_the_file(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    store = Store.create(path)
    store.settings.put("lang", "sv")
    store.close()
    before = path.read_bytes()
    assert peek_setting(path, "lang") == "sv"
    assert peek_setting(path, "missing") is None
    assert path.read_bytes() == before


def test_peek_on_files_that_are_no_project_is_none(tmp_path: Path) -> None:
    assert peek_setting(tmp_path / "absent.db", "lang") is None
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not sqlite" * 50)
    assert peek_setting(junk, "lang") is None
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE meta (key TEXT, value TEXT)")
    conn.execute("INSERT INTO meta VALUES ('setting.lang', 'sv')")
    conn.commit()
    conn.close()
    assert peek_setting(other, "lang") is None
