-- Data the size of a large exchange (issue 15, docs/customer-data.md "Importing at scale").
-- Counting the customers who sent to or received from an address (a counterparty-of-wallet target) reads only the
-- index when it carries the account id: a popular address has hundreds of thousands of transactions, and fetching each
-- one's row from the table takes seconds. These replace the single-column indexes of schema versions 1 and 4. The
-- lower-case index also includes the address itself: PostgreSQL does an index-only scan on an expression index only
-- when the columns of the expression are in the index too.
DROP INDEX ix_transactions_counterparty;
CREATE INDEX ix_transactions_counterparty ON transactions (counterparty_address, account_id);
DROP INDEX ix_transactions_counterparty_lower;
CREATE INDEX ix_transactions_counterparty_lower ON transactions (lower(counterparty_address), account_id) INCLUDE (counterparty_address);

-- The reviewer queue: soonest deadline first, requests without one after, then by arrival. With this index the first
-- page is read in order instead of sorting every stored request.
CREATE INDEX ix_requests_queue ON requests ((deadline IS NULL), deadline, received_at);
