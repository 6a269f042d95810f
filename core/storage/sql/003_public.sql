-- Schema 3, public: the public record (issue 11).
-- Each script of step 3 runs in the same migration transaction; keep it to plain SQLite DDL.

-- Where a meeting is held: a room, or the dial-in of a teleconference (the calendar's LOCATION).
CREATE TABLE meeting_location (
    meeting_id INTEGER PRIMARY KEY REFERENCES meeting(id) ON DELETE CASCADE,
    location   TEXT NOT NULL DEFAULT ''
);

-- The e-mails prepared for circulation and publication, kept in the meeting's
-- (or the month's) record as sent: an RFC 5322 message with its attachment.
CREATE TABLE circulated_mail (
    id          INTEGER PRIMARY KEY,
    meeting_id  INTEGER REFERENCES meeting(id) ON DELETE CASCADE,
    month       TEXT, -- 'YYYY-MM' for the findings
    purpose     TEXT NOT NULL CHECK (purpose IN ('circulate', 'publish', 'findings')),
    created_utc TEXT NOT NULL,
    subject     TEXT NOT NULL,
    recipients  TEXT NOT NULL,
    eml         BLOB NOT NULL
);
CREATE INDEX circulated_mail_meeting ON circulated_mail(meeting_id);

-- A kept copy is a record: it is never edited afterwards.
CREATE TRIGGER circulated_mail_no_update BEFORE UPDATE ON circulated_mail
BEGIN
    SELECT RAISE(ABORT, 'a kept e-mail is never changed');
END;
