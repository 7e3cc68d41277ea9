"""The coder package's file and shape, read and checked before anything of it is written.

A package travels by USB stick and e-mail; it may arrive cut short, edited by hand or
from another program. Every row is checked for its fields, their types and the ids it
refers to, so a bad package is one line naming the row and field, never a traceback
half-way through a merge.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path
from typing import Any

from qualcode import jsonguard
from qualcode.errors import SETTING, ValidationError
from qualcode.oneline import check_free_text, shown
from qualcode.project.package_proposals import check_proposed
from qualcode.project.package_rejections import check_rejections
from qualcode.project.package_reopened import check_reopened
from qualcode.project.package_rows import check_placed
from qualcode.project.package_translations import check_translations
from qualcode.userfile import require_regular

PACKAGE_FORMAT = "qualcode-coder-package"
PACKAGE_VERSION = 1
MAX_PACKAGE_BYTES = 512 * 1024 * 1024

_TEXT = (str,)
_OPTIONAL_TEXT = (str, type(None))
_SHAPES: dict[str, dict[str, tuple[type, ...]]] = {
    "documents": {"id": _TEXT, "name": _TEXT, "sha256": _TEXT},
    "codes": {"id": _TEXT, "key": _TEXT},
    "codings": {
        "id": _TEXT,
        "document_id": _TEXT,
        "start": (int,),
        "end": (int,),
        "code_id": _TEXT,
        "origin": _TEXT,
        "created_at": _TEXT,
        "deleted_at": _OPTIONAL_TEXT,
        "restored_at": _OPTIONAL_TEXT,  # brought back after a removal (older packages: absent)
    },
    "memos": {
        "id": _TEXT,
        "target_kind": _TEXT,
        "target_id": _TEXT,
        "author": _TEXT,
        "text": _TEXT,
        "created_at": _TEXT,
        "deleted_at": _OPTIONAL_TEXT,
        "edited_at": _OPTIONAL_TEXT,  # when she last edited it (absent in older packages)
        "start": (int, type(None)),  # a passage memo's span (absent in older packages)
        "end": (int, type(None)),
    },
    "statuses": {"document_id": _TEXT, "status": _TEXT, "updated_at": _TEXT},
}
_CHOICES = {
    ("codings", "origin"): ("manual", "suggestion", "import", "decision", "search"),
    ("memos", "target_kind"): ("document", "coding", "code", "project"),
    ("statuses", "status"): ("todo", "in_progress", "done"),
}


def check_package(package: dict[str, Any], name: str) -> None:
    """Raise ``ValidationError`` naming the first row and field that is not as written."""
    coder = package["coder"]
    if not isinstance(coder, dict):
        raise ValidationError(f"{name}: field 'coder' must be a mapping")
    for key in ("id", "name"):
        if not isinstance(coder.get(key), str) or not coder[key].strip():
            raise ValidationError(f"{name}: coder: field {key!r} must be text")
    if coder.get("role", "coder") not in ("coder", "lead"):
        raise ValidationError(f"{name}: coder: field 'role' must be coder or lead")
    check_handed(package, name)
    for section, shape in _SHAPES.items():
        rows = package[section]
        if not isinstance(rows, list):
            raise ValidationError(f"{name}: field {section!r} must be a list")
        for index, row in enumerate(rows):
            _check_row(section, index, row, shape, name)
    for index, row in enumerate(package["codes"]):
        check_proposed(row, f"{name}: codes[{index}] ({row['key']})")
    docs = {d["id"] for d in package["documents"]}
    codes = {c["id"] for c in package["codes"]}
    for index, row in enumerate(package["codings"]):
        where = f"{name}: codings[{index}] ({row['id']})"
        check_placed(row, where, docs, codes)
    for index, row in enumerate(package["memos"]):
        # held to what a memo typed in is held to: no ESC steering the terminal that lists
        # it, no 46 MB of text (red team 9)
        check_free_text(row["text"], f"{name}: memos[{index}] ({row['id']})")
    for index, row in enumerate(package["statuses"]):
        if row["document_id"] not in docs:
            raise ValidationError(
                f"{name}: statuses[{index}]: document {row['document_id']!r} is not listed"
            )
    check_translations(package, name)
    check_rejections(package, name)
    check_reopened(package, name)


def check_handed(package: dict[str, Any], name: str) -> None:
    """A package written in a coder's copy names whom the copy was handed to; its work
    must be hers. A copy writes as its coder only, and a package edited or made otherwise
    to carry a colleague's or the lead's name would merge her codings as theirs (review49).
    A package from the lead's own project says none, and one from before the field, which
    lacks it, merges as it always did."""
    handed = package.get("handed_to")
    if handed is None:
        return
    if not isinstance(handed, str) or not handed.strip():
        raise ValidationError(f"{name}: field 'handed_to' must be a coder's name")
    coder = package["coder"]["name"]
    if unicodedata.normalize("NFC", handed) != unicodedata.normalize("NFC", coder):
        raise ValidationError(
            f"{name}: made in the copy handed to {shown(handed)}, but its work is under "
            f"{shown(coder)}; a copy codes as its coder only; merge refused, nothing written"
        )
    if package["coder"].get("role", "coder") == "lead":
        # a copy is handed to a coder, never a lead (``handout`` refuses one), so a package
        # naming a lead as its copy's coder was edited: with the lead's id, which her copy
        # holds, it merged omar's codings as lena's, no --lead-work asked (hostile50)
        raise ValidationError(
            f"{name}: made in a copy handed to {shown(handed)}, a lead, but a coder's copy "
            "is handed to a coder and never writes as a lead; merge refused, nothing written"
        )


def check_lead_work(package: dict[str, Any], name: str, role: str, lead_work: bool) -> None:
    """A package under a lead's name merges only when the lead says it is her own work
    (``lead_work``). No field of a package proves where it was written: ``handed_to``
    deleted, or edited to ``null`` (what the lead's own project writes), is a keystroke,
    and omar's package renamed to lena so merged his codings as the lead's (minor50,
    small50). ``role``: the coder's role here, matched by ``_local_coder``."""
    if role == "lead" and not lead_work:
        raise ValidationError(
            f"{name}: its work is under the lead {shown(package['coder']['name'])}; a "
            f"package under a lead's name merges only with {SETTING} (a coder's copy never "
            "writes as the lead); merge refused, nothing written",
            setting="lead_work",
        )


def _check_row(
    section: str, index: int, row: Any, shape: dict[str, tuple[type, ...]], name: str
) -> None:
    where = f"{name}: {section}[{index}]"
    if not isinstance(row, dict):
        raise ValidationError(f"{where}: must be a mapping")
    for field, types in shape.items():
        if field not in row and type(None) in types:
            continue
        value = row.get(field)
        if field not in row:
            raise ValidationError(f"{where}: field {field!r} is missing")
        if isinstance(value, bool) or not isinstance(value, types):
            kind = "a whole number" if int in types else "text"
            raise ValidationError(f"{where}: field {field!r} must be {kind}, got {value!r}")
        allowed = _CHOICES.get((section, field))
        if allowed and value not in allowed:
            raise ValidationError(
                f"{where}: field {field!r} is {value!r}; expected one of {', '.join(allowed)}"
            )


def read_package(path: Path) -> dict[str, Any]:
    """A coder package read from its file and checked (``check_package``): one line for a
    file that is too large, no text, no JSON, cut short, another program's or a newer
    qualcode's, before anything of it is written."""
    try:
        size = require_regular(path, ValidationError, "a coder package")
        if size > MAX_PACKAGE_BYTES:
            raise ValidationError(f"{path.name}: {size} bytes is too large for a coder package")
        package = jsonguard.loads(_package_text(path.read_bytes(), path.name))
    except jsonguard.Refused as exc:
        raise ValidationError(f"{path.name}: not a qualcode coder package ({exc})") from None
    except OSError as exc:
        raise ValidationError(f"{path.name}: cannot read: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise ValidationError(f"{path.name}: not a qualcode coder package (not text)") from None
    except json.JSONDecodeError as exc:
        why = (
            "the file is empty"
            if not exc.doc.strip()
            else f"cut short or edited? line {exc.lineno}, column {exc.colno}: {exc.msg}"
        )
        raise ValidationError(f"{path.name}: not a qualcode coder package ({why})") from None
    if not isinstance(package, dict) or package.get("format") != PACKAGE_FORMAT:
        raise ValidationError(f"{path.name}: not a qualcode coder package")
    version = package.get("version", 0)
    if not isinstance(version, int) or isinstance(version, bool) or version < 0:
        raise ValidationError(f"{path.name}: field 'version' must be a whole number")
    if version > PACKAGE_VERSION:
        raise ValidationError(f"{path.name}: made by a newer qualcode; upgrade to merge it")
    missing = {"coder", "documents", "codes", "codings", "memos", "statuses"} - package.keys()
    if missing:
        raise ValidationError(f"{path.name}: package lacks {', '.join(sorted(missing))}")
    check_package(package, path.name)
    return package


def _package_text(data: bytes, name: str) -> str:
    """The package's text: UTF-8, with or without the mark Windows' Notepad writes at the
    start (a package a coder or the lead mended there was refused as "cut short or
    edited? ... Unexpected UTF-8 BOM (decode using utf-8-sig)"); saved as UTF-16
    ("Unicode" in Notepad) it is refused naming that, not as "not text" (hostile50)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ValidationError(
            f"{name}: saved as UTF-16, not as a coder package's UTF-8; save it as UTF-8 "
            "(or export it again) and merge that; nothing written"
        )
    return data.decode("utf-8-sig")


def refuse_foreign(name: str, coder: str, problems: list[str]) -> None:
    """One line that says what is wrong, then every offending row, one per line."""
    if problems:
        more = [f"... and {len(problems) - 50} more"] if len(problems) > 50 else []
        raise ValidationError.with_rows(
            f"{name}: refused, nothing written: {len(problems)} "
            f"{'row is' if len(problems) == 1 else 'rows are'} not {coder}'s own work on this "
            "project",
            problems[:50] + more,
        )
