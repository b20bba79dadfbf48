-- Foundation: accounts, consents, single-use email tokens, refresh-token families,
-- organizations, the mail outbox, sign-in throttling and the audit trail.
-- Ids are UUIDv7 text made in Rust; times are UTC TIMESTAMP (no zone) on both backends.

CREATE TABLE users (
    id                     TEXT PRIMARY KEY,
    email                  TEXT UNIQUE,
    password_hash          TEXT NOT NULL,
    display_name           TEXT NOT NULL,
    locale                 TEXT NOT NULL,
    birth_date             DATE,
    email_verified_at      TIMESTAMP,
    is_admin               BOOLEAN NOT NULL DEFAULT FALSE,
    guardian_name          TEXT,
    guardian_email         TEXT,
    guardian_consented_at  TIMESTAMP,
    tokens_valid_after     TIMESTAMP NOT NULL,
    created_at             TIMESTAMP NOT NULL,
    updated_at             TIMESTAMP NOT NULL,
    deleted_at             TIMESTAMP
);

CREATE TABLE consents (
    id           TEXT PRIMARY KEY,
    user_id      TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind         TEXT NOT NULL,
    version      TEXT NOT NULL,
    granted      BOOLEAN NOT NULL,
    given_by     TEXT NOT NULL,
    method       TEXT NOT NULL,
    recorded_at  TIMESTAMP NOT NULL
);
CREATE INDEX consents_user_idx ON consents (user_id);

CREATE TABLE email_tokens (
    id          TEXT PRIMARY KEY,
    user_id     TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    purpose     TEXT NOT NULL,
    token_hash  TEXT NOT NULL UNIQUE,
    created_at  TIMESTAMP NOT NULL,
    expires_at  TIMESTAMP NOT NULL,
    used_at     TIMESTAMP
);
CREATE INDEX email_tokens_user_idx ON email_tokens (user_id, purpose);

CREATE TABLE refresh_tokens (
    id          TEXT PRIMARY KEY,
    user_id     TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    family_id   TEXT NOT NULL,
    token_hash  TEXT NOT NULL UNIQUE,
    created_at  TIMESTAMP NOT NULL,
    expires_at  TIMESTAMP NOT NULL,
    rotated_at  TIMESTAMP,
    revoked_at  TIMESTAMP
);
CREATE INDEX refresh_tokens_family_idx ON refresh_tokens (family_id);
CREATE INDEX refresh_tokens_user_idx ON refresh_tokens (user_id);

CREATE TABLE organizations (
    id          TEXT PRIMARY KEY,
    slug        TEXT NOT NULL UNIQUE,
    name_ko     TEXT NOT NULL,
    name_en     TEXT,
    created_at  TIMESTAMP NOT NULL,
    updated_at  TIMESTAMP NOT NULL
);

CREATE TABLE organization_members (
    organization_id  TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    user_id          TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role             TEXT NOT NULL,
    created_at       TIMESTAMP NOT NULL,
    PRIMARY KEY (organization_id, user_id)
);
CREATE INDEX organization_members_user_idx ON organization_members (user_id);

CREATE TABLE outbox_emails (
    id               TEXT PRIMARY KEY,
    user_id          TEXT REFERENCES users (id) ON DELETE SET NULL,
    to_address       TEXT NOT NULL,
    to_name          TEXT NOT NULL,
    subject          TEXT NOT NULL,
    body_text        TEXT NOT NULL,
    body_html        TEXT NOT NULL,
    status           TEXT NOT NULL,
    attempts         INTEGER NOT NULL DEFAULT 0,
    next_attempt_at  TIMESTAMP NOT NULL,
    lease_owner      TEXT,
    lease_until      TIMESTAMP,
    last_error       TEXT,
    created_at       TIMESTAMP NOT NULL,
    sent_at          TIMESTAMP
);
CREATE INDEX outbox_emails_due_idx ON outbox_emails (status, next_attempt_at);

CREATE TABLE sign_in_failures (
    id           TEXT PRIMARY KEY,
    account_key  TEXT NOT NULL,
    client_key   TEXT NOT NULL,
    failed_at    TIMESTAMP NOT NULL
);
CREATE INDEX sign_in_failures_account_idx ON sign_in_failures (account_key, failed_at);
CREATE INDEX sign_in_failures_client_idx ON sign_in_failures (client_key, failed_at);

CREATE TABLE audit_events (
    id           TEXT PRIMARY KEY,
    actor_id     TEXT,
    action       TEXT NOT NULL,
    object_type  TEXT NOT NULL,
    object_id    TEXT,
    details      TEXT NOT NULL,
    created_at   TIMESTAMP NOT NULL
);
CREATE INDEX audit_events_object_idx ON audit_events (object_type, object_id);
CREATE INDEX audit_events_actor_idx ON audit_events (actor_id);
