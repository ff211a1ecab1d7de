-- Custos schema version 2 (PostgreSQL): the verifiable ledger. Each event row carries, from the moment it commits with
-- its state change, the exact log entry (opaque identifiers and a salted commitment to the details); the integrator
-- assigns leaf indices in commit order and publishes tiles and signed checkpoints.

ALTER TABLE ledger_events ADD COLUMN refs TEXT NOT NULL DEFAULT '';
ALTER TABLE ledger_events ADD COLUMN policy_version TEXT;
ALTER TABLE ledger_events ADD COLUMN salt BYTEA;
ALTER TABLE ledger_events ADD COLUMN commitment TEXT NOT NULL DEFAULT '';
ALTER TABLE ledger_events ADD COLUMN entry BYTEA NOT NULL DEFAULT '\x';
ALTER TABLE ledger_events ADD COLUMN leaf_index BIGINT;
CREATE UNIQUE INDEX ux_ledger_events_leaf_index ON ledger_events (leaf_index);
CREATE INDEX ix_ledger_events_unsequenced ON ledger_events (id) WHERE leaf_index IS NULL;

CREATE TABLE ledger_state (
    id                INTEGER     NOT NULL PRIMARY KEY CHECK (id = 1),
    origin            TEXT        NOT NULL,
    sequenced_size    BIGINT      NOT NULL,
    published_size    BIGINT      NOT NULL,
    published_root    BYTEA       NOT NULL,
    published_note    TEXT        NOT NULL,
    published_at      TIMESTAMPTZ NOT NULL
);

CREATE TABLE ledger_checkpoints (
    size         BIGINT      NOT NULL PRIMARY KEY,
    root         BYTEA       NOT NULL,
    note         TEXT        NOT NULL,
    published_at TIMESTAMPTZ NOT NULL
);
