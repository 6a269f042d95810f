-- Schema 2, the committee: its roster of members and liaisons (domain.md §1).
CREATE TABLE member (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL,
    affiliation  TEXT NOT NULL DEFAULT '',
    kind         TEXT NOT NULL CHECK (kind IN ('gtld', 'cctld', 'ifo_liaison', 'other_tld', 'gnso', 'rssac', 'ssac', 'gac', 'alac')),
    voting       INTEGER NOT NULL CHECK (voting IN (0, 1)),
    email        TEXT NOT NULL DEFAULT '',
    term_start   TEXT NOT NULL,
    term_end     TEXT,
    is_chair     INTEGER NOT NULL DEFAULT 0 CHECK (is_chair IN (0, 1)),
    contact_role TEXT CHECK (contact_role IN ('primary', 'secondary'))
);
