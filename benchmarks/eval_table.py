"""``eval_real.py``'s rows as the table in benchmarks/README.md, with the summary a reader
needs to see where the engine stands against issue 10's aims.

The README's table of suggestion quality had gone 26 engine versions stale because writing
it by hand from a run's output took longer than the run: later stops measured a few rows
each and wrote them as paragraphs. ``--markdown`` prints the rows in the README's form and,
under them, the means a stop is compared on (the dev rows, the held-out rows, each with and
without the policy half) and the pooled rows; ``--from-json`` renders runs saved with
``--json`` again, so the Swedish, English and both-language runs (each a separate process,
since the other language's sentences change a project's scores) become one table without
measuring anything twice.

    python benchmarks/eval_real.py ... --json > sv.json          # one run per language
    python benchmarks/eval_real.py --from-json sv.json --langs sv --markdown
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from pathlib import Path

# the settings --show names, as eval_real.py labels its rows
SHOW = {
    "documents": ("zero-shot, documents", "documents"),  # the policy halves' one row
    "sentences": ("zero-shot",),
    "no-context": ("zero-shot, documents, no context",),
    "shots": (),  # every "K-shot" row
}
DEFAULT_SHOW = "documents,shots"


def shown(setting: str, show: Iterable[str]) -> bool:
    """Whether a row of ``setting`` belongs in a table asked for with ``--show``."""
    for name in show:
        if name == "shots" and setting.split("-")[0].isdigit():  # "5-shot", not "zero-shot"
            return True
        if setting in SHOW[name]:
            return True
    return False


def read_runs(paths: list[Path], langs: str) -> list[dict]:
    """The rows of runs saved with ``--json``, as the run made them (JSON writes the per-code
    keys as strings); a row without its languages (runs saved before they were written into
    it) gets ``langs``, the run's ``--langs``."""
    rows = []
    for path in paths:
        for row in json.loads(path.read_text(encoding="utf-8")):
            f1 = {int(j): value for j, value in row["f1"].items()}
            # the run a row came from, so that two runs' pooled rows stay apart
            rows.append({"langs": langs, **row, "f1": f1, "run": path.stem})
    return rows


def _pct(value: float) -> str:
    return "-" if math.isnan(value) else f"{value:.0%}"


def _num(value: float, places: int = 2) -> str:
    return "-" if math.isnan(value) else f"{value:.{places}f}"


def material(row: dict, held: set[str]) -> str:
    """A row's set as the table names it: the held-out sets marked, the language said
    when the run read one language only."""
    name = row["set"]
    if name in held:
        name += " (held)"
    if row.get("langs") and "," not in row["langs"]:
        name += f" [{row['langs']}]"
    return name


def markdown(
    rows: list[dict], keys: list[str], held: set[str], policy: set[str], show: Iterable[str]
) -> str:
    """The rows of the settings in ``show`` as a markdown table, then the summary
    (``summary``)."""
    show = list(show)
    short = " / ".join("".join(w[0] for w in k.split("_")) for k in keys)
    out = [
        f"| material | tier | setting | macro-F1 | coded F1 | {short} | coverage | found | "
        "precision | no-code | coded/none |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    # a set's rows together (a run lists every set of one tier, then the next tier's)
    first = {}
    for row in rows:
        first.setdefault(row["set"], len(first))
    for row in sorted(rows, key=lambda r: first[r["set"]]):
        if row["set"] == "pooled" or not shown(row["setting"], show):
            continue
        per = " / ".join(_num(row["f1"].get(j, math.nan)) for j in range(len(keys)))
        out.append(
            f"| {material(row, held)} | {row['semantic']} | {row['setting']} | "
            f"{_num(row['macro_f1'])} | {_num(row['coded_f1'])} | {per} | "
            f"{_pct(row['coverage'])} | {_pct(row['found'])} | {_pct(row['precision'])} | "
            f"{_pct(row['none_rate'])} | {row['coded']:.0f}/{row['none']:.0f} |"
        )
    return "\n".join(out) + "\n\n" + summary(rows, held, policy, show)


SUMMED = ("macro_f1", "coverage", "found", "precision", "none_rate")


def _mean(rows: list[dict]) -> dict[str, float]:
    """Each figure's mean over ``rows``, a row without the figure (nan) left out of it."""
    out = {}
    for key in SUMMED:
        values = [r[key] for r in rows if not math.isnan(r[key])]
        out[key] = sum(values) / len(values) if values else math.nan
    return out


def summary(rows: list[dict], held: set[str], policy: set[str], show: Iterable[str]) -> str:
    """Per languages, tier and setting: the mean of the dev rows and of the held-out rows
    (the sentence-labelled sets; then again with the policy half, whose one row stands for
    reading as documents), and the pooled row where the run has one.

    A mean of rows weighs a set of three coded sentences like one of fifty, so each run's
    pooled row (every sentence as one set) is shown beside it where there is one; "rows"
    counts the rows with a macro-F1 (a set with no coded sentence in a language has none)."""
    show = list(show)
    lines = [
        "| summary | langs | tier | setting | rows | macro-F1 | coverage | found | precision "
        "| no-code |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    groups: dict[tuple[str, str, str], list[dict]] = {}
    for row in rows:
        if row["setting"] == "documents" or not shown(row["setting"], show):
            continue  # a policy half's row joins its setting below
        groups.setdefault((row.get("langs", ""), row["semantic"], row["setting"]), []).append(row)
    for (langs, tier, setting), group in groups.items():
        as_documents = setting == "zero-shot, documents"
        policy_rows = [
            r
            for r in rows
            if r["set"] in policy
            and (r.get("langs", ""), r["semantic"]) == (langs, tier)
            and as_documents
        ]
        parts = [
            ("mean of dev rows", [r for r in group if r["set"] not in held | {"pooled"}]),
            ("mean of held rows", [r for r in group if r["set"] in held]),
        ]
        dev_policy = [r for r in policy_rows if r["set"] not in held]
        held_policy = [r for r in policy_rows if r["set"] in held]
        if dev_policy:
            parts.append(("mean of dev rows with the policy half", parts[0][1] + dev_policy))
        if held_policy:
            parts.append(("mean of held rows with the policy half", parts[1][1] + held_policy))
        for r in group:  # each run's pooled row is its own: one set of every sentence
            if r["set"] == "pooled":
                parts.append((" ".join(["pooled", r.get("run", "")]).strip(), [r]))
        for name, chosen in parts:
            if not chosen:
                continue
            m = _mean(chosen)
            counted = sum(not math.isnan(r["macro_f1"]) for r in chosen)
            lines.append(
                f"| {name} | {langs} | {tier} | {setting} | {counted} | "
                f"{_num(m['macro_f1'], 4)} | {_pct(m['coverage'])} | {_pct(m['found'])} | "
                f"{_pct(m['precision'])} | {_pct(m['none_rate'])} |"
            )
    return "\n".join(lines)
