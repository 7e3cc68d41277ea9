"""Applying the pseudonym key to text as it is rendered (the stored text never changes).

Names are matched as whole words in any case ("Elin", "elin", "ELIN"), across any run of spaces or
a line break between a name's words, with a Swedish genitive ``s`` kept ("Karins" -> "Annas";
"Elins" -> "IP1:s" after a pseudonym ending in a digit or capital). The replacement keeps the
name's case shape: in capitals when the name was, capitalised at a sentence's start when the
pseudonym is written in lower case ("en annan stad").

A name counts as a word between an underscore and anything else that is neither a letter nor a
digit, so "Elin_intervju.docx" and an attribute "Elin_K" name Elin too (file names are often a
participant's), and a name of several words is found with an underscore, hyphen or dot between its
words as a file name writes it ("anna_berg_01.docx", "anna-berg.docx", and "AnnaBerg.docx" in that
case, name Anna Berg); there its pseudonym is written as one of the file name's words
("sundsvall_aml_svar" -> "Kommun_B_aml_svar", never "Kommun B_aml_svar"), so a document reads alike
in every export. A name followed by digits ("Elin2.docx", "Elin23") is one too when nothing
letter-like stands before it and no letter follows the digits; inside a longer run of letters and
digits (an id, the base64 of a chart, whose "+", "/" and "=" count as part of the run after a name
and "+" before it) it is not, and "Elin2" becomes "IP1-2", never "IP12" (another participant); and
it is found in either Unicode form, composed or decomposed ("Åby" typed on a Mac, or in a file name
from one, is "A" and a combining ring), so no spelling of it slips past; nor do marks that show as
nothing inside it (a soft hyphen, a zero-width space), a word broken at a line's end by a hyphen,
or the other apostrophe ("O’Brien" for "O'Brien"), nor letters in another form: a PDF's ligatures
("Soﬁa") or full-width letters (lookalikes.py).

A place or workplace on the key (``compounds``) is found where it begins a Swedish compound too,
written with its capital and at least five letters long ("Storforsmodellen" -> "Kommun A-modellen",
"Göteborgsregionen" -> "Kommun G-regionen"); a person's name is not ("Annandag"), nor a short place
that begins ordinary words ("Mora", "Moralen").

A name that is also an ordinary word ("Per" and *per dag*, "Hans" and *hans*, "Dag" and *en dag*)
is matched only when written with a capital, so a participant called Per does not turn every "per
dag" into "IP2 dag"; such a name written in lower case is left as it is, and the leak check, which
uses the same matcher, agrees. The same matcher finds what would leak, so an export can refuse a
file in which a name on the key would still appear.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Mapping
from typing import TYPE_CHECKING

import pandas as pd

from qualcode.export import contacts, place_units, pseudonym_frames
from qualcode.export import name_spelling as ns
from qualcode.export.alternation import grouped
from qualcode.export.double_names import DoubleNames
from qualcode.export.lookalikes import chained, plain_letters, replace_mapped, unmoved
from qualcode.export.name_compounds import COMPOUND_SHORT, compound_name, compound_pattern
from qualcode.export.name_modals import is_modal_verb
from qualcode.export.name_words import FILE_SUFFIX, ORDINARY_WORDS
from qualcode.model import AuditEntry, CodeT, with_texts
from qualcode.texts import owner

if TYPE_CHECKING:
    from qualcode.export.key_languages import KeyLanguages

__all__ = ["Key", "check_files", "file_texts", "leaks_in_files"]


_SENTENCE_END = re.compile(r"(?:^|[.!?:…]|\n)\s*$")


# a name in a script without capitals of at most this many words is found with each gap
# between its words written apart or together (2**(n-1) spellings)
CASELESS_WORDS = 4


class Key:
    """A compiled pseudonym key: ``apply`` replaces, ``leaks`` finds what is left."""

    def __init__(
        self,
        entries: Mapping[str, str],
        compounds: Iterable[str] = (),
        contacts: Mapping[str, str] | None = None,
        cased: Iterable[str] = (),
        coders: Mapping[str, str] | None = None,
        labels: Iterable[str] = (),
        researchers: Iterable[str] = (),
        plain_talk: Callable[[str], bool] | None = None,
    ) -> None:
        """``compounds``: the names on the key (places, workplaces) that may begin a Swedish
        compound word ("Storforsmodellen", "Göteborgsregionen"), written as on the key.
        ``contacts``: the placeholder of each kind of contact detail (contacts.KINDS), each
        replaced whole in every text; none when a lead asks for real names. ``cased``: the
        names matched only when written with a capital, as a name is (the words of a whole
        name on the key, which the lead never typed alone: "Rask" of "Vendela Rask", while
        "ett rask tempo" stays). ``coders``: each coder's name as stored -> as printed, by
        her own key (``coder``), never by a participant's entry; a text that is just her
        name is printed so too (a frame's coder column, an audit entry's actor: tables cite
        participants before, ``_citer``), and her name in running text, save where one of
        ``labels`` is written alike ("Karin: Det var ...": the participant's there).
        ``researchers``: the attributes whose value names a researcher (the interviewer),
        printed as the coder of that name is (``attribute``). ``plain_talk``: whether a
        name's spelling without its accents ("Malmo") is no common word, so that it is read
        in running text too (``name_spelling._plain_forms``)."""
        self._contacts = dict(contacts or {})
        self._coders = dict(coders or {})
        self.coder_of = {ns.fold(n): n for n in self._coders}  # a name as typed: hers
        self.researchers = frozenset(researchers)
        self._whole = {n: p for n, p in self._coders.items() if n != p} if coders else {}
        talk = self._whole.keys() - set(labels)
        named = sorted(
            (n for n in talk if n.strip() and ns.fold(n) not in ORDINARY_WORDS),
            key=len,
            reverse=True,
        )
        self._naming = (
            re.compile(rf"(?<![\w-])({'|'.join(re.escape(n) for n in named)})(?=s?(?![\w-]))")
            if named
            else None
        )
        self._cased = {ns.fold(n) for n in cased}
        self.entries = {r: p for r, p in entries.items() if r.strip() and ns.fold(r) != ns.fold(p)}
        # each spelling of a compound-starting name (composed or decomposed) -> its name
        self._compound_of = {
            spelled: real
            for real in compounds
            if real in self.entries
            and len(real) >= COMPOUND_SHORT
            and " " not in real
            and real[:1].isupper()
            for form in ns.spellings(real)
            for spelled in (form, form.upper())  # a heading's "GÖTEBORGSREGIONEN"
        }
        self._compounds = compound_pattern(self._compound_of)
        # "Kommun A:s kommun" and "Region Region A" read as the pseudonym alone
        places = [self.entries[r] for r in compounds if r in self.entries]
        self._units = place_units.unit_pattern(places)
        self._pseudo: dict[str, str] = {}
        self._real_of: dict[str, str] = {}
        for real, pseudo in self.entries.items():
            self._pseudo.setdefault(ns.fold(real), pseudo)
            self._real_of.setdefault(ns.fold(real), real)
        self._plain_whole = {  # a name without its accents as a whole text ("aby", a cell)
            ns.fold(plain): pseudo
            for real, pseudo in self.entries.items()
            if (plain := ns.file_spelling(real)) is not None
        }
        names, alternatives, self._either = ns.key_spellings(
            self._pseudo, self._real_of, CASELESS_WORDS, plain_talk
        )
        # "Öberg-Lind" beside a keyed "Anna Öberg": hers whole, never "IP2-Lind"
        places_folded = {ns.fold(r) for r in compounds if r in self.entries}
        self._doubles = DoubleNames(self._pseudo, places_folded, ns.fold) if names else None
        self._source = rf"{ns.BEFORE}({grouped(alternatives)})(?:(s?){ns.AFTER}|{ns.DIGITS_AFTER})"
        self._pattern = re.compile(self._source.replace(ns.GAP, ""), re.I) if names else None
        self._marked_pattern: re.Pattern[str] | None = None  # compiled when first needed
        self._file_names: frozenset[str] = frozenset()  # the documents' names (names_files)

    def _matcher(self, text: str) -> re.Pattern[str] | None:
        """The pattern that finds the key's names in ``text``: with hidden marks and line-end
        hyphens allowed inside names only when ``text`` holds one (the same matches)."""
        if self._pattern is None or not ns.MARKED.search(text):
            return self._pattern
        if self._marked_pattern is None:
            self._marked_pattern = re.compile(self._source.replace(ns.GAP, ns.HIDDEN_RUN), re.I)
        return self._marked_pattern

    languages: KeyLanguages | None = None  # each language's key (key_languages.py)

    def in_language(self, lang: str | None) -> Key:
        """This key printing a place qualcode proposed in ``lang``'s words."""
        return self.languages.key(lang) if self.languages is not None and lang else self

    def written(self, text: str) -> str:
        """A researcher's text (a memo, a rationale) through the key: a proposed place in
        the words of the language it is plainly in, else the export's."""
        lang = self.languages.lean(text) if self.languages is not None else None
        return self.in_language(lang).apply(text)

    def __bool__(self) -> bool:
        return bool(self.entries or self._contacts or self._whole)

    def coder(self, name: str) -> str:
        """A coder's name as exports print it: by the coders' own key, never as a participant
        of her name (karin was the participant Karin's IP1 in agreement rows); a name that
        is no coder's (the audit's 'qualcode') through the key as any text."""
        printed = self._coders.get(name)
        return self.apply(name) if printed is None else printed

    def attribute(self, name: str, value: str) -> str:
        """A document attribute's ``value`` as exports print it (``attribute_printed``)."""
        return pseudonym_frames.attribute_printed(self, name, value)

    def pseudonym(self, name: str | None) -> str | None:
        """The pseudonym for exactly ``name`` (a speaker label, an attribute value)."""
        if name is None:
            return None
        return self._pseudo.get(ns.fold(name))

    def said(self, text: str) -> str:
        """What a participant said (a passage, its words counted) through the participants'
        key alone: "johan" counted in the talk was coder johan's "Coder A"."""
        return self.apply_mapped(text)[0]

    def apply(self, text: str) -> str:
        """``text`` through the key. A coder's name written as stored, as a whole word, is
        hers (``coder``): a scope's "3 coders (johan, karin, mira)", a verdict's "accept
        karin's", a rationale's "karin och johan"; through the participants' key karin was
        the participant Karin's IP1 there. Not a name a speaker's label writes alike, nor
        one that is also a word ("per"): those stay the participants'."""
        whole = self._whole.get(text)
        if whole is not None:
            return whole
        if self._plain_whole and (plain := self._plain_whole.get(text.strip().casefold())):
            return plain  # "aby" typed so in an attributes sheet: went out in every table
        if self._naming is None or not self._naming.search(text):
            return self.apply_mapped(text)[0]
        pieces = self._naming.split(text)  # text, a coder's name, text, ...
        for at in range(1, len(pieces), 2):
            pieces[at] = self._whole[pieces[at]]
            after = pieces[at + 1]
            if after[:1] == "s" and not after[1:2].isalnum() and after[1:2] != "-":
                # a Swedish genitive ("godta karins"): "Kodare B:s", as the key writes IP1:s
                pieces[at], pieces[at + 1] = owner(pieces[at], "sv", person=True), after[1:]
        return "".join(
            piece if at % 2 else self.apply_mapped(piece)[0] if piece else ""
            for at, piece in enumerate(pieces)
        )

    def file_words(self, text: str) -> str:
        """``text`` (a code's key) through the key as a file name's words are read, a name's
        plain spelling alone in it too ("soderstrom"): a chart named 's_soderstrom.png' after
        the key was refused by the file-name check, and no Markdown summary was written."""
        return self.apply(f"_{text}_")[1:-1]

    def names_files(self, names: Iterable[str]) -> Key:
        """This key, reading ``names`` (the documents' names) as files' names, in whose
        small letters a name is hers: 'per 2024.docx' went out as written with Per on it."""
        self._file_names = frozenset(names)
        return self

    def apply_mapped(self, text: str) -> tuple[str, Callable[[int], int]]:
        """The rendered text and a function taking an offset in ``text`` to one in it, so
        codings on the stored text land on the same words of the rendered one."""
        moved: Callable[[int], int] = unmoved
        rendered = text
        if self._contacts:
            # first, so that a name in an address goes with the address, never into it
            found = contacts.pattern_for(text)
            rendered, moved = replace_mapped(text, found, self._contact, self._no_contact)
        if self._doubles is not None:
            runs = self._doubles.pattern_for(plain_letters(rendered)[0])
            rendered, again = replace_mapped(rendered, runs, self._doubles.whole)
            moved = chained(moved, again)
        rendered, again = replace_mapped(
            rendered, self._matcher(rendered), self._replace, self._ordinary
        )
        moved = chained(moved, again)
        if self._compounds is not None:
            # then a place beginning a compound: "Storforsmodellen" -> "Kommun A-modellen"
            rendered, again = replace_mapped(rendered, self._compounds, self._compound)
            moved = chained(moved, again)
        if self._units is not None and rendered != text:
            rendered, again = replace_mapped(rendered, self._units, place_units.joined)
            moved = chained(moved, again)
        return rendered, moved

    def _contact(self, match: re.Match[str]) -> str:
        return self._contacts[contacts.kind_of(match, self._names) or ""]

    def _no_contact(self, match: re.Match[str]) -> bool:
        return contacts.kind_of(match, self._names) not in self._contacts

    def _names(self, text: str) -> bool:
        return bool(self.leaks(text))

    def _compound(self, match: re.Match[str]) -> str:
        pseudo = self.entries[self._compound_of[compound_name(match)]]
        return f"{pseudo.upper() if match.group(2) else pseudo}-"  # in capitals as written

    def _key_of(self, written: str) -> str:
        """The folded name a match was written as: "Anna-" and "Lena" on two lines is Anna
        Lena, "Lind-" and "qvist" on two lines is Lindqvist."""
        folded = ns.fold(written)
        return folded if folded in self._pseudo else ns.fold(ns.BROKEN_RE.sub("", written))

    def _ordinary(self, match: re.Match[str]) -> bool:
        """Whether the match is not the name on the key: an ordinary word in lower case, a
        ``cased`` name without its capital outside a file name's words, a name with
        digits after it that stands in a run of base64, or a name that is the modal verb
        opening a question ("Will you ...", name_modals.py)."""
        written = match.group(1)
        if match.string in self._file_names:
            return False  # a document's name: small letters are hers there (names_files)
        before = match.string[match.start() - 1 : match.start()]
        if match.group(2) is None and before and before in ns.RUN_SIGNS:
            return True
        if match.group(2) == "" and is_modal_verb(match.string, match.start(1), match.end(1)):
            return True
        if self._cased and not written[:1].isupper():
            real = ns.fold(self._real_of.get(self._key_of(written), ""))
            after = match.string[match.end() : match.end() + 1]
            # as a file name writes it ("vendela_01.txt", "rask.txt"), though, it is the name
            in_file = "_" in before + after or after.isdigit()
            in_file = in_file or bool(FILE_SUFFIX.match(match.string, match.end()))
            if real in self._cased and not in_file:
                return True
        if not (written.islower() and ns.fold(written) in ORDINARY_WORDS):
            return False
        # as a file's name writes it ("per_01.txt", "inga.txt"), it is the name
        around = match.string[match.start() - 1 : match.start()] + match.string[match.end() :][:1]
        return "_" not in around and not FILE_SUFFIX.match(match.string, match.end())

    def _replace(self, match: re.Match[str]) -> str:
        rendered = self._pseudonym_of(match)
        text, start, end = match.string, match.start(), match.end()
        if "_" in (text[start - 1 : start], text[end : end + 1]):
            # a name in a file name's words ("sundsvall_aml_svar"): the pseudonym is one of
            # its words too, "Kommun_B_aml_svar", never "Kommun B_aml_svar" (one rule, so a
            # document is named alike in every export and its name stays a file's name)
            return rendered.replace(" ", "_")
        return rendered

    def _pseudonym_of(self, match: re.Match[str]) -> str:
        written, genitive = match.group(1), match.group(2) or ""
        if len(ns.readings(written, self._key_of, self._real_of, self._either)) > 1:
            return match.group(0)  # either of two people: no guess printed, leaks() names both
        pseudo = self._pseudo[self._key_of(written)]
        if genitive:  # "Karins" -> "Annas", "IP1:s", "Jonas" (the texts' one rule)
            pseudo = owner(pseudo, "sv")
        if match.group(2) is None and pseudo[-1:].isdigit():
            pseudo += "-"  # "Elin2" -> "IP1-2", never "IP12", another participant
        if written.isupper() and len(written) > 1 and (not genitive or genitive.isupper()):
            return pseudo.upper()  # "ELIN" -> "ANNA", "ÅBY" -> "KOMMUN A"
        if pseudo[:1].islower() and written[:1].isupper():
            before = match.string[max(0, match.start() - 40) : match.start()]
            if _SENTENCE_END.search(before):
                return pseudo[:1].upper() + pseudo[1:]  # "Örebro är" -> "En annan stad är"
        return pseudo

    def leaks(self, text: str, owned: tuple[int, int] | None = None) -> list[str]:
        """The real names on the key that appear in ``text`` (as the matcher sees them).

        ``owned``: count only the names that begin in ``text[start:end]``; the rest of
        ``text`` is context read around them (a window of a file read in pieces, where the
        piece before or after counts a name begun there: leaks.py)."""
        pattern = self._matcher(text)
        if pattern is None or not text:
            return []
        text, origin = plain_letters(text)  # "Soﬁa" from a PDF is Sofia

        def counted(at: int) -> bool:
            if owned is None:
                return True
            at = at if origin is None or at >= len(origin) else origin[at]
            return owned[0] <= at < owned[1]

        found = {
            real
            for m in pattern.finditer(text)
            if counted(m.start()) and not self._ordinary(m)
            for real in ns.readings(m.group(1), self._key_of, self._real_of, self._either)
        }
        if self._compounds is not None:
            named = (compound_name(m) for m in self._compounds.finditer(text) if counted(m.start()))
            found.update(self._compound_of[n] for n in named)
        return sorted(found)

    def reaches(self, text: str) -> bool:
        """Whether a name on the key may be found or replaced in ``text``, before the test
        of an ordinary word: a key of fewer of these names reaches no text this does not
        (a batch of names is judged by it: ``project/pseudonym_batch.py``)."""
        plain, pattern = plain_letters(text)[0], self._matcher(text)
        runs = self._doubles.pattern_for(plain) if self._doubles is not None else None
        return bool(
            (self._plain_whole and text.strip().casefold() in self._plain_whole)
            or (pattern is not None and (pattern.search(plain) or pattern.search(text)))
            or (runs is not None and runs.search(plain))
            or (self._compounds is not None and self._compounds.search(text))
        )

    @property
    def longest(self) -> int:
        """The length of the longest name the key looks for (as on the key)."""
        return max((len(n) for n in self._real_of.values()), default=0)

    def code(self, code: CodeT) -> CodeT:
        """A copy of a code (a stored ``Code`` or a file's ``CodeSpec``) with every text a
        reader sees through the key: names, definitions, when to use it and not, keywords
        and examples; its key, parent, colour and shortcut stay as they are."""
        return with_texts(code, self.apply) if self else code

    def code_key(self, key: str) -> str:
        """A code's key as a file that loads again may write it (``code_key_printed``)."""
        return pseudonym_frames.code_key_printed(self, key)

    def entry(self, entry: AuditEntry) -> AuditEntry:
        """An audit entry with its actor and every text of its payload through the key."""
        return pseudonym_frames.entry_through_key(self, entry) if self else entry

    def frame(self, frame: pd.DataFrame, said: Collection[str] = ()) -> pd.DataFrame:
        """A copy of ``frame`` through the key (``pseudonym_frames.through_key``)."""
        return pseudonym_frames.through_key(self, frame, said) if self else frame


from qualcode.export.leaks import check_files, file_texts, leaks_in_files  # noqa: E402
