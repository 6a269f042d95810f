-- Schema 3, findings: tables and columns added by that work (see the issue it belongs to).
-- Each script of step 3 runs in the same migration transaction; keep it to plain SQLite DDL.
SELECT 1;
