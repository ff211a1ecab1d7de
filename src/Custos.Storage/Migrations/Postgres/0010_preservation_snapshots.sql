-- Preservation snapshots (issue 11, PRODUCT.md flow 8): one row per preservation × target × category, holding a frozen
-- copy of the records the target reached when the preservation started (gzip of the JSON whose SHA-256 is sha256, the
-- hash ledgered with preservation.started), so that a later customer import does not change what is preserved. The
-- agency, the target's type and normalised value and the category find the snapshot a later production draws on. The
-- rows are deleted when the preservation is released.
CREATE TABLE preservation_snapshots (
    preservation_id  TEXT    NOT NULL REFERENCES preservations (id),
    target           INTEGER NOT NULL,
    category         TEXT    NOT NULL,
    agency_id        TEXT,
    target_type      TEXT    NOT NULL,
    target_key       TEXT,
    range_from       DATE,
    range_to         DATE,
    accounts         INTEGER NOT NULL,
    records          INTEGER NOT NULL,
    content          BYTEA   NOT NULL,
    sha256           TEXT    NOT NULL,
    captured_at      TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (preservation_id, target, category)
);
CREATE INDEX ix_preservation_snapshots_lookup ON preservation_snapshots (agency_id, target_type, target_key, category);
