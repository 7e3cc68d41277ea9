"""The reconcile screen's version panes: every counted coder's version of the case side by
side (three from 120 columns, two at 80, ``v`` cycling to the others), each headed by the key
that takes it, its coder and the codes they gave, with the discussion under them. A pane
cut off the screen's width is named in the last heading with what its coder coded.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from textual.widgets import Static

from qualcode.model import Unit
from qualcode.project import CaseView
from qualcode.reconcile import Case, Version
from qualcode.reconcile.boundaries import boundaries_apart
from qualcode.texts import owner
from qualcode.tui.catalog import Catalog
from qualcode.tui.labels import quoted
from qualcode.tui.screens.base import ScreenPart
from qualcode.tui.screens.reconcile_columns import room_for
from qualcode.tui.widgets.case_talk import discussion_text
from qualcode.tui.widgets.case_version import version_text

PANES = 4  # at most this many versions side by side (from 160 columns)
PANE_WIDTH = 40  # columns a version needs to be read
# the words of the bindings' ids that take the first ... ninth coder's version
ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")


class VersionPanes(ScreenPart):
    """Mixed into the reconcile screen, which holds the cases, the coders and the app."""

    coders: list[str]
    none_why: str  # why there are no cases when no document counts
    code_names: dict[str, str]  # key -> the name the lead reads
    span_labels: dict[str, str]  # key -> name before its span in a version
    first_pane: int  # the first coder shown when not all fit side by side
    _docs: dict[str, tuple[str, list[Unit]]]  # text and units, per document

    if TYPE_CHECKING:  # the screen's own and its other parts', named here for the checker

        def _current(self) -> CaseView | None: ...

        def key_of(self, binding_id: str) -> str: ...

        def codes_label(self, keys: Sequence[str], between: str = ", ") -> str: ...

        def agreement_line(self, view: CaseView) -> None: ...

    def _document(self, doc_id: str) -> tuple[str, list[Unit]]:
        if doc_id not in self._docs:
            project = self.app.project
            text = project.document_texts([doc_id])[doc_id]
            self._docs[doc_id] = (text, project.units(doc_id))
        return self._docs[doc_id]

    def side_by_side(self) -> int:
        """How many versions fit side by side: three from 120 columns, two at 80."""
        return max(1, min(PANES, len(self.coders) or 1, self.size.width // PANE_WIDTH))

    def shown_coders(self) -> list[tuple[int, str]]:
        """(number, coder) of the versions in view, from ``first_pane`` on, wrapping."""
        count = self.side_by_side()
        return [
            (
                (self.first_pane + i) % len(self.coders) + 1,
                self.coders[(self.first_pane + i) % len(self.coders)],
            )
            for i in range(min(count, len(self.coders)))
        ]

    def short_codes(self, version: Version | None) -> str:
        """A version's codes by their short span labels ("systems"), or "–" for none."""
        if version is None or version.empty:
            return "–"
        return "/".join(self.span_labels.get(code, code) for code in version.codes)

    def show_differing_versions(self) -> None:
        """On a new case, where not every version fits side by side: the versions in view
        are the ones that differ. Three coders at 100 columns showed johan's and karin's
        "–" on a case only mira coded (and, after a ``v``, mira's "–" and johan's "–" on one
        only karin coded): the lead read two empty versions and had to press ``v`` to find
        what there was to decide (eyes37). The rotation is kept when its versions already
        differ as much as any would; else the nearest one onward that shows the most."""
        view = self._current()
        count, every = self.side_by_side(), len(self.coders)
        if view is None or count >= every:
            return
        versions = view.case.versions

        def reading(coder: str) -> object:
            version = versions.get(coder)
            return () if version is None or version.empty else version.key()

        def readings(first: int) -> int:
            return len({reading(self.coders[(first + i) % every]) for i in range(count)})

        onward = [(self.first_pane + step) % every for step in range(every)]
        self.first_pane = max(onward, key=readings)  # the first of the most: kept if it is

    def action_next_versions(self) -> None:
        if self.coders and self.side_by_side() < len(self.coders):
            self.first_pane = (self.first_pane + self.side_by_side()) % len(self.coders)
            self._show()

    def _show(self) -> None:
        t = self.app.t
        view = self._current()
        panes = [self.query_one(f"#pane{n}", Static) for n in range(PANES)]
        talk = self.query_one("#discussion", Static)
        if view is None:
            panes[0].display = True
            panes[0].update(self.none_why or t("rc_none"))
            for pane in panes[1:]:
                pane.display = False
            talk.update("")
            self.query_one("#agreement", Static).update("")
            return
        case = view.case
        text, units = self._document(case.document_id)
        shown = self.shown_coders()
        hidden = len(self.coders) - len(shown)
        for n, pane in enumerate(panes):
            pane.display = n < len(shown)
            if n >= len(shown):
                continue
            number, coder = shown[n]
            version = case.versions.get(coder)
            codes = self.codes_label(version.codes) if version and not version.empty else "–"
            key = self.key_of(f"reconcile.accept_{ORDINALS[number - 1]}") if number <= 9 else ""
            # "[1] takes johan's": the key's deed said where the lead reads the version
            # (the footer has no room for 1-9 at 80 columns); a tenth coder has no key
            heading = (
                t("rc_version", n=key, whose=owner(coder, t.lang, person=True), codes=codes)
                if key
                else t("rc_version_unkeyed", n=f"{number}.", coder=coder, codes=codes)
            )
            if hidden and n == len(shown) - 1:
                # who the hidden versions are and what each coded: with five coders at 80
                # columns three were behind [v], and a presence case's "who coded it" with
                # them (eyes12)
                # coders who coded alike named together, their codes once: six coders'
                # "mira systemperspektiv, nils systemperspektiv, …" took five of the
                # pane's eight lines at 80x24 (eyes40)
                alike: dict[str, list[str]] = {}
                for name in self.coders:
                    if name not in {c for _, c in shown}:
                        alike.setdefault(self.short_codes(case.versions.get(name)), []).append(name)
                # "mira, nora: dialog": "mira, nora dialog" read as a coder named nora dialog
                who = "; ".join(f"{', '.join(names)}: {codes}" for codes, names in alike.items())
                heading += t("rc_more", more=hidden, k=self.key_of("reconcile.versions"), who=who)
            pane.update(
                version_text(
                    text, units, case, coder, heading, room_for(pane, case), self.span_labels
                )
            )
        talk.update(discussion_text(view, t, self.code_names, boundaries_line(case, text, t)))
        self.agreement_line(view)


