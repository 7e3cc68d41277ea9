"""How every Word export begins, so the summary, the codebook and the memos look like one
set of documents: A4 pages with 6.5 inches between the side margins for text and tables,
as journals set them, the title and language in the file's properties (Word's spelling
check and screen readers use them), and the title as the first heading. Text passes
through ``page_text`` so a stray control character in a name ends no export in a
traceback."""

from __future__ import annotations

from typing import Any

from qualcode.export.cells import page_text


def titled_document(title: str, lang: str) -> Any:
    """A new python-docx document with the house margins, properties and title heading."""
    import docx

    document = docx.Document()
    for part in document.sections:
        a4(part)
    document.core_properties.title = page_text(title)
    document.core_properties.language = lang
    proofing(document, lang)
    widow_control(document)
    # the Title style, unlike the headings', does not keep with the next paragraph
    document.add_heading(page_text(title), level=0).paragraph_format.keep_with_next = True
    return document


# the language Word checks the text's spelling in, per export language
PROOFING = {"sv": "sv-SE", "en": "en-US"}


def proofing(document: Any, lang: str) -> None:
    """The document's text marked as written in ``lang`` (the default run language of its
    styles), which is what Word's spelling and grammar check reads, not the file's
    properties: python-docx's template marks every run US English, and a co-author who
    opened the Swedish summary in Word found every Swedish word underlined as misspelt
    (render43)."""
    from docx.oxml.ns import qn

    defaults = document.styles.element.find(qn("w:docDefaults"))
    if defaults is None:
        return
    run = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}")
    if run is not None:
        _spelt_in(run, lang)


def widow_control(document: Any) -> None:
    """Every paragraph keeps two lines on each page it is split over (``w:widowControl``
    in the styles' default paragraph): python-docx's template leaves it off, so Word may
    end a page on a quote's first line or start one with its citation alone. A quote is
    one paragraph that may split (``render_docx._quote``), so this is what keeps its
    citation under its words."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    defaults = document.styles.element.find(qn("w:docDefaults"))
    if defaults is None:
        return
    paragraph = defaults.find(f"{qn('w:pPrDefault')}/{qn('w:pPr')}")
    if paragraph is not None and paragraph.find(qn("w:widowControl")) is None:
        paragraph.insert(0, OxmlElement("w:widowControl"))


def a4(section: Any) -> None:
    """A section as an A4 page, the paper a Swedish (and nearly every) co-author prints on:
    python-docx's template is US Letter, which Word in Sweden shows as Letter and prints
    scaled or asks for other paper (eyes33). The side margins keep 6.5 inches for text,
    which every table here is measured to fill (``docx_widths``)."""
    from docx.shared import Inches, Mm

    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = (Mm(210) - Inches(6.5)) // 2
    section.top_margin = section.bottom_margin = Inches(1)


def run_language(run: Any, lang: str) -> None:
    """A run of text marked as written in ``lang`` (a quote in another language than the
    document's), so that Word checks its spelling in that language: an English interview
    quoted untranslated in a Swedish summary was underlined word by word."""
    _spelt_in(run._r.get_or_add_rPr(), lang)


def _spelt_in(properties: Any, lang: str) -> None:
    """``properties`` (a ``w:rPr``: a run's, or the styles' default) given the language
    Word checks spelling in, ``w:lang``, for ``lang``: the one place both the document's
    language and a quote's own are written."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tag = properties.find(qn("w:lang"))
    if tag is None:
        tag = OxmlElement("w:lang")
        properties.append(tag)
    tag.set(qn("w:val"), PROOFING.get(lang, lang))
