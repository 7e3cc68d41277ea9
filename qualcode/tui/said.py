"""A service message as the interface says it: a setting it names, in the TUI's words.

The service writes where a setting goes (``QualcodeError.setting``) and each face names it
as its user gives it: the CLI as its flag. The TUI showed the bare parameter, so a lead
whose agreement tab had fewer than two coders read "name two or more of johan, karin, lena
(coders johan,karin)", and a document removed without a reason "say why the document is
removed (reason)" (eyes19). Here each setting a TUI user can meet is named as the TUI
offers it (the reports screen's `t`, the line the dialog asks for); one the TUI has no key
for is named in plain words ("min score"), never as a CLI flag, which a TUI user has
nowhere to type.

A refusal the service raises with a key (``QualcodeError.key``) is said in the interface's
own language here, for every screen at once: a coder in the Swedish interface read "sara is
not a lead; only a lead may remove a document" among Swedish everywhere else (eyes34), and
the screens that reworded it each caught the error themselves.

The interface's English (``en.toml``) is a wording of its own, not the CLI's line: the
CLI's names its flags, syntax and ids ("add --force to replace it", "write span:S-E",
"coding 3f2a9c1e was already removed"), which a TUI user has nowhere to type, and the
interface's names what it offers. What the two may not hold twice is a fact of the rule:
a limit is the raise's value ({most}), never a figure written in the words
(tests/texts/test_refusal_keys.py checks both languages).
"""

from __future__ import annotations

from qualcode.errors import QualcodeError
from qualcode.tui.catalog import Catalog

# the service's messages are English: the setting's name goes in in English too
_WORDS = Catalog("en")


def said(exc: QualcodeError, t: Catalog | None = None, screen: str = "") -> str:
    """``exc``'s one line in the interface's language ``t`` where the language files word
    it, else with the setting it names in the interface's words; as ``screen`` offers it
    where that screen has its own way (``setting_coders_reconcile``: the reconcile screen
    counts who finished the document it is opened on, and the reports screen's `t`, which
    it named, changes nothing there)."""
    if exc.key and t is not None:
        words = t.refusal(exc.key, exc.values)
        if words is not None:
            return words
    if exc.setting is None:
        return str(exc)
    key = f"setting_{exc.setting}"
    name = _WORDS(f"{key}_{screen}") if screen else key
    if name in (key, f"{key}_{screen}"):  # no words of the screen's own
        name = _WORDS(key)
    if name == key:  # no words for it in the TUI: the setting in plain words
        name = exc.setting.replace("_", " ")
    return exc.worded(name)
