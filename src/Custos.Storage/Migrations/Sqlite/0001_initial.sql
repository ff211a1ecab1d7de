-- Custos schema version 1 (SQLite). Timestamps are UTC Unix milliseconds (INTEGER); dates are ISO 8601 TEXT;
-- amounts are invariant-culture decimal TEXT (exact).

CREATE TABLE customers (
    account_id        TEXT    NOT NULL PRIMARY KEY,
    given_name        TEXT    NOT NULL,
    family_name       TEXT    NOT NULL,
    native_name       TEXT,
    date_of_birth     TEXT,
    place_of_birth    TEXT,
    nationality       TEXT,
    residence_country TEXT    NOT NULL,
    email             TEXT,
    phone             TEXT,
    address_line      TEXT,
    city              TEXT,
    postal_code       TEXT,
    status            TEXT    NOT NULL,
    opened_at         INTEGER NOT NULL,
    search_text       TEXT    NOT NULL,
    imported_at       INTEGER NOT NULL
);
CREATE INDEX ix_customers_email ON customers (email);
CREATE INDEX ix_customers_phone ON customers (phone);
CREATE INDEX ix_customers_residence_country ON customers (residence_country);
CREATE INDEX ix_customers_nationality ON customers (nationality);

CREATE TABLE residence_permits (
    account_id  TEXT NOT NULL REFERENCES customers (account_id),
    country     TEXT NOT NULL,
    kind        TEXT NOT NULL,
    valid_from  TEXT NOT NULL,
    valid_until TEXT,
    PRIMARY KEY (account_id, country, kind, valid_from)
);

CREATE TABLE kyc_documents (
    account_id      TEXT    NOT NULL REFERENCES customers (account_id),
    kind            TEXT    NOT NULL,
    issuing_country TEXT    NOT NULL,
    number          TEXT    NOT NULL,
    issued_on       TEXT,
    expires_on      TEXT,
    verified_at     INTEGER NOT NULL,
    PRIMARY KEY (account_id, kind, issuing_country, number)
);

CREATE TABLE wallets (
    asset      TEXT    NOT NULL,
    address    TEXT    NOT NULL,
    account_id TEXT    NOT NULL REFERENCES customers (account_id),
    created_at INTEGER NOT NULL,
    PRIMARY KEY (asset, address)
);
CREATE INDEX ix_wallets_account_id ON wallets (account_id);
CREATE INDEX ix_wallets_address ON wallets (address);

CREATE TABLE transactions (
    transaction_id       TEXT    NOT NULL PRIMARY KEY,
    account_id           TEXT    NOT NULL REFERENCES customers (account_id),
    kind                 TEXT    NOT NULL,
    occurred_at          INTEGER NOT NULL,
    asset                TEXT    NOT NULL,
    amount               TEXT    NOT NULL,
    wallet_address       TEXT,
    counterparty_address TEXT,
    tx_hash              TEXT,
    counter_asset        TEXT,
    counter_amount       TEXT
);
CREATE INDEX ix_transactions_account_id ON transactions (account_id, occurred_at);
CREATE INDEX ix_transactions_counterparty ON transactions (counterparty_address);
CREATE INDEX ix_transactions_tx_hash ON transactions (tx_hash);

CREATE TABLE logins (
    login_id    TEXT    NOT NULL PRIMARY KEY,
    account_id  TEXT    NOT NULL REFERENCES customers (account_id),
    occurred_at INTEGER NOT NULL,
    ip_address  TEXT    NOT NULL,
    device      TEXT
);
CREATE INDEX ix_logins_account_id ON logins (account_id, occurred_at);
CREATE INDEX ix_logins_ip_address ON logins (ip_address);

CREATE TABLE holdings (
    account_id TEXT NOT NULL REFERENCES customers (account_id),
    asset      TEXT NOT NULL,
    as_of      TEXT NOT NULL,
    amount     TEXT NOT NULL,
    PRIMARY KEY (account_id, asset, as_of)
);

CREATE TABLE customer_imports (
    id                TEXT    NOT NULL PRIMARY KEY,
    started_at        INTEGER NOT NULL,
    finished_at       INTEGER NOT NULL,
    source            TEXT    NOT NULL,
    imported_by       TEXT    NOT NULL,
    replaced_all      INTEGER NOT NULL,
    customers         INTEGER NOT NULL,
    residence_permits INTEGER NOT NULL,
    kyc_documents     INTEGER NOT NULL,
    wallets           INTEGER NOT NULL,
    transactions      INTEGER NOT NULL,
    logins            INTEGER NOT NULL,
    holdings          INTEGER NOT NULL,
    file_hashes       TEXT    NOT NULL
);

CREATE TABLE staff_users (
    id                  TEXT    NOT NULL PRIMARY KEY,
    username            TEXT    NOT NULL UNIQUE,
    display_name        TEXT    NOT NULL,
    email               TEXT,
    region              TEXT    NOT NULL,
    password_hash       TEXT    NOT NULL,
    is_disabled         INTEGER NOT NULL DEFAULT 0,
    created_at          INTEGER NOT NULL,
    password_changed_at INTEGER NOT NULL
);

CREATE TABLE staff_roles (
    user_id TEXT NOT NULL REFERENCES staff_users (id) ON DELETE CASCADE,
    role    TEXT NOT NULL,
    PRIMARY KEY (user_id, role)
);

CREATE TABLE api_keys (
    id            TEXT    NOT NULL PRIMARY KEY,
    prefix        TEXT    NOT NULL UNIQUE,
    secret_hash   TEXT    NOT NULL,
    name          TEXT    NOT NULL,
    owner_user_id TEXT REFERENCES staff_users (id),
    agency_id     TEXT,
    created_at    INTEGER NOT NULL,
    expires_at    INTEGER,
    revoked_at    INTEGER,
    last_used_at  INTEGER
);

CREATE TABLE ledger_events (
    id            INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    event_type_id INTEGER NOT NULL,
    event_type    TEXT    NOT NULL,
    occurred_at   INTEGER NOT NULL,
    actor         TEXT    NOT NULL,
    subject       TEXT    NOT NULL,
    details       TEXT    NOT NULL
);
CREATE INDEX ix_ledger_events_subject ON ledger_events (subject);
