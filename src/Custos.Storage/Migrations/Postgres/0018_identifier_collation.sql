-- Custos schema version 18 (PostgreSQL): cheaper index builds for a large customer import (issue 15,
-- docs/customer-data.md "Importing at scale", round of 2026-12-06).

-- Indexes no query needs, dropped (the two on transactions are rebuilt below):
-- * an exact (case-sensitive) address is found through the lower-case index: lower(column) = lower(key) AND column =
--   key. The counterparty index includes the address, so that query is still an index-only scan;
-- * e-mail and phone targets use ix_customers_email_lower and ix_customers_phone_key, customer search its search text;
--   nothing looks customers up by the raw e-mail or phone, or logins by IP address (no target type does; a future one
--   must add its index back).
DROP INDEX ix_transactions_counterparty;
DROP INDEX ix_transactions_counterparty_lower;
DROP INDEX ix_transactions_tx_hash;
DROP INDEX ix_wallets_address;
DROP INDEX ix_logins_ip_address;
DROP INDEX ix_customers_email;
DROP INDEX ix_customers_phone;

-- Identifiers are compared byte by byte. Transaction ids, login ids, transaction hashes and blockchain addresses are
-- ASCII identifiers; under a database collation such as C.UTF-8 on PostgreSQL 15 every comparison of an index sort went
-- through the C library (strcoll, without abbreviated keys), and lower() through its wide-character case mapping.
-- Declared COLLATE "C", they sort by bytes (with abbreviated keys) and lower() maps ASCII letters only, as SQLite's
-- lower() always has. Equality is unchanged (both collations are deterministic); an ORDER BY on these columns sorts in
-- byte order, and lower() leaves letters outside ASCII as they are. The keys and indexes left on these columns are
-- rebuilt by the change.
ALTER TABLE transactions
    ALTER COLUMN transaction_id TYPE TEXT COLLATE "C",
    ALTER COLUMN wallet_address TYPE TEXT COLLATE "C",
    ALTER COLUMN counterparty_address TYPE TEXT COLLATE "C",
    ALTER COLUMN tx_hash TYPE TEXT COLLATE "C";
ALTER TABLE wallets ALTER COLUMN address TYPE TEXT COLLATE "C";
ALTER TABLE logins ALTER COLUMN login_id TYPE TEXT COLLATE "C";

-- Trades have neither counterparty nor hash (about 30 % of the transactions of `custos demo generate`): the indexes
-- leave them out. Every query on them compares the column (or lower() of it, a strict function) with a value, which
-- implies IS NOT NULL, so the planner uses them. lower(counterparty_address) now has the column's collation "C".
CREATE INDEX ix_transactions_counterparty_lower ON transactions (lower(counterparty_address), account_id)
    INCLUDE (counterparty_address) WHERE counterparty_address IS NOT NULL;
CREATE INDEX ix_transactions_tx_hash ON transactions (tx_hash) WHERE tx_hash IS NOT NULL;
