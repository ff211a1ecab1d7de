-- Custos schema version 17 (SQLite): the screening index over the list versions in force, stored once built so that
-- a new process (each `custos sanctions match`, `screen`, `rescreen`) reads it instead of reading the lists and
-- normalising every name again. Derived data, never a source of truth: the key is SHA-256 over the versions in force,
-- the stored format and the matcher's build; the content carries its own length and SHA-256 and is rebuilt from the
-- list files whenever it is missing, altered or of another key. Timestamps are UTC Unix milliseconds (INTEGER).
CREATE TABLE sanctions_index_files (
    key      TEXT    NOT NULL PRIMARY KEY,
    versions TEXT    NOT NULL,
    matcher  TEXT    NOT NULL,
    format   INTEGER NOT NULL,
    length   INTEGER NOT NULL,
    built_at INTEGER NOT NULL,
    content  BLOB    NOT NULL
);
