-- Schema 3, trust: authenticated review copies and the anchored audit chain (issue 10, items 5, 6).
-- Each script of step 3 runs in the same migration transaction; keep it to plain SQLite DDL.

-- In the committee database: every review copy it issued, with the secret that seals the changes
-- file written in that copy. A merge accepts only a copy listed here, with the role it was issued
-- for. The secrets never leave this database except in their own copy.
CREATE TABLE review_issued_copy (
    copy_id       TEXT PRIMARY KEY,
    member_id     INTEGER NOT NULL,
    member_name   TEXT NOT NULL,
    role          TEXT NOT NULL,
    base_revision INTEGER NOT NULL,
    secret        TEXT NOT NULL CHECK (length(secret) = 64),
    issued_utc    TEXT NOT NULL,
    issued_by     TEXT NOT NULL
);
CREATE TRIGGER review_issued_copy_no_update BEFORE UPDATE ON review_issued_copy
BEGIN
    SELECT RAISE(ABORT, 'an issued review copy is a record');
END;
CREATE TRIGGER review_issued_copy_no_delete BEFORE DELETE ON review_issued_copy
BEGIN
    SELECT RAISE(ABORT, 'an issued review copy is a record');
END;

-- In the committee database: every changes file merged, so the same file is refused the second time.
CREATE TABLE review_merged_file (
    changes_id TEXT PRIMARY KEY,
    copy_id    TEXT NOT NULL REFERENCES review_issued_copy(copy_id),
    merged_utc TEXT NOT NULL,
    merged_by  TEXT NOT NULL
);

-- The heads of the audit chain this database has published or issued (in a public document, a
-- review copy): a later rewrite of the chain, even with recomputed hashes, or a cut tail no longer
-- matches them. Append-only like the chain itself.
CREATE TABLE audit_anchor (
    id        INTEGER PRIMARY KEY,
    entries   INTEGER NOT NULL CHECK (entries >= 0),
    hash      TEXT NOT NULL CHECK (length(hash) = 64),
    what      TEXT NOT NULL,
    noted_utc TEXT NOT NULL,
    UNIQUE (entries, hash, what)
);
CREATE TRIGGER audit_anchor_no_update BEFORE UPDATE ON audit_anchor
BEGIN
    SELECT RAISE(ABORT, 'the published audit heads are append-only');
END;
CREATE TRIGGER audit_anchor_no_delete BEFORE DELETE ON audit_anchor
BEGIN
    SELECT RAISE(ABORT, 'the published audit heads are append-only');
END;
