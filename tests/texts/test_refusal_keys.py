"""The service's keyed refusals and the ``refusals`` table of the language files agree.

A refusal raised with ``key=`` (or ``.keyed(...)``) is said by the terminal interface from
the table in its own language; a key the files lack would be said in English, a key no
raise uses is dead words, and a {field} the raise does not give would fall back to
English too. Read from the source, so every raise is checked, met by a test or not.
"""

from __future__ import annotations

import ast
import string
import tomllib
from collections import defaultdict
from pathlib import Path

import qualcode
import qualcode.texts

SOURCE = Path(qualcode.__file__).parent
FOLDER = Path(qualcode.texts.__file__).parent
# the access rules that raise a keyed refusal for their callers, adding who acts (``me``)
RULES = {"require_lead", "require_lead_act", "require_lead_or"}


def _name(func: ast.expr) -> str:
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def _key_tables(tree: ast.Module) -> dict[str, list[str]]:
    """A module's dicts of literal keys (``_TOO_LONG_KEYS = {"name": "name_too_long"}``),
    by name: a refusal keyed ``.keyed(_TOO_LONG_KEYS[kind])`` may carry any of them."""
    tables: dict[str, list[str]] = {}
    for node in tree.body:
        target = node.target if isinstance(node, ast.AnnAssign) else None
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
        value = getattr(node, "value", None)
        if isinstance(target, ast.Name) and isinstance(value, ast.Dict):
            keys = [v.value for v in value.values if isinstance(v, ast.Constant)]
            if keys and all(isinstance(k, str) for k in keys):
                tables[target.id] = [str(k) for k in keys]
    return tables


def _keyed_args(arg: ast.expr, tables: dict[str, list[str]]) -> list[str]:
    """The keys ``.keyed(arg)`` may give: a literal, or any key of a literal table."""
    if isinstance(arg, ast.Constant):
        return [str(arg.value)]
    if isinstance(arg, ast.Subscript) and isinstance(arg.value, ast.Name):
        return tables.get(arg.value.id, [])
    return []


def keyed_sites() -> dict[str, list[set[str]]]:
    """Each key a raise names, with the values each of its raises gives."""
    sites: dict[str, list[set[str]]] = defaultdict(list)
    for path in sorted(SOURCE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        tables = _key_tables(tree)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = _name(node.func)
            given = {k.arg for k in node.keywords if k.arg}
            if name == "keyed" and node.args and _keyed_args(node.args[0], tables):
                for key in _keyed_args(node.args[0], tables):
                    sites[key].append(given)
                continue
            key = next((k.value for k in node.keywords if k.arg == "key"), None)
            # a key, or one of two ("output_read_only" if read_only else "output_denied")
            keys = [key] if not isinstance(key, ast.IfExp) else [key.body, key.orelse]
            named = [k.value for k in keys if isinstance(k, ast.Constant) and k.value]
            if named and (name.endswith("Error") or name in RULES):
                extra = {"me"} if name in RULES else set()
                for each in named:
                    sites[str(each)].append(given - {"key", "setting", "action"} | extra)
    return sites


def _table(lang: str) -> dict[str, str]:
    with (FOLDER / f"{lang}.toml").open("rb") as handle:
        return dict(tomllib.load(handle)["refusals"])


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_keyed_refusal_has_words_and_every_word_a_refusal() -> None:
    sites = keyed_sites()
    assert "lead_removes_documents" in sites and "coder_name_taken" in sites  # it reads them
    assert set(sites) == set(_table("en"))


def test_the_words_name_only_what_every_raise_gives() -> None:
    sites = keyed_sites()
    for lang in ("en", "sv"):
        for key, text in _table(lang).items():
            for given in sites[key]:
                assert _fields(text) <= given, (lang, key, _fields(text) - given)


def test_a_counted_refusal_gives_both_forms_with_the_same_fields() -> None:
    for lang in ("en", "sv"):
        for key, text in _table(lang).items():
            if "||" in text:
                one, many = text.split("||")
                assert one and many and _fields(one) == _fields(many), (lang, key)


def _shown_bare(handler: ast.ExceptHandler) -> list[int]:
    """Lines where a handler puts its error on screen as the service worded it."""
    name = handler.name
    lines = []
    for node in ast.walk(ast.Module(body=handler.body, type_ignores=[])):
        if isinstance(node, ast.FormattedValue) and getattr(node.value, "id", "") == name:
            lines.append(node.lineno)
        if (
            isinstance(node, ast.Call)
            and _name(node.func) in ("str", "markup", "plain", "literal")
            and any(getattr(a, "id", "") == name for a in node.args)
        ):
            lines.append(node.lineno)
    return lines


def test_the_screens_say_every_refusal_through_said() -> None:
    """One path: a screen that showed ``str(exc)`` (or caught ``BlindError`` to reword
    it, as the documents list did) would say a keyed refusal in English."""
    bare = []
    for path in sorted((SOURCE / "tui" / "screens").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ExceptHandler) and isinstance(node.type, ast.Name):
                assert node.type.id != "BlindError", path.name
                if node.type.id == "QualcodeError" and node.name:
                    bare += [f"{path.name}:{line}" for line in _shown_bare(node)]
    assert bare == []


# figures a refusal's words may write themselves: an example of the form asked for (a
# colour), where a text's offsets start, and the reconcile screen's version keys
FIGURES_OF_THE_WORDS = ("#1f77b4", "0-{length}", "(1-9)")


def test_a_limit_in_the_words_is_the_services_own_value() -> None:
    """The interface's English (en.toml) and the CLI's (the raise's message) are two
    wordings on purpose: the CLI names its flags, syntax and ids (--force, span:S-E,
    coding 3f2a9c1e), which a TUI user has nowhere to type. What they must not hold twice
    is a fact of the rule: a limit the words write as a figure of their own drifts when the
    rule changes (code_key_rule said "at most 64 characters" beside KEY_MAX). Every figure
    comes from the raise's values."""
    for lang in ("en", "sv"):
        for key, text in _table(lang).items():
            words = text
            for allowed in FIGURES_OF_THE_WORDS:
                words = words.replace(allowed, "")
            bare = "".join(literal for literal, _, _, _ in string.Formatter().parse(words))
            assert not any(ch.isdigit() for ch in bare), (lang, key, text)
