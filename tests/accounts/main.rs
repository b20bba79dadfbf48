//! The accounts suite: registration, guardian consent, email links, sessions,
//! access tokens, the account's own data, organizations and administration.
//! Every test starts the real server on a fresh database: SQLite by default,
//! PostgreSQL with MODU_TEST_DATABASE=postgres.

#[path = "../api/helpers.rs"]
mod helpers;
mod support;

mod admin;
mod email_links;
mod guardian;
mod jwt;
mod me;
mod my_data;
mod organizations;
mod register;
mod sessions;
