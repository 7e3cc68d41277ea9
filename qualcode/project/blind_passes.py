"""Which of the store's repository methods a blind coder's view (``blind_parts.py``) lets
through untouched, each with why: writes, whose rules live in the service that calls
them, and reads that show no colleague's work. A part fails closed: a name neither
defined on it nor listed here is refused (``BlindError``), so a read added to a store
repository later cannot pass everyone's work to a blind coder unseen, as ``codings.each``
did until perf43 found it; ``REFUSED`` names what was decided and stays shut.
``tests/project/test_blind_fail_closed.py`` holds every public method of each repository
to one side or the other, and every other attribute of ``Store`` the view itself
(``STORE_PASSES``, ``STORE_REFUSED``; ``transaction`` is the view's own)."""

from __future__ import annotations

_WRITE = "a write: who may make it is the service's rule (she acts as herself)"
_LEADS = "a write of the lead's (merging a package): the service refuses a coder first"
_NAMES = "the coders' names and roles, which every coder sees"
_BOOK = "the shared codebook's own fields, no one's coding"
_DOCS = "the documents themselves, which every coder reads"
_TEXT = "the sentences' vectors, of the documents' text: no one's work"
_SETS = "the team's named sets of documents, no one's coding"
_KEY = "the lead's pseudonym key, applied to what she exports; listing it is the lead's"
_UPGRADE = "a document's stored parts brought up to the schema, no one's coding"
_SCANS = "the names found in each text, kept by its hash: of the documents, no one's work"

# the store's repository (``Store`` attribute) -> method -> why it passes a blind coder
PASSES: dict[str, dict[str, str]] = {
    "codings": {
        "insert": _WRITE,
        "soft_delete": _WRITE,
        "restore": _WRITE,
        "move_code": "a write of the lead's (a code merged): the codebook is the lead's",
        "row_numbers": "the row numbers of documents, codes and coders' names: no coding",
        "sort_keys": "the order of documents, codes and coders' names: no coding",
    },
    "coders": {
        "add": _WRITE,
        "set_role": _WRITE,
        "set_status": "a write of her own status (the service names her)",
        "remember": "a write: which coder this login chose",
        "remembered": "which coder this login chose: the person at the keyboard's own",
        "remember_language": "a write: the interface language this login chose",
        "language": "the interface language this login chose: the person at the keyboard's own",
        "by_name": _NAMES,
        "find": _NAMES,
        "list": _NAMES,
        "joined": _NAMES + " (in the order they joined)",
        "reading_alike": _NAMES + " (a name that reads alike)",
    },
    "codes": {
        "upsert": _WRITE,
        "set_status": _WRITE,
        "rename": _WRITE,
        "retire": _WRITE,
        "set_parent": _WRITE,
        "set_title": _WRITE,
        "set_names": _WRITE,
        "reparent_children": _WRITE,
        "is_theme": _BOOK + " (a theme; a proposal reads as none)",
        "merged_into": _BOOK + " (which code took a merged one's codings)",
        "title": _BOOK + " (its title)",
        "titles": _BOOK + " (its titles per language)",
    },
    "quotes": {"pin": _WRITE, "unpin": _WRITE, "translate": _WRITE},
    "memos": {"add": _WRITE, "set_text": _WRITE, "remove": _WRITE, "move_target": _WRITE},
    "exchange": {
        "decide_again": _LEADS,
        "insert_coding": _LEADS,
        "insert_memo": _LEADS,
        "insert_suggestion": _LEADS,
        "link_suggestion": _LEADS,
        "mark_deleted": _LEADS,
        "mark_memo_removed": _LEADS,
        "put_status": _LEADS,
        "document_sha": _DOCS,
        "documents_by_sha": _DOCS,
        "documents_meta": _DOCS,
    },
    "comments": {"add": _WRITE},
    "documents": {
        "insert": _WRITE,
        "set_attributes": _WRITE,
        "set_removed": _WRITE,
        **dict.fromkeys(
            [
                "attribute_values",
                "attributes",
                "each_text",
                "find_by_sha256",
                "find_by_source",
                "get",
                "gone",
                "languages",
                "removed",
                "resolve",
                "resolve_removed",
                "speakers_in_order",
                "stamp",
                "summaries",
                "text_head",
                "text_length",
                "text_of",
                "texts",
                "turns",
                "unit_bounds",
                "units",
                "with_speakers",
            ],
            _DOCS,
        ),
    },
    "document_sets": {
        **dict.fromkeys(("create", "add", "remove", "delete", "rename"), _WRITE),
        "live": _SETS,
        "get": _SETS,
    },
    "pseudonyms": {"set": _WRITE, "remove": _WRITE, "list": _KEY, "get": _KEY},
    "settings": {"put": _WRITE},
    "upgrades": {
        **dict.fromkeys(("finish", "set_source", "prepend"), _WRITE),
        **dict.fromkeys(("pending", "kept_paths", "headed"), _UPGRADE),
    },
    "name_scans": {"keep": _WRITE, "get": _SCANS},
    "held": {"holding": "an export's reads kept while it runs: it reads nothing itself"},
    "decisions": {"insert": _LEADS, "supersede": _LEADS},
    "suggestions": {
        "decide": _WRITE,
        "reopen": _WRITE,
        "replace_pending": _WRITE,
        "replace_pending_read": _WRITE + " (her run's, read back from what it wrote)",
        "drop_pending_for_code": "a write of the lead's (a code retired)",
        "drop_models": "a write: kept engines dropped, refitted at the next asking",
        "save_embeddings": _TEXT,
        "embedded": _TEXT,
        "embeddings": _TEXT,
        "has_embedding_cache": _TEXT,
        "in_order": "the suggestions given, put in the documents' order",
    },
}

# decided and shut: names a part neither defines nor passes, each with why it stays shut
_HELD = (
    "the store's kept reads, a colleague's statuses among them while a snapshot holds "
    "them; the repository reads them itself"
)
REFUSED: dict[str, dict[str, str]] = {
    "coders": {"held": _HELD},
    "documents": {"held": _HELD},
    "held": {"read": _HELD},
}

# the store's other attributes (``Store``, not a repository read through a part): each
# passes a blind coder's view whole, with why, or stays shut; a name on neither side is
# refused while she is blind, so an attribute added to ``Store`` later cannot hand her
# the file past every part (``database`` did: its connection reads every table)
STORE_PASSES: dict[str, str] = {
    "path": "where the file is: hers to know, she opened it",
    "backup": "the copy made before this open upgraded the file: hers to know",
    "readonly": "whether the file can be written",
    "require_writable": "a refusal before a write to a read-only file",
    "snapshot": "one export's reads of one state of the file: it reads nothing itself",
    "change_mark": "moves with any write to the file, hers or a colleague's: it keys kept "
    "readings and says nothing of what was written, nor whose",
    "is_empty": "whether the file holds anything at all (asked of a project just made)",
    "close": "closes the file",
}
STORE_REFUSED: dict[str, str] = {
    "database": "the file's connection: it reads every table, past every part",
    "create": "another project file's whole store, past every part",
    "open": "a project file's whole store (this one's too), past every part",
    "memory": "a store of no file; the view's service never makes one",
}
