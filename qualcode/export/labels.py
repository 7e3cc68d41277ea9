"""Every word a theme summary prints, in each language of ``qualcode/texts/`` (``summary``).

A Swedish summary goes into a Swedish report as it is: headings, table headers, attribute
names, layer names, verdicts and the number format all follow the chosen language, so no
English label has to be hand-edited out of a table before a paper can use it.
"""

from __future__ import annotations

import math

from qualcode.texts import FALLBACK, LANGUAGES, texts

PLURAL = "||"  # a label's singular and plural, as in the TUI's texts
LABELS: dict[str, dict[str, str]] = {lang: texts(lang, "summary") for lang in LANGUAGES}


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
    if kind == "accept":  # a Swedish genitive after a capital or digit: "Kodare A:s"
        tail = ":" if lang == "sv" and (rest[-1:].isupper() or rest[-1:].isdigit()) else ""
        return label(lang, "verdict_accept", name=rest + tail)
    return label(lang, f"verdict_{kind}") if f"verdict_{kind}" in LABELS[FALLBACK] else verdict
