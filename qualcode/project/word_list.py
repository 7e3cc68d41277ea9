"""The common words of Swedish and English, kept as one sorted list in the user's cache folder.

The name finder asks whether a lower-case word is a common word (``common_words``): a form
or lemma in spaCy's lookup lemma tables, or a stop word. Parsing the Swedish table (22 MB of
JSON, 660,000 entries) into a set took 0.4 s CPU of every lead's export that asked, a fifth
of the demo's `export summary`, to answer some forty words. The same words, sorted, are
written once to ``common-words-<key>.txt`` in the cache folder (``$QUALCODE_CACHE_DIR``, else
``$XDG_CACHE_HOME/qualcode``, else ``~/.cache/qualcode``) and read back as a list searched by
bisection (0.04 s). The key names the tables' files (path, size, time) and the stop words, so
a new spacy-lookups-data or spaCy makes a new list. A list that does not read back whole is
made again; where the folder cannot be written the tables answer as before.
"""

from __future__ import annotations

import bisect
import contextlib
import hashlib
import os
import tempfile
from collections.abc import Container, Sequence
from pathlib import Path

# a change to which words the list holds (``_from_tables``) takes a new FORMAT: the key
# names the tables, not the code that reads them, and an old list would answer as before
FORMAT = "qualcode common words 1"
LANGS = ("sv", "en")
# lists kept at most, the newest: each install (a venv, pipx) has its own key, as its tables
# lie at their own path, and two that each removed the other's list made it again, 10 MB
# and 0.4 s CPU, whenever the user turned from one to the other
KEPT_LISTS = 3


class SortedWords(Container[str]):
    """Words in sorted order, asked of by bisection: no set of 800,000 strings is built."""

    __slots__ = ("_words",)

    def __init__(self, words: Sequence[str]) -> None:
        self._words = words

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        at = bisect.bisect_left(self._words, word)
        return at < len(self._words) and self._words[at] == word

    def __len__(self) -> int:
        return len(self._words)


def cache_folder() -> Path | None:
    """Where qualcode keeps what it works out once per machine, not per project; None
    where the user has no home folder to find one in (then nothing is kept)."""
    named = os.environ.get("QUALCODE_CACHE_DIR")
    if named:
        return Path(named)
    try:
        base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    except (RuntimeError, KeyError, OSError):  # no HOME and no entry in the user database
        return None
    return Path(base) / "qualcode"


def common_words() -> Container[str]:
    """Every form and lemma of the Swedish and English lookup tables and their stop words:
    read from the kept list when there is one for these tables, else from the tables (and
    the list written for the next process)."""
    key = _key()
    if key is not None:
        kept = _read(key)
        if kept is not None:
            return SortedWords(kept)
    words = _from_tables()
    if key is not None and not any("\n" in w for w in words):
        _write(key, sorted(words))
    return words


def _from_tables() -> set[str]:
    from qualcode.nlp.normalise import stop_words
    from qualcode.nlp.pipeline import lemma_lookup

    common: set[str] = set()
    for lang in LANGS:
        table = lemma_lookup(lang) or {}
        common.update(table.keys(), table.values())
        # and the words the tables leave out for never changing form: "hur", "varför"
        common.update(stop_words(lang))
    return common


def _key() -> str | None:
    """What the list is made of, as a name: each table file's path, size and time and the
    stop words; None where the tables are not files of spacy-lookups-data (then nothing is
    kept, and the tables answer)."""
    from qualcode.nlp.normalise import stop_words
    from qualcode.project.lemma_lines import table_file

    made = hashlib.sha256(FORMAT.encode())
    for lang in LANGS:
        source = table_file(lang)
        if source is None:
            return None
        try:
            stat = source.stat()
        except OSError:
            return None
        made.update(f"{lang}\0{source}\0{stat.st_size}\0{stat.st_mtime_ns}\0".encode())
        made.update("\0".join(sorted(stop_words(lang))).encode("utf-8", "surrogatepass"))
    return made.hexdigest()[:24]


def _read(key: str) -> list[str] | None:
    """The kept list, or None when there is none or it does not read back whole."""
    folder = cache_folder()
    if folder is None:
        return None
    try:
        text = (folder / f"common-words-{key}.txt").read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError, ValueError):
        return None
    head, _, body = text.partition("\n")
    name, _, count = head.rpartition(" ")
    if name != f"{FORMAT} {key}" or not count.isdigit():
        return None
    words = body.split("\n") if body else []
    return words if len(words) == int(count) else None


def _write(key: str, words: list[str]) -> None:
    """Keep the list for later processes: written beside and renamed into place, so a
    reader never meets half a file; a folder that cannot be written keeps nothing. The lists
    of tables since replaced (an upgraded spacy-lookups-data) are removed: 10 MB each."""
    folder = cache_folder()
    if folder is None:
        return
    name = f"common-words-{key}.txt"
    temporary = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(
            "w", encoding="utf-8", dir=folder, prefix=".common-words-", delete=False
        ) as out:
            temporary = out.name
            out.write(f"{FORMAT} {key} {len(words)}\n")
            out.write("\n".join(words))
        os.replace(temporary, folder / name)
        temporary = None
        _remove_oldest(folder, name)
    except (OSError, UnicodeEncodeError):
        pass
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)


def _remove_oldest(folder: Path, kept: str) -> None:
    """Remove the lists beyond the newest KEPT_LISTS (``kept``, just written, among them):
    those of tables since replaced, while another install's list stays."""
    others = []
    for path in folder.glob("common-words-*.txt"):
        with contextlib.suppress(OSError):
            if path.name != kept:
                others.append((path.stat().st_mtime_ns, path))
    for _, old in sorted(others, reverse=True)[KEPT_LISTS - 1 :]:
        old.unlink(missing_ok=True)
