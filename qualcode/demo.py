"""The bundled demo: a project built from ``corpora/demo`` and ``codebooks/``.

Demo codings are anchored by quote text rather than offsets, so the corpus files can be
edited or re-encoded and the codings still land on the passage they were meant for.
"""

from __future__ import annotations

import csv
import os
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from qualcode.errors import SETTING, ProjectError, ValidationError
from qualcode.project import Project
from qualcode.project.db_files import remove_database

DEMO_CODERS = (("karin", "coder"), ("johan", "coder"), ("mira", "coder"), ("lena", "lead"))
# mira joined later: she has coded Åby and Norrvik only, so by default a team report
# counts 3 coders and those documents, and `--coders karin,johan` the original pair.
THIRD_CODER = "mira"
THIRD_CODER_PLACES = ("aby_", "norrvik_")


def find_source(hint: Path | None = None) -> Path:
    """The folder holding ``corpora/demo`` and ``codebooks``: given, cwd, or the checkout."""
    candidates = [hint] if hint else []
    if env := os.environ.get("QUALCODE_DEMO_DIR"):
        candidates.append(Path(env))
    candidates += [Path.cwd(), Path(__file__).resolve().parent.parent]
    for folder in candidates:
        if folder and (folder / "corpora" / "demo").is_dir() and (folder / "codebooks").is_dir():
            return folder
    raise ProjectError(
        "cannot find corpora/demo and codebooks/; run from the qualcode checkout or pass "
        f"{SETTING}",
        setting="source",
    )


def build_demo(
    path: Path,
    source: Path | None = None,
    *,
    fresh: bool = True,
    progress: Callable[[str], None] = lambda _m: None,
) -> Project:
    """Create the demo project at ``path`` (replacing an old demo) and return it open."""
    root = find_source(source)
    corpus = root / "corpora" / "demo"
    if path.exists() or path.is_symlink():
        if not fresh and Project.is_demo_file(path):
            return Project.open(path)
        if not Project.is_demo_file(path) or path.is_symlink():
            # `qualcode demo` with $QUALCODE_PROJECT set to a study once deleted the study
            raise ProjectError(
                f"{path}: already exists and is not a qualcode demo (or holds documents "
                f"imported since it was built); it is never replaced (choose another {SETTING})",
                setting="path",
            )
        remove_database(path)
    project = Project.create(path)
    try:
        report = project.load_codebook(root / "codebooks" / "turning_points.yaml")
        progress(f"codebook: {len(report.created)} codes")
        for name, role in DEMO_CODERS:
            project.add_coder(name, role)
        files = sorted(
            p
            for p in corpus.iterdir()
            if p.suffix.lower() in {".txt", ".md", ".docx", ".odt", ".rtf", ".pdf", ".vtt", ".srt"}
            and p.name.lower() != "readme.md"
        )
        attributes = corpus / "attributes.csv"
        progress(f"importing {len(files)} transcripts ...")
        imported = project.import_files(
            files, attributes_csv=attributes if attributes.exists() else None
        )
        for name, reason in imported.failed:
            progress(f"error: {name}: {reason}")
        codings = corpus / "codings.csv"
        if codings.exists():
            with project.store.transaction():  # one write for all: `qualcode demo` stays fast
                count = apply_quote_codings(project, codings)
                progress(f"codings: {count} from {codings.name}")
                progress(f"codings: {third_coder(project)} by {THIRD_CODER} (whole sentences)")
        key = pseudonymise_speakers(project)
        progress(f"pseudonym key: {key} interviewees (qualcode pseudonym list --coder lena)")
    except BaseException:
        project.close()  # half a demo is none: removed, so the next run builds it afresh
        remove_database(path)
        raise
    # marked last, so that the build's own imports leave the mark alone; a document imported
    # into the demo later clears it (documents.py): the file holds someone's own work then
    project.mark_demo()
    return project


def pseudonymise_speakers(project: Project, lead: str = "lena") -> int:
    """Put every interviewee's speaker label on the key as ``IP<n>`` (``suggest``'s
    proposal), as a lead would before the first export; municipalities stay named."""
    count = 0
    for candidate in project.suggest_pseudonyms(lead, names=False):
        if candidate.kind == "speaker" and not candidate.on_key:
            project.set_pseudonym(candidate.real, candidate.pseudonym, lead, "speaker")
            count += 1
    return count


