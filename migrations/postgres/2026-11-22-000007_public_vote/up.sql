-- The public vote of a contest: its window, which entries are on the ballot,
-- and how many votes a voter has; and the votes, voidable by organizers.
-- The unique indexes carry the rules that must hold under concurrency.

CREATE TABLE ballots (
    id           TEXT PRIMARY KEY,
    contest_id   TEXT NOT NULL UNIQUE REFERENCES contests (id),
    opens_at     TIMESTAMP NOT NULL,
    closes_at    TIMESTAMP NOT NULL,
    -- all | finalists (the entries advanced into stage_id)
    scope        TEXT NOT NULL,
    stage_id     TEXT REFERENCES stages (id),
    -- 1: one vote per voter; n: up to n, at most one per entry.
    max_votes    INTEGER NOT NULL,
    version      INTEGER NOT NULL,
    created_at   TIMESTAMP NOT NULL,
    updated_at   TIMESTAMP NOT NULL
);

CREATE TABLE votes (
    id           TEXT PRIMARY KEY,
    ballot_id    TEXT NOT NULL REFERENCES ballots (id),
    entry_id     TEXT NOT NULL REFERENCES entries (id),
    voter_id     TEXT NOT NULL REFERENCES users (id),
    -- 1..max_votes: the place this vote takes in the voter's allowance.
    slot         INTEGER NOT NULL,
    -- The voter's network (IPv4 /24, IPv6 /48), never the full address.
    network      TEXT,
    created_at   TIMESTAMP NOT NULL,
    voided_at    TIMESTAMP,
    voided_by    TEXT REFERENCES users (id),
    void_reason  TEXT,
    UNIQUE (ballot_id, voter_id, entry_id),
    UNIQUE (ballot_id, voter_id, slot)
);
CREATE INDEX votes_ballot_entry_idx ON votes (ballot_id, entry_id);
CREATE INDEX votes_ballot_created_idx ON votes (ballot_id, created_at);
