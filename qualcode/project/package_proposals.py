"""A coder's proposed codes, carried in her package and proposed again in the lead's project.

A coder who must not read the team's work codes in her own copy (``handout``) and may name
a new code there (``p``: ``propose_code``). Her package listed that code by id and key
only, so the lead's merge refused the whole package ("code 'veckomoten__johan' is not in
this project's codebook; load the codebook first"): no codebook file holds a proposal, and
removing the coding did not help (the removed row still names its code). Her package now
carries each code she proposed with its names (``proposed``), and the merge proposes it
here as hers, under the same id: blind, only she and the leads see it until a lead
accepts it, and a second merge of the package finds it by that id.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from qualcode.errors import ValidationError
from qualcode.model import LANGS, CodeSpec
from qualcode.oneline import check_name

if TYPE_CHECKING:
    from qualcode.model import Coder
    from qualcode.store import Store

# a code id as qualcode makes them (a UUID): a proposal's id is kept as the package gives it
_ID = re.compile(r"[0-9a-f][0-9a-f-]{7,63}")


def proposals_of(store: Store, coder: str) -> dict[str, dict[str, str]]:
    """The live codes ``coder`` proposed and no lead has accepted yet: id -> names."""
    statuses = store.codes.statuses()
    return {
        c.id: dict(c.names) for c in store.codes.list() if statuses.get(c.id) == ("proposed", coder)
    }


def check_proposed(row: dict[str, Any], where: str) -> None:
    """A package's ``codes`` row that says it is the coder's proposal: its names as a code
    name typed in is held (one line, at most 200 characters), in sv or en, its id a
    qualcode id."""
    names = row.get("proposed")
    if names is None:
        return
    if (
        not isinstance(names, dict)
        or not names
        or not set(names) <= set(LANGS)
        or not all(isinstance(n, str) and n.strip() for n in names.values())
    ):
        raise ValidationError(f"{where}: field 'proposed' must name the code in sv or en")
    for lang, name in names.items():
        check_name(name, f"{where}: field 'proposed' ({lang})")
    if not _ID.fullmatch(row["id"]):
        raise ValidationError(f"{where}: field 'id' is not a qualcode id: {row['id'][:40]!r}")


def propose_merged(
    store: Store, code: dict[str, Any], coder: Coder, actor: str, source: str
) -> str:
    """Propose the package's ``code`` here as ``coder``'s, under its own id; its key is the
    package's when that is free and hers, else made as ``propose_code`` makes one."""
    from qualcode.codebook.yaml_io import KEY
    from qualcode.project.code_specs import check_spec_texts
    from qualcode.project.themes import PROPOSER, coder_tag, proposal_key

    names = {lang: " ".join(n.split()) for lang, n in code["proposed"].items()}
    tag = coder_tag(coder, store.coders.list())
    taken = store.codes.taken_keys()
    key = code["key"]
    if not (KEY.match(key) and key.endswith(PROPOSER + tag) and key not in taken):
        key = proposal_key(next(iter(names.values())), tag, taken)
    spec = CodeSpec(key=key, names=names)
    check_spec_texts(spec, f"{source}: code {key!r}")
    code_id, _ = store.codes.upsert(spec, None, code_id=code["id"])
    store.codes.set_status(code_id, "proposed", coder.name)
    store.audit.append(
        actor,
        "code.propose",
        {"code": code_id, "key": key, "name": next(iter(names.values())), "package": source},
    )
    return code_id
