"""The codebook as a paper's appendix prints it: each code in one language with its
definition, when to use it and when not, and examples (and further examples, of the code
in other registers, and the stems of its parts), in the codebook's hierarchy.

YAML (``codebook export x.yaml``) is for loading back; this is for reading. Every text
goes through the pseudonym key (``apply``): examples are often passages of the material.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from qualcode.export.cells import md_block, md_inline, page_text
from qualcode.export.docx_page import titled_document
from qualcode.export.labels import label
from qualcode.model import Code


@dataclass(frozen=True, slots=True)
class Entry:
    """One code as printed: its depth under the top (0) and its texts in one language."""

    depth: int
    key: str
    name: str
    parts: tuple[tuple[str, str], ...]  # (heading, text): definition, inclusion, exclusion
    examples: tuple[str, ...]
    # how the code is also spoken of in other registers (model.Code.further_examples)
    further: tuple[str, ...] = ()
    # the stems of each side the code joins (model.Code.parts), one line a part
    joins: tuple[str, ...] = ()
    # the heading over them, saying whose language they are in when not the export's
    joins_heading: str = ""


def entries(codes: Sequence[Code], lang: str, apply: Callable[[str], str]) -> list[Entry]:
    """The codes depth-first under their parents, in the codebook's own order; a field the
    language lacks falls back to another language rather than leaving a gap."""

    def pick(field: Mapping[str, str]) -> str:
        return field.get(lang) or next(iter(field.values()), "") or ""

    children: dict[str | None, list[Code]] = {}
    known = {c.id for c in codes}
    for code in codes:
        parent = code.parent_id if code.parent_id in known else None
        children.setdefault(parent, []).append(code)
    out: list[Entry] = []

    def walk(parent: str | None, depth: int) -> None:
        for code in children.get(parent, []):
            parts = tuple(
                (label(lang, heading), apply(text))
                for heading, field in (
                    ("codebook_definition", code.definitions),
                    ("codebook_inclusion", code.inclusion),
                    ("codebook_exclusion", code.exclusion),
                )
                if (text := pick(field))
            )
            examples = code.examples.get(lang) or next(iter(code.examples.values()), ())
            further = code.further_examples.get(lang) or next(
                iter(code.further_examples.values()), ()
            )
            joins_lang = lang if code.parts.get(lang) else next(iter(code.parts), lang)
            joins = code.parts.get(joins_lang, ())
            name = apply(code.name(lang))
            out.append(
                Entry(
                    depth,
                    code.key,
                    name,
                    parts,
                    tuple(apply(e) for e in examples),
                    tuple(apply(e) for e in further),
                    tuple(apply(", ".join(part)) for part in joins),
                    _parts_heading(lang, joins_lang),
                )
            )
            walk(code.id, depth + 1)

    walk(None, 0)
    return out


def _parts_heading(lang: str, joins_lang: str) -> str:
    """The parts' heading in the export's language. A code may have its parts in the other
    language only (stems are matched in the unit's own language, so a codebook may give
    them for Swedish text alone); printed under the plain heading, an English appendix
    showed Swedish stems as if they were the English ones (parts47b)."""
    if joins_lang == lang:
        return label(lang, "codebook_parts")
    return label(lang, "codebook_parts_in", language=label(lang, f"lang_{joins_lang}"))


def codebook_markdown(title: str, items: Sequence[Entry], lang: str) -> str:
    lines = [f"# {md_inline(title)}", ""]
    for item in items:
        level = "#" * min(item.depth + 2, 4)
        lines += [f"{level} {md_inline(item.name)}", "", f"*{md_inline(item.key)}*", ""]
        for heading, text in item.parts:
            body = md_block(text)
            lines += [f"**{md_inline(heading)}.** {body[0]}", *body[1:], ""]
        if item.examples:
            lines += [f"**{md_inline(label(lang, 'codebook_examples'))}**", ""]
            lines += [f"- {' '.join(md_block(e))}" for e in item.examples] + [""]
        if item.further:
            lines += [f"**{md_inline(label(lang, 'codebook_further_examples'))}**", ""]
            lines += [f"- {' '.join(md_block(e))}" for e in item.further] + [""]
        if item.joins:
            lines += [f"**{md_inline(item.joins_heading)}**", ""]
            lines += [f"- {md_inline(part)}" for part in item.joins] + [""]
    return "\n".join(lines)


def codebook_docx(title: str, items: Sequence[Entry], lang: str) -> bytes:
    x = page_text
    document = titled_document(title, lang)
    for item in items:
        document.add_heading(x(item.name), level=min(item.depth + 1, 3))
        # the key and the first part (the definition) are one paragraph: see _leading
        keyed = document.add_paragraph()
        keyed.add_run(x(item.key)).italic = True
        for n, (heading, text) in enumerate(item.parts):
            paragraph = keyed if n == 0 else document.add_paragraph()
            if n == 0:
                keyed.add_run().add_break()
            paragraph.add_run(x(f"{heading}. ")).bold = True
            paragraph.add_run(x(text))
        if item.examples:
            _leading(document).add_run(x(label(lang, "codebook_examples"))).bold = True
            for example in item.examples:
                document.add_paragraph(x(example), style="List Bullet")
        if item.further:
            heading = label(lang, "codebook_further_examples")
            _leading(document).add_run(x(heading)).bold = True
            for example in item.further:
                document.add_paragraph(x(example), style="List Bullet")
        if item.joins:
            _leading(document).add_run(x(item.joins_heading)).bold = True
            for part in item.joins:
                document.add_paragraph(x(part), style="List Bullet")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _leading(document: Any) -> Any:
    """A new paragraph that keeps with the next: the word "Examples" goes to the next page
    with the list it leads.

    A code's key under its name is not such a paragraph but the first line of the
    definition's, after a line break. Printed, the demo's Swedish codebook ended a page on
    the name and key of "Från separering till integrering av arbetsmiljö och
    verksamhetskvalitet", its definition overleaf (render43); a key kept with the next
    ended a page on the name alone wherever the key fitted and the definition's first two
    lines did not, as LibreOffice (7.4) pulls a heading along with one kept paragraph,
    never a chain of them (render46)."""
    paragraph = document.add_paragraph()
    paragraph.paragraph_format.keep_with_next = True
    return paragraph
