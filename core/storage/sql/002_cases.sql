CREATE TABLE IF NOT EXISTS service_level (id INTEGER PRIMARY KEY, category TEXT NOT NULL DEFAULT '', metric TEXT NOT NULL DEFAULT '');

-- Schema 2, cases: the escalation processes of domain.md §3 (see core/cases/ for
-- the steps and moves of each process; the database only keeps where a case is).
CREATE TABLE case_record (
    id               INTEGER PRIMARY KEY,
    reference        TEXT NOT NULL UNIQUE,          -- CSC-2026-014
    ref_year         INTEGER NOT NULL,
    ref_number       INTEGER NOT NULL,
    title            TEXT NOT NULL,
    description      TEXT NOT NULL DEFAULT '',
    process          TEXT NOT NULL CHECK (process IN ('complaint', 'problem', 'emergency', 'appeal')),
    step             TEXT NOT NULL,
    step_since       TEXT NOT NULL,                 -- date the case entered its step
    due_date         TEXT NULL,                     -- deadline of the current step, if it has one
    escalation_level INTEGER NOT NULL DEFAULT 0,    -- 0: not invoked; n: the n-th configured level
    complainant      TEXT NOT NULL DEFAULT '',      -- the registry operator (or other party)
    tld              TEXT NOT NULL DEFAULT '',
    tld_kind         TEXT NOT NULL DEFAULT 'gtld' CHECK (tld_kind IN ('gtld', 'cctld', 'other')),
    category         TEXT NOT NULL DEFAULT '',
    service_level_id INTEGER NULL REFERENCES service_level(id),
    confidential     INTEGER NOT NULL DEFAULT 1,
    is_exercise      INTEGER NOT NULL DEFAULT 0,
    opened_utc       TEXT NOT NULL,
    closed_utc       TEXT NULL,
    end_state        TEXT NULL,
    archived_utc     TEXT NULL,
    UNIQUE (ref_year, ref_number)
);
CREATE INDEX case_record_process_step ON case_record(process, step);
CREATE INDEX case_record_service_level ON case_record(service_level_id, opened_utc);

-- Every move, including the initial "opened" one (from_step '') and undos, which
-- are new rows pointing at the move they reverse: nothing is erased.
CREATE TABLE case_move (
    id                  INTEGER PRIMARY KEY,
    case_id             INTEGER NOT NULL REFERENCES case_record(id),
    from_step           TEXT NOT NULL,
    to_step             TEXT NOT NULL,
    effective_date      TEXT NOT NULL,
    at_utc              TEXT NOT NULL,
    actor               TEXT NOT NULL,
    actor_role          TEXT NOT NULL,
    reason              TEXT NOT NULL DEFAULT '',
    document_id         INTEGER NULL REFERENCES document(id),
    deadline_days       INTEGER NULL,
    due_date            TEXT NULL,
    prev_step_since     TEXT NULL,
    prev_due_date       TEXT NULL,
    prev_escalation     INTEGER NOT NULL DEFAULT 0,
    undoes_move_id      INTEGER NULL REFERENCES case_move(id),
    undone_by_move_id   INTEGER NULL REFERENCES case_move(id)
);
CREATE INDEX case_move_case ON case_move(case_id, id);

CREATE TABLE case_comment (
    id      INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES case_record(id),
    at_utc  TEXT NOT NULL,
    author  TEXT NOT NULL,
    body    TEXT NOT NULL
);
CREATE INDEX case_comment_case ON case_comment(case_id);

CREATE TABLE case_document (
    case_id     INTEGER NOT NULL REFERENCES case_record(id),
    document_id INTEGER NOT NULL REFERENCES document(id),
    move_id     INTEGER NULL REFERENCES case_move(id),
    PRIMARY KEY (case_id, document_id)
);

-- "opened_from": a Problem Management case opened from the complaints it links.
CREATE TABLE case_link (
    from_case_id INTEGER NOT NULL REFERENCES case_record(id),
    to_case_id   INTEGER NOT NULL REFERENCES case_record(id),
    kind         TEXT NOT NULL DEFAULT 'opened_from',
    PRIMARY KEY (from_case_id, to_case_id)
);
CREATE INDEX case_link_to ON case_link(to_case_id);

-- The explicit decision to make a case public (or confidential again).
CREATE TABLE case_publication (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES case_record(id),
    made_public INTEGER NOT NULL,
    consent     TEXT NOT NULL,
    decided_utc TEXT NOT NULL,
    decided_by  TEXT NOT NULL
);

-- Notices owed when remedial action is invoked or advances (domain.md §6).
CREATE TABLE case_notice (
    id        INTEGER PRIMARY KEY,
    case_id   INTEGER NOT NULL REFERENCES case_record(id),
    at_utc    TEXT NOT NULL,
    level     TEXT NOT NULL,
    recipient TEXT NOT NULL CHECK (recipient IN ('rysg', 'ccnso_council', 'gnso_council')),
    kind      TEXT NOT NULL CHECK (kind IN ('invoked', 'advanced'))
);
CREATE INDEX case_notice_case ON case_notice(case_id);

-- Full-text index over titles, descriptions, comments and move notes. Row ids
-- keep the sources apart: -case id, 2 * comment id, 2 * move id + 1.
CREATE VIRTUAL TABLE case_fts USING fts5(case_id UNINDEXED, body, tokenize = 'unicode61 remove_diacritics 2');

CREATE TRIGGER case_record_fts_insert AFTER INSERT ON case_record
BEGIN
    INSERT INTO case_fts(rowid, case_id, body)
    VALUES (-new.id, new.id, new.reference || ' ' || new.title || ' ' || new.description || ' ' || new.complainant || ' ' || new.tld);
END;
CREATE TRIGGER case_record_fts_update AFTER UPDATE OF title, description, complainant, tld ON case_record
BEGIN
    DELETE FROM case_fts WHERE rowid = -old.id;
    INSERT INTO case_fts(rowid, case_id, body)
    VALUES (-new.id, new.id, new.reference || ' ' || new.title || ' ' || new.description || ' ' || new.complainant || ' ' || new.tld);
END;
CREATE TRIGGER case_comment_fts_insert AFTER INSERT ON case_comment
BEGIN
    INSERT INTO case_fts(rowid, case_id, body) VALUES (2 * new.id, new.case_id, new.body);
END;
CREATE TRIGGER case_move_fts_insert AFTER INSERT ON case_move WHEN new.reason <> ''
BEGIN
    INSERT INTO case_fts(rowid, case_id, body) VALUES (2 * new.id + 1, new.case_id, new.reason);
END;

-- Nothing about a case is deleted; closed cases are archived instead.
CREATE TRIGGER case_record_no_delete BEFORE DELETE ON case_record
BEGIN
    SELECT RAISE(ABORT, 'cases are archived, never deleted');
END;
CREATE TRIGGER case_move_no_delete BEFORE DELETE ON case_move
BEGIN
    SELECT RAISE(ABORT, 'case moves are never deleted');
END;
CREATE TRIGGER case_comment_no_delete BEFORE DELETE ON case_comment
BEGIN
    SELECT RAISE(ABORT, 'case comments are never deleted');
END;
