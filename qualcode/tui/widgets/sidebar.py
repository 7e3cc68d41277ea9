"""The coding screen's sidebar: the codebook, the code in focus, the suggestion, memos.

It is given data and renders it; it never reads the project file, so cursor moves that
only change what it shows stay cheap. Text from the project (codebook, memos, evidence)
is escaped, since it may hold square brackets that Rich would read as markup.
"""

from __future__ import annotations

import textwrap
from collections.abc import Mapping, Sequence
from typing import Any

from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Static

from qualcode.model import Code, Memo, Suggestion
from qualcode.project import shown_score
from qualcode.tui.catalog import Catalog
from qualcode.tui.labels import cut_words, distinct_tails, elide, quoted
from qualcode.tui.safe import markup as escape
from qualcode.tui.widgets.text_pane import TextPane

WHOSE_LINES = 3  # the lines that say whose codings are counted, at most

Translate = Catalog


def _in(mapping: Mapping[str, str], lang: str) -> str:
    """The text in ``lang``; else any language, marked with its code so nobody is misled."""
    if mapping.get(lang):
        return mapping[lang]
    other = next(((k, v) for k, v in mapping.items() if v), None)
    return f"({other[0]}) {other[1]}" if other else "–"


def _two_lines(name: str, first_room: int, room: int) -> tuple[str, str]:
    """A long name broken at a space (else where the first line ends) into a first line of
    at most ``first_room`` cells and a second of at most ``room`` (the count follows it);
    what still does not fit is cut at its end, after a whole word where one fits
    (``labels.cut_words``)."""
    cut = name.rfind(" ", 0, first_room + 1)
    if cut <= 0:
        return name[:first_room], cut_words(name[first_room:], room)
    return name[:cut], cut_words(name[cut + 1 :], room)


# how the engine read a suggested passage (its evidence's "context", stored in English):
# a whole paragraph of a plan suggested, or a sentence that says little alone, came with no
# word of why (eyes13), though the README promised the sidebar says it
READ_IN_CONTEXT = {
    "its paragraph is a passage of this code": "ev_context_paragraph",
    "lies between two passages of this code in one turn": "ev_context_between",
    "read with its neighbours in the same turn": "ev_context_neighbours",
    "its list's lead-in makes this point": "ev_context_lead_in",
    "goes on with the point of the sentence before it": "ev_context_follows",
}


def _all_decided(accepted: int, rejected: int, t: Translate) -> str:
    """Every suggestion of the document decided: how, and that ``l`` lists the rest."""
    if accepted + rejected == 1:
        return t("suggest_one_accepted" if accepted else "suggest_one_rejected")
    return t("suggest_all_decided", total=accepted + rejected, accepted=accepted, rejected=rejected)


