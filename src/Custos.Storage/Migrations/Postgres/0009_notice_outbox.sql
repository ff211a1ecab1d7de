-- The durable outbox of customer notices: each row is one message, delivered by SMTP or written as an .eml file by
-- whichever dispatcher claims it (a conditional update on row_version), retried with back-off until it goes.
CREATE TABLE notice_outbox (
    id                   TEXT        NOT NULL PRIMARY KEY,
    request_id           TEXT        NOT NULL REFERENCES requests (id),
    customer_account_id  TEXT        NOT NULL,
    recipient            TEXT        NOT NULL,
    subject              TEXT        NOT NULL,
    body                 TEXT        NOT NULL,
    not_before           TIMESTAMPTZ NOT NULL,
    queued_at            TIMESTAMPTZ NOT NULL,
    queued_by            TEXT        NOT NULL,
    status               TEXT        NOT NULL,
    attempts             INTEGER     NOT NULL,
    next_attempt_at      TIMESTAMPTZ NOT NULL,
    claimed_until        TIMESTAMPTZ,
    last_attempt_at      TIMESTAMPTZ,
    last_error           TEXT,
    sent_at              TIMESTAMPTZ,
    sent_via             TEXT,
    row_version          BIGINT      NOT NULL
);
CREATE INDEX ix_notice_outbox_due ON notice_outbox (status, next_attempt_at);
CREATE INDEX ix_notice_outbox_request ON notice_outbox (request_id, not_before);
