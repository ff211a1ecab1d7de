-- Checking a transparency report from the log (issue 14): the SHA-256 of the public facts last logged per request and
-- restriction (so that request.facts / restriction.facts are appended only when they change), how far the ledger's
-- events have been looked at for changes, and every published report, served at /transparency/reports.
CREATE TABLE transparency_facts (
    subject      TEXT        NOT NULL PRIMARY KEY,
    sha256       TEXT        NOT NULL,
    published_at TIMESTAMPTZ NOT NULL
);
CREATE TABLE transparency_facts_state (
    id               INTEGER NOT NULL PRIMARY KEY,
    scanned_size BIGINT  NOT NULL
);
INSERT INTO transparency_facts_state (id, scanned_size) VALUES (1, 0);
CREATE TABLE published_reports (
    sha256       TEXT        NOT NULL PRIMARY KEY,
    period_from  DATE        NOT NULL,
    period_to    DATE        NOT NULL,
    generated_at TIMESTAMPTZ NOT NULL,
    json         TEXT        NOT NULL,
    statement    TEXT        NOT NULL
);
CREATE INDEX ix_published_reports_period ON published_reports (period_from, period_to, generated_at);
