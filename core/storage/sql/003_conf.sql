-- Schema 3, conf: confidentiality decided in one place, and a held meeting's record
-- (issue 10, items 2 and 7).
-- Each script of step 3 runs in the same migration transaction; keep it to plain SQLite DDL.

-- Decisions and action items follow the agenda item they were taken or raised under.
ALTER TABLE decision ADD COLUMN agenda_item_id INTEGER REFERENCES agenda_item(id);
ALTER TABLE action_item ADD COLUMN agenda_item_id INTEGER REFERENCES agenda_item(id);

-- A held meeting's roll: who was on the roster, as they were then (name, affiliation,
-- kind, voting), so a later roster change never rewrites who attended. NULL on rows
-- of a meeting whose roll is not recorded yet.
ALTER TABLE attendance ADD COLUMN member_name TEXT;
ALTER TABLE attendance ADD COLUMN member_affiliation TEXT;
ALTER TABLE attendance ADD COLUMN member_kind TEXT;
ALTER TABLE attendance ADD COLUMN member_voting INTEGER CHECK (member_voting IN (0, 1));

-- The quorum and decision rules a held meeting was judged by, recorded with its roll;
-- a row here means the meeting's attendance is the record above, not the roster.
CREATE TABLE meeting_roll (
    meeting_id       INTEGER PRIMARY KEY REFERENCES meeting(id),
    require_all      INTEGER NOT NULL CHECK (require_all IN (0, 1)),
    decision_minimum INTEGER NOT NULL,
    vacancies        INTEGER NOT NULL CHECK (vacancies IN (0, 1))
);
-- (When it was recorded, and by whom, is in the audit trail.)
