-- Schema 2, performance: the service level catalogue, the IFO's monthly figures,
-- and the committee's findings. Months are 'YYYY-MM' text.

-- The stable identity of a service level (what cases link to). What it promises
-- lives in versions, so an amendment never rewrites a month already judged.
CREATE TABLE service_level (
    id           INTEGER PRIMARY KEY,
    category     TEXT NOT NULL CHECK (category IN ('I', 'II', 'III', 'IV', 'V')),
    metric       TEXT NOT NULL CHECK (metric <> ''),
    position     INTEGER NOT NULL DEFAULT 0,
    retired_from TEXT,                          -- first month it is no longer defined
    UNIQUE (category, metric)
);

-- A recorded procedure that changes service levels (domain.md §5).
CREATE TABLE sle_change_request (
    id             INTEGER PRIMARY KEY,
    title          TEXT NOT NULL,
    requested_by   TEXT NOT NULL CHECK (requested_by IN ('committee', 'ifo')),
    requested_on   TEXT NOT NULL,
    consultation   TEXT NOT NULL DEFAULT '',
    decision       TEXT NOT NULL DEFAULT '',
    decided_on     TEXT,
    effective_from TEXT NOT NULL,
    status         TEXT NOT NULL DEFAULT 'decided' CHECK (status IN ('proposed', 'consultation', 'decided', 'withdrawn'))
);

CREATE TABLE service_level_version (
    id                INTEGER PRIMARY KEY,
    service_level_id  INTEGER NOT NULL REFERENCES service_level(id),
    effective_from    TEXT NOT NULL CHECK (effective_from GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]'),
    threshold         REAL NOT NULL CHECK (threshold > 0),
    unit              TEXT NOT NULL CHECK (unit IN ('seconds', 'minutes', 'hours', 'days')),
    type              TEXT NOT NULL CHECK (type IN ('Max', 'Min')),
    target_percent    REAL NOT NULL CHECK (target_percent > 0 AND target_percent <= 100),
    change_request_id INTEGER REFERENCES sle_change_request(id),
    UNIQUE (service_level_id, effective_from)
);

-- One import of a CSV file (per request or per month); counts, not rows, are audited.
CREATE TABLE sle_import (
    id           INTEGER PRIMARY KEY,
    file_name    TEXT NOT NULL,
    shape        TEXT NOT NULL CHECK (shape IN ('per-request', 'per-month', 'manual', 'demo')),
    sha256       TEXT NOT NULL DEFAULT '',
    rows         INTEGER NOT NULL,
    months       TEXT NOT NULL,
    imported_utc TEXT NOT NULL,
    imported_by  TEXT NOT NULL
);

-- The IFO's record of each request. No secondary index: bulk loads stay close to
-- the speed of a plain `.import`, and replacing a month is rare.
CREATE TABLE sle_request (
    id               INTEGER PRIMARY KEY,
    import_id        INTEGER NOT NULL,
    request_ref      TEXT NOT NULL,
    tld              TEXT NOT NULL,
    service_level_id INTEGER NOT NULL,
    month            TEXT NOT NULL,
    started_utc      TEXT,
    ended_utc        TEXT,
    duration_seconds REAL NOT NULL,
    meets            INTEGER NOT NULL
);

-- A metric's figures for a month: requests handled and how many met the threshold.
CREATE TABLE sle_figure (
    service_level_id INTEGER NOT NULL REFERENCES service_level(id),
    month            TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]'),
    requests         INTEGER NOT NULL CHECK (requests >= 0),
    met              INTEGER NOT NULL CHECK (met >= 0 AND met <= requests),
    import_id        INTEGER,
    PRIMARY KEY (service_level_id, month)
) WITHOUT ROWID;
CREATE INDEX sle_figure_month ON sle_figure(month);

-- The committee's findings for a month: its decided rating and statement.
CREATE TABLE sle_finding (
    month          TEXT PRIMARY KEY,
    decided_rating TEXT NOT NULL DEFAULT '',
    statement      TEXT NOT NULL DEFAULT '',
    decided_on     TEXT
);

-- The committee's narrative for one missed threshold in one month.
CREATE TABLE sle_narrative (
    month            TEXT NOT NULL,
    service_level_id INTEGER NOT NULL REFERENCES service_level(id),
    narrative        TEXT NOT NULL DEFAULT '',
    explained        INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (month, service_level_id)
) WITHOUT ROWID;
