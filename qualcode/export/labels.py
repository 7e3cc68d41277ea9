"""Every word a theme summary prints, in each language of ``qualcode/texts/`` (``summary``).

A Swedish summary goes into a Swedish report as it is: headings, table headers, attribute
names, layer names, verdicts and the number format all follow the chosen language, so no
English label has to be hand-edited out of a table before a paper can use it.
"""

from __future__ import annotations

import math
import re

from qualcode.texts import FALLBACK, LANGUAGES, owner, texts

PLURAL = "||"  # a label's singular and plural, as in the TUI's texts
LABELS: dict[str, dict[str, str]] = {lang: texts(lang, "summary") for lang in LANGUAGES}


def own_words(lang: str, section: str = "summary") -> str:
    """Every word an export prints of its own in ``lang`` (a summary's and the memos'
    labels and the methods paragraph's; with ``section`` "agenda", the agenda's, with
    "verdicts", the verdicts' names), the
    fields left out, one text per line: what the pseudonym key's check reads as no name
    (``leaks.check_files``), as only what is filled in holds names."""
    if section == "summary":
        said = [*LABELS.get(lang, LABELS[FALLBACK]).values(), *texts(lang, "methods").values()]
    elif section == "verdicts":  # an earlier decision's "accept {owner}" (the agenda's)
        said = [t for k, t in LABELS.get(lang, LABELS[FALLBACK]).items() if k.startswith("verdict")]
    else:
        said = list(texts(lang, section).values())
    words = (re.sub(r"\{[^{}]*\}", " ", str(text)).replace(PLURAL, "\n") for text in said)
    return "\n".join(words)


def label(lang: str, key: str, **values: object) -> str:
    """The label ``key`` in ``lang``; an attribute without a label keeps its own name."""
    table = LABELS.get(lang, LABELS[FALLBACK])
    text = table.get(key, key)
    if PLURAL in text:  # "one||many": the singular for a count ``n`` of 1
        one, _, many = text.partition(PLURAL)
        text = one if values.get("n") == 1 else many
    return text.format(**values) if values else text


# the agreement table's coefficients (alpha, its interval, AC1, unitizing alpha), shown to
# three decimals in every format: at two, 0.6665 read "0.67", above the 0.667 a tentative
# conclusion needs; percent agreement to one
COEFFICIENTS = ("alpha", "ci_low", "ci_high", "ac1", "unitizing")
COEFFICIENT_DIGITS, PERCENT_DIGITS = 3, 1


def digits_of(column: object, lang: str) -> int:
    """The decimals a summary table's figures in ``column`` (a header in ``lang``) are
    shown with: three for a coefficient, one for percent agreement, two for any other."""
    if column == label(lang, "percent"):
        return PERCENT_DIGITS
    return COEFFICIENT_DIGITS if column in {label(lang, k) for k in COEFFICIENTS} else 2


def number_formats(lang: str) -> dict[str, str]:
    """The spreadsheet number format of each figure column a summary's sheets show by its
    header in ``lang``, as the other formats print it (``digits_of``); the cell keeps the
    whole value. With one format for every float ("0.0##"), an interval's 0.670 read 0.67
    beside 0.806 in the same row."""
    formats = {label(lang, k): "0." + "0" * COEFFICIENT_DIGITS for k in COEFFICIENTS}
    return formats | {label(lang, "percent"): "0." + "0" * PERCENT_DIGITS}


