-- Schema 1: what every part of CSC Desk stands on.
-- Dates and times are ISO 8601 text; instants are UTC ("2026-11-23T12:49:12Z").

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Append-only history of every change made through core. Each entry carries a
-- SHA-256 over its content and the previous entry's hash (see AuditLog).
CREATE TABLE audit_log (
    id         INTEGER PRIMARY KEY,
    at_utc     TEXT NOT NULL,
    actor      TEXT NOT NULL,
    actor_role TEXT NOT NULL,
    entity     TEXT NOT NULL,
    entity_id  TEXT NOT NULL,
    action     TEXT NOT NULL,
    changes    TEXT NOT NULL,
    prev_hash  TEXT NOT NULL,
    hash       TEXT NOT NULL
);
CREATE INDEX audit_log_entity ON audit_log(entity, entity_id);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only');
END;

-- Committee-wide settings that travel with the database (response windows,
-- thresholds, escalation levels). Per-user settings live in QSettings.
CREATE TABLE committee_setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- The committee's holiday calendar: business days are Monday-Friday less these.
CREATE TABLE holiday (
    day  TEXT PRIMARY KEY CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    name TEXT NOT NULL DEFAULT ''
);

-- Stored documents (an IFO response, a mediator's report, a panel finding).
CREATE TABLE document (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL,
    kind         TEXT NOT NULL DEFAULT '',
    mime_type    TEXT NOT NULL DEFAULT 'application/octet-stream',
    sha256       TEXT NOT NULL,
    size         INTEGER NOT NULL,
    content      BLOB NOT NULL,
    confidential INTEGER NOT NULL DEFAULT 1,
    added_utc    TEXT NOT NULL,
    added_by     TEXT NOT NULL
);
CREATE INDEX document_sha256 ON document(sha256);
