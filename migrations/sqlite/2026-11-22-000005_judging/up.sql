-- Judging: stages with their panels, assignments with conflict declarations,
-- rubric scores with their audit trail, bonus claims, and stored results.
-- The unique indexes carry the rules that must hold under concurrency.

CREATE TABLE stages (
    id              TEXT PRIMARY KEY,
    contest_id      TEXT NOT NULL REFERENCES contests (id),
    -- 1, 2, …: the order of the stages (서류 → 예선 → 본선).
    position        INTEGER NOT NULL,
    name_ko         TEXT NOT NULL,
    name_en         TEXT,
    -- rubric | pairwise
    mode            TEXT NOT NULL,
    blind           BOOLEAN NOT NULL,
    opens_at        TIMESTAMP NOT NULL,
    closes_at       TIMESTAMP NOT NULL,
    -- JSON: domain::judging::assignment::Mode, Rubric and Recipe.
    assignment      TEXT NOT NULL,
    rubric          TEXT NOT NULL,
    recipe          TEXT NOT NULL,
    -- Set when the organizer closes the stage (results stored, entries advanced).
    closed_at       TIMESTAMP,
    closed_by       TEXT REFERENCES users (id),
    version         INTEGER NOT NULL,
    created_at      TIMESTAMP NOT NULL,
    updated_at      TIMESTAMP NOT NULL,
    UNIQUE (contest_id, position)
);

-- The entries a stage judges beyond the first: those advanced by the stage
-- before it. The first stage judges every eligible submitted entry.
CREATE TABLE stage_entries (
    stage_id     TEXT NOT NULL REFERENCES stages (id),
    entry_id     TEXT NOT NULL REFERENCES entries (id),
    added_at     TIMESTAMP NOT NULL,
    PRIMARY KEY (stage_id, entry_id)
);

-- A stage's panel. Invited by email; the account with that email accepts.
-- A removed judge keeps their row (and their work) with removed_at set.
CREATE TABLE stage_judges (
    id           TEXT PRIMARY KEY,
    stage_id     TEXT NOT NULL REFERENCES stages (id),
    -- Trimmed and lower-cased, like users.email.
    email        TEXT NOT NULL,
    user_id      TEXT REFERENCES users (id),
    invited_by   TEXT NOT NULL REFERENCES users (id),
    invited_at   TIMESTAMP NOT NULL,
    accepted_at  TIMESTAMP,
    removed_at   TIMESTAMP,
    UNIQUE (stage_id, email),
    UNIQUE (stage_id, user_id)
);
CREATE INDEX stage_judges_email_idx ON stage_judges (email);
CREATE INDEX stage_judges_user_idx ON stage_judges (user_id);

-- Who judges which entry in a stage, and their conflict declaration
-- (제척·기피·회피): none until the judge declares; content is shown only
-- after `no_conflict`. A conflict or a manual removal ends the assignment
-- (removed_at) but keeps the row and any score.
CREATE TABLE assignments (
    id               TEXT PRIMARY KEY,
    stage_id         TEXT NOT NULL REFERENCES stages (id),
    judge_id         TEXT NOT NULL REFERENCES users (id),
    entry_id         TEXT NOT NULL REFERENCES entries (id),
    -- plan | manual | replacement
    origin           TEXT NOT NULL,
    created_by       TEXT REFERENCES users (id),
    created_at       TIMESTAMP NOT NULL,
    -- no_conflict | conflict, with declared_at
    declaration      TEXT,
    conflict_reason  TEXT,
    declared_at      TIMESTAMP,
    removed_at       TIMESTAMP,
    removed_reason   TEXT,
    UNIQUE (stage_id, judge_id, entry_id)
);
CREATE INDEX assignments_stage_entry_idx ON assignments (stage_id, entry_id);
CREATE INDEX assignments_judge_idx ON assignments (judge_id, stage_id);

-- One current score per assignment (the unique index makes parallel saves
-- update one row). Values are JSON {criterion key: number}.
CREATE TABLE scores (
    id             TEXT PRIMARY KEY,
    assignment_id  TEXT NOT NULL UNIQUE REFERENCES assignments (id),
    stage_id       TEXT NOT NULL REFERENCES stages (id),
    judge_id       TEXT NOT NULL REFERENCES users (id),
    entry_id       TEXT NOT NULL REFERENCES entries (id),
    score_values   TEXT NOT NULL,
    comment        TEXT,
    -- draft | submitted
    status         TEXT NOT NULL,
    version        INTEGER NOT NULL,
    created_at     TIMESTAMP NOT NULL,
    updated_at     TIMESTAMP NOT NULL
);
CREATE INDEX scores_stage_idx ON scores (stage_id, status);

-- Every change to a score: who, when, old → new. Only ever added to.
CREATE TABLE score_changes (
    id           TEXT PRIMARY KEY,
    score_id     TEXT NOT NULL REFERENCES scores (id),
    changed_by   TEXT NOT NULL REFERENCES users (id),
    changed_at   TIMESTAMP NOT NULL,
    old_values   TEXT,
    new_values   TEXT NOT NULL,
    old_comment  TEXT,
    new_comment  TEXT,
    old_status   TEXT,
    new_status   TEXT NOT NULL
);
CREATE INDEX score_changes_score_idx ON score_changes (score_id);

-- Bonus points (가산점): the entrant claims a rule of the stage's recipe with
-- evidence; an organizer verifies or rejects it.
CREATE TABLE bonus_claims (
    id           TEXT PRIMARY KEY,
    stage_id     TEXT NOT NULL REFERENCES stages (id),
    entry_id     TEXT NOT NULL REFERENCES entries (id),
    rule_key     TEXT NOT NULL,
    evidence     TEXT NOT NULL,
    claimed_by   TEXT NOT NULL REFERENCES users (id),
    claimed_at   TIMESTAMP NOT NULL,
    -- pending | verified | rejected
    status       TEXT NOT NULL,
    decided_by   TEXT REFERENCES users (id),
    decided_at   TIMESTAMP,
    reason       TEXT,
    UNIQUE (stage_id, entry_id, rule_key)
);

-- The results a stage was closed with: the hashes let anyone recompute them.
CREATE TABLE stage_results (
    stage_id     TEXT PRIMARY KEY REFERENCES stages (id),
    recipe_hash  TEXT NOT NULL,
    inputs_hash  TEXT NOT NULL,
    results      TEXT NOT NULL,
    computed_at  TIMESTAMP NOT NULL
);
