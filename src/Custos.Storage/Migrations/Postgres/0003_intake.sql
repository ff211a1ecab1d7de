-- Custos schema version 3 (PostgreSQL): intake. Agencies and their officers, requests with their targets, documents,
-- messages and status history, API idempotency keys, and the installed policy versions.

CREATE TABLE agencies (
    id                     TEXT    NOT NULL PRIMARY KEY,
    name                   TEXT    NOT NULL,
    country                TEXT    NOT NULL,
    type                   TEXT    NOT NULL,
    verification           TEXT    NOT NULL,
    verification_method    TEXT,
    verification_note      TEXT,
    verified_by            TEXT,
    verified_at            TIMESTAMPTZ,
    reputation_flags       TEXT    NOT NULL DEFAULT '',
    certificate_pem        TEXT,
    certificate_thumbprint TEXT,
    certificate_not_after  TIMESTAMPTZ,
    created_at             TIMESTAMPTZ NOT NULL,
    created_by             TEXT    NOT NULL
);
CREATE INDEX ix_agencies_country ON agencies (country);

CREATE TABLE agency_domains (
    domain    TEXT NOT NULL PRIMARY KEY,
    agency_id TEXT NOT NULL REFERENCES agencies (id) ON DELETE CASCADE
);
CREATE INDEX ix_agency_domains_agency_id ON agency_domains (agency_id);

CREATE TABLE agency_officers (
    id            TEXT    NOT NULL PRIMARY KEY,
    agency_id     TEXT    NOT NULL REFERENCES agencies (id),
    name          TEXT    NOT NULL,
    title         TEXT,
    email         TEXT    NOT NULL UNIQUE,
    phone         TEXT,
    password_hash TEXT    NOT NULL,
    status        TEXT    NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL,
    activated_at  TIMESTAMPTZ
);
CREATE INDEX ix_agency_officers_agency_id ON agency_officers (agency_id);

CREATE TABLE requests (
    id             TEXT    NOT NULL PRIMARY KEY,
    agency_id      TEXT    REFERENCES agencies (id),
    officer_id     TEXT    REFERENCES agency_officers (id),
    reference      TEXT,
    channel        TEXT    NOT NULL,
    kind           TEXT    NOT NULL,
    status         TEXT    NOT NULL,
    informal       BOOLEAN NOT NULL,
    received_at    TIMESTAMPTZ NOT NULL,
    submitted_by   TEXT    NOT NULL,
    payload        TEXT    NOT NULL,
    policy_version TEXT,
    scrutiny       TEXT,
    recommendation TEXT,
    risk_tier      TEXT,
    deadline       TIMESTAMPTZ,
    created_at     TIMESTAMPTZ NOT NULL,
    updated_at     TIMESTAMPTZ NOT NULL,
    row_version    BIGINT NOT NULL
);
CREATE INDEX ix_requests_status_deadline ON requests (status, deadline);
CREATE INDEX ix_requests_agency_id ON requests (agency_id, received_at);

CREATE TABLE request_targets (
    request_id  TEXT    NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    type        TEXT    NOT NULL,
    value       TEXT,
    role        TEXT    NOT NULL,
    match       TEXT    NOT NULL,
    reach       INTEGER NOT NULL,
    sample      TEXT    NOT NULL,
    explanation TEXT    NOT NULL,
    resolved_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (request_id, position)
);

CREATE TABLE request_documents (
    id          TEXT    NOT NULL PRIMARY KEY,
    request_id  TEXT    NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
    name        TEXT    NOT NULL,
    media_type  TEXT    NOT NULL,
    size_bytes  BIGINT NOT NULL,
    sha256      TEXT    NOT NULL,
    content     BYTEA   NOT NULL,
    uploaded_at TIMESTAMPTZ NOT NULL,
    uploaded_by TEXT    NOT NULL
);
CREATE INDEX ix_request_documents_request_id ON request_documents (request_id);

CREATE TABLE request_messages (
    id          TEXT    NOT NULL PRIMARY KEY,
    request_id  TEXT    NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
    kind        TEXT    NOT NULL,
    author      TEXT    NOT NULL,
    from_agency BOOLEAN NOT NULL,
    body        TEXT    NOT NULL,
    sent_at     TIMESTAMPTZ NOT NULL
);
CREATE INDEX ix_request_messages_request_id ON request_messages (request_id, sent_at);

CREATE TABLE request_transitions (
    request_id  TEXT    NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,
    from_status TEXT,
    trigger     TEXT    NOT NULL,
    to_status   TEXT    NOT NULL,
    actor       TEXT    NOT NULL,
    reason      TEXT,
    occurred_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (request_id, seq)
);

CREATE TABLE idempotency_keys (
    principal    TEXT    NOT NULL,
    key          TEXT    NOT NULL,
    request_hash TEXT    NOT NULL,
    request_id   TEXT    NOT NULL REFERENCES requests (id),
    created_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (principal, key)
);

CREATE TABLE policy_versions (
    version      TEXT    NOT NULL PRIMARY KEY,
    sha256       TEXT    NOT NULL,
    content      TEXT    NOT NULL,
    is_active    BOOLEAN NOT NULL,
    installed_at TIMESTAMPTZ NOT NULL,
    installed_by TEXT    NOT NULL
);
CREATE UNIQUE INDEX ux_policy_versions_active ON policy_versions (is_active) WHERE is_active;
