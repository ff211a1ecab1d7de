-- Several nodes on one database (issue 15). leader_term is the fencing token of the ledger's leadership: a node that
-- becomes leader increments it, and every transaction that sequences events or publishes a checkpoint checks, under the
-- state row's lock, that the term is still its own; a node that lost the leadership without noticing can therefore
-- neither sequence nor publish. ledger_tiles holds the tiles and entry bundles (C2SP tlog-tiles paths), written in the
-- transaction that publishes the checkpoint covering them, so that every node serves the same bytes.
ALTER TABLE ledger_state ADD COLUMN leader_term BIGINT NOT NULL DEFAULT 0;

CREATE TABLE ledger_tiles (
    path TEXT  NOT NULL PRIMARY KEY,
    data BYTEA NOT NULL
);
