-- Custos schema version 7 (SQLite): sanctions lists, screening, alerts, prices and account restrictions.
-- Timestamps are UTC Unix milliseconds (INTEGER); dates ISO 8601 TEXT; amounts invariant decimal TEXT.
-- No foreign key points at customers: a full customer import (--replace) deletes and rewrites them, and what was
-- screened, raised and restricted must outlive that.

-- One imported version of one list. The version in force for a list is its row with no superseded_at.
CREATE TABLE sanctions_list_versions (
    id            TEXT    NOT NULL PRIMARY KEY,
    list_id       TEXT    NOT NULL,
    version       TEXT    NOT NULL,
    content_key   TEXT    NOT NULL,
    entries       INTEGER NOT NULL,
    generated_at  INTEGER,
    imported_at   INTEGER NOT NULL,
    imported_by   TEXT    NOT NULL,
    superseded_at INTEGER,
    notes         TEXT    NOT NULL
);
CREATE UNIQUE INDEX ux_sanctions_list_versions_in_force ON sanctions_list_versions (list_id) WHERE superseded_at IS NULL;
CREATE INDEX ix_sanctions_list_versions_list ON sanctions_list_versions (list_id, imported_at);

-- The exact bytes of each file of a version, with its SHA-256: every node builds its screening index from these.
CREATE TABLE sanctions_list_files (
    version_id TEXT    NOT NULL REFERENCES sanctions_list_versions (id),
    position   INTEGER NOT NULL,
    name       TEXT    NOT NULL,
    role       TEXT    NOT NULL,
    sha256     TEXT    NOT NULL,
    length     INTEGER NOT NULL,
    records    INTEGER NOT NULL,
    content    BLOB    NOT NULL,
    PRIMARY KEY (version_id, position)
);

-- What each customer was last screened on: the fingerprint of the facts screened and the key of the lists' contents.
CREATE TABLE sanctions_screenings (
    account_id  TEXT    NOT NULL PRIMARY KEY,
    fingerprint TEXT    NOT NULL,
    lists_key   TEXT    NOT NULL,
    screened_at INTEGER NOT NULL
);

-- A hit raised for review: the facts as screened, the list entry, the score and its explanation, and the decision.
CREATE TABLE sanctions_alerts (
    id                   TEXT    NOT NULL PRIMARY KEY,
    account_id           TEXT    NOT NULL,
    subject              TEXT    NOT NULL,
    list_id              TEXT    NOT NULL,
    source_id            TEXT    NOT NULL,
    list_version_id      TEXT    NOT NULL REFERENCES sanctions_list_versions (id),
    customer_fingerprint TEXT    NOT NULL,
    entry_fingerprint    TEXT    NOT NULL,
    screened_name        TEXT,
    screened_native_name TEXT,
    screened_birth_date  TEXT,
    screened_nationality TEXT,
    screened_wallet      TEXT,
    entry_name           TEXT    NOT NULL,
    entry_kind           TEXT    NOT NULL,
    entry_programs       TEXT    NOT NULL,
    entry_facts          TEXT    NOT NULL,
    matched_name         TEXT    NOT NULL,
    score                REAL    NOT NULL,
    explanation          TEXT    NOT NULL,
    status               TEXT    NOT NULL,
    raised_at            INTEGER NOT NULL,
    decided_at           INTEGER,
    decided_by           TEXT,
    decision_reason      TEXT,
    row_version          INTEGER NOT NULL
);
CREATE INDEX ix_sanctions_alerts_status ON sanctions_alerts (status, raised_at);
CREATE INDEX ix_sanctions_alerts_pair ON sanctions_alerts (account_id, list_id, source_id, raised_at);

-- The dated EUR price table holdings are valued with (the latest price on or before a day is used).
CREATE TABLE asset_prices (
    asset       TEXT    NOT NULL,
    date        TEXT    NOT NULL,
    eur_price   TEXT    NOT NULL,
    imported_at INTEGER NOT NULL,
    PRIMARY KEY (asset, date)
);

-- A restriction recorded on an account: under a regime (EU Reg. 833/2014 Art. 5b) or for a confirmed sanctions hit.
CREATE TABLE account_restrictions (
    id           TEXT    NOT NULL PRIMARY KEY,
    account_id   TEXT    NOT NULL,
    reason       TEXT    NOT NULL,
    regime       TEXT,
    alert_id     TEXT    REFERENCES sanctions_alerts (id),
    as_of        TEXT    NOT NULL,
    holdings_eur TEXT,
    action       TEXT    NOT NULL,
    explanation  TEXT    NOT NULL,
    recorded_at  INTEGER NOT NULL,
    recorded_by  TEXT    NOT NULL
);
CREATE INDEX ix_account_restrictions_account ON account_restrictions (account_id, regime);

-- A notice to a restricted customer, scheduled for the notice sender to deliver (an outbox row).
CREATE TABLE restriction_notices (
    id             TEXT    NOT NULL PRIMARY KEY,
    restriction_id TEXT    NOT NULL REFERENCES account_restrictions (id),
    account_id     TEXT    NOT NULL,
    status         TEXT    NOT NULL,
    send_after     INTEGER NOT NULL,
    body           TEXT    NOT NULL,
    created_at     INTEGER NOT NULL,
    sent_at        INTEGER
);
CREATE INDEX ix_restriction_notices_status ON restriction_notices (status, send_after);
