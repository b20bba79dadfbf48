//! The API suite. It runs against SQLite by default and against PostgreSQL
//! with MODU_TEST_DATABASE=postgres (`make test` runs both).

mod helpers;

mod accounts;
