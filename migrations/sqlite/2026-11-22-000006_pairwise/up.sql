-- Pairwise finals (CrowdBT, as Gavel runs it): each entry's quality (mu,
-- sigma_sq), each judge's reliability (alpha, beta) and what they are
-- looking at, every vote (undoable) and what each judge has seen.

CREATE TABLE pairwise_items (
    stage_id   TEXT NOT NULL REFERENCES stages (id),
    entry_id   TEXT NOT NULL REFERENCES entries (id),
    mu         REAL NOT NULL,
    sigma_sq   REAL NOT NULL,
    -- Votes that compared it (not undone).
    views      INTEGER NOT NULL,
    PRIMARY KEY (stage_id, entry_id)
);

CREATE TABLE pairwise_judges (
    stage_id        TEXT NOT NULL REFERENCES stages (id),
    judge_id        TEXT NOT NULL REFERENCES users (id),
    alpha           REAL NOT NULL,
    beta            REAL NOT NULL,
    -- The entry the judge saw before the current one, and the current one.
    previous_entry  TEXT REFERENCES entries (id),
    current_entry   TEXT REFERENCES entries (id),
    -- When the current entry was handed out: other judges are steered away
    -- from it for a while.
    handed_at       TIMESTAMP,
    votes           INTEGER NOT NULL,
    PRIMARY KEY (stage_id, judge_id)
);

CREATE TABLE pairwise_seen (
    stage_id   TEXT NOT NULL REFERENCES stages (id),
    judge_id   TEXT NOT NULL REFERENCES users (id),
    entry_id   TEXT NOT NULL REFERENCES entries (id),
    -- absent | conflict, or NULL when the judge saw it.
    skipped    TEXT,
    seen_at    TIMESTAMP NOT NULL,
    PRIMARY KEY (stage_id, judge_id, entry_id)
);

CREATE TABLE pairwise_votes (
    id               TEXT PRIMARY KEY,
    stage_id         TEXT NOT NULL REFERENCES stages (id),
    judge_id         TEXT NOT NULL REFERENCES users (id),
    winner_id        TEXT NOT NULL REFERENCES entries (id),
    loser_id         TEXT NOT NULL REFERENCES entries (id),
    -- The judge's previous and current entries before the vote (undo puts them back).
    previous_before  TEXT,
    current_before   TEXT,
    created_at       TIMESTAMP NOT NULL,
    undone_at        TIMESTAMP
);
CREATE INDEX pairwise_votes_stage_idx ON pairwise_votes (stage_id, id);
CREATE INDEX pairwise_votes_judge_idx ON pairwise_votes (stage_id, judge_id, id);
