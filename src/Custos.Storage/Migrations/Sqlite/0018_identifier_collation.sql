-- Custos schema version 18 (SQLite): the index changes of PostgreSQL's version 18 (docs/customer-data.md "Importing at
-- scale", round of 2026-12-06). SQLite compares text byte by byte already and its lower() maps ASCII letters only, so
-- the collation change of that version has nothing to do here.
--
-- An exact (case-sensitive) address is found through the lower-case index: lower(column) = lower(key) AND column = key.
-- The counterparty index carries the address as its last column, so that the count stays a covering-index scan.
DROP INDEX ix_transactions_counterparty;
DROP INDEX ix_transactions_counterparty_lower;
CREATE INDEX ix_transactions_counterparty_lower ON transactions (lower(counterparty_address), account_id, counterparty_address);
DROP INDEX ix_wallets_address;

-- Nothing looks customers up by the raw e-mail or phone (targets use the lower-case and digits-only indexes), or logins
-- by IP address.
DROP INDEX ix_logins_ip_address;
DROP INDEX ix_customers_email;
DROP INDEX ix_customers_phone;
