-- Review decisions (issue 11): votes and their lines, decisions on a request as a whole, productions (the plain archive
-- holds customer data until the package is sealed, then is dropped), emergency calls and preservations.
CREATE TABLE votes (
    id             TEXT    NOT NULL PRIMARY KEY,
    request_id     TEXT    NOT NULL REFERENCES requests (id),
    voter          TEXT    NOT NULL,
    functions      TEXT    NOT NULL,
    cast_at        INTEGER NOT NULL,
    rationale      TEXT    NOT NULL,
    justification  TEXT
);
CREATE INDEX ix_votes_request ON votes (request_id, cast_at);
CREATE TABLE vote_items (
    vote_id     TEXT    NOT NULL REFERENCES votes (id),
    position    INTEGER NOT NULL,
    target      INTEGER NOT NULL,
    category    TEXT    NOT NULL,
    produce     INTEGER NOT NULL,
    range_from  TEXT,
    range_to    TEXT,
    PRIMARY KEY (vote_id, position)
);
CREATE TABLE request_decisions (
    id          TEXT    NOT NULL PRIMARY KEY,
    request_id  TEXT    NOT NULL REFERENCES requests (id),
    act         TEXT    NOT NULL,
    decided_by  TEXT    NOT NULL,
    decided_at  INTEGER NOT NULL,
    rationale   TEXT    NOT NULL
);
CREATE INDEX ix_request_decisions_request ON request_decisions (request_id, decided_at);
CREATE TABLE productions (
    id               TEXT    NOT NULL PRIMARY KEY,
    request_id       TEXT    NOT NULL REFERENCES requests (id),
    manifest_sha256  TEXT    NOT NULL,
    event_id         INTEGER NOT NULL,
    archive          BLOB,
    sealed_package   BLOB,
    status           TEXT    NOT NULL,
    created_by       TEXT    NOT NULL,
    created_at       INTEGER NOT NULL,
    released_at      INTEGER,
    link_expires_at  INTEGER,
    downloaded_at    INTEGER,
    row_version      INTEGER NOT NULL
);
CREATE INDEX ix_productions_request ON productions (request_id);
CREATE INDEX ix_productions_status ON productions (status, created_at);
CREATE TABLE emergency_calls (
    id             TEXT    NOT NULL PRIMARY KEY,
    request_id     TEXT    NOT NULL REFERENCES requests (id),
    caller         TEXT    NOT NULL,
    number_called  TEXT,
    called_at      INTEGER NOT NULL,
    outcome        TEXT    NOT NULL,
    statement      TEXT,
    recorded_at    INTEGER NOT NULL
);
CREATE INDEX ix_emergency_calls_request ON emergency_calls (request_id, called_at);
CREATE TABLE preservations (
    id              TEXT    NOT NULL PRIMARY KEY,
    request_id      TEXT    NOT NULL REFERENCES requests (id),
    start_day       TEXT NOT NULL,
    days            INTEGER NOT NULL,
    extension_days  INTEGER NOT NULL,
    max_extensions  INTEGER NOT NULL,
    terms_source    TEXT    NOT NULL,
    extensions      TEXT    NOT NULL,
    state           TEXT    NOT NULL,
    started_by      TEXT    NOT NULL,
    started_at      INTEGER NOT NULL,
    ended_at        INTEGER,
    row_version     INTEGER NOT NULL
);
CREATE INDEX ix_preservations_request ON preservations (request_id);
CREATE INDEX ix_preservations_state ON preservations (state, start_day);