def third_coder(project: Project) -> int:
    """mira's work, derived from karin's so that it differs in its own way: she codes
    whole sentences (wider than either coder), files long-term economics under systems
    perspective, and has done only the Åby and Norrvik documents. Everyone marks the
    documents they coded as done, as a team using statuses would."""
    count = 0
    for doc in project.documents():
        coded = {c.coder for c in project.codings(doc=doc.id)}
        for name in sorted(coded):
            project.set_status(doc.id, name, "done")
        if not doc.name.startswith(THIRD_CODER_PLACES) or "karin" not in coded:
            continue
        project.set_status(doc.id, THIRD_CODER, "done")
        units = project.units(doc.id)
        wanted = set()
        for coding in project.codings(doc=doc.id, coder="karin"):
            inside = [u for u in units if u.start < coding.end and coding.start < u.end]
            start = min([coding.start, *(u.start for u in inside)])
            end = max([coding.end, *(u.end for u in inside)])
            code = "systems_perspective" if coding.code == "long_term_economics" else coding.code
            wanted.add((start, end, code))
        for start, end, code in sorted(wanted):
            project.add_coding(doc.id, start, end, code, THIRD_CODER, origin="import")
            count += 1
    return count


def apply_quote_codings(project: Project, path: Path) -> int:
    """Add codings given as (file, coder, code, quote); each quote must occur exactly once."""
    texts: dict[str, tuple[str, str]] = {}
    for doc in project.documents():
        texts[doc.name] = (doc.id, project.document(doc.id).text)
    count = 0
    with path.open(encoding="utf-8", newline="") as handle:
        for line, row in enumerate(csv.DictReader(handle), start=2):
            name = row["file"]
            if name not in texts:
                raise ValidationError(f"{path.name}: line {line}: no document {name!r}")
            doc_id, text = texts[name]
            quote = row["quote"]
            start = text.find(quote)
            if start < 0 or text.find(quote, start + 1) >= 0:
                what = "not found" if start < 0 else "found more than once"
                raise ValidationError(f"{path.name}: line {line}: quote {what} in {name}")
            project.add_coding(
                doc_id, start, start + len(quote), row["code"], row["coder"], origin="import"
            )
            count += 1
    return count


def summarise(project: Project) -> str:
    """A few lines on what the demo holds and what to try next."""
    docs = project.documents()
    langs = Counter(d.lang for d in docs)
    places = Counter(d.attributes.get("municipality", "?") for d in docs)
    codings = project.codings()
    per_coder = Counter(c.coder for c in codings)
    per_code = Counter(c.code for c in codings)
    words = sum(d.words for d in docs)
    lines = [
        f"Demo project: {project.path}",
        f"  documents: {len(docs)} ({', '.join(f'{n} {k}' for k, n in sorted(langs.items()))}),"
        f" {words:,} words",
        f"  municipalities: {', '.join(f'{k} ({n})' for k, n in sorted(places.items()))}",
        f"  codes: {', '.join(c.key for c in project.codebook())}",
        f"  coders: {', '.join(f'{c.name} ({c.role})' for c in project.coders())}",
        f"  codings: {len(codings)} ({_counts(per_coder)})",
        f"  by code: {_counts(per_code)}",
        "",
        "Try:",
        f"  qualcode -p {project.path} docs list",
        f"  qualcode -p {project.path} code list --coder karin",
        f"  qualcode -p {project.path} codebook show --lang sv",
    ]
    # a researcher who reads no Swedish was shown only the Swedish way in: the English
    # transcripts and the codebook in English are named too (user50b)
    english = sorted(d.name for d in docs if d.lang == "en")
    if english:
        lines += [
            f"  qualcode -p {project.path} codebook show --lang en",
            f"  in English: {', '.join(english)}",
        ]
    return "\n".join(lines)


def _counts(counter: Counter[str]) -> str:
    return ", ".join(f"{key} {n}" for key, n in sorted(counter.items()))
