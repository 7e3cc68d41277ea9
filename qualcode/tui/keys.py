"""Keys: the user's keymap file, bindings in the interface language, and the palette.

Every binding has an id (``coding.accept``); the id is also the catalog key of its
description, so the footer, ``?`` and the command palette speak the interface language, and
the same id is what a user names in their keymap file to remap the key.
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path
from typing import Any

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.dom import DOMNode
from textual.screen import Screen

from qualcode.errors import ValidationError

KEYS_ENV = "QUALCODE_KEYS"


def keymap_path() -> Path:
    """``$QUALCODE_KEYS``, else ``$XDG_CONFIG_HOME/qualcode/keys.toml`` (``~/.config``)."""
    if env := os.environ.get(KEYS_ENV):
        return Path(env)
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "qualcode" / "keys.toml"


def load_keymap(path: Path | None = None) -> dict[str, str]:
    """Binding id -> keys from a TOML file; a missing file is an empty keymap.

    Both spellings work: ``"coding.accept" = "enter"`` at the top, or a table per screen
    (``[coding]`` then ``accept = "enter"``). A broken file is one clear error naming it.
    """
    path = path or keymap_path()
    if not path.is_file():
        if os.environ.get(KEYS_ENV):
            raise ValidationError(f"{path}: keymap file not found (from ${KEYS_ENV})")
        return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ValidationError(f"{path}: not a valid TOML keymap ({exc})") from None
    return dict(_flatten(data, "", path))


def _flatten(data: dict[str, Any], prefix: str, path: Path) -> Iterator[tuple[str, str]]:
    for key, value in data.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            yield from _flatten(value, f"{name}.", path)
        elif isinstance(value, str) and value.strip():
            yield name, value.replace(" ", "")
        else:
            raise ValidationError(f'{path}: {name} must be a string of keys such as "ctrl+s"')


def localize_bindings(node: DOMNode, translate: Callable[[str], str]) -> None:
    """Give a node's bindings descriptions from the catalog, keyed by binding id.

    Textual reads descriptions from the bindings a node copied from ``BINDINGS`` at
    construction, so they are replaced there, once, before the node is shown.
    """
    bindings = node._bindings.key_to_bindings
    for key, items in bindings.items():
        bindings[key] = [_localized(b, translate) for b in items]


def set_shown(node: DOMNode, shown: dict[str, bool]) -> bool:
    """Show or hide bindings in the footer by id (the keys keep working either way);
    True when something changed, so the caller knows to refresh the footer."""
    changed = False
    bindings = node._bindings.key_to_bindings
    for key, items in bindings.items():
        new = [
            dataclasses.replace(b, show=shown[b.id])
            if b.id in shown and b.show != shown[b.id]
            else b
            for b in items
        ]
        if new != items:
            bindings[key] = new
            changed = True
    return changed


def key_named(app: App[Any], binding_id: str, default: str) -> str:
    """The key a keymap file gave ``binding_id``, else ``default``, as the footer shows it:
    for a note naming a key of a screen that is not open (``t`` on the reports screen)."""
    keymap: dict[str, str] = getattr(app, "_keymap", None) or {}
    key = keymap.get(binding_id, default).split(",")[0].strip()
    return app.get_key_display(Binding(key, ""))


def _localized(binding: Binding, translate: Callable[[str], str]) -> Binding:
    """By binding id; Textual's own bindings (scrolling, focus) have none, so by action."""
    text = described(binding, translate)
    if text == binding.description:
        return binding
    return dataclasses.replace(binding, description=text)


def described(binding: Binding, translate: Callable[[str], str]) -> str:
    """What ``binding`` does in the interface language: by its id, else (Textual's own keys)
    by its action; its own English words where the catalog has none. The keys panel and
    the palette ask here for every key they list, so a widget whose bindings nobody
    localized reads in the interface language too: `?` in the codebook listed its tree's
    "Cursor to parent", "Toggle", "Expand or collapse all" in the Swedish interface (eyes35)."""
    key = binding.id or f"action.{binding.action.rpartition('.')[2]}"
    text = translate(key)
    if not text or text == key:  # no label in the catalog: keep the English one
        return binding.description
    return text


def binding_commands(screen: Screen[Any]) -> Iterator[SystemCommand]:
    """One palette command per action of the screen, with its key, in binding order."""
    seen: set[str] = set()
    app = screen.app
    for key, active in screen.active_bindings.items():
        binding: Binding = active.binding
        ident = binding.id or binding.action
        if ident in seen or not binding.description:
            continue
        seen.add(ident)
        shown = app.get_key_display(dataclasses.replace(binding, key=key))
        if binding.id:  # the id is what a keymap file names to remap this key
            shown = f"{shown}  ·  {binding.id}"
        run = partial(app.run_action, binding.action, active.node)
        translate = getattr(app, "t", None)
        what = described(binding, translate) if translate else binding.description
        yield SystemCommand(what, shown, run)
