-- Custos schema version 19: an agency's requests in identifier order (docs/transparency.md, "When"). When an agency's own
-- ledger entry says it changed, the public facts of all its requests are refreshed, read in pages of the next requests
-- after the last identifier seen. ix_requests_agency_id orders them by arrival, so every page sorted all the agency's
-- requests again: for an agency with 90,000 requests, 1,800 such sorts in one round, which held the facts round for
-- minutes. With this index a page is a range read.
CREATE INDEX ix_requests_agency_id_id ON requests (agency_id, id);
