//! The API suite for the platform's infrastructure: mail, migrations, the
//! OpenAPI contract, HTTP conventions. It runs against SQLite by default and
//! against PostgreSQL with MODU_TEST_DATABASE=postgres (`make test` runs both).

#![allow(clippy::unwrap_used, clippy::expect_used)] // Test code: a panic is the failure report.

mod helpers;

mod accounts;
mod cli;
mod compose;
mod db;
mod http;
mod mail;
mod migrations;
mod openapi;
