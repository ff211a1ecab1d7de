-- Four eyes on trust decisions: a proposal waits for a second person of the central function.
CREATE TABLE trust_changes (
    id             TEXT        NOT NULL PRIMARY KEY,
    agency_id      TEXT        NOT NULL REFERENCES agencies (id),
    kind           TEXT        NOT NULL,
    payload        TEXT        NOT NULL,
    proposed_by    TEXT        NOT NULL,
    proposed_at    TIMESTAMPTZ NOT NULL,
    status         TEXT        NOT NULL,
    decided_by     TEXT,
    decided_at     TIMESTAMPTZ,
    decision_note  TEXT,
    row_version    BIGINT      NOT NULL
);
CREATE INDEX ix_trust_changes_status ON trust_changes (status, proposed_at);
CREATE INDEX ix_trust_changes_agency ON trust_changes (agency_id, proposed_at);
