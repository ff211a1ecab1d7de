-- Data the size of a large exchange (issue 15, docs/customer-data.md "Importing at scale").
-- Counting the customers who sent to or received from an address (a counterparty-of-wallet target) reads only the
-- index when it carries the account id: a popular address has millions of transactions, and fetching each one's row
-- from the table would take seconds. These replace the single-column indexes of schema versions 1 and 4.
DROP INDEX ix_transactions_counterparty;
CREATE INDEX ix_transactions_counterparty ON transactions (counterparty_address, account_id);
DROP INDEX ix_transactions_counterparty_lower;
CREATE INDEX ix_transactions_counterparty_lower ON transactions (lower(counterparty_address), account_id);

-- The reviewer queue: soonest deadline first, requests without one after, then by arrival. With this index the first
-- page is read in order instead of sorting every stored request.
CREATE INDEX ix_requests_queue ON requests ((deadline IS NULL), deadline, received_at);
