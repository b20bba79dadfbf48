-- Teams: a leader creates one in a contest and invites members by email.
-- The unique indexes carry the rules that must hold under concurrency.

CREATE TABLE teams (
    id            TEXT PRIMARY KEY,
    contest_id    TEXT NOT NULL REFERENCES contests (id),
    name          TEXT NOT NULL,
    leader_id     TEXT NOT NULL REFERENCES users (id),
    -- Kept with the members: accepting takes a place with a conditional
    -- `member_count < max_size` update, so parallel accepts cannot overfill.
    member_count  INTEGER NOT NULL,
    created_at    TIMESTAMP NOT NULL,
    updated_at    TIMESTAMP NOT NULL,
    UNIQUE (contest_id, name)
);
CREATE INDEX teams_leader_idx ON teams (leader_id);

CREATE TABLE team_members (
    team_id     TEXT NOT NULL REFERENCES teams (id),
    -- Copied from the team so that the index below can say "one team per
    -- person per contest".
    contest_id  TEXT NOT NULL REFERENCES contests (id),
    user_id     TEXT NOT NULL REFERENCES users (id),
    joined_at   TIMESTAMP NOT NULL,
    PRIMARY KEY (team_id, user_id),
    UNIQUE (contest_id, user_id)
);
CREATE INDEX team_members_user_idx ON team_members (user_id);

CREATE TABLE team_invitations (
    id           TEXT PRIMARY KEY,
    team_id      TEXT NOT NULL REFERENCES teams (id),
    -- Trimmed and lower-cased, like users.email.
    email        TEXT NOT NULL,
    invited_by   TEXT NOT NULL REFERENCES users (id),
    created_at   TIMESTAMP NOT NULL,
    expires_at   TIMESTAMP NOT NULL,
    answered_at  TIMESTAMP,
    -- accepted | declined, with answered_at.
    answer       TEXT,
    UNIQUE (team_id, email)
);
CREATE INDEX team_invitations_email_idx ON team_invitations (email);

-- A team's entry: created and submitted by its leader (entries.user_id).
ALTER TABLE entries ADD COLUMN team_id TEXT REFERENCES teams (id);
-- 1..max_entries_per_team while a team entry is submitted, NULL otherwise:
-- the per-team limit, race-safe the way entries.slot makes the per-person one.
ALTER TABLE entries ADD COLUMN team_slot INTEGER;
CREATE UNIQUE INDEX entries_team_slot_idx ON entries (team_id, team_slot);
