"""The project file's schema as numbered migrations.

A migration, once released, is never edited: a later change is a new entry in
``MIGRATIONS``. ``PRAGMA user_version`` records how many have run and
``PRAGMA application_id`` marks the file as a qualcode project, so that opening some
other SQLite file fails clearly instead of scribbling tables into it.
"""

from __future__ import annotations

from qualcode.store.schema_v1 import V1 as _V1

APPLICATION_ID = 0x51434F44  # "QCOD"

# The semantic tier's cache: one vector per (model, text hash), so a text is embedded once
# per project whatever document or codebook example it comes from. Vectors are float16
# bytes; they are derived data and can be dropped at any time.
_V2 = """
CREATE TABLE text_embeddings (
    model TEXT NOT NULL,
    key TEXT NOT NULL,
    vector BLOB NOT NULL,
    PRIMARY KEY (model, key)
) WITHOUT ROWID;
"""

# The pseudonym key: real names (speakers, people named in the text, workplaces, places)
# and the pseudonyms every export prints instead. The stored text never changes; the key is
# applied when text is rendered. One live entry per real name (case as written).
_PSEUDONYMS = """
CREATE TABLE pseudonyms (
    id TEXT PRIMARY KEY,
    real TEXT NOT NULL,
    pseudonym TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'person',
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE UNIQUE INDEX idx_pseudonyms_live_real ON pseudonyms (real) WHERE deleted_at IS NULL;
"""

# Quotes for papers: the lead's exemplar codings per theme, and translations of codings
# (one live translation per coding and language), so an English summary quotes Swedish
# interviews in English.
_QUOTES = """
CREATE TABLE exemplars (
    coding_id TEXT NOT NULL REFERENCES codings (id),
    pinned_by TEXT NOT NULL,
    pinned_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE UNIQUE INDEX idx_exemplars_live ON exemplars (coding_id) WHERE deleted_at IS NULL;

CREATE TABLE translations (
    coding_id TEXT NOT NULL REFERENCES codings (id),
    lang TEXT NOT NULL,
    text TEXT NOT NULL,
    translated_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE UNIQUE INDEX idx_translations_live ON translations (coding_id, lang)
    WHERE deleted_at IS NULL;
"""

# Fitted suggestion engines, one per coder ('' for the team's) and tier ('core' without
# embeddings, 'semantic' with them), reused until the fingerprint of what they learned from
# changes. ``meta`` is JSON, ``arrays`` a numpy .npz read with allow_pickle=False: nothing
# stored here is ever executed. Derived data: any row can be dropped at any time.
_SUGGEST_MODELS = """
CREATE TABLE suggest_models (
    coder TEXT NOT NULL,
    tier TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    meta TEXT NOT NULL,
    arrays BLOB NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (coder, tier)
) WITHOUT ROWID;
"""

# Finding themes: a coder may propose a code while coding ('proposed', with who proposed
# it) for the lead to accept, merge or group; a theme is a code the lead groups codes under
# ('theme'). A code without a row here is 'active', so every existing code stays as it was.
_CODE_STATUS = """
CREATE TABLE code_status (
    code_id TEXT PRIMARY KEY REFERENCES codes (id),
    status TEXT NOT NULL CHECK (status IN ('active', 'proposed', 'theme')),
    proposed_by TEXT
);
"""

# Duplicates are impossible by construction: one live document per content (sha256), and a
# passage with a code is coded once per coder and layer. Duplicates made before (by racing
# imports, or twice the same coding from the CLI) are soft-deleted, keeping the earliest, so
# nothing is lost and the indexes can be built on an existing project file.
_UNIQUE_LIVE = """
UPDATE documents SET deleted_at = strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')
WHERE deleted_at IS NULL AND EXISTS (
    SELECT 1 FROM documents d
    WHERE d.sha256 = documents.sha256 AND d.deleted_at IS NULL
      AND (d.imported_at < documents.imported_at
           OR (d.imported_at = documents.imported_at AND d.rowid < documents.rowid))
);
CREATE UNIQUE INDEX IF NOT EXISTS idx_documents_live_sha256
    ON documents (sha256) WHERE deleted_at IS NULL;
UPDATE codings SET deleted_at = strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')
WHERE deleted_at IS NULL AND EXISTS (
    SELECT 1 FROM codings c
    WHERE c.document_id = codings.document_id AND c.start = codings.start
      AND c."end" = codings."end" AND c.code_id = codings.code_id
      AND c.coder_id = codings.coder_id AND c.layer = codings.layer
      AND c.deleted_at IS NULL AND c.rowid < codings.rowid
);
CREATE UNIQUE INDEX IF NOT EXISTS idx_codings_live_once
    ON codings (document_id, start, "end", code_id, coder_id, layer) WHERE deleted_at IS NULL;
"""

