//! The contests and entries suite. Runs on SQLite by default and on
//! PostgreSQL with MODU_TEST_DATABASE=postgres (`make test` runs both).

#![allow(clippy::unwrap_used, clippy::expect_used)] // Test code: a panic is the failure report.

#[path = "../api/helpers.rs"]
mod helpers;
mod support;

mod announcement;
mod awards;
mod contests;
mod deadlines;
mod entries;
mod exports;
mod files;
mod idempotency;
mod judging;
mod lifecycle;
mod limits;
mod listing;
mod organizer_list;
mod presentation;
mod privacy;
mod screening;
mod teams;
mod voting;
