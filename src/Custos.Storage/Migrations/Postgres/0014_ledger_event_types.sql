-- The ledger at the speed of its disk (issue 15). After every integration round the disclosure index publisher looks up
-- the latest index revision (the highest id of its type): without an index on the type that read walked the whole table
-- backwards when there was no revision yet, or back to the last one, a cost that grew with the log and stalled the
-- rounds (tens to hundreds of milliseconds at a hundred thousand events). With it, it reads one index entry.
CREATE INDEX ix_ledger_events_type ON ledger_events (event_type_id, id);
