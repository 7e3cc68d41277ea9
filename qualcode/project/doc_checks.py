"""What a document must be before it is written: a name, attribute names and values, a
language its text does not contradict. (What the Python API's methods ask of a
notebook's arguments is ``api_arguments.py``.)

Apart from ``documents.py`` (the import itself) because every door a document enters by
asks the same: an import of files or text, ``set_attributes``, and a .qdpx project's
sources (``refi_checks.py``), each refused in one line before anything is written.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping

from qualcode.errors import SETTING, SettingError, ValidationError, one_line
from qualcode.model import LANGS
from qualcode.project.api_arguments import require_text


def check_document_name(name: str, where: str = "") -> None:
    """A document's name heads its tab, its rows in every table and its citations: one
    printable line of at most ``MAX_NAME`` characters (oneline.py), else refused in one line
    (``where``: the file it came from, for an import of many)."""
    from qualcode.oneline import check_name, no_character_at, plain_line, shown

    if no_character_at(name) is not None:
        # a file named in Latin-1 on a UTF-8 system: its bytes reach Python as lone
        # surrogates, which were said as 'a line break, tab or control character'
        raise ValidationError(
            f"{where}document name {shown(name)} holds bytes that are not UTF-8 (a file "
            "name written in Latin-1 or another older encoding); rename the file"
        )
    if not name.strip() or not plain_line(name):
        raise ValidationError(
            f"{where}document name {shown(name)} is empty or holds a line break, tab or "
            "control character; rename the file"
        )
    check_name(name, f"{where}document name {shown(name)}")


def check_attribute_names(
    attributes: Mapping[str, str], document: str, *, typed: bool = True
) -> None:
    """Attribute names head columns and label filters: one line each; values fill cells:
    at most ``MAX_VALUE`` characters each (oneline.py). Every door a document's attributes
    enter by (import, ``set_attributes``, an attributes sheet, a .qdpx project's variables)
    comes through here; what is typed (``typed``, all but a .qdpx) holds no character that
    shows as nothing either."""
    from qualcode.ingest.attributes import reserved
    from qualcode.model import DOCUMENT_COLUMNS
    from qualcode.oneline import check_name, check_value, shown

    for key, value in attributes.items():
        _refuse_untyped(key, value, document)
        if not key.strip():
            raise ValidationError(
                f"{document}: an attribute has an empty name", key="attribute_name_empty"
            )
        check_name(key, f"{document}: attribute {shown(key)}")
        if key in DOCUMENT_COLUMNS:  # 'id' took the document's id in every frame
            raise ValidationError(
                f"{document}: attribute {reserved(key)}",
                key="attribute_reserved",
                name=repr(key),
                columns=", ".join(DOCUMENT_COLUMNS),
            )
        # a value may span lines (a notes cell) but hold no ESC: it is printed in listings
        check_value(str(value), f"{document}: attribute {shown(key)}")
        if typed:  # another tool's archive, which its researcher cannot retype there
            _refuse_unseen(key, str(value), document)


def _refuse_untyped(key: object, value: object, document: str) -> None:
    """An attribute's name and value are text. A notebook passing a frame's row (an age
    as 5, an empty cell as NaN, a date as a Timestamp) died in a TypeError from Unicode
    normalisation half-way through the checks; ``str()`` would keep "nan" as a
    municipality. Said in one line, with the text to give instead (hostile46)."""
    from qualcode.oneline import shown

    require_text(key, f"{document}: an attribute's name", hint="")
    require_text(value, f"{document}: attribute {shown(key)}: the value")


def _refuse_unseen(key: str, value: str, document: str) -> None:
    """Refuse an attribute name, or a one-line value, holding a character that shows as
    nothing: 'municipality\u200b' headed a column that printed as 'municipality', and
    '\u200benhetschef' a group of one look with 'enhetschef' (red team 42)."""
    from qualcode.oneline import check_seen, shown

    try:
        check_seen(key, f"{document}: attribute")
    except ValidationError as exc:
        raise exc.keyed("attribute_unseen", name=shown(key)) from None
    if "\n" in value:  # a note, not a group a report counts by
        return
    try:
        check_seen(value, f"{document}: attribute {shown(key)}: value")
    except ValidationError as exc:
        shown_value = shown(value)
        keyed = exc.keyed("attribute_value_unseen", name=shown(key), value=shown_value)
        raise keyed from None


def choose_lang(option: str, from_attrs: str | None, text: str, name: str) -> str:
    """The document's language: ``option`` (sv, en or auto), or under auto the attributes'
    ``lang`` (``from_attrs``), each checked against the text (``_told_lang``); else guessed."""
    from qualcode.ingest import guess_language

    if option in LANGS:
        told = f"{SETTING} {option}"
        return _told_lang(option, text, name, told, f"import it with {SETTING} {{}} (or auto)")
    if option != "auto":
        raise ValidationError(f"{name}: unknown language {option!r}; use sv, en or auto")
    if from_attrs in LANGS:
        # lang auto reads the sheet's lang again: the sheet is what to change
        told = f"the attributes' lang {from_attrs}"
        remedy = (
            "set its lang in the attributes sheet to {} (or leave it empty), "
            f"or import it with {SETTING} {{}}"
        )
        return _told_lang(from_attrs, text, name, told, remedy)
    return guess_language(text)


def _told_lang(lang: str, text: str, name: str, told: str, remedy: str) -> str:
    """``lang`` as the user gave it, unless the text is plainly in the other language: a
    document keeps its language from import (no command changes it or takes the document
    out), so an English interview imported with ``--lang sv`` stayed Swedish for good,
    segmented and suggested by the Swedish rules (eyes13). ``remedy`` says what to do
    instead, with the text's language for each ``{}``; ``told`` and ``remedy`` name the
    setting as ``SETTING``, which each face words as its user sets it (the CLI: ``--lang``)."""
    from qualcode.ingest.languages import plain_language

    plain = plain_language(text)
    if plain is None or plain[0] == lang:
        return lang
    said, ours, theirs = plain
    names = {"sv": "Swedish", "en": "English"}
    raise SettingError(
        "lang",
        f"{one_line(name)}: {told}, but the text reads as {names[said]} ({ours:.0f} "
        f"{names[said]} function words to {theirs:.0f} {names[lang]}); a document keeps its "
        f"language from import, so {remedy.format(said, said)}",
    )


class AttributeLooks:
    """The project's attribute names and values as they read (``oneline.reads_as``),
    read once for a run of writes and kept up as each is written: an import of many files
    or a sheet of many rows asked SQLite for every attribute of every document, and read
    each value again, once per document (seconds at thousands of documents).

    ``refuse`` refuses an attribute name that reads as one the project holds but is not
    it ('municipalitу' with a Cyrillic у, 'Municipality'), and a one-line value that reads
    as one another document holds under that name but is not it ('enhetsch\u0435f',
    '\u200benhetschef'): each made a second column, or a second group in every report by
    it, that looked like the first, and the documents in it went missing from the counts a
    paper cites (red team 42). A name or value the project holds as typed always goes in:
    a project that already holds two of one look (from before the rule) can be set right
    to either. Values are counted by the documents holding them, so the value a document
    is set away from is no other document's (review42: the one document holding
    '\u200benhetschef' could be set neither to 'enhetschef' nor, its character refused, as
    it was). And one held with a character that shows as nothing (from before the rule, or
    a .qdpx's variable, taken as it is) is no form to type: the plain one goes in beside it
    and its documents can be set right to it, where 'type it as they have it' asked for
    what is refused as typed."""

    def __init__(self, read: Callable[[], Mapping[str, Mapping[str, int]]]) -> None:
        self._read = read  # each attribute name in the project: its values, how many hold each
        self._held: dict[str, Counter[str]] | None = None
        self._names: dict[str, set[str]] = {}  # how a name reads -> the names
        self._values: dict[str, dict[str, set[str]]] = {}  # name -> how values read -> them

    def _loaded(self) -> dict[str, Counter[str]]:
        from qualcode.oneline import reads_as

        if self._held is None:
            self._held = {key: Counter(values) for key, values in self._read().items()}
            self._names = {}
            for name in self._held:
                self._names.setdefault(reads_as(name), set()).add(name)
        return self._held

    def _looks(self, key: str) -> dict[str, set[str]]:
        from qualcode.oneline import reads_as

        if key not in self._values:
            looks: dict[str, set[str]] = {}
            for value in self._loaded().get(key, ()):
                looks.setdefault(reads_as(value, fold_case=False), set()).add(value)
            self._values[key] = looks
        return self._values[key]

    def refuse(
        self, attributes: Mapping[str, str], document: str, own: Mapping[str, str] | None = None
    ) -> None:
        """Refuse in one line the first of ``attributes`` that reads as another (above);
        ``own``: the document's attributes before, which it is set away from."""
        import unicodedata

        from qualcode.oneline import MAX_NAME, invisible_at, reads_as, shown

        if not attributes:
            return
        held = self._loaded()
        for given, said in attributes.items():
            # compared as stored (composed): a decomposed 'Åby' is the same (red team 36)
            key, value = (unicodedata.normalize("NFC", t) for t in (given, str(said)))
            # a name or value to type as the project has it is one a person can type
            typeable = [n for n in self._names.get(reads_as(key), ()) if invisible_at(n) is None]
            other = None if key in held or not typeable else min(typeable)
            if other is not None:
                raise ValidationError(
                    f"{document}: attribute {shown(key)} reads as {shown(other)}, which the "
                    "project already has; type it as that (two names of one look split "
                    "every report by it)",
                    key="attribute_reads_as",
                    name=shown(key),
                    other=shown(other),
                )
            counts = held.get(key, Counter())
            if len(value) > MAX_NAME or "\n" in value or value in counts:
                continue  # a note, not a group a report counts by; or a value held as typed
            mine = (own or {}).get(key)
            alike = self._looks(key).get(reads_as(value, fold_case=False), set())
            others = sorted(v for v in alike if counts[v] > (v == mine) and invisible_at(v) is None)
            if others:
                raise ValidationError(
                    f"{document}: attribute {shown(key)}: {shown(value)} reads as "
                    f"{shown(others[0])}, which other documents have; type it as they have "
                    "it (two values of one look split every report by it)",
                    key="attribute_value_reads_as",
                    name=shown(key),
                    value=shown(value),
                    other=shown(others[0]),
                )

    def add(self, attributes: Mapping[str, str], before: Mapping[str, str] | None = None) -> None:
        """``attributes`` (as stored) written, over ``before`` (the document's own before):
        the next document's are read against them."""
        from qualcode.oneline import reads_as

        held = self._loaded()
        for key, value in attributes.items():
            old = (before or {}).get(key)
            if old == value:
                continue
            if key not in held:
                held[key] = Counter()
                self._names.setdefault(reads_as(key), set()).add(key)
            counts = held[key]
            counts[value] += 1
            looks = self._values.get(key)
            if looks is not None:
                looks.setdefault(reads_as(value, fold_case=False), set()).add(value)
            if old is not None:
                counts[old] -= 1
                if counts[old] <= 0:
                    del counts[old]
                    if looks is not None:
                        looks.get(reads_as(old, fold_case=False), set()).discard(old)
