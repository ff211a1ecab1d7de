-- Placeholder: version 14 is taken by the ledger-speed work developed alongside (issue 15 point 3). The migration
-- runner wants versions 1..n without gaps, so this branch carries an empty 0014 to run at all; on merge the real 0014
-- replaces this file.
SELECT 1;
