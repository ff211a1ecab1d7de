-- Several nodes on one database (issue 15). leader_term is the fencing token of the ledger's leadership: whoever becomes
-- leader increments it, and every transaction that sequences events or publishes a checkpoint checks that the term is
-- still its own. On SQLite (one machine) the tiles stay in the ledger folder, so there is no ledger_tiles table here.
ALTER TABLE ledger_state ADD COLUMN leader_term INTEGER NOT NULL DEFAULT 0;
