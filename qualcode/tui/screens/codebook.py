"""The codebook screen: browse and search the codes; the lead also edits them.

Everyone can browse: the tree with coding counts, a search over keys and names in both
languages, and the full entry (definition, criteria, keywords, examples) in either
language. Changing the shared codebook (add, edit, rename, move, merge, retire) is the
lead's job, as in a coding team where coders propose and the lead decides; coders see a
notice saying so. Every change is one ``Project`` call, the same the CLI makes, so it is
one transaction with an audit entry and codings are never lost.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Header, Input, Static, Tree
from textual.widgets.tree import TreeNode

from qualcode.model import LANGS, Code
from qualcode.tui.keys import localize_bindings
from qualcode.tui.labels import quoted, word_names
from qualcode.tui.safe import filled, markup
from qualcode.tui.screens.base import QualcodeScreen, nothing_to_page
from qualcode.tui.screens.codebook_edit import CodebookEditActions
from qualcode.tui.screens.coding import PALETTE, CodingScreen
from qualcode.tui.widgets.footer import KeysFooter

EDIT_ACTIONS = {"add", "edit", "rename", "move", "merge", "retire"}


class CodebookScreen(CodebookEditActions, QualcodeScreen[bool]):
    AUTO_FOCUS = "#cb-tree"  # letters are commands here; the search box is one / away
    BINDINGS: ClassVar[list[BindingType]] = [
        # priority: the keys typed after it go to the box (action_search)
        Binding("slash", "search", "Search", show=False, id="codebook.search", priority=True),
        Binding("l", "language", "sv/en", id="codebook.language"),
        # the lead's forms open as the key arrives (priority), so what is typed straight
        # after reaches the form: as ordinary bindings the tree got the letters first, and
        # "a workload" renamed (r), switched the language (l) and moved (m) before the form
        # opened; in the search box they are letters (check_action)
        Binding("a", "add", "Add", id="codebook.add", priority=True),
        Binding("e", "edit", "Edit", id="codebook.edit", priority=True),
        Binding("r", "rename", "Rename", id="codebook.rename", priority=True),
        Binding("m", "move", "Move", id="codebook.move", priority=True),
        Binding("M", "merge", "Merge", id="codebook.merge", priority=True),
        Binding("d", "retire", "Retire", show=False, id="codebook.retire", priority=True),
        Binding("q,escape", "back", "Back", id="codebook.back"),
        Binding("ctrl+b", "back", "Back", show=False, id="codebook.close"),
        # a definition runs past a 24-line terminal: page it while the tree keeps focus
        Binding("greater_than_sign", "entry(1)", "Entry ↓", show=False, id="codebook.entry_down"),
        Binding("less_than_sign", "entry(-1)", "Entry ↑", show=False, id="codebook.entry_up"),
    ]

    def __init__(self, lang: str | None = None) -> None:
        super().__init__()
        localize_bindings(self, self.app.t)
        self.lang = lang
        self.codes: list[Code] = []
        self.counts: dict[str, int] = {}
        self.code_colors: dict[str, str] = {}
        self.changed = False
        self._is_lead: bool | None = None

    def compose(self) -> ComposeResult:
        t = self.app.t
        yield Header()
        yield Static(id="cb-notice", classes="hidden")
        yield Input(placeholder=t("cb_search"), id="cb-search")
        with Horizontal(id="cb-body"):
            yield Tree("codes", id="cb-tree")
            with VerticalScroll(id="cb-detail"):
                yield Static(id="cb-entry")
        yield KeysFooter()

    def on_mount(self) -> None:
        t = self.app.t
        self.lang = self.lang if self.lang in LANGS else t.lang
        self.title = t("codebook")
        tree = self.query_one(Tree)
        tree.guide_depth = 2
        if not self.is_lead:
            notice = self.query_one("#cb-notice", Static)
            leads = self._leads()  # none: a project whose coders were added without one
            said = t("cb_read_only", leads=", ".join(leads)) if leads else t("cb_read_only_no_lead")
            notice.update(markup(said))
            notice.remove_class("hidden")
        self.reload()
        tree.focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Coders browse: the changing keys leave their footer (the notice says why). In the
        search box the search key and the lead's form keys are characters to type."""
        typing = isinstance(self.focused, Input)
        if action == "search" or (typing and action in EDIT_ACTIONS):
            return not typing
        return self.is_lead or action not in EDIT_ACTIONS

    # -- data -----------------------------------------------------------------------------

    @property
    def is_lead(self) -> bool:
        """Asked on every footer refresh, so the role is read from the file once."""
        if self._is_lead is None:
            app = self.app
            self._is_lead = app.project.coder(app.coder).role == "lead"
        return self._is_lead

    def _leads(self) -> list[str]:
        return [c.name for c in self.app.project.coders() if c.role == "lead"]

    def reload(self, select: str | None = None) -> None:
        """Read the codebook and counts again and rebuild the tree, keeping the cursor."""
        app = self.app
        self.codes = app.project.codebook()
        self.code_colors = {
            c.key: c.color or PALETTE[i % len(PALETTE)] for i, c in enumerate(self.codes)
        }
        if self.is_lead:  # the lead sees the team's totals
            self.counts = app.project.code_counts()
        else:  # what she may read: her own while blind, the team's once unblinded
            self.counts = {}
            for coding in app.project.codings(viewer=app.coder):
                self.counts[coding.code] = self.counts.get(coding.code, 0) + 1
        search = self.query_one("#cb-search", Input)
        needle = search.value.strip().lower()
        if select and needle and select not in self._matches(needle)[0]:
            with search.prevent(Input.Changed):  # show the code just changed, not an empty list
                search.value = ""
        self._build(select or self.current_key)

    def on_resize(self) -> None:
        """Names are cut to the tree's width: cut them again once the tree has its new one."""
        if self.codes:
            self.call_after_refresh(lambda: self._build(self.current_key))

    def _matches(self, needle: str) -> tuple[set[str], set[str]]:
        """Keys matching the search, and those with their ancestors so the tree still reads."""
        by_id = {c.id: c for c in self.codes}
        direct = {
            c.key
            for c in self.codes
            if any(needle in h.lower() for h in (c.key, *c.names.values()))
        }
        shown: set[str] = set()
        for code in self.codes:
            node: Code | None = code if code.key in direct else None
            while node is not None and node.key not in shown:
                shown.add(node.key)
                node = by_id.get(node.parent_id or "")
        return direct, shown

    def _build(self, select: str | None) -> None:
        tree = self.query_one(Tree)
        needle = self.query_one("#cb-search", Input).value.strip().lower()
        direct, shown = self._matches(needle) if needle else (set(), {c.key for c in self.codes})
        tree.clear()
        live = {c.id for c in self.codes}
        nodes: dict[str, TreeNode[str]] = {}
        depth: dict[str | None, int] = {None: 0}
        width = tree.scrollable_content_region.width or self.app.size.width // 2
        pending = [c for c in self.codes if c.key in shown]
        while pending:  # parents first, whatever the stored order
            later = []
            for code in pending:
                parent_id = code.parent_id if code.parent_id in live else None
                if parent_id and parent_id not in nodes:
                    later.append(code)
                    continue
                parent = nodes[parent_id] if parent_id else tree.root
                depth[code.id] = depth[parent_id] + 1
                label = self._label(code, width - tree.guide_depth * depth[code.id])
                nodes[code.id] = parent.add(label, data=code.key, expand=True)
            if len(later) == len(pending):
                break
            pending = later
        for node in nodes.values():
            if not node.children:
                node.allow_expand = False
        t = self.app.t
        title = f"{t('codebook')} ({len(nodes)})"
        columns = t("cb_columns")  # what the numbers are, when there is room to say it
        if len(title) + len(columns) + 4 > width:  # at 80 columns "1 1 to mission dialogue"
            columns = t("cb_columns_short")  # read without a word of which 1 is which (eyes42)
        hint = f"  [dim]{columns}[/]" if len(title) + len(columns) + 4 <= width else ""
        tree.root.set_label(f"[b]{title}[/b]{hint}")
        tree.root.expand()
        if needle and select not in direct:  # land on a match, not on its parent
            select = next((c.key for c in self.codes if c.key in direct), None)
        target = next((n for n in nodes.values() if n.data == select), None)
        target = target or next(iter(nodes.values()), None)
        if target is not None:  # every node is expanded: its line is its place in the walk
            lines = list(_walk(tree.root))
            tree.cursor_line = lines.index(target)
        self._show()

    def _label(self, code: Code, room: int) -> str:
        """Colour, count, shortcut and name in ``room`` cells: long names give way after
        whole words from the word that tells them apart, as in every other list
        (``labels.word_names``: "separering till integrering av arbetsmiljö …"), the count
        first never is cut; the whole name is in the entry beside the tree. Cut in the
        middle, "Från separering till integrer…verksamhetskvalitet" read as two half words
        (eyes38)."""
        key = f"{code.shortcut} " if code.shortcut else "  "
        count = self.counts.get(code.key, 0)
        names = {c.key: c.name(self.lang or "en") for c in self.codes}
        name = word_names(names, max(8, room - 9))[code.key]  # "■ 123 1 ", a margin
        return f"[{self.code_colors[code.key]}]■[/] [dim]{count:>3}[/] {key}{_plain(name)}"

    @property
    def current_key(self) -> str | None:
        if not self.is_mounted:
            return None
        node = self.query_one(Tree).cursor_node
        return node.data if node is not None else None

    @property
    def current(self) -> Code | None:
        key = self.current_key
        return next((c for c in self.codes if c.key == key), None)

    # -- the entry pane -------------------------------------------------------------------

    def _show(self) -> None:
        t, lang = self.app.t, self.lang or "en"
        entry = self.query_one("#cb-entry", Static)
        code = self.current
        if code is None:
            if not self.codes:
                entry.update(t("cb_no_codes"))
            elif (
                self.query_one("#cb-search", Input).value and not self.query_one(Tree).root.children
            ):
                entry.update(t("cb_empty"))
            else:
                entry.update(t("cb_codings", n=sum(self.counts.values())))
            return
        other = next(x for x in LANGS if x != lang)
        parent = next((c for c in self.codes if c.id == code.parent_id), None)
        # a name or shortcut goes in as a value, never as markup: a shortcut "\\" in
        # "[b]\\[/]" escaped the closing tag, and the pane was bold from there on
        facts = [Content.from_markup(f"[dim]{_plain(code.key)}[/]")]
        if code.shortcut:
            facts.append(filled(f"{t('cb_shortcut')} [b]$key[/]", key=code.shortcut))
        facts.append(Content.from_markup(t("cb_codings", n=self.counts.get(code.key, 0))))
        if parent:
            facts.append(filled(f"{t('cb_parent')} $name", name=parent.name(lang)))
        color = self.code_colors[code.key]
        head = [
            filled(f"[b][{color}]■[/] $name[/b]  [dim]{lang}[/]", name=code.name(lang)),
            Content(" · ").join(facts),
        ]
        if code.names.get(other):
            head.append(filled(f"[dim]{other}: $name[/]", name=code.names[other]))
        lines: list[str] = []
        for label, texts in (
            ("definition", code.definitions),
            ("inclusion", code.inclusion),
            ("exclusion", code.exclusion),
        ):
            lines += ["", f"[b]{t(label)}[/b]", _plain(texts.get(lang)) or t("cb_missing")]
        lines += ["", f"[b]{t('cb_keywords')}[/b]"]
        lines.append(_plain(", ".join(code.keywords.get(lang, ()))) or t("cb_missing"))
        lines += ["", f"[b]{t('cb_examples')}[/b]"]
        examples = code.examples.get(lang, ())
        lines += [f"• {quoted(_plain(x), t.lang)}" for x in examples] or [t("cb_missing")]
        further = code.further_examples.get(lang, ())
        if further:  # a code's talk in other registers, which few codebooks give
            lines += ["", f"[b]{t('cb_further_examples')}[/b]"]
            lines += [f"• {quoted(_plain(x), t.lang)}" for x in further]
        joins = code.parts.get(lang, ())
        if joins:  # the stems of each side the code joins, which few codebooks give
            lines += ["", f"[b]{t('cb_parts')}[/b]"]
            lines += [f"• {_plain(', '.join(part))}" for part in joins]
        entry.update(Content("\n").join([*head, *(Content.from_markup(x) for x in lines)]))

    @on(Tree.NodeHighlighted)
    def _highlighted(self) -> None:
        self._show()

    # -- browsing -------------------------------------------------------------------------

    def action_search(self) -> None:
        """Focus the box at once, not on the next turn (``Widget.focus``): "/case" typed in
        one go sent its letters to the tree, where ``a`` adds and ``e`` edits a code. A
        priority binding runs as the key arrives, so the keys after it go to the box."""
        self.set_focus(self.query_one("#cb-search", Input))

    @on(Input.Changed, "#cb-search")
    def _filter(self) -> None:
        self._build(self.current_key)

    @on(Input.Submitted, "#cb-search")
    def _filter_done(self) -> None:
        """Enter moves to the tree the box filters at once; a second Enter typed ahead
        (which reached the box before the first moved away) is the tree's Enter."""
        tree = self.query_one(Tree)
        if self.focused is tree:
            tree.action_select_cursor()
            return
        self.set_focus(tree)

    def action_entry(self, pages: int) -> None:
        detail = self.query_one("#cb-detail", VerticalScroll)
        if nothing_to_page(self, detail, pages):
            return
        if pages > 0:
            detail.scroll_page_down(animate=False)
        else:
            detail.scroll_page_up(animate=False)

    def action_language(self) -> None:
        self.lang = "en" if self.lang == "sv" else "sv"
        self._build(self.current_key)

    def action_back(self) -> None:
        search = self.query_one("#cb-search", Input)
        if search.has_focus and search.value:
            search.value = ""
            self.query_one(Tree).focus()
            return
        self.dismiss(self.changed)


def _plain(text: str | None) -> str:
    """Codebook text shown as typed: square brackets are not markup."""
    return markup(text or "")


def after_codebook(screen: Screen[Any], changed: bool | None) -> None:
    """Bring the screen under the codebook up to date after renames, merges and edits.

    The coding screen keeps the codebook in memory for its shortcuts, colours and sidebar,
    so it reads it again and repaints; codings follow their code by id, so a renamed or
    merged code shows under its new name at once.
    """
    if changed and isinstance(screen, CodingScreen):
        screen.load_codebook()
        screen.refresh_marks()


def _walk(node: TreeNode[str]) -> Iterator[TreeNode[str]]:
    yield node
    for child in node.children:
        yield from _walk(child)
