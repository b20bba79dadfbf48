-- Contests of an organization, citizens' entries, and idempotency records.
-- Form, categories and eligibility are JSON kept as TEXT (both backends).

CREATE TABLE contests (
    id                  TEXT PRIMARY KEY,
    organization_id     TEXT NOT NULL REFERENCES organizations (id),
    slug                TEXT NOT NULL UNIQUE,
    kind                TEXT NOT NULL,
    title_ko            TEXT NOT NULL,
    title_en            TEXT,
    summary_ko          TEXT NOT NULL,
    summary_en          TEXT,
    description_ko      TEXT NOT NULL,
    description_en      TEXT,
    rules_ko            TEXT NOT NULL,
    rules_en            TEXT,
    theme               TEXT,
    prizes              TEXT,
    contact             TEXT,
    time_zone           TEXT NOT NULL,
    opens_at            TIMESTAMP NOT NULL,
    closes_at           TIMESTAMP NOT NULL,
    grace_secs          INTEGER NOT NULL,
    -- closes_at + grace_secs, kept so lists can filter by state in SQL.
    effective_close_at  TIMESTAMP NOT NULL,
    published_at        TIMESTAMP,
    form                TEXT NOT NULL,
    categories          TEXT NOT NULL,
    eligibility         TEXT NOT NULL,
    receipt_seq         INTEGER NOT NULL DEFAULT 0,
    version             INTEGER NOT NULL DEFAULT 1,
    created_at          TIMESTAMP NOT NULL,
    updated_at          TIMESTAMP NOT NULL
);
CREATE INDEX contests_organization_idx ON contests (organization_id);
CREATE INDEX contests_public_idx ON contests (published_at, effective_close_at);

CREATE TABLE entries (
    id              TEXT PRIMARY KEY,
    contest_id      TEXT NOT NULL REFERENCES contests (id),
    user_id         TEXT NOT NULL REFERENCES users (id),
    category        TEXT,
    answers         TEXT NOT NULL,
    status          TEXT NOT NULL,
    version         INTEGER NOT NULL,
    -- 1..max_entries_per_person while submitted, NULL otherwise: the unique
    -- index below makes the per-person limit race-safe.
    slot            INTEGER,
    receipt_number  TEXT UNIQUE,
    submitted_at    TIMESTAMP,
    created_at      TIMESTAMP NOT NULL,
    updated_at      TIMESTAMP NOT NULL
);
CREATE UNIQUE INDEX entries_person_slot_idx ON entries (contest_id, user_id, slot);
CREATE INDEX entries_contest_idx ON entries (contest_id, status, id);
CREATE INDEX entries_user_idx ON entries (user_id, id);

CREATE TABLE idempotency_keys (
    user_id        TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    key            TEXT NOT NULL,
    scope          TEXT NOT NULL,
    request_hash   TEXT NOT NULL,
    status_code    INTEGER NOT NULL,
    response_body  TEXT NOT NULL,
    created_at     TIMESTAMP NOT NULL,
    PRIMARY KEY (user_id, key)
);
CREATE INDEX idempotency_keys_created_idx ON idempotency_keys (created_at);