def number(value: float, lang: str, digits: int = 2) -> str:
    """A figure as a paper prints it: decimal comma in Swedish, 'undefined' for NaN."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return label(lang, "undefined")
    text = f"{value:.{digits}f}"
    if float(text) == 0:  # a coefficient of -0.001 is printed "0.00", not "-0.00"
        text = f"{0.0:.{digits}f}"
    return text.replace(".", texts(lang, "format")["decimal"])


def layer_name(layer: str, lang: str) -> str:
    """``consensus`` / ``coder:karin`` / ``coder`` in words."""
    kind, _, name = layer.partition(":")
    if kind == "consensus":
        return label(lang, "consensus")
    return label(lang, "coder", name=name) if name else label(lang, "all_coders")


def verdict_name(verdict: str, lang: str) -> str:
    """``accept:karin`` -> "godta karins"; ``span:10-20`` -> "egen avgränsning"."""
    kind, _, rest = verdict.partition(":")
    if kind == "accept":  # "godta Kodare A:s", "godta Jonas": the one rule of the texts
        return label(lang, "verdict_accept", owner=owner(rest, lang, person=True))
    return label(lang, f"verdict_{kind}") if f"verdict_{kind}" in LABELS[FALLBACK] else verdict


def layer_again(words: str, lang: str) -> str:
    """A summary's layer line (``Summary.layer``: its layer, set, documents chosen and the
    reconciliation under way, as ``layer_name`` and the labels around it say them) said
    again in ``lang``: the audit keeps it in the words of the file it was written into,
    and the Swedish audit screen read "all coders, documents of the set ..." (tui45).
    Read back with the very labels that wrote it, so only such a line is said again; any
    other words (a name someone typed, a line of a language since removed) stay as they
    are."""
    if _layer_parts(words, lang) is not None:
        return words  # said in ``lang`` already
    for source in LANGUAGES:
        parts = _layer_parts(words, source)
        if parts is not None:
            return _layer_line(parts, lang)
    return words


def _forms(lang: str, key: str) -> list[str]:
    """A label's forms in ``lang``: its singular and its plural, or the one it has."""
    return LABELS.get(lang, LABELS[FALLBACK]).get(key, key).split(PLURAL)


def _read(words: str, form: str, rest: str = "") -> dict[str, str] | None:
    """``words`` read as ``form`` (a label with ``{fields}``), or None: every field but
    ``n``, ``of`` and ``decided`` (counts) any text; ``rest`` a text before ``form``,
    kept under that name."""
    pattern = re.escape(form)
    for field in re.findall(r"\{(\w+)\}", form):
        kind = r"\d+" if field in ("n", "of", "decided") else ".+"
        pattern = pattern.replace(re.escape("{" + field + "}"), f"(?P<{field}>{kind})", 1)
    found = re.fullmatch((f"(?P<{rest}>.+)" if rest else "") + pattern, words, re.DOTALL)
    return found.groupdict() if found else None


def _layer_parts(words: str, lang: str) -> dict[str, str] | None:
    """The parts of a summary's layer line written in ``lang``, or None if it is none."""
    parts: dict[str, str] = {}
    for then in _forms(lang, "reconciling_then"):  # the note on reconciliation under way
        if words.endswith(then) and words != then:
            head = words[: -len(then)]
            for form in _forms(lang, "reconciling_unconfirmed"):
                if (got := _read(head, form, "head")) is not None:
                    parts["unconfirmed"], head = got["n"], got["head"]
                    break
            got = next(
                (g for f in _forms(lang, "reconciling") if (g := _read(head, f, "head"))), None
            )
            if got is None:
                return None
            parts |= {"decided": got["decided"], "cases": got["n"]}
            words = got["head"]
            break
    for key, fields in (("layer_of_docs", ("n", "of")), ("layer_in_set", ("name",))):
        got = next((g for f in _forms(lang, key) if (g := _read(words, f))), None)
        if got is not None:
            parts |= {f"{key}.{field}": got[field] for field in fields}
            words = got["layer"]
    if words == label(lang, "all_coders"):
        return parts | {"layer": "coder"}
    if words == label(lang, "consensus"):
        return parts | {"layer": "consensus"}
    got = next((g for f in _forms(lang, "coder") if (g := _read(words, f))), None)
    return parts | {"layer": "coder:" + got["name"]} if got is not None else None


def _layer_line(parts: dict[str, str], lang: str) -> str:
    """A summary's layer line said in ``lang`` from its parts (``_layer_parts``)."""
    line = layer_name(parts["layer"], lang)
    if "layer_in_set.name" in parts:
        line = label(lang, "layer_in_set", layer=line, name=parts["layer_in_set.name"])
    if "layer_of_docs.n" in parts:
        n, of = int(parts["layer_of_docs.n"]), int(parts["layer_of_docs.of"])
        line = label(lang, "layer_of_docs", layer=line, n=n, of=of)
    if "cases" in parts:
        line += label(lang, "reconciling", decided=int(parts["decided"]), n=int(parts["cases"]))
        if "unconfirmed" in parts:
            line += label(lang, "reconciling_unconfirmed", n=int(parts["unconfirmed"]))
        line += label(lang, "reconciling_then")
    return line
