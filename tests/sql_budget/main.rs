//! How many SQL statements hot requests cost. A binary of its own: diesel's
//! instrumentation is process-wide, and no other test may run queries while
//! one is being counted. Runs on SQLite by default and on PostgreSQL with
//! MODU_TEST_DATABASE=postgres, like the other suites.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "../api/helpers.rs"]
mod helpers;
#[path = "../contests/support.rs"]
#[allow(dead_code)]
mod support;

use std::sync::atomic::{AtomicUsize, Ordering};

use diesel::connection::{Instrumentation, InstrumentationEvent, set_default_instrumentation};

use crate::support::*;

static STATEMENTS: AtomicUsize = AtomicUsize::new(0);

fn counting() -> Option<Box<dyn Instrumentation>> {
    Some(Box::new(|event: InstrumentationEvent<'_>| {
        if matches!(event, InstrumentationEvent::StartQuery { .. }) {
            STATEMENTS.fetch_add(1, Ordering::SeqCst);
        }
    }))
}

/// The fewest statements one GET of `path` ran over several tries (a
/// background worker's poll may land inside one try, never inside all).
async fn statements_for(app: &helpers::TestApp, path: &str, token: &str) -> usize {
    let mut fewest = usize::MAX;
    for _ in 0..5 {
        let before = STATEMENTS.load(Ordering::SeqCst);
        let response = app.get_as(path, token).await;
        assert_eq!(response.status(), 200, "{path}");
        fewest = fewest.min(STATEMENTS.load(Ordering::SeqCst) - before);
    }
    fewest
}

#[tokio::test]
async fn the_organizers_entry_list_costs_at_most_three_statements() {
    set_default_instrumentation(counting).unwrap();
    let world = world().await;
    let contest = world.open_naming_contest("budget").await;
    for n in 0..3 {
        let citizen = world.app.verified_account(&format!("citizen{n}@example.kr")).await;
        submitted_entry(&world.app, &citizen.access_token, &contest).await;
    }
    let path = format!("/api/v1/contests/{contest}/entries?limit=50");
    let fewest = statements_for(&world.app, &path, &world.organizer.access_token).await;
    // The account behind the token, the contest joined with the caller's role, the page.
    assert!(fewest <= 3, "{fewest} statements");
    assert!(fewest >= 1, "the counter saw nothing: is the instrumentation installed?");

    // The published results page (counted here, not in a test of its own:
    // the counter is process-wide and tests run in parallel).
    let settings = world.app.app_state.settings.clone();
    let (id, by) = (contest.clone(), world.organizer.id.clone());
    let now = world.app.app_state.now();
    let published = world
        .app
        .app_state
        .db
        .write(move |conn| {
            let at =
                modu::db::announcements::Settings { announce_at: now, show_breakdowns: false, gallery_open: false };
            modu::db::announcements::insert(conn, &id, &at, &by, now)?;
            modu::publication::publish(conn, &settings, &id, now)
        })
        .await
        .unwrap();
    assert!(published);
    let fewest =
        statements_for(&world.app, &format!("/api/v1/contests/{contest}/results"), &world.organizer.access_token).await;
    eprintln!("published results: {fewest} statement(s)");
    // The announcement row, which holds the frozen results.
    assert!(fewest <= 3, "{fewest} statements for the published results");
}