# The team's dialogue: comments on reconcile cases (anchored by the case's passage too, so
# they stay with it if its id ever changes), and decisions that record what the lead saw
# (the case's content digest) and who took part in the discussion.
_CASE_DIALOGUE = """
CREATE TABLE case_comments (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL,
    document_id TEXT NOT NULL REFERENCES documents (id),
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    author_id TEXT NOT NULL REFERENCES coders (id),
    kind TEXT NOT NULL DEFAULT 'comment' CHECK (kind IN ('comment', 'reopen')),
    text TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX idx_case_comments_case ON case_comments (case_id);
CREATE INDEX idx_case_comments_document ON case_comments (document_id);
CREATE INDEX idx_case_comments_author ON case_comments (author_id);
ALTER TABLE decisions ADD COLUMN digest TEXT;
ALTER TABLE decisions ADD COLUMN participants TEXT;
"""

# A memo on a passage nobody coded (issue 14.2): a document memo with the span it is about,
# so every reader of document memos keeps working.
_PASSAGE_MEMOS = """
ALTER TABLE memos ADD COLUMN start INTEGER;
ALTER TABLE memos ADD COLUMN "end" INTEGER;
"""

# A pseudonym qualcode proposed ("Kommun A" for a municipality, by ``pseudonym suggest``) is
# marked generated: an export in another language prints it in its own words ("Municipality
# A"), where one the lead typed is printed as typed. Entries made before are taken as typed.
_GENERATED_PSEUDONYMS = """
ALTER TABLE pseudonyms ADD COLUMN generated INTEGER NOT NULL DEFAULT 0;
"""

# Named document sets (NVivo's sets, ATLAS.ti's document groups, MAXQDA's document sets):
# a team's own grouping of documents ("Storfors, first round"), used to narrow search,
# queries, agreement and exports. Removing a set or a member is soft, like every removal;
# one live set per name and one live membership per document.
_DOCUMENT_SETS = """
CREATE TABLE document_sets (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE UNIQUE INDEX idx_document_sets_live_name ON document_sets (name) WHERE deleted_at IS NULL;
CREATE TABLE document_set_members (
    set_id TEXT NOT NULL REFERENCES document_sets (id),
    document_id TEXT NOT NULL REFERENCES documents (id),
    added_by TEXT NOT NULL,
    added_at TEXT NOT NULL,
    removed_at TEXT
);
CREATE UNIQUE INDEX idx_document_set_members_live
    ON document_set_members (set_id, document_id) WHERE removed_at IS NULL;
CREATE INDEX idx_document_set_members_document ON document_set_members (document_id);
"""

# A table rebuilt (SQLite cannot change a CHECK in place) runs with foreign keys off, as
# SQLite's own procedure for such changes says, and is checked before it commits: a
# migration starting with this line (store/db.py, ``migrate``).
REBUILDS = "-- rebuilds a table"

# Codings made by coding a text search's hits have their own origin ('search'), so the
# audit, the exports and the methods paragraph tell them from codings made by hand. The
# codings table is rebuilt with the wider CHECK; every row, id and index stays as it was.
_SEARCH_ORIGIN = f"""{REBUILDS}
CREATE TABLE codings_new (
    id TEXT PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents (id),
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    code_id TEXT NOT NULL REFERENCES codes (id),
    coder_id TEXT NOT NULL REFERENCES coders (id),
    layer TEXT NOT NULL CHECK (layer IN ('coder', 'consensus')),
    origin TEXT NOT NULL
        CHECK (origin IN ('manual', 'suggestion', 'import', 'decision', 'search')),
    suggestion_id TEXT REFERENCES suggestions (id),
    decision_id TEXT,
    created_at TEXT NOT NULL,
    deleted_at TEXT,
    CHECK (start >= 0 AND "end" > start)
);
INSERT INTO codings_new (id, document_id, start, "end", code_id, coder_id, layer, origin,
    suggestion_id, decision_id, created_at, deleted_at)
SELECT id, document_id, start, "end", code_id, coder_id, layer, origin,
    suggestion_id, decision_id, created_at, deleted_at FROM codings;
DROP TABLE codings;
ALTER TABLE codings_new RENAME TO codings;
CREATE INDEX idx_codings_document ON codings (document_id, start);
CREATE INDEX idx_codings_code ON codings (code_id);
CREATE INDEX idx_codings_coder ON codings (coder_id);
CREATE INDEX idx_codings_suggestion ON codings (suggestion_id);
CREATE INDEX idx_codings_decision ON codings (decision_id);
CREATE UNIQUE INDEX idx_codings_live_once
    ON codings (document_id, start, "end", code_id, coder_id, layer) WHERE deleted_at IS NULL;
"""

