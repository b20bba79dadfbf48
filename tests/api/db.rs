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