WORDS = 6  # of a stretch that parts two spans: enough to find it in the panes


def _words(text: str, span: tuple[int, int]) -> str:
    said = text[span[0] : span[1]].split()
    return " ".join(said[:WORDS]) + (" …" if len(said) > WORDS else "")


def boundaries_line(case: Case, text: str, t: Catalog) -> str:
    """A boundary case in one line: who drew the same span, and where each other coder's
    begins or ends apart from it ("Boundaries: karin, nils, omar alike · johan: also
    “Ja. Och det var egentligen en …” before"); empty for any other case. Five coders
    filled four panes with one answer, marked a little differently in each, and the lead
    read them side by side to find the one that began a sentence earlier (eyes36)."""
    alike, parts = boundaries_apart(case)
    if not parts:
        return ""
    head = t("rc_bounds_alike" if len(alike) > 1 else "rc_bounds_one", names=", ".join(alike))
    said = [head]
    for part in parts:
        items = [
            t(key, words=quoted(_words(text, span), t.lang))
            for key, span in (
                ("rc_bounds_before", part.takes_before),
                ("rc_bounds_start", part.leaves_start),
                ("rc_bounds_after", part.takes_after),
                ("rc_bounds_end", part.leaves_end),
            )
            if span is not None
        ] or [t("rc_bounds_inside")]
        said.append(f"{', '.join(part.coders)}: {', '.join(items)}")
    return " · ".join(said)
