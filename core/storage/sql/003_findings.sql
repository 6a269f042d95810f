-- Schema 3, findings: findings that cannot contradict themselves, and rated months that stay as
-- they were rated (issue 11 item 3, issue 12 item 8).
-- Each script of step 3 runs in the same migration transaction; keep it to plain SQLite DDL.

-- A hand edit of the statement is kept as an edit of the agreed wording: the generated text it
-- started from, and the rating and missed thresholds it was written for. A later rating or a
-- different set of misses no longer agrees with the edit, and the report refuses to export it.
ALTER TABLE sle_finding ADD COLUMN statement_base TEXT NOT NULL DEFAULT '';
ALTER TABLE sle_finding ADD COLUMN statement_rating TEXT NOT NULL DEFAULT '';
ALTER TABLE sle_finding ADD COLUMN statement_misses TEXT NOT NULL DEFAULT '';

-- Reopening a rated month is a decision of its own (the chair's), kept for ever: only then may
-- its figures be re-imported or its findings changed.
CREATE TABLE sle_rating_reopening (
    id                  INTEGER PRIMARY KEY,
    month               TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]'),
    previous_rating     TEXT NOT NULL,
    previous_decided_on TEXT,
    reason              TEXT NOT NULL CHECK (reason <> ''),
    decided_utc         TEXT NOT NULL,
    decided_by          TEXT NOT NULL,
    decided_role        TEXT NOT NULL
);
CREATE INDEX sle_rating_reopening_month ON sle_rating_reopening(month);
CREATE TRIGGER sle_rating_reopening_no_update BEFORE UPDATE ON sle_rating_reopening
BEGIN
    SELECT RAISE(ABORT, 'a reopening of a rated month is a record');
END;
CREATE TRIGGER sle_rating_reopening_no_delete BEFORE DELETE ON sle_rating_reopening
BEGIN
    SELECT RAISE(ABORT, 'a reopening of a rated month is a record');
END;

-- The database refuses, too, what core refuses: figures of a rated month never change.
CREATE TRIGGER sle_figure_rated_insert BEFORE INSERT ON sle_figure
WHEN EXISTS (SELECT 1 FROM sle_finding WHERE month = NEW.month AND decided_rating <> '')
BEGIN
    SELECT RAISE(ABORT, 'the month is rated: its figures are a record');
END;
CREATE TRIGGER sle_figure_rated_update BEFORE UPDATE ON sle_figure
WHEN EXISTS (SELECT 1 FROM sle_finding WHERE month IN (OLD.month, NEW.month) AND decided_rating <> '')
BEGIN
    SELECT RAISE(ABORT, 'the month is rated: its figures are a record');
END;
CREATE TRIGGER sle_figure_rated_delete BEFORE DELETE ON sle_figure
WHEN EXISTS (SELECT 1 FROM sle_finding WHERE month = OLD.month AND decided_rating <> '')
BEGIN
    SELECT RAISE(ABORT, 'the month is rated: its figures are a record');
END;
