//! The accounts suite: registration, guardian consent, email links, sessions,
//! access tokens, the account's own data, organizations and administration.
//! Every test starts the real server on a fresh database: SQLite by default,
//! PostgreSQL with MODU_TEST_DATABASE=postgres.

// clippy.toml allows these in tests; helpers outside `#[test]` functions are
// test code too, and a failed arrangement should stop the test loudly.
#![allow(clippy::unwrap_used, clippy::expect_used)]

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
mod throttling;
