//! The data layer under failure.

use crate::helpers::*;

#[tokio::test]
async fn a_panic_inside_a_write_leaves_nothing_behind_and_the_next_write_works() {
    let app = spawn_app().await;
    let now = app.app_state.now();
    let failed = app
        .app_state
        .db
        .write(move |conn| -> Result<(), modu::error::ApiError> {
            modu::db::organizations::insert(
                conn,
                &modu::db::organizations::NewOrganization {
                    id: &modu::domain::ids::new_id(),
                    slug: "half-done",
                    name_ko: "반쯤",
                    name_en: None,
                    created_at: now,
                    updated_at: now,
                },
            )?;
            panic!("a bug half-way through a transaction");
        })
        .await;
    assert!(failed.is_err());
    // The single SQLite writer connection (or a PostgreSQL one) must still serve writes.
    for _ in 0..3 {
        let admin = app.admin_account(&format!("admin{}@modu.kr", modu::domain::ids::new_id())).await;
        assert!(!admin.access_token.is_empty());
    }
    assert_eq!(app.count("organizations").await, 0, "the half-done insert was rolled back");
}

/// What diesel prepared and kept on one connection, as the SQL it cached.
fn cached_while(conn: &mut modu::db::DbConnection, work: impl FnOnce(&mut modu::db::DbConnection)) -> Vec<String> {
    use diesel::connection::{Connection, InstrumentationEvent};
    let cached = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let sink = cached.clone();
    conn.set_instrumentation(move |event: InstrumentationEvent<'_>| {
        if let InstrumentationEvent::CacheQuery { sql, .. } = event {
            sink.lock().unwrap().push(sql.to_owned());
        }
    });
    work(conn);
    conn.set_instrumentation(|_: InstrumentationEvent<'_>| {});
    let mut seen = cached.lock().unwrap();
    std::mem::take(&mut *seen)
}

#[tokio::test]
async fn a_write_marked_prepared_is_kept_prepared_and_a_plain_update_is_not() {
    use diesel::prelude::*;
    use modu::db::prepared;
    use modu::db::schema::organizations;

    let app = spawn_app().await;
    let now = app.app_state.now();
    let org = modu::domain::ids::new_id();
    let mut conn = app.app_state.db.get_write_conn().unwrap();
    modu::db::organizations::insert(
        &mut conn,
        &modu::db::organizations::NewOrganization {
            id: &org,
            slug: "kept",
            name_ko: "처음",
            name_en: None,
            created_at: now,
            updated_at: now,
        },
    )
    .unwrap();
    let rename = |name: &'static str| {
        diesel::update(organizations::table.find(org.clone())).set(organizations::name_ko.eq(name))
    };

    let plain = cached_while(&mut conn, |conn| {
        rename("하나").execute(conn).unwrap();
        rename("둘").execute(conn).unwrap();
    });
    assert!(plain.is_empty(), "diesel keeps no UPDATE prepared by itself: {plain:?}");

    let kept = cached_while(&mut conn, |conn| {
        for name in ["셋", "넷", "다섯"] {
            let renamed: String = prepared::get_result(conn, rename(name).returning(organizations::name_ko)).unwrap();
            assert_eq!(renamed, name);
        }
    });
    assert_eq!(kept.len(), 1, "prepared once, then reused: {kept:?}");
    assert!(kept[0].starts_with("UPDATE"), "{kept:?}");
    let name: String = organizations::table.find(&org).select(organizations::name_ko).first(&mut *conn).unwrap();
    assert_eq!(name, "다섯");
}

#[tokio::test]
async fn postgresql_connections_keep_one_plan_per_prepared_statement() {
    use diesel::prelude::*;
    #[derive(QueryableByName)]
    struct Setting {
        #[diesel(sql_type = diesel::sql_types::Text)]
        plan_cache_mode: String,
    }
    let app = spawn_app().await;
    let mut conn = app.app_state.db.get_write_conn().unwrap();
    match &mut *conn {
        modu::db::DbConnection::Postgres(pg) => {
            let setting: Setting = diesel::sql_query("SHOW plan_cache_mode").get_result(pg).unwrap();
            assert_eq!(setting.plan_cache_mode, "force_generic_plan");
        }
        modu::db::DbConnection::Sqlite(_) => {} // SQLite has no such setting.
    }
}
