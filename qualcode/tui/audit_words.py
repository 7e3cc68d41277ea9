"""The audit trail's words in the interface's language (``TrailWords`` for the audit screen).

The trail is read through ``Project.audit_trail``, which says each entry in the stored
forms ``qualcode audit`` prints: the Swedish screen read "lena for karin", "accept:karin
with johan" and "coding.add" among Swedish headings. Here each of qualcode's own words
comes from the language files (``audit_*`` in ``qualcode/texts``), the verdicts as the
reconciliation screen says them; English keeps the stored names (what ``--action``
takes). What people wrote (a rationale, a code's name, a document's) stays as written,
and a word the files do not have is shown as stored. A code is said by its name in the
interface's language, as every other screen names it: the details read
"long_term_economics" where the codebook said "Från kortsiktig till långsiktig ekonomi".
"""

from __future__ import annotations

from collections.abc import Mapping

from qualcode.project.audit_said import layer_in
from qualcode.tui.catalog import Catalog
from qualcode.tui.labels import verdict_words


class ScreenWords:
    """``TrailWords`` from the catalog ``t``."""

    def __init__(self, t: Catalog, names: Mapping[str, str] | None = None) -> None:
        """``names``: code key -> the code's name in ``t``'s language (``names_by_key``),
        retired codes among them; a key it lacks is said as stored."""
        self.t = t
        self.names: Mapping[str, str] = dict(names or {})

    def code(self, key: str) -> str:
        return self.names.get(key) or key

    def _named(self, key: str, stored: str) -> str:
        """The language files' words for ``key``, else ``stored`` as it is."""
        text = self.t(key)
        return stored if text == key else text

    def action(self, action: str) -> str:
        return self._named(f"audit_action.{action}", action)

    def kind(self, kind: str) -> str:
        """An action family as the kind filter names it ("reconcile": "avstämning")."""
        return self._named(f"audit_kind.{kind}", kind)

    def acted_for(self, actor: str, whom: str) -> str:
        return self.t("audit_for", actor=actor, whom=whom)

    def verdict(self, verdict: str) -> str:
        return verdict_words(verdict, self.t)

    def joined_with(self, people: str) -> str:
        return self.t("audit_with", people=people)

    def field(self, name: str) -> str:
        return self._named(f"audit_field.{name}", name)

    def value(self, name: str, value: str) -> str:
        kind, colon, whose = value.partition(":")
        if name == "layer" and kind == "coder" and colon:  # one coder's codings
            return self.t("audit_layer_one", name=whose)
        # a summary's layer, kept in the words of its file: "all coders" on the Swedish
        # screen beside "kodare karin" of an export made in Swedish (tui45)
        if name == "layer" and (again := layer_in(value, self.t.lang)) != value:
            return again
        if name in ("file", "name", "text", "reason", "source", "set", "pseudonym", "key"):
            return value  # what someone typed or named, never a word of ours
        if name == "kind":  # a case's (reconcile) or a pseudonym's: "slag: speaker" (eyes44)
            return self._named(f"rc_kind.{value}", self._named(f"audit_pseudonym.{value}", value))
        return self._named(f"audit_value.{value}", value)
