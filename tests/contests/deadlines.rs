//! Only the server's clock decides what a deadline allows.

use chrono::{DateTime, TimeDelta, Utc};
use serde_json::{Value, json};

use crate::helpers::*;
use crate::support::*;

fn closes_at(contest: &Value) -> DateTime<Utc> {
    contest["closes_at"].as_str().unwrap().parse().unwrap()
}

#[tokio::test]
async fn a_second_before_the_deadline_an_entry_is_saved_and_submitted() {
    let w = world().await;
    let citizen = w.app.verified_account("citizen@example.kr").await;
    let contest = w.open_contest(naming_contest("eco-delta", TimeDelta::seconds(10))).await;
    let draft = draft_entry(&w.app, &citizen.access_token, &id_of(&contest), json!({ "name": "물빛도시" })).await;
    advance_to(&w.app, closes_at(&contest) - TimeDelta::seconds(1));

    let saved = save_entry(
        &w.app,
        &citizen.access_token,
        &id_of(&draft),
        &json!({ "version": draft["version"], "answers": complete_naming() }),
    )
    .await;
    let submitted = submit_entry(&w.app, &citizen.access_token, &id_of(&draft)).await;

    assert_eq!(saved.status(), 200);
    assert_eq!(submitted.status(), 200);
}

#[tokio::test]
async fn after_the_deadline_nothing_about_an_entry_changes() {
    let w = world().await;
    let citizen = w.app.verified_account("citizen@example.kr").await;
    let contest = w.open_contest(naming_contest("eco-delta", TimeDelta::seconds(10))).await;
    let contest_id = id_of(&contest);
    let draft = draft_entry(&w.app, &citizen.access_token, &contest_id, complete_naming()).await;
    let submitted =
        submitted_entry(&w.app, &w.app.verified_account("other@example.kr").await.access_token, &contest_id).await;
    let before = entry_rows(&w.app, &contest_id).await;
    advance_to(&w.app, closes_at(&contest) + TimeDelta::seconds(1));

    let saved = save_entry(
        &w.app,
        &citizen.access_token,
        &id_of(&draft),
        &json!({ "version": draft["version"], "answers": { "name": "늦은 이름", "meaning": "늦었다" } }),
    )
    .await;
    let submitted_late = submit_entry(&w.app, &citizen.access_token, &id_of(&draft)).await;
    let other = w.app.signed_in("other@example.kr", PASSWORD).await;
    let withdrawn = withdraw_entry(&w.app, &other.access_token, &id_of(&submitted)).await;
    let started = start_entry(&w.app, &citizen.access_token, &contest_id, &json!({ "answers": {} })).await;

    problem(saved, 409, "deadline_passed").await;
    problem(submitted_late, 409, "deadline_passed").await;
    problem(withdrawn, 409, "deadline_passed").await;
    problem(started, 409, "deadline_passed").await;
    let after = entry_rows(&w.app, &contest_id).await;
    let summary = |rows: &[modu::db::entries::Entry]| {
        rows.iter().map(|e| (e.id.clone(), e.status.clone(), e.version, e.answers.clone())).collect::<Vec<_>>()
    };
    assert_eq!(summary(&after), summary(&before));
}

/// A published contest with a minute of grace after `closes_at`.
async fn contest_with_grace(w: &World) -> Value {
    let mut doc = naming_contest("eco-delta", TimeDelta::seconds(10));
    doc["grace_secs"] = json!(60);
    w.open_contest(doc).await
}

#[tokio::test]
async fn grace_accepts_a_submission_thirty_seconds_late() {
    let w = world().await;
    let citizen = w.app.verified_account("citizen@example.kr").await;
    let contest = contest_with_grace(&w).await;
    let draft = draft_entry(&w.app, &citizen.access_token, &id_of(&contest), complete_naming()).await;
    advance_to(&w.app, closes_at(&contest) + TimeDelta::seconds(30));

    let submitted = submit_entry(&w.app, &citizen.access_token, &id_of(&draft)).await;

    assert_eq!(submitted.status(), 200);
}

#[tokio::test]
async fn grace_refuses_a_submission_sixty_one_seconds_late() {
    let w = world().await;
    let citizen = w.app.verified_account("citizen@example.kr").await;
    let contest = contest_with_grace(&w).await;
    let draft = draft_entry(&w.app, &citizen.access_token, &id_of(&contest), complete_naming()).await;
    advance_to(&w.app, closes_at(&contest) + TimeDelta::seconds(61));

    let submitted = submit_entry(&w.app, &citizen.access_token, &id_of(&draft)).await;

    problem(submitted, 409, "deadline_passed").await;
    assert_eq!(stored_entry(&w.app, &id_of(&draft)).await.status, "draft");
}

#[tokio::test]
async fn a_contest_past_its_deadline_shows_as_closed() {
    let w = world().await;
    let contest = w.open_contest(naming_contest("eco-delta", TimeDelta::seconds(10))).await;
    advance_to(&w.app, closes_at(&contest) + TimeDelta::seconds(1));

    let shown: Value = w.app.get(&format!("/api/v1/contests/{}", id_of(&contest))).await.json().await.unwrap();

    assert_eq!(shown["state"], "closed");
}
