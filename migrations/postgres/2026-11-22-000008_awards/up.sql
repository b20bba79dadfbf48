-- Award tiers per contest and the awards given. One award per entry and one
-- entry per (tier, place) are unique indexes, so a tier never holds more
-- winners than places, whatever runs in parallel.

CREATE TABLE award_settings (
    contest_id        TEXT PRIMARY KEY REFERENCES contests (id),
    -- JSON: [domain::awards::Tier], best first.
    tiers             TEXT NOT NULL,
    one_per_entrant   BOOLEAN NOT NULL,
    version           INTEGER NOT NULL,
    updated_at        TIMESTAMP NOT NULL
);

CREATE TABLE awards (
    id           TEXT PRIMARY KEY,
    contest_id   TEXT NOT NULL REFERENCES contests (id),
    tier_key     TEXT NOT NULL,
    -- 1..=the tier's count
    place        INTEGER NOT NULL,
    entry_id     TEXT NOT NULL REFERENCES entries (id),
    -- proposed | override
    origin       TEXT NOT NULL,
    reason       TEXT,
    decided_by   TEXT NOT NULL REFERENCES users (id),
    created_at   TIMESTAMP NOT NULL,
    UNIQUE (contest_id, tier_key, place),
    UNIQUE (contest_id, entry_id)
);