class Sidebar(Vertical):
    """Codebook list on top; below it, in one pane that scrolls by itself, the details of
    the code in focus, its suggestion and the memos."""

    _codebook_args: tuple[Any, ...] | None = None
    _head = 0  # where the details' definition begins: the memos go before it
    _reference = ""  # the details' definition and criteria, at their end
    # whether the codebook list names the codes whole (else each from the word that tells it
    # apart): the coding screen's notes name them as the list does (``short_name``)
    names_whole = True
    PANE = ("details", "memos")  # the parts shown, one after the other, in the pane

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._texts: dict[str, str] = {}

    def _put(self, part: str, text: str, one_line_each: bool = False) -> None:
        """Show ``text`` in one part, only if it changed. The codebook and the suggestion
        status are ``Static``s: an update of theirs re-lays-out the whole screen, unless
        their lines never wrap (``one_line_each``) and their number stayed (a count
        changed). Details and memos go to the pane, which never re-lays-out the screen:
        they change on most key presses."""
        shown = self._texts.get(part)
        if shown == text:
            return
        self._texts[part] = text
        if part in self.PANE:
            text, reference = self._pane_text(), self._reference
            # the definition and criteria at the end are reference: a note may cover them,
            # never the name, evidence and memos above them (eyes38: at 100x30 every
            # "Kodat …" note covered the codebook's list, the pane being full of definition)
            keep = len(text) - len(reference) if reference and text.endswith(reference) else None
            self.query_one(TextPane).update(text, keep)
            return
        same = one_line_each and shown is not None and shown.count("\n") == text.count("\n")
        self.query_one(f"#{part}", Static).update(text, layout=not same)

    def _pane_text(self) -> str:
        """The code's name (and a suggestion's evidence), then the memos, then the
        definition and criteria. Memos came last, below a definition of some thirty lines,
        so a coder who had just written one on the coding under the cursor saw no sign of
        it without paging (eyes31); the definition is reference, the memo her own work."""
        details, memos = self._texts.get("details", ""), self._texts.get("memos", "")
        if not memos or not details:
            return details or memos
        cut = min(self._head, len(details))
        head, rest = details[:cut].rstrip("\n"), details[cut:].lstrip("\n")
        return f"{head}\n{memos}\n\n{rest}" if rest else f"{head}\n{memos}"

    def shown(self, part: str) -> str:
        """The markup a part shows now (for tests and for skipping unchanged updates)."""
        return self._texts.get(part, "")

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="codebook-box"):  # a long codebook scrolls, the pane stays
            yield Static(id="codebook")
        yield Static(id="suggest-status")
        yield TextPane(id="details")

    def show_codebook(
        self,
        codes: Sequence[Code],
        colors: Mapping[str, str],
        counts: Mapping[str, int],
        lang: str,
        t: Translate,
        whose: Sequence[str] = (),
    ) -> None:
        """The codes with their counts; ``whose``: the people (and "consensus") those counts
        are of, said under the heading when they are not just the viewer's own: a lead's
        counts were every coder's, and nothing said so (eyes20)."""
        self._codebook_args = (codes, colors, counts, lang, t, whose)
        width = self.scrollable_content_region.width or 40
        lines = [f"[b]{t('codebook')}[/b]"]
        if whose:
            # whole names over up to three lines: cut in the middle, "codings by…rin, mira"
            # named nobody at 80 columns
            said = textwrap.wrap(t("codebook_whose", names=", ".join(whose)), max(8, width - 2))
            if len(said) > WHOSE_LINES:
                said = [
                    *said[: WHOSE_LINES - 1],
                    elide(" ".join(said[WHOSE_LINES - 1 :]), width - 2),
                ]
            lines += [f"[dim]{escape(line)}[/dim]" for line in said]
        # too narrow for whole names: start each at the word that tells it apart ("Från …"),
        # every one alike: a short name kept the "Från" the others dropped, and the coder
        # read "uppdragsmonolog till uppdragsdialog" over "Från individ- till …" (eyes33)
        tails = distinct_tails({c.key: c.name(lang) for c in codes})
        rooms = {c.key: max(8, width - 6 - len(f" ({counts.get(c.key, 0)})")) for c in codes}
        whole = all(len(c.name(lang)) <= rooms[c.key] for c in codes)
        self.names_whole = whole
        entries = []
        for code in codes:
            count = f" ({counts.get(code.key, 0)})"
            room = rooms[code.key]  # "■ 1 " + name + count, and a scrollbar
            name = code.name(lang)
            entries.append((code, name if whole else tails[code.key] or name, count, room))
        # a long name takes two lines while the whole list still fits its half of the
        # sidebar (the box scrolls beyond that); else one line, its middle given up
        wanted = 1 + sum(1 if len(name) <= room else 2 for _c, name, _n, room in entries)
        wrap = wanted <= self.size.height // 2
        for code, name, count, room in entries:
            head = f"[{colors[code.key]}]■[/] {escape(code.shortcut or ' ')} "
            if len(name) <= room:
                lines.append(head + escape(name + count))
            elif wrap:
                first, second = _two_lines(name, room + len(count), room)
                lines += [head + escape(first), "    " + escape(second + count)]
            else:
                lines.append(head + escape(elide(name, room) + count))
        self._put("codebook", "\n".join(lines), one_line_each=True)

    def on_resize(self) -> None:
        if self._codebook_args is not None:
            self.show_codebook(*self._codebook_args)

    def show_suggest_status(
        self,
        pending: int,
        threshold: float,
        above: int,
        t: Translate,
        missing: str | None = None,
        decided: tuple[int, int] = (0, 0),
    ) -> None:
        """How many suggestions wait and how to take them; and, when the semantic tier sat
        out though nobody switched it off (``missing``: not installed, cannot run here),
        that they read words, not meaning: the coder was never told why they were poorer.
        With none waiting, how many the coder ``decided`` (accepted, rejected) and what is
        left to look at: the line went blank at the last one, as though none had been made."""
        if pending:
            text = t("suggest_status", n=pending, value=t.figure(threshold), above=above)
        elif sum(decided):
            text = _all_decided(*decided, t)
        else:
            self._put("suggest-status", "")
            return
        if missing is not None:
            text += f"\n[dim]{escape(t(f'semantic_{missing}'))}[/dim]"
        self._put("suggest-status", f"\n{text}")

    def show_details(
        self,
        code: Code | None,
        suggestion: Suggestion | None,
        lang: str,
        t: Translate,
        suggested: Code | None = None,
    ) -> None:
        """Definition, criteria and an example of a code in ``lang``, the interface's; for a
        suggestion its score and evidence first, under the code's name: they are what the
        coder weighs to accept or reject, and below a long definition they were out of view.
        ``suggested``: the code of ``suggestion`` when it is another than ``code``, the
        coding under the cursor. That coding comes first (its name, then its memos); the
        other code's suggestion follows under its own name, so ``a`` still says what it
        takes. The other code's suggestion stood in the coding's place, its name over her
        memos, as though it were what she had coded (eyes37)."""
        if code is None:
            self._reference = ""
            self._put("details", "")
            return
        parts = [f"\n[b]{escape(code.name(lang))}[/b] [dim]{escape(code.key)}[/dim]"]
        if suggestion is not None and suggested is None:
            parts += [*self._evidence(suggestion, t), ""]
        self._head = len("\n".join(parts))
        if suggestion is not None and suggested is not None:
            named = t("suggested_here", name=suggested.name(lang))
            parts += [
                f"[b]{escape(named)}[/b] [dim]{escape(suggested.key)}[/dim]",
                *self._evidence(suggestion, t),
                "",
            ]
        reference = [
            f"[i]{t('definition')}:[/i] {escape(_in(code.definitions, lang))}",
            f"[i]{t('inclusion')}:[/i] {escape(_in(code.inclusion, lang))}",
            f"[i]{t('exclusion')}:[/i] {escape(_in(code.exclusion, lang))}",
        ]
        examples = code.examples.get(lang) or next(iter(code.examples.values()), ())
        if examples:
            reference.append(f"[i]{t('example')}:[/i] {quoted(escape(examples[0]), t.lang)}")
        self._reference = "\n".join(reference)
        self._put("details", "\n".join([*parts, *reference]))

    @staticmethod
    def _evidence(suggestion: Suggestion, t: Translate) -> list[str]:
        """A suggestion's score, the words it found, the nearest example and how it read
        the passage: what the coder weighs to accept or reject it."""
        ev = suggestion.evidence
        found = ev.get("words") or ev.get("terms")  # the text's own words, when stored
        terms = found if isinstance(found, list | tuple) else []
        parts = [
            f"[b]{t('suggestion_score', score=t.figure(shown_score(suggestion.score)))}[/b]"
            f" [dim]({escape(t.methods(suggestion.method))})[/dim]"
        ]
        if terms:
            shown = ", ".join(str(x) for x in terms)
            parts.append(f"[i]{t('evidence')}:[/i] {escape(shown)}")
        if ev.get("nearest"):
            near = "≈ " + quoted(escape(str(ev["nearest"])), t.lang)
            if ev.get("nearest_kind") == "coded":  # not the codebook's own example
                near += f" [dim]({t('nearest_coded')})[/dim]"
            parts.append(near)
        context = ev.get("context")
        if context:  # why a whole paragraph, or a sentence with little of its own
            said = READ_IN_CONTEXT.get(str(context))
            parts.append(f"[dim]{escape(t(said) if said else str(context))}[/dim]")
        return parts

    def show_memos(self, memos: Sequence[Memo], t: Translate) -> None:
        if not memos:
            self._put("memos", "")
            return
        lines = [f"\n[b]{t('memos')}[/b]"]
        for memo in memos:
            lines.append(f"[dim]{escape(memo.author)}:[/dim] {escape(memo.text)}")
        self._put("memos", "\n".join(lines))
