//! Modu (모두): a citizen participation and contest platform.
//!
//! `main.rs` only parses the command line; everything else, and everything
//! the tests need, is reachable from here.

pub mod auth;
pub mod certificates;
pub mod cli;
pub mod clock;
pub mod config;
pub mod db;
pub mod demo;
pub mod domain;
pub mod error;
pub mod files;
pub mod jobs;
pub mod mail;
pub mod middleware;
pub mod openapi;
pub mod publication;
pub mod routes;
pub mod startup;
pub mod state;
pub mod storage;
pub mod telemetry;
