//! Every migration is reversible on both backends, and both folders hold the
//! same migrations.

use std::collections::BTreeSet;

use diesel::connection::SimpleConnection;
use modu::db::{DatabaseUrl, Db, DbConnection, revert_all_migrations, run_migrations};

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

/// Runs `work` on a connection to a new, empty database of the backend under test.
async fn on_an_empty_database(work: impl FnOnce(&mut DbConnection) + Send + 'static) {
    let dir = tempfile::tempdir().unwrap();
    let database = TestDatabase::create(dir.path());
    let url = DatabaseUrl::parse(&database.url).unwrap();
    tokio::task::spawn_blocking(move || {
        let db = Db::connect(&url, 1).unwrap();
        work(&mut db.get_write_conn().unwrap());
    })
    .await
    .unwrap();
}

#[tokio::test]
async fn migrations_go_up_down_and_up_again() {
    on_an_empty_database(|conn| {
        let applied = run_migrations(conn).unwrap();
        assert_eq!(applied.len(), names("postgres").len());
        conn.batch_execute("SELECT id, email FROM users").unwrap();
        let reverted = revert_all_migrations(conn).unwrap();
        assert_eq!(reverted.len(), applied.len());
        assert!(conn.batch_execute("SELECT id FROM users").is_err(), "tables are gone after down");
        let again = run_migrations(conn).unwrap();
        assert_eq!(again, applied);
        conn.batch_execute("SELECT id, email FROM users").unwrap();
    })
    .await;
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

#[tokio::test]
async fn receipt_numbers_carry_on_when_the_receipt_sequences_migration_is_reverted_and_applied_again() {
    use diesel::prelude::*;
    use diesel_migrations::MigrationHarness;
    use modu::db::contests::{self, ContestFields};
    use modu::db::organizations::{self, NewOrganization};
    use modu::db::{POSTGRES_MIGRATIONS, SQLITE_MIGRATIONS, schema};
    use modu::domain::contest::ContestKind;

    on_an_empty_database(|conn| {
        run_migrations(conn).unwrap();
        let now = chrono::Utc::now().naive_utc();
        let org = modu::domain::ids::new_id();
        organizations::insert(
            conn,
            &NewOrganization {
                id: &org,
                slug: "city",
                name_ko: "시청",
                name_en: None,
                created_at: now,
                updated_at: now,
            },
        )
        .unwrap();
        let kind = ContestKind::Naming;
        let fields = ContestFields {
            kind: kind.as_str().to_owned(),
            title_ko: "이름 짓기".to_owned(),
            title_en: None,
            summary_ko: "요약".to_owned(),
            summary_en: None,
            description_ko: "설명".to_owned(),
            description_en: None,
            rules_ko: "규칙".to_owned(),
            rules_en: None,
            theme: None,
            prizes: None,
            contact: None,
            time_zone: "Asia/Seoul".to_owned(),
            opens_at: now,
            closes_at: now,
            grace_secs: 0,
            effective_close_at: now,
            form: serde_json::to_string(&kind.default_form()).unwrap(),
            categories: "[]".to_owned(),
            eligibility: "{}".to_owned(),
            co_hosts: "[]".to_owned(),
        };
        let contest = modu::domain::ids::new_id();
        contests::insert(conn, &contest, &org, "naming", &fields, now).unwrap();
        assert_eq!(contests::next_receipt_seq(conn, &contest).unwrap(), 1);
        assert_eq!(contests::next_receipt_seq(conn, &contest).unwrap(), 2);

        // Revert the later migrations, then the receipt sequences' own.
        loop {
            let reverted = match conn {
                DbConnection::Postgres(c) => c.revert_last_migration(POSTGRES_MIGRATIONS),
                DbConnection::Sqlite(c) => c.revert_last_migration(SQLITE_MIGRATIONS),
            }
            .unwrap()
            .to_string();
            if reverted.ends_with("000010") {
                break;
            }
            assert!(reverted.as_str() > "2026-11-22-000010", "the receipt sequences' migration was passed: {reverted}");
        }
        let column: i32 =
            schema::contests::table.find(&contest).select(schema::contests::receipt_seq).first(conn).unwrap();
        assert_eq!(column, 2, "reverting writes the last number taken back to the contest");

        run_migrations(conn).unwrap();
        assert_eq!(contests::next_receipt_seq(conn, &contest).unwrap(), 3);
    })
    .await;
}