# What SQL cannot upgrade, left to the service on the next open (project/upgrade.py): a
# document imported before stop 39 keeps the path it was read from, a home folder's name
# in it, where one imported since keeps a hash of it; and the text above its first speaker
# label (a title, a consent note) has no turn, so no sentence units. The mark is left only
# in a file holding documents (a new file has none to upgrade), and goes when the service
# has upgraded them, in one transaction after the backup this migration's open made.
UPGRADE_MARK = "upgrade.documents"
_UPGRADE_DOCUMENTS = f"""
INSERT OR REPLACE INTO meta (key, value)
SELECT '{UPGRADE_MARK}', 'pending' WHERE EXISTS (SELECT 1 FROM documents);
"""

# The name finder's scan of each text (export/name_scan.py), by the text's hash and the
# rules that read it: a lead's every export asks for the names the pseudonym key lacks, and
# reading 1,000 transcripts for them again cost about 1 s (perf40). Derived data: a row may
# be dropped at any time, and a file without the table reads every text as before.
# (IF NOT EXISTS: a file rebuilt to an older version, as tests make one, may hold it.)
_NAME_SCANS = """
CREATE TABLE IF NOT EXISTS name_scans (
    text_hash TEXT NOT NULL,
    rules TEXT NOT NULL,
    scan TEXT NOT NULL,
    PRIMARY KEY (text_hash, rules)
) WITHOUT ROWID;
"""

# A code's further examples (model.Code.further_examples): how the code is also spoken of
# in a register its examples lack, which the suggestion engine reads and never fits on. A
# table of their own, so a file without it (read-only, not yet migrated: READ_AS_IS) reads
# every code as having none, as it had.
_FURTHER_EXAMPLES = """
CREATE TABLE IF NOT EXISTS code_further_examples (
    code_id TEXT NOT NULL REFERENCES codes (id),
    lang TEXT NOT NULL,
    idx INTEGER NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (code_id, lang, idx)
);
"""

# A code's parts (model.Code.parts, store/code_parts.py): per language, the stems of each
# side of what the code joins, a row a stem. A table of their own, so a file without it
# (read-only, not yet migrated: READ_AS_IS) reads every code as having none, as it had.
_CODE_PARTS = """
CREATE TABLE IF NOT EXISTS code_parts (
    code_id TEXT NOT NULL REFERENCES codes (id),
    lang TEXT NOT NULL,
    part INTEGER NOT NULL,
    idx INTEGER NOT NULL,
    stem TEXT NOT NULL,
    PRIMARY KEY (code_id, lang, part, idx)
);
"""

# The tables of derived data (a cache a command may fill, e.g. a lead's export keeping the
# name finder's scans): no coder's work is in them, and any row may be dropped.
DERIVED_TABLES = frozenset({"text_embeddings", "name_scans"})

# Each entry takes the file from version i to i + 1. Append only.
MIGRATIONS: tuple[str, ...] = (
    _V1,
    _V2,
    _PSEUDONYMS,
    _QUOTES,
    _SUGGEST_MODELS,
    _CODE_STATUS,
    _UNIQUE_LIVE,
    _CASE_DIALOGUE,
    _PASSAGE_MEMOS,
    _GENERATED_PSEUDONYMS,
    _DOCUMENT_SETS,
    _SEARCH_ORIGIN,
    _UPGRADE_DOCUMENTS,
    _NAME_SCANS,
    _FURTHER_EXAMPLES,
    _CODE_PARTS,
)
SCHEMA_VERSION = len(MIGRATIONS)
# Migrations (numbered from 1) a file that may not be written can do without: today's
# reads need nothing they add, so such a file (an archived project on read-only media)
# opens for reading as it stands instead of being refused as needing an upgrade.
READ_AS_IS: frozenset[int] = frozenset({13, 14, 15, 16})
