-- Customer notices decided for a request (issue 11): one row per customer whose data a production carries, with where
-- notice stands (due, scheduled for a date, awaiting the end of an emergency, blocked, withheld pending legal review),
-- its legal basis, and the outbox message once queued. And the agency's telephone number as the registry publishes it,
-- the only number an emergency request may be confirmed on.
CREATE TABLE customer_notices (
    id                  TEXT    NOT NULL PRIMARY KEY,
    request_id          TEXT    NOT NULL REFERENCES requests (id),
    production_id       TEXT    NOT NULL REFERENCES productions (id),
    account_id          TEXT    NOT NULL,
    disclosed           TEXT    NOT NULL,
    status              TEXT    NOT NULL,
    send_on             TEXT,
    reason              TEXT    NOT NULL,
    legal_basis         TEXT,
    review_due          TEXT,
    last_legal_review   TEXT,
    review_flagged_for  TEXT,
    decided_at          INTEGER NOT NULL,
    outbox_id           TEXT,
    queued_at           INTEGER,
    row_version         INTEGER NOT NULL
);
CREATE INDEX ix_customer_notices_request ON customer_notices (request_id);
CREATE INDEX ix_customer_notices_pending ON customer_notices (queued_at, status);
CREATE UNIQUE INDEX ux_customer_notices_account ON customer_notices (production_id, account_id);
ALTER TABLE agencies ADD COLUMN phone TEXT;
