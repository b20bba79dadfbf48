-- The announcement: when a contest's results become public, whether
-- entrants see their own breakdowns, and whether the gallery is open.
-- `published_at` is set once, by a conditional update, by whichever process
-- (background job or a reader at the time) gets there first; the results
-- snapshot and the entrants' mails are written in that same transaction.

CREATE TABLE announcements (
    contest_id        TEXT PRIMARY KEY REFERENCES contests (id),
    announce_at       TIMESTAMP NOT NULL,
    show_breakdowns   BOOLEAN NOT NULL,
    gallery_open      BOOLEAN NOT NULL,
    published_at      TIMESTAMP,
    -- JSON: the published results (winners by tier), frozen at publication.
    results           TEXT,
    version           INTEGER NOT NULL,
    updated_by        TEXT NOT NULL REFERENCES users (id),
    updated_at        TIMESTAMP NOT NULL
);

CREATE INDEX announcements_due ON announcements (announce_at) WHERE published_at IS NULL;

-- One certificate per award, written at publication with what it says.
CREATE TABLE certificates (
    code              TEXT PRIMARY KEY,
    award_id          TEXT NOT NULL UNIQUE REFERENCES awards (id),
    contest_id        TEXT NOT NULL REFERENCES contests (id),
    entry_id          TEXT NOT NULL REFERENCES entries (id),
    winner_name       TEXT NOT NULL,
    award_label_ko    TEXT NOT NULL,
    award_label_en    TEXT,
    contest_title_ko  TEXT NOT NULL,
    contest_title_en  TEXT,
    organization_name TEXT NOT NULL,
    work_title        TEXT,
    issued_at         TIMESTAMP NOT NULL
);

CREATE INDEX certificates_contest ON certificates (contest_id);

-- How the entrant wants to be credited in published results: a name of
-- their choosing (default: their display name or team name), or not at all.
ALTER TABLE entries ADD COLUMN credit_name TEXT;
ALTER TABLE entries ADD COLUMN credit_hidden BOOLEAN NOT NULL DEFAULT FALSE;
