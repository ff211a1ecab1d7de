-- A legal reviewer may record that a request's non-disclosure order or tipping-off prohibition no longer binds (lifted by
-- the court or withdrawn by the authority before any end date): from that day its customers are told and its sealed
-- ledger entries are unsealed. The decision itself is a request_decisions row (act lift-non-disclosure) and a ledger event.
ALTER TABLE requests ADD COLUMN non_disclosure_lifted_on DATE;
