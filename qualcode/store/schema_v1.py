"""The project file's tables as first released: migration 1 of ``schema.MIGRATIONS``.

Kept apart from the later migrations only for its size (the whole first schema: documents,
turns and units, codes, coders, codings, memos, statuses, suggestions, decisions, the
append-only audit log). Released, so never edited: a change is a new migration in
``schema.py``.
"""

V1 = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE documents (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    lang TEXT NOT NULL CHECK (lang IN ('sv', 'en')),
    text TEXT NOT NULL,
    words INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    source_path TEXT,
    imported_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX idx_documents_sha256 ON documents (sha256);
CREATE INDEX idx_documents_name ON documents (name);

CREATE TABLE attributes (
    document_id TEXT NOT NULL REFERENCES documents (id),
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (document_id, key)
);
CREATE INDEX idx_attributes_key_value ON attributes (key, value);

CREATE TABLE turns (
    document_id TEXT NOT NULL REFERENCES documents (id),
    idx INTEGER NOT NULL,
    speaker TEXT,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    start_time REAL,
    end_time REAL,
    PRIMARY KEY (document_id, idx)
);

CREATE TABLE units (
    document_id TEXT NOT NULL REFERENCES documents (id),
    idx INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    PRIMARY KEY (document_id, idx)
);

CREATE TABLE codes (
    id TEXT PRIMARY KEY,
    parent_id TEXT REFERENCES codes (id),
    key TEXT NOT NULL,
    name_sv TEXT, name_en TEXT,
    definition_sv TEXT, definition_en TEXT,
    inclusion_sv TEXT, inclusion_en TEXT,
    exclusion_sv TEXT, exclusion_en TEXT,
    color TEXT,
    shortcut TEXT,
    created_at TEXT NOT NULL,
    deleted_at TEXT,
    merged_into TEXT REFERENCES codes (id)
);
CREATE UNIQUE INDEX idx_codes_live_key ON codes (key) WHERE deleted_at IS NULL;
CREATE INDEX idx_codes_parent ON codes (parent_id);
CREATE INDEX idx_codes_merged_into ON codes (merged_into);

CREATE TABLE code_examples (
    code_id TEXT NOT NULL REFERENCES codes (id),
    lang TEXT NOT NULL,
    idx INTEGER NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (code_id, lang, idx)
);

CREATE TABLE code_keywords (
    code_id TEXT NOT NULL REFERENCES codes (id),
    lang TEXT NOT NULL,
    idx INTEGER NOT NULL,
    term TEXT NOT NULL,
    PRIMARY KEY (code_id, lang, idx)
);

CREATE TABLE coders (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL CHECK (role IN ('coder', 'lead')),
    created_at TEXT NOT NULL
);

CREATE TABLE suggestions (
    id TEXT PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents (id),
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    code_id TEXT NOT NULL REFERENCES codes (id),
    score REAL NOT NULL,
    method TEXT NOT NULL,
    evidence TEXT NOT NULL,
    model_version TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('pending', 'accepted', 'rejected')),
    decided_by TEXT REFERENCES coders (id),
    decided_at TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX idx_suggestions_document ON suggestions (document_id);
CREATE INDEX idx_suggestions_code ON suggestions (code_id);
CREATE INDEX idx_suggestions_decided_by ON suggestions (decided_by);

CREATE TABLE codings (
    id TEXT PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents (id),
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    code_id TEXT NOT NULL REFERENCES codes (id),
    coder_id TEXT NOT NULL REFERENCES coders (id),
    layer TEXT NOT NULL CHECK (layer IN ('coder', 'consensus')),
    origin TEXT NOT NULL CHECK (origin IN ('manual', 'suggestion', 'import', 'decision')),
    suggestion_id TEXT REFERENCES suggestions (id),
    decision_id TEXT,
    created_at TEXT NOT NULL,
    deleted_at TEXT,
    CHECK (start >= 0 AND "end" > start)
);
CREATE INDEX idx_codings_document ON codings (document_id, start);
CREATE INDEX idx_codings_code ON codings (code_id);
CREATE INDEX idx_codings_coder ON codings (coder_id);
CREATE INDEX idx_codings_suggestion ON codings (suggestion_id);
CREATE INDEX idx_codings_decision ON codings (decision_id);

CREATE TABLE document_status (
    document_id TEXT NOT NULL REFERENCES documents (id),
    coder_id TEXT NOT NULL REFERENCES coders (id),
    status TEXT NOT NULL CHECK (status IN ('todo', 'in_progress', 'done')),
    updated_at TEXT NOT NULL,
    PRIMARY KEY (document_id, coder_id)
);
CREATE INDEX idx_document_status_coder ON document_status (coder_id);

CREATE TABLE decisions (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL,
    document_id TEXT NOT NULL REFERENCES documents (id),
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    code_id TEXT REFERENCES codes (id),
    verdict TEXT NOT NULL,
    rationale TEXT NOT NULL,
    decided_by TEXT NOT NULL REFERENCES coders (id),
    decided_at TEXT NOT NULL,
    superseded_at TEXT
);
CREATE INDEX idx_decisions_document ON decisions (document_id);
CREATE INDEX idx_decisions_case ON decisions (case_id);
CREATE INDEX idx_decisions_code ON decisions (code_id);
CREATE INDEX idx_decisions_decided_by ON decisions (decided_by);

CREATE TABLE memos (
    id TEXT PRIMARY KEY,
    target_kind TEXT NOT NULL CHECK (target_kind IN ('document', 'coding', 'code', 'project')),
    target_id TEXT NOT NULL,
    author TEXT NOT NULL,
    text TEXT NOT NULL,
    created_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX idx_memos_target ON memos (target_kind, target_id);

CREATE TABLE audit (
    id TEXT PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    payload TEXT NOT NULL
);
CREATE INDEX idx_audit_at ON audit (at);
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
"""
