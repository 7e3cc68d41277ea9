"""A table and an audit entry through the pseudonym key: every text cell, the column names
and a text index; an entry's actor (as ``Key.coder`` prints her) and its payload's texts."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING

import pandas as pd

from qualcode.export.name_spelling import fold

# the columns holding a speaker's label as written (a turns frame's, attach_turns')
SPEAKERS = frozenset({"speaker"})
# the coded passage and its translation in a table of codings: the participants' words
PASSAGES = ("text", "translation")
# what a researcher wrote, in an audit entry's payload (a decision's, a removed memo's)
WRITTEN = frozenset({"rationale", "text", "comment"})

if TYPE_CHECKING:
    from qualcode.export.pseudonyms import Key
    from qualcode.model import AuditEntry


def through_key(
    key: Key,
    frame: pd.DataFrame,
    said: Collection[str] = (),
    languages: Mapping[str, Sequence[str | None]] | None = None,
    written: Collection[str] = (),
) -> pd.DataFrame:
    """A copy of ``frame`` with every text cell (a tuple's or list's texts too: an
    agreement pair's coders), the column names and a text index (a crosstab's codes)
    pseudonymised; a categorical column's texts as well (a notebook's
    ``astype("category")`` of the municipality). The columns named in ``said`` (a
    passage) and a speaker's are the participants' words: through their key alone, in
    each row's language where ``languages`` gives a column's (a passage in its
    document's, a translation in its own); those in ``written`` are a researcher's (a
    memo, a rationale): ``Key.written`` (key_languages.py)."""
    out = frame.copy()
    # a text is rendered once however often it stands in the frame: a codings export's
    # coder, code, document and attribute columns repeat a few texts over every row
    # (200,000 rows: 3.2 million cells, each through the whole key); ``apply`` reads
    # nothing but the text and the key, so every copy renders alike
    rendered: dict[str, str] = {}
    cell = partial(_cell, key.apply, rendered)
    # a speaker's label is a participant's, though a coder's stored name reads the same
    # ("Karin" beside "Karin:"): a turns frame's speaker went out as coder Karin's label
    spoken = partial(_cell, key.said, {})
    for at in range(out.shape[1]):  # by place: two columns may share a name
        values = out.iloc[:, at]
        if isinstance(values.dtype, pd.CategoricalDtype):
            values = values.astype(object)
        elif not (values.dtype == object or pd.api.types.is_string_dtype(values)):
            continue
        column = out.columns[at]
        talk = column in SPEAKERS or column in said
        if key.languages is not None and (column in written or column in (languages or {})):
            out.isetitem(at, _in_words(key, values, talk, (languages or {}).get(column)))
            continue
        if column in key.researchers:  # the interviewer: a coder is printed as a coder
            by_us = partial(_cell, partial(key.attribute, column), {})
            out.isetitem(at, values.map(by_us))
            continue
        out.isetitem(at, values.map(spoken if talk else cell))
    out.columns = [key.apply(c) if isinstance(c, str) else c for c in out.columns]
    if not isinstance(out.index, pd.MultiIndex) and out.index.dtype == object:
        index = [key.apply(i) if isinstance(i, str) else i for i in out.index]
        out.index = pd.Index(index, name=out.index.name)
    return out


def _in_words(
    key: Key, values: pd.Series, talk: bool, langs: Sequence[str | None] | None
) -> list[object]:
    """A column's cells each through the key in its own words: ``langs`` each row's
    language (the participants' words, ``talk``), else a researcher's (``Key.written``)."""
    if langs is None:  # a text is rendered once however often it stands in the column
        return list(values.map(partial(_cell, key.written, {})))
    done: dict[tuple[str, str | None], str] = {}
    out: list[object] = []
    for value, lang in zip(values, langs, strict=True):
        if isinstance(value, str):
            if (value, lang) not in done:
                words = key.in_language(lang if isinstance(lang, str) else None)
                done[value, lang] = words.said(value) if talk else words.apply(value)
            out.append(done[value, lang])
        else:
            out.append(value)
    return out


def _cell(render: Callable[[str], str], rendered: dict[str, str], value: object) -> object:
    """``value`` through ``render`` (the key's ``apply``), a text looked up in ``rendered``
    (the texts of this frame already rendered) before it is rendered and kept there."""
    if isinstance(value, str):
        done = rendered.get(value)
        if done is None:
            done = rendered[value] = render(value)
        return done
    if isinstance(value, tuple | list):
        return type(value)(_cell(render, rendered, v) for v in value)
    return value


def entry_through_key(key: Key, entry: AuditEntry) -> AuditEntry:
    """An audit entry with its actor and every text of its payload through the key."""

    def through(value: object, field: object = None) -> object:
        if isinstance(value, str):
            kind, colon, whose = value.partition(":")
            if field == "verdict" and kind == "accept" and colon:
                # whose version the lead took: a coder's, whose name a speaker's label may
                # write alike ("accept:Karin" was "accept:IP1" beside the label "Karin:")
                return f"{kind}:{key.coder(whose)}"
            if isinstance(field, str) and field in key.researchers:  # an import's interviewer
                return attribute_printed(key, field, value)
            # a rationale, a memo: a proposed place in its own words (key_languages.py)
            return key.written(value) if field in WRITTEN else key.apply(value)
        if isinstance(value, Mapping):
            return {through(k): through(v, k) for k, v in value.items()}
        if isinstance(value, list | tuple):
            return [through(v) for v in value]
        return value

    payload = {key.apply(k): through(v, k) for k, v in entry.payload.items()}
    return replace(entry, actor=key.coder(entry.actor), payload=payload)


def members_through_key(key: Key, members: Mapping[str, bytes]) -> tuple[dict[str, bytes], str]:
    """A .qdpx's qualcode members through the key, and the field names of its JSON
    members, one a line: the format's own words, for the leak check to read as no name
    (``leaks.check_files``). Through the key whole, a name Code on it wrote "IPX_keys"
    for "code_keys" (a field name's words read as a file name's), and the file came back
    without its code keys (pseudo49). Each field's value goes through it as its JSON text
    did, whole; any other member as its text."""
    import json

    out: dict[str, bytes] = {}
    fields: list[str] = []
    for member, data in members.items():
        text = data.decode("utf-8")
        meta = json.loads(text) if member.endswith(".json") else None
        if not isinstance(meta, dict):
            out[member] = key.apply(text).encode("utf-8")
            continue
        fields += meta
        said = {
            name: json.loads(key.apply(json.dumps(value, ensure_ascii=False)))
            for name, value in meta.items()
        }
        out[member] = json.dumps(said, ensure_ascii=False).encode("utf-8")
    return out, "\n".join(fields)


def attribute_printed(key: Key, name: str, value: str) -> str:
    """A document attribute's ``value`` through ``key``. The interviewer (one of the key's
    ``researchers``) who is a coder is a person, and that coder: printed as ``Key.coder``
    prints her, in whatever case she was typed ("Johan" for coder johan), never as a
    participant of her name (interviewer=Johan went out as N9, the participant Johan's
    pseudonym, pseudo41), her whole name too ("Johan Ek": her first name is the coder's,
    and "N9 Ek" printed her surname); any other value goes through the key as any text."""
    if name in key.researchers:
        folded = fold(value)
        coder = key.coder_of.get(folded) or key.coder_of.get(folded.split(" ")[0])
        if coder is not None:
            printed = key.coder(coder)
            return value if printed == coder and not key.leaks(value) else printed
    return key.apply(value)


def code_key_printed(key: Key, code: str) -> str:
    """A code's key as a file that loads again may write it: through the key, then in
    the keys' own letters ("olof_lindqvists_stod", made from a proposal's name, is
    "ip2_s_stod"); a key naming no one stays as it is."""
    rendered = key.file_words(code)
    if rendered == code:
        return code
    safe = re.sub(r"[^a-z0-9]+", "_", unicodedata.normalize("NFKD", rendered).lower())
    safe = "".join(c for c in safe if c.isascii()).strip("_")
    return safe if safe[:1].isalpha() else f"k_{safe}"
