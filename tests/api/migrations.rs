//! Every migration is reversible on both backends, and both folders hold the
//! same migrations.

use std::collections::BTreeSet;

use diesel::connection::SimpleConnection;
use modu::db::{DatabaseUrl, Db, revert_all_migrations, run_migrations};

use crate::helpers::*;

fn names(folder: &str) -> BTreeSet<String> {
    std::fs::read_dir(format!("{}/migrations/{folder}", env!("CARGO_MANIFEST_DIR")))
        .expect("migrations folder")
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect()
}

#[test]
fn both_backends_have_the_same_migrations_each_with_up_and_down() {
    let postgres = names("postgres");
    let sqlite = names("sqlite");
    assert!(!postgres.is_empty());
    assert_eq!(postgres, sqlite);
    for folder in ["postgres", "sqlite"] {
        for name in &postgres {
            for file in ["up.sql", "down.sql"] {
                let path = format!("{}/migrations/{folder}/{name}/{file}", env!("CARGO_MANIFEST_DIR"));
                assert!(std::path::Path::new(&path).is_file(), "{path} is missing");
            }
        }
    }
}

#[tokio::test]
async fn migrations_go_up_down_and_up_again() {
    let dir = tempfile::tempdir().unwrap();
    let database = TestDatabase::create(dir.path());
    let url = DatabaseUrl::parse(&database.url).unwrap();
    tokio::task::spawn_blocking(move || {
        let db = Db::connect(&url, 1).unwrap();
        let mut conn = db.get_write_conn().unwrap();
        let applied = run_migrations(&mut conn).unwrap();
        assert_eq!(applied.len(), names("postgres").len());
        conn.batch_execute("SELECT id, email FROM users").unwrap();
        let reverted = revert_all_migrations(&mut conn).unwrap();
        assert_eq!(reverted.len(), applied.len());
        assert!(conn.batch_execute("SELECT id FROM users").is_err(), "tables are gone after down");
        let again = run_migrations(&mut conn).unwrap();
        assert_eq!(again, applied);
        conn.batch_execute("SELECT id, email FROM users").unwrap();
    })
    .await
    .unwrap();
}

#[test]
fn a_wrong_postgres_password_surfaces_as_itself() {
    if backend() != "postgres" {
        return;
    }
    let url = DatabaseUrl::parse("postgres://nobody:wrong@127.0.0.1:5432/nonexistent_db").unwrap();
    let error = match Db::connect(&url, 1) {
        Ok(_) => panic!("connecting should fail"),
        Err(e) => format!("{e:#}"),
    };
    assert!(
        error.contains("nobody") || error.contains("nonexistent_db") || error.contains("does not exist"),
        "{error}"
    );
}
