-- Custos schema version 5 (SQLite): sign-in that resists guessing and theft. Failed attempts and lockouts are counted
-- in each account (not ledgered one by one); the second factor's TOTP secret is kept protected by ASP.NET Core Data
-- Protection (never in clear); each sign-in is a session row that the cookie names, so that signing out ends it on
-- the server. Timestamps are UTC Unix milliseconds.

ALTER TABLE staff_users ADD COLUMN failed_sign_ins INTEGER NOT NULL DEFAULT 0;
ALTER TABLE staff_users ADD COLUMN lockouts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE staff_users ADD COLUMN locked_until INTEGER;
ALTER TABLE staff_users ADD COLUMN totp_secret TEXT;
ALTER TABLE staff_users ADD COLUMN totp_pending_secret TEXT;
ALTER TABLE staff_users ADD COLUMN totp_enrolled_at INTEGER;
ALTER TABLE staff_users ADD COLUMN totp_last_step INTEGER;
-- Only the demo's accounts are exempt from the second factor their roles require.
ALTER TABLE staff_users ADD COLUMN second_factor_exempt INTEGER NOT NULL DEFAULT 0;
CREATE INDEX ix_staff_users_locked_until ON staff_users (locked_until);

ALTER TABLE agency_officers ADD COLUMN failed_sign_ins INTEGER NOT NULL DEFAULT 0;
ALTER TABLE agency_officers ADD COLUMN lockouts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE agency_officers ADD COLUMN locked_until INTEGER;
ALTER TABLE agency_officers ADD COLUMN totp_secret TEXT;
ALTER TABLE agency_officers ADD COLUMN totp_pending_secret TEXT;
ALTER TABLE agency_officers ADD COLUMN totp_enrolled_at INTEGER;
ALTER TABLE agency_officers ADD COLUMN totp_last_step INTEGER;
CREATE INDEX ix_agency_officers_locked_until ON agency_officers (locked_until);

CREATE TABLE sign_in_sessions (
    id            TEXT    NOT NULL PRIMARY KEY,
    holder        TEXT    NOT NULL,
    account_id    TEXT    NOT NULL,
    stage         TEXT    NOT NULL,
    second_factor INTEGER NOT NULL DEFAULT 0,
    created_at    INTEGER NOT NULL,
    last_seen_at  INTEGER NOT NULL,
    expires_at    INTEGER NOT NULL,
    ended_at      INTEGER,
    end_reason    TEXT,
    password_rehash TEXT
);
CREATE INDEX ix_sign_in_sessions_holder_account ON sign_in_sessions (holder, account_id);
