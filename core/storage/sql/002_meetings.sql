-- Schema 2, meetings: meetings, agendas, attendance, decisions and votes, action
-- items, minutes with their workflow, the work plan and the calendar's anchor dates.
-- The cases feature creates the full table; this line is a no-op after it.
CREATE TABLE IF NOT EXISTS case_record (id INTEGER PRIMARY KEY, reference TEXT NOT NULL UNIQUE, title TEXT NOT NULL DEFAULT '', confidential INTEGER NOT NULL DEFAULT 1, is_exercise INTEGER NOT NULL DEFAULT 0);

CREATE TABLE meeting (
    id               INTEGER PRIMARY KEY,
    number           INTEGER NOT NULL UNIQUE CHECK (number > 0),
    kind             TEXT NOT NULL CHECK (kind IN ('monthly', 'extraordinary', 'consultation')),
    starts_utc       TEXT NOT NULL,
    duration_minutes INTEGER NOT NULL DEFAULT 90 CHECK (duration_minutes > 0),
    recording_link   TEXT NOT NULL DEFAULT '',
    archived         INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1))
);
CREATE INDEX meeting_starts ON meeting(starts_utc);

CREATE TABLE action_item (
    id              INTEGER PRIMARY KEY,
    meeting_id      INTEGER NOT NULL REFERENCES meeting(id),
    seq             INTEGER NOT NULL CHECK (seq > 0),
    text            TEXT NOT NULL,
    owner_member_id INTEGER REFERENCES member(id),
    due_date        TEXT,
    status          TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'completed')),
    note            TEXT NOT NULL DEFAULT '',
    confidential    INTEGER NOT NULL DEFAULT 0 CHECK (confidential IN (0, 1)),
    UNIQUE (meeting_id, seq)
);

CREATE TABLE agenda_item (
    id                INTEGER PRIMARY KEY,
    meeting_id        INTEGER NOT NULL REFERENCES meeting(id),
    position          INTEGER NOT NULL,
    kind              TEXT NOT NULL CHECK (kind IN ('roll_call', 'action_items', 'action_item', 'performance', 'topic', 'aob', 'adjourn')),
    title             TEXT NOT NULL,
    confidential      INTEGER NOT NULL DEFAULT 0 CHECK (confidential IN (0, 1)),
    case_id           INTEGER REFERENCES case_record(id),
    performance_month TEXT,
    action_item_id    INTEGER REFERENCES action_item(id)
);
CREATE INDEX agenda_item_meeting ON agenda_item(meeting_id, position);

CREATE TABLE attendance (
    meeting_id INTEGER NOT NULL REFERENCES meeting(id),
    member_id  INTEGER NOT NULL REFERENCES member(id),
    status     TEXT NOT NULL CHECK (status IN ('present', 'apologies', 'absent')),
    PRIMARY KEY (meeting_id, member_id)
);

-- A decision taken at a meeting (meeting_id set) or by e-mail between meetings.
CREATE TABLE decision (
    id           INTEGER PRIMARY KEY,
    meeting_id   INTEGER REFERENCES meeting(id),
    decided_on   TEXT NOT NULL,
    text         TEXT NOT NULL,
    case_id      INTEGER REFERENCES case_record(id),
    by_email     INTEGER NOT NULL DEFAULT 0 CHECK (by_email IN (0, 1)),
    confidential INTEGER NOT NULL DEFAULT 0 CHECK (confidential IN (0, 1))
);

CREATE TABLE vote (
    decision_id INTEGER NOT NULL REFERENCES decision(id),
    member_id   INTEGER NOT NULL REFERENCES member(id),
    choice      TEXT NOT NULL CHECK (choice IN ('for', 'against', 'abstain')),
    PRIMARY KEY (decision_id, member_id)
);

CREATE TABLE minutes (
    meeting_id      INTEGER PRIMARY KEY REFERENCES meeting(id),
    state           TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'circulated', 'approved', 'published')),
    circulated_utc  TEXT,
    approved_by     TEXT,
    approved_utc    TEXT,
    published_utc   TEXT,
    published_where TEXT
);

CREATE TABLE minutes_section (
    id             INTEGER PRIMARY KEY,
    meeting_id     INTEGER NOT NULL REFERENCES minutes(meeting_id),
    position       INTEGER NOT NULL,
    agenda_item_id INTEGER REFERENCES agenda_item(id),
    heading        TEXT NOT NULL,
    body_html      TEXT NOT NULL DEFAULT '',
    confidential   INTEGER NOT NULL DEFAULT 0 CHECK (confidential IN (0, 1))
);
CREATE INDEX minutes_section_meeting ON minutes_section(meeting_id, position);

CREATE TABLE work_item (
    id          INTEGER PRIMARY KEY,
    position    INTEGER NOT NULL,
    title       TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    target_date TEXT,
    status      TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'in_progress', 'done')),
    public      INTEGER NOT NULL DEFAULT 1 CHECK (public IN (0, 1))
);

-- Dates the recurring obligations of domain.md §2 are computed from
-- ('transition', 'first_meeting', 'consultation', 'last_audit').
CREATE TABLE obligation_anchor (
    key TEXT PRIMARY KEY,
    day TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')
);

-- Members' review of circulated minutes: comments (on a section or the whole),
-- approvals and requests for changes. Often written offline in a review copy.
CREATE TABLE minutes_comment (
    id         INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES minutes(meeting_id),
    section_id INTEGER REFERENCES minutes_section(id),
    member_id  INTEGER REFERENCES member(id),
    author     TEXT NOT NULL,
    verdict    TEXT NOT NULL DEFAULT 'comment' CHECK (verdict IN ('comment', 'approve', 'changes')),
    body       TEXT NOT NULL DEFAULT '',
    at_utc     TEXT NOT NULL
);
CREATE INDEX minutes_comment_meeting ON minutes_comment(meeting_id);
