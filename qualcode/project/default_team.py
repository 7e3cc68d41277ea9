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


def together(
    chosen: Sequence[str], sets: dict[str, set[str]], documents: Sequence[str], most: int = 4
) -> tuple[tuple[tuple[str, ...], int], ...]:
    """Where the default team counts no document: the teams of two or more of ``chosen``
    that finished (or worked in) documents together, each with how many it would count,
    most documents first, then the larger team (at most ``most``). A lead whose six coders
    had each finished other documents read "0 of 15 documents" over rows of dashes, and
    had to guess which names to type at `t`; the teams are each document's finishers (a
    team no document has whole counts nothing), in the order of ``chosen`` (eyes42)."""
    teams = {tuple(n for n in chosen if d in sets.get(n, ())) for d in documents} - {()}
    counted = [
        (team, sum(1 for d in documents if all(d in sets.get(n, ()) for n in team)))
        for team in teams
        if len(team) >= 2
    ]
    counted.sort(key=lambda pair: (-pair[1], -len(pair[0]), pair[0]))
    return tuple(counted[:most])
