"""The default team's rules, apart from the service that applies them (scope.py): who
narrows the counted documents most, who of the team rated any of the documents chosen,
and why fewer than two coders count. Pure functions of the coders' finished (or worked)
documents, so each reads at a glance beside the rule in scope.py's docstring."""

from __future__ import annotations

from collections.abc import Sequence

from qualcode.errors import SETTING, ValidationError


def narrowest(
    chosen: Sequence[str], sets: dict[str, set[str]], documents: Sequence[str], counted: int
) -> tuple[str, int, int] | None:
    """The coder whose absence would count the most more documents (name, documents she
    finished or worked in, documents counted without her), when at least two would remain
    and her absence at least doubles the count; else None."""
    if len(chosen) < 3:
        return None
    best: tuple[str, int, int] | None = None
    for name in chosen:
        rest = [n for n in chosen if n != name]
        without = sum(1 for d in documents if all(d in sets.get(n, ()) for n in rest))
        if without >= max(2 * counted, counted + 1) and (best is None or without > best[2]):
            best = (name, len(sets.get(name, ())), without)
    return best


def rated_any(
    team: list[str], rated: dict[str, set[str]], wanted: frozenset[str], minimum: int
) -> list[str]:
    """Of the default team, those who finished (or, in a team not marking documents done,
    worked in) at least one of the documents chosen: `agree --docs` counted a coder who had
    only begun one of them, "coded by 4 coders" beside "omar 0" decisions (lead33)."""
    kept = [name for name in team if rated.get(name, set()) & wanted]
    if len(kept) < minimum:
        said = ", ".join(kept) or "none"
        raise ValidationError(
            f"fewer than {minimum} coders finished any of the documents chosen ({said}); "
            f"name the coders ({SETTING} {','.join(team[:2])})",
            setting="coders",
        )
    return kept


def too_few(chosen: list[str], done: dict[str, set[str]], everyone: list[str]) -> str:
    """Why fewer than two coders count, and how to choose them."""
    if len(everyone) < 2:
        return "a team report needs at least two coders; add one to the project's coders"
    if chosen and done:
        why = f"only {chosen[0]} has marked a document done"
    elif done:
        why = "no coder has marked a document done"
    elif chosen:
        why = f"only {chosen[0]} has coded or marked a document"
    else:
        why = "no coder has coded or marked a document yet"
    return (
        f"fewer than two coders count: {why}; mark documents done, or name two or more of "
        f"{', '.join(everyone)} ({SETTING} {','.join(everyone[:2])})"
    )
