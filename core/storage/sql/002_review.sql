-- Schema 2, offline review copies.
-- In a review copy: changes the member made, captured by the session extension, not yet sent.
CREATE TABLE review_pending (
    id           INTEGER PRIMARY KEY,
    changeset    BLOB NOT NULL,
    recorded_utc TEXT NOT NULL
);
-- In the committee database: every row merged from a copy, so merging again changes nothing.
CREATE TABLE review_merged_row (
    copy_id    TEXT NOT NULL,
    table_name TEXT NOT NULL,
    row_key    TEXT NOT NULL,
    changes_id TEXT NOT NULL,
    author     TEXT NOT NULL,
    merged_utc TEXT NOT NULL,
    outcome    TEXT NOT NULL CHECK (outcome IN ('applied', 'conflict')),
    PRIMARY KEY (copy_id, table_name, row_key)
);
-- Changes not forced in: kept with the reason for the secretariat to decide.
CREATE TABLE review_conflict (
    id          INTEGER PRIMARY KEY,
    copy_id     TEXT NOT NULL,
    changes_id  TEXT NOT NULL,
    author      TEXT NOT NULL,
    table_name  TEXT NOT NULL,
    row_key     TEXT NOT NULL,
    description TEXT NOT NULL,
    reason      TEXT NOT NULL,
    change_json TEXT NOT NULL,
    status      TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'dismissed')),
    recorded_utc TEXT NOT NULL,
    UNIQUE (copy_id, table_name, row_key)
);
