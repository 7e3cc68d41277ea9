"""The name finder's scan of each document's text, read from the project file where it is
kept and kept where it is not, for `pseudonym suggest` and every lead's export note on the
names the pseudonym key lacks (``names_off_key``): 1,000 transcripts read again cost the
theme summary about 1 s of its 2 s (perf40). A scan is kept by the text's hash, so a text
that changes is read again, and by the rules that read it (``name_scan.rules``), so a
changed word list is too; a read-only file (or one a colleague is writing) is read in
memory, as every file was before."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING

from qualcode.export.name_scan import TextNames, rules, text_hash
from qualcode.project.pseudonym_names import name_scans

if TYPE_CHECKING:
    from qualcode.store import Store


def kept_scans(store: Store, texts: Mapping[str, str]) -> dict[str, TextNames]:
    """Each of ``texts``' (document id to text) scan: kept ones read back, the others read
    now and kept if the file may be written. The same scans as reading every text."""
    by = rules()
    if not by:  # which rules read a kept scan, no one can tell: read them all
        return name_scans(texts)
    hashes = {doc: text_hash(text) for doc, text in texts.items()}
    kept = store.name_scans.get(hashes.values(), by)
    found: dict[str, TextNames] = {}
    for doc, digest in hashes.items():
        if digest in kept and (scan := TextNames.from_json(kept[digest])) is not None:
            found[doc] = scan
    # the rest read as they are scanned, one at a time (``each_text``), not gathered
    missing = _Only(texts, [doc for doc in texts if doc not in found])
    if not missing:
        return found
    read = name_scans(missing)
    found.update(read)
    if not store.readonly:
        new = {hashes[doc]: scan.to_json() for doc, scan in read.items()}
        store.name_scans.keep(new, by, hashes.values())
    return found


class _Only(Mapping[str, str]):
    """``texts`` restricted to ``keys``, each text still read only when asked for."""

    def __init__(self, texts: Mapping[str, str], keys: list[str]) -> None:
        self._texts, self._keys, self._known = texts, keys, set(keys)

    def __getitem__(self, key: str) -> str:
        if key not in self._known:
            raise KeyError(key)
        return self._texts[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)
