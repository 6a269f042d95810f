-- Schema 3, processes (issue 12): what the escalation processes and the committee's other duties
-- record beyond where a case is. Each script of step 3 runs in the same migration transaction.

-- What came back while a step waited for someone (the IFO, the Ombudsman, a mediator, a panel):
-- a response received (on time or late) or no response by the due date. One per entry into a
-- step, keyed by the step and the day the case entered it (an undo restores both).
CREATE TABLE case_response (
    id            INTEGER PRIMARY KEY,
    case_id       INTEGER NOT NULL REFERENCES case_record(id),
    step          TEXT NOT NULL,
    step_since    TEXT NOT NULL,
    kind          TEXT NOT NULL CHECK (kind IN ('received', 'none')),
    received_date TEXT NULL,                    -- for 'received'
    due_date      TEXT NULL,                    -- the deadline it was judged against
    on_time       INTEGER NOT NULL DEFAULT 1 CHECK (on_time IN (0, 1)),
    document_id   INTEGER NULL REFERENCES document(id),
    note          TEXT NOT NULL DEFAULT '',
    at_utc        TEXT NOT NULL,
    actor         TEXT NOT NULL,
    UNIQUE (case_id, step, step_since)
);
CREATE TRIGGER case_response_no_delete BEFORE DELETE ON case_response
BEGIN
    SELECT RAISE(ABORT, 'case responses are never deleted');
END;
CREATE TRIGGER case_response_no_update BEFORE UPDATE ON case_response
BEGIN
    SELECT RAISE(ABORT, 'a recorded response never changes; record a correction as a comment');
END;

-- An Independent Appeals Panel's finding: the confidential case keeps the dispute, the finding
-- has a public text of its own (domain.md §7) that is published.
CREATE TABLE appeal_finding (
    case_id        INTEGER PRIMARY KEY REFERENCES case_record(id),
    origin_case_id INTEGER NULL REFERENCES case_record(id),
    finding        TEXT NOT NULL CHECK (finding IN ('no_breach', 'remediable', 'not_remediable')),
    remedy_days    INTEGER NULL,                -- calendar days, for 'remediable'
    decided_on     TEXT NOT NULL,
    public_text    TEXT NOT NULL,
    document_id    INTEGER NULL REFERENCES document(id),
    published_utc  TEXT NULL,
    published_by   TEXT NOT NULL DEFAULT ''
);

-- Urgent review (domain.md §7) and the customers' explicit consent to the Further Escalation
-- Options.
CREATE TABLE urgent_review (
    id           INTEGER PRIMARY KEY,
    title        TEXT NOT NULL,
    trigger_kind TEXT NOT NULL CHECK (trigger_kind IN ('extreme_event', 'disputes')),
    evidence     TEXT NOT NULL,
    document_id  INTEGER NULL REFERENCES document(id),
    opened_on    TEXT NOT NULL,
    state        TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'further_escalation', 'concluded')),
    escalated_on TEXT NULL,
    ground       TEXT NOT NULL DEFAULT '',
    outcome      TEXT NOT NULL DEFAULT '',
    concluded_on TEXT NULL
);
CREATE TABLE urgent_review_consent (
    id          INTEGER PRIMARY KEY,
    review_id   INTEGER NOT NULL REFERENCES urgent_review(id),
    customers   TEXT NOT NULL CHECK (customers IN ('cctld', 'gtld')),
    given_by    TEXT NOT NULL,
    means       TEXT NOT NULL,
    given_on    TEXT NOT NULL,
    document_id INTEGER NOT NULL REFERENCES document(id),
    at_utc      TEXT NOT NULL
);

-- The periodic (3-yearly) audit as a tracked process.
CREATE TABLE periodic_audit (
    id                  INTEGER PRIMARY KEY,
    organisation        TEXT NOT NULL,
    commissioned_on     TEXT NOT NULL,
    report_received_on  TEXT NULL,
    report_document_id  INTEGER NULL REFERENCES document(id),
    published_on        TEXT NULL,
    published_where     TEXT NOT NULL DEFAULT '',
    public_summary      TEXT NOT NULL DEFAULT '',
    feedback_closes_on  TEXT NULL,
    feedback_summary    TEXT NOT NULL DEFAULT ''
);
CREATE TABLE periodic_audit_change_request (
    audit_id          INTEGER NOT NULL REFERENCES periodic_audit(id),
    change_request_id INTEGER NOT NULL REFERENCES sle_change_request(id),
    PRIMARY KEY (audit_id, change_request_id)
);

-- Technical changes outside policy: plan agreed with the IFO, RFC period, comments, statement.
CREATE TABLE technical_change (
    id              INTEGER PRIMARY KEY,
    title           TEXT NOT NULL,
    plan_agreed_on  TEXT NULL,
    rfc_opens_on    TEXT NULL,
    rfc_closes_on   TEXT NULL,
    comments_count  INTEGER NOT NULL DEFAULT 0 CHECK (comments_count >= 0),
    statement_on    TEXT NULL,
    statement       TEXT NOT NULL DEFAULT '',
    public_text     TEXT NOT NULL DEFAULT ''
);

-- Updates to direct customers and the annual consultation.
CREATE TABLE customer_update (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('update', 'consultation')),
    held_on     TEXT NOT NULL,
    audience    TEXT NOT NULL,
    content     TEXT NOT NULL,
    public_text TEXT NOT NULL
);

-- Liaisons the committee provides to review teams.
CREATE TABLE review_liaison (
    id          INTEGER PRIMARY KEY,
    person      TEXT NOT NULL,
    review      TEXT NOT NULL CHECK (review IN ('charter', 'effectiveness', 'ifr', 'sifr', 'separation')),
    term_from   TEXT NOT NULL,
    term_to     TEXT NULL
);

-- The IFO's periodic summaries of escalated naming complaints (counts per kind).
CREATE TABLE ifo_complaint_summary (
    id           INTEGER PRIMARY KEY,
    period_from  TEXT NOT NULL,
    period_to    TEXT NOT NULL,
    received_on  TEXT NOT NULL,
    UNIQUE (period_from, period_to)
);
CREATE TABLE ifo_complaint_summary_count (
    summary_id INTEGER NOT NULL REFERENCES ifo_complaint_summary(id),
    category   TEXT NOT NULL,
    count      INTEGER NOT NULL CHECK (count >= 0),
    PRIMARY KEY (summary_id, category)
);

-- The IFO's own handling of a complaint, when it gives the times.
CREATE TABLE ifo_complaint_handling (
    id              INTEGER PRIMARY KEY,
    reference       TEXT NOT NULL,
    received_on     TEXT NOT NULL,
    acknowledged_on TEXT NULL,
    responded_on    TEXT NULL,
    case_id         INTEGER NULL REFERENCES case_record(id)
);

-- Decision rules (domain.md §6): what a decision is about, and a non-quorate one waiting to be
-- ratified by e-mail.
ALTER TABLE decision ADD COLUMN subject TEXT NOT NULL DEFAULT 'general' CHECK (subject IN ('general', 'monthly_report'));
ALTER TABLE decision ADD COLUMN ratify_by_email INTEGER NOT NULL DEFAULT 0 CHECK (ratify_by_email IN (0, 1));
ALTER TABLE decision ADD COLUMN ratified_by_decision_id INTEGER NULL REFERENCES decision(id);
-- Minutes approved by a recorded e-mail decision instead of members' approvals.
ALTER TABLE minutes ADD COLUMN approval_decision_id INTEGER NULL REFERENCES decision(id);
