"""The interface's words, from the language files in ``qualcode/texts/`` (table ``tui``).

The interface language is independent of the documents' and the codebook's; a third
language is one more file there. Key bindings are labelled by their binding id.
"""

from __future__ import annotations

import locale
import os
from collections.abc import Mapping

from qualcode.oneline import PATH_SHOWN, SHOWN
from qualcode.project.report_titles import NAMED_ATTRIBUTES, attribute_named
from qualcode.texts import FALLBACK, LANGUAGES, texts
from qualcode.tui.safe import plain

MESSAGES: dict[str, dict[str, str]] = {lang: texts(lang, "tui") for lang in LANGUAGES}


def default_language() -> str:
    """The locale's language when there is a file for it (sv_SE.UTF-8: sv), else English."""
    for value in (os.environ.get("LC_ALL"), os.environ.get("LANG"), locale.getlocale()[0]):
        code = (value or "").lower()[:2]
        if code in MESSAGES:
            return code
    return FALLBACK


def next_language(lang: str) -> str:
    """The language after ``lang`` in the interface's cycle (L in the TUI)."""
    return (
        LANGUAGES[(LANGUAGES.index(lang) + 1) % len(LANGUAGES)] if lang in LANGUAGES else FALLBACK
    )


# how much of a value a refusal quotes, as the service's English line quotes it: a name or
# other typed text after 40 characters (``oneline.shown``), a path after 120
# (``oneline.cut_path``), the program's own lists (known values, formats) after 200.
# Quoted whole, a 5,000-character code name refused in the Swedish interface filled the
# screen where the command line's English said "'aaaa...' is longer than ..." (pseudo45).
_TYPED, _PATHS, _LISTS = SHOWN, PATH_SHOWN, 200
_PATH_VALUES = frozenset({"path", "project"})
_LIST_VALUES = frozenset(
    {"known", "formats", "allowed", "codes", "coders", "columns", "why", "encoding"}
)


def _cut(name: str, value: object) -> object:
    """A refusal's value ``name`` as its words quote it: cut, with an ellipsis, if long."""
    if not isinstance(value, str):
        return value
    most = _PATHS if name in _PATH_VALUES else _LISTS if name in _LIST_VALUES else _TYPED
    return value if len(value) <= most else value[:most] + "…"


class Catalog:
    def __init__(self, lang: str) -> None:
        self.lang = lang if lang in MESSAGES else FALLBACK

    def __call__(self, key: str, /, **values: object) -> str:
        # ``key`` is positional-only: a message may itself have a {key} field (a shortcut)
        return self._filled(
            MESSAGES[self.lang].get(key) or MESSAGES[FALLBACK].get(key, key), values
        )

    def refusal(self, key: str, values: Mapping[str, object]) -> str | None:
        """A service refusal (``QualcodeError.key``) in the interface's words; None when
        the language files have none for it, and the service's English line is shown.
        A value the raise words in each language (``coders_sv`` beside ``coders``: the
        coders as the Swedish reports label them) fills its field in this language's."""
        text = texts(self.lang, "refusals").get(key)
        local = {name: values.get(f"{name}_{self.lang}", value) for name, value in values.items()}
        cut = {name: _cut(name, value) for name, value in local.items()}
        try:
            return None if text is None else self._filled(text, cut)
        except (KeyError, IndexError):  # a value the raise did not give: its English, whole
            return None

    def _filled(self, text: str, values: Mapping[str, object]) -> str:
        if PLURAL in text:
            text = plural_form(text, values.get("total", values.get("n")))
        # names and counts go in as typed text, control characters made visible
        safe = {k: plain(v) if isinstance(v, str) else v for k, v in values.items()}
        return text.format(**safe) if values else text

    def figure(self, value: float, digits: int = 2) -> str:
        """A score or coefficient as the interface language writes it: 0,80 in Swedish, 0.80 in
        English (a Swedish screen showing 0.80 reads as a foreign number); NaN as a dash; never
        "-0.00" (an interval's "-0.00–0.25" beside a paragraph saying 0.00, eyes12)."""
        if value != value:  # NaN: no figure to show
            return "—"
        decimal = texts(self.lang, "format").get("decimal", ".")
        text = f"{value:.{digits}f}"
        if float(text) == 0:  # -0.001 is 0.00, as the methods paragraph below it says
            text = f"{0.0:.{digits}f}"
        return text.replace(".", decimal)

    def attribute(self, key: str) -> str:
        """A split's name for a heading, as the service's report titles name it
        (``report_titles.attribute_named``: "kommun" for municipality in Swedish, in lower
        case; any other attribute by its own key): one rule, so the reports screen's "By:"
        line and `qualcode report --lang` never word a split apart (it was kept twice)."""
        return attribute_named(key, self.lang)

    def methods(self, method: str) -> str:
        """A suggestion's methods ("lexicon+semantic") in the interface language's words,
        joined by " + "; a method the files do not name keeps its own name."""
        named = []
        for part in method.split("+"):
            text = self(f"method_{part}")
            named.append(part if text == f"method_{part}" else text)
        return " + ".join(named)

    def count(self, n: int) -> str:
        """A count with its thousands apart by a narrow space, as the documents list shows
        words (1 388): the same in both languages, never the English comma in a Swedish line."""
        return f"{n:,}".replace(",", "\u202f")


def attribute_aliases() -> dict[str, str]:
    """Each named attribute's name in every language, casefolded, to its key ("kommun":
    "municipality"): a filter typed with the column's heading finds what the key finds."""
    return {
        texts(lang, "summary").get(key, key).casefold(): key
        for lang in LANGUAGES
        for key in NAMED_ATTRIBUTES
    }


# a message whose noun follows a count gives its singular and plural form, "one||many";
# the count is ``total`` when the message has one ("1 of 1 document"), else ``n``
PLURAL = "||"


def plural_form(text: str, count: object) -> str:
    one, _, many = text.partition(PLURAL)
    return one if count == 1 else many
