-- Custos schema version 4 (PostgreSQL): indexes for resolving the targets of a data request (TargetResolver), so that
-- each lookup is an index search rather than a scan. The expressions must stay exactly as the resolver's queries
-- write them, or the planner no longer uses them.

-- E-mail addresses are compared case-insensitively.
CREATE INDEX ix_customers_email_lower ON customers (lower(email));

-- Phone numbers are compared as '+' and digits only: the separators platforms write are removed.
CREATE INDEX ix_customers_phone_key ON customers (
    replace(replace(replace(replace(replace(replace(phone, ' ', ''), '-', ''), '(', ''), ')', ''), '.', ''), '/', ''));

-- "Every customer linked to this country" includes residence permits.
CREATE INDEX ix_residence_permits_country ON residence_permits (country);

-- 0x-prefixed (EVM) addresses are hexadecimal and compared case-insensitively (checksummed or not).
CREATE INDEX ix_wallets_address_lower ON wallets (lower(address));
CREATE INDEX ix_transactions_counterparty_lower ON transactions (lower(counterparty_address));
