//! Citizens' entries: drafting, saving, submitting, editing and withdrawing,
//! and who may see or touch them.

use chrono::{Months, TimeDelta, Utc};
use reqwest::Method;
use serde_json::{Value, json};

use crate::helpers::*;
use crate::support::*;

const CITIZEN: &str = "citizen@example.kr";

/// A world with an open naming contest and a verified citizen.
async fn open_naming() -> (World, String, Account) {
    let w = world().await;
    let contest = w.open_naming_contest("eco-delta").await;
    let citizen = w.app.verified_account(CITIZEN).await;
    (w, contest, citizen)
}

// ---------------------------------------------------------------- create

#[tokio::test]
async fn a_citizen_starts_a_draft() {
    let (w, contest, citizen) = open_naming().await;

    let created =
        start_entry(&w.app, &citizen.access_token, &contest, &json!({ "answers": { "name": "물빛도시" } })).await;

    assert_eq!(created.status(), 201);
    let entry: Value = created.json().await.unwrap();
    assert_eq!(entry["status"], "draft");
    assert_eq!(entry["answers"], json!({ "name": "물빛도시" }));
    assert!(entry["receipt_number"].is_null());
    assert_eq!(entry_rows(&w.app, &contest).await.len(), 1);
}

#[tokio::test]
async fn an_answer_to_a_field_the_form_lacks_is_refused() {
    let (w, contest, citizen) = open_naming().await;

    let response = start_entry(
        &w.app,
        &citizen.access_token,
        &contest,
        &json!({ "answers": { "name": "물빛도시", "nickname": "물빛" } }),
    )
    .await;

    let body = problem(response, 422, "validation_failed").await;
    assert_eq!(problem_fields(&body), vec!["answers.nickname"]);
    assert!(entry_rows(&w.app, &contest).await.is_empty());
}

#[tokio::test]
async fn a_name_longer_than_the_form_allows_is_refused() {
    let (w, contest, citizen) = open_naming().await;

    let response =
        start_entry(&w.app, &citizen.access_token, &contest, &json!({ "answers": { "name": "가".repeat(31) } })).await;

    let body = problem(response, 422, "validation_failed").await;
    assert_eq!(problem_fields(&body), vec!["answers.name"]);
    assert!(entry_rows(&w.app, &contest).await.is_empty());
}

#[tokio::test]
async fn an_entry_with_an_unknown_top_level_field_is_a_bad_body() {
    let (w, contest, citizen) = open_naming().await;

    let response =
        start_entry(&w.app, &citizen.access_token, &contest, &json!({ "answers": {}, "team": "물빛" })).await;

    problem(response, 400, "invalid_body").await;
    assert!(entry_rows(&w.app, &contest).await.is_empty());
}

#[tokio::test]
async fn starting_an_entry_requires_signing_in() {
    let w = world().await;
    let contest = w.open_naming_contest("eco-delta").await;

    let response =
        anonymous(&w.app, Method::POST, &format!("/api/v1/contests/{contest}/entries"), &json!({ "answers": {} }))
            .await;

    problem(response, 401, "unauthenticated").await;
    assert!(entry_rows(&w.app, &contest).await.is_empty());
}

#[tokio::test]
async fn an_unverified_account_cannot_start_an_entry() {
    let w = world().await;
    let contest = w.open_naming_contest("eco-delta").await;
    let unverified = w.app.unverified_account(CITIZEN).await;

    let response = start_entry(&w.app, &unverified.access_token, &contest, &json!({ "answers": {} })).await;

    problem(response, 403, "account_restricted").await;
    assert!(entry_rows(&w.app, &contest).await.is_empty());
}

#[tokio::test]
async fn a_child_whose_guardian_has_not_consented_cannot_start_an_entry() {
    let w = world().await;
    let contest = w.open_naming_contest("eco-delta").await;
    let mut body = registration("haneul@example.kr");
    body["birth_date"] = json!("2016-03-01");
    body["guardian"] = json!({ "name": "김영희", "email": "mom@example.kr" });
    let child = verified_with(&w.app, &body).await;

    let response = start_entry(&w.app, &child.access_token, &contest, &json!({ "answers": {} })).await;

    problem(response, 403, "account_restricted").await;
    assert!(entry_rows(&w.app, &contest).await.is_empty());
}

#[tokio::test]
async fn an_entry_cannot_start_before_the_contest_opens() {
    let w = world().await;
    let contest = id_of(&w.open_contest(upcoming_contest("eco-delta")).await);
    let citizen = w.app.verified_account(CITIZEN).await;

    let response = start_entry(&w.app, &citizen.access_token, &contest, &json!({ "answers": {} })).await;

    problem(response, 409, "deadline_passed").await;
    assert!(entry_rows(&w.app, &contest).await.is_empty());
}

#[tokio::test]
async fn an_unpublished_contest_takes_no_entries() {
    let w = world().await;
    let contest = id_of(&w.draft_contest(naming_contest("eco-delta", TimeDelta::days(7))).await);
    let citizen = w.app.verified_account(CITIZEN).await;

    let response = start_entry(&w.app, &citizen.access_token, &contest, &json!({ "answers": {} })).await;

    problem(response, 404, "not_found").await;
    assert!(entry_rows(&w.app, &contest).await.is_empty());
}

#[tokio::test]
async fn a_contest_for_adults_refuses_a_seventeen_year_old() {
    let w = world().await;
    let mut doc = naming_contest("eco-delta", TimeDelta::days(7));
    doc["eligibility"] = json!({ "min_age": 19 });
    let contest = id_of(&w.open_contest(doc).await);
    let seventeen = Utc::now().date_naive().checked_sub_months(Months::new(17 * 12 + 1)).unwrap();
    let mut body = registration("teen@example.kr");
    body["birth_date"] = json!(seventeen.to_string());
    let teen = verified_with(&w.app, &body).await;

    let response = start_entry(&w.app, &teen.access_token, &contest, &json!({ "answers": {} })).await;

    problem(response, 403, "not_eligible").await;
    assert!(entry_rows(&w.app, &contest).await.is_empty());
}

// ---------------------------------------------------------------- categories

async fn contest_with_categories(w: &World) -> String {
    let mut doc = naming_contest("eco-delta", TimeDelta::days(7));
    doc["categories"] = json!([
        { "key": "elementary", "label": { "ko": "초등부" } },
        { "key": "middle", "label": { "ko": "중등부" } }
    ]);
    id_of(&w.open_contest(doc).await)
}

#[tokio::test]
async fn a_submission_without_a_category_is_refused_when_the_contest_has_categories() {
    let w = world().await;
    let contest = contest_with_categories(&w).await;
    let citizen = w.app.verified_account(CITIZEN).await;
    let draft = draft_entry(&w.app, &citizen.access_token, &contest, complete_naming()).await;

    let response = submit_entry(&w.app, &citizen.access_token, &id_of(&draft)).await;

    let body = problem(response, 422, "validation_failed").await;
    assert_eq!(problem_fields(&body), vec!["category"]);
    assert_eq!(stored_entry(&w.app, &id_of(&draft)).await.status, "draft");
}

#[tokio::test]
async fn an_unknown_category_is_refused() {
    let w = world().await;
    let contest = contest_with_categories(&w).await;
    let citizen = w.app.verified_account(CITIZEN).await;

    let response =
        start_entry(&w.app, &citizen.access_token, &contest, &json!({ "category": "university", "answers": {} })).await;

    let body = problem(response, 422, "validation_failed").await;
    assert_eq!(problem_fields(&body), vec!["category"]);
    assert!(entry_rows(&w.app, &contest).await.is_empty());
}

#[tokio::test]
async fn an_entry_in_a_known_category_is_submitted() {
    let w = world().await;
    let contest = contest_with_categories(&w).await;
    let citizen = w.app.verified_account(CITIZEN).await;
    let created = start_entry(
        &w.app,
        &citizen.access_token,
        &contest,
        &json!({ "category": "elementary", "answers": complete_naming() }),
    )
    .await;
    let draft: Value = created.json().await.unwrap();

    let submitted = submit_entry(&w.app, &citizen.access_token, &id_of(&draft)).await;

    assert_eq!(submitted.status(), 200);
    let submitted: Value = submitted.json().await.unwrap();
    assert_eq!(submitted["category"], "elementary");
}

// ---------------------------------------------------------------- saving

#[tokio::test]
async fn saving_over_a_newer_version_is_refused_and_keeps_the_newer_answers() {
    let (w, contest, citizen) = open_naming().await;
    let draft = draft_entry(&w.app, &citizen.access_token, &contest, json!({ "name": "물빛도시" })).await;
    let id = id_of(&draft);
    let first = save_entry(
        &w.app,
        &citizen.access_token,
        &id,
        &json!({ "version": draft["version"], "answers": { "name": "강빛도시" } }),
    )
    .await;
    assert_eq!(first.status(), 200);

    let stale = save_entry(
        &w.app,
        &citizen.access_token,
        &id,
        &json!({ "version": draft["version"], "answers": { "name": "늦은 이름" } }),
    )
    .await;

    problem(stale, 409, "version_conflict").await;
    assert_eq!(stored_answers(&stored_entry(&w.app, &id).await), json!({ "name": "강빛도시" }));
}

#[tokio::test]
async fn a_citizen_can_never_read_another_citizens_entry() {
    let (w, contest, citizen) = open_naming().await;
    let other = w.app.verified_account("other@example.kr").await;
    let draft = draft_entry(&w.app, &citizen.access_token, &contest, json!({ "name": "물빛도시" })).await;
    let submitted = submitted_entry(&w.app, &citizen.access_token, &w.open_naming_contest("sejong-photo").await).await;

    for id in [id_of(&draft), id_of(&submitted)] {
        problem(w.app.get_as(&format!("/api/v1/entries/{id}"), &other.access_token).await, 404, "not_found").await;
    }
}

#[tokio::test]
async fn a_citizen_cannot_change_another_citizens_entry() {
    let (w, contest, citizen) = open_naming().await;
    let other = w.app.verified_account("other@example.kr").await;
    let draft = draft_entry(&w.app, &citizen.access_token, &contest, complete_naming()).await;
    let id = id_of(&draft);
    let before = stored_entry(&w.app, &id).await;

    let saved = save_entry(
        &w.app,
        &other.access_token,
        &id,
        &json!({ "version": draft["version"], "answers": { "name": "가로챈 이름" } }),
    )
    .await;
    problem(saved, 404, "not_found").await;
    problem(submit_entry(&w.app, &other.access_token, &id).await, 404, "not_found").await;
    problem(withdraw_entry(&w.app, &other.access_token, &id).await, 404, "not_found").await;

    let after = stored_entry(&w.app, &id).await;
    assert_eq!((after.status, after.version, after.answers), (before.status, before.version, before.answers));
}

#[tokio::test]
async fn an_organizer_cannot_read_a_draft() {
    let (w, contest, citizen) = open_naming().await;
    let draft = draft_entry(&w.app, &citizen.access_token, &contest, json!({ "name": "물빛도시" })).await;

    let response = w.app.get_as(&format!("/api/v1/entries/{}", id_of(&draft)), &w.organizer.access_token).await;

    problem(response, 404, "not_found").await;
}

#[tokio::test]
async fn an_organizer_reads_a_submitted_entry_but_cannot_change_it() {
    let (w, contest, citizen) = open_naming().await;
    let submitted = submitted_entry(&w.app, &citizen.access_token, &contest).await;
    let id = id_of(&submitted);

    let read = w.app.get_as(&format!("/api/v1/entries/{id}"), &w.organizer.access_token).await;
    let changed = save_entry(
        &w.app,
        &w.organizer.access_token,
        &id,
        &json!({ "version": submitted["version"], "answers": { "name": "고친 이름", "meaning": "뜻" } }),
    )
    .await;

    assert_eq!(read.status(), 200);
    let read: Value = read.json().await.unwrap();
    assert_eq!(read["receipt_number"], submitted["receipt_number"]);
    problem(changed, 404, "not_found").await;
    assert_eq!(stored_answers(&stored_entry(&w.app, &id).await), complete_naming());
}

#[tokio::test]
async fn reading_an_entry_requires_signing_in() {
    let (w, contest, citizen) = open_naming().await;
    let submitted = submitted_entry(&w.app, &citizen.access_token, &contest).await;

    problem(w.app.get(&format!("/api/v1/entries/{}", id_of(&submitted))).await, 401, "unauthenticated").await;
}

#[tokio::test]
async fn a_submitted_entry_can_be_edited_before_the_deadline() {
    let (w, contest, citizen) = open_naming().await;
    let submitted = submitted_entry(&w.app, &citizen.access_token, &contest).await;

    let edited = save_entry(
        &w.app,
        &citizen.access_token,
        &id_of(&submitted),
        &json!({ "version": submitted["version"], "answers": { "name": "강빛도시", "meaning": "강이 빛나는 도시" } }),
    )
    .await;

    assert_eq!(edited.status(), 200);
    let edited: Value = edited.json().await.unwrap();
    assert_eq!(edited["status"], "submitted");
    assert_eq!(edited["receipt_number"], submitted["receipt_number"]);
    assert_eq!(edited["answers"]["name"], "강빛도시");
}

#[tokio::test]
async fn a_submitted_entry_must_stay_complete() {
    let (w, contest, citizen) = open_naming().await;
    let submitted = submitted_entry(&w.app, &citizen.access_token, &contest).await;
    let id = id_of(&submitted);

    let response = save_entry(
        &w.app,
        &citizen.access_token,
        &id,
        &json!({ "version": submitted["version"], "answers": { "name": "강빛도시" } }),
    )
    .await;

    let body = problem(response, 422, "validation_failed").await;
    assert_eq!(problem_fields(&body), vec!["answers.meaning"]);
    assert_eq!(stored_answers(&stored_entry(&w.app, &id).await), complete_naming());
}

// ---------------------------------------------------------------- withdrawing

#[tokio::test]
async fn a_withdrawn_entry_no_longer_counts_toward_the_limit() {
    let (w, contest, citizen) = open_naming().await;
    let first = submitted_entry(&w.app, &citizen.access_token, &contest).await;

    let withdrawn = withdraw_entry(&w.app, &citizen.access_token, &id_of(&first)).await;

    assert_eq!(withdrawn.status(), 200);
    let withdrawn: Value = withdrawn.json().await.unwrap();
    assert_eq!(withdrawn["status"], "withdrawn");
    assert_eq!(withdrawn["receipt_number"], first["receipt_number"], "the receipt stays on record");
    let second = submitted_entry(&w.app, &citizen.access_token, &contest).await;
    assert_eq!(second["status"], "submitted");
}

#[tokio::test]
async fn a_draft_cannot_be_withdrawn() {
    let (w, contest, citizen) = open_naming().await;
    let draft = draft_entry(&w.app, &citizen.access_token, &contest, complete_naming()).await;

    problem(withdraw_entry(&w.app, &citizen.access_token, &id_of(&draft)).await, 409, "conflict").await;

    assert_eq!(stored_entry(&w.app, &id_of(&draft)).await.status, "draft");
}

#[tokio::test]
async fn a_withdrawn_entry_cannot_be_submitted_again() {
    let (w, contest, citizen) = open_naming().await;
    let submitted = submitted_entry(&w.app, &citizen.access_token, &contest).await;
    let id = id_of(&submitted);
    assert_eq!(withdraw_entry(&w.app, &citizen.access_token, &id).await.status(), 200);

    problem(submit_entry(&w.app, &citizen.access_token, &id).await, 409, "conflict").await;

    assert_eq!(stored_entry(&w.app, &id).await.status, "withdrawn");
}

#[tokio::test]
async fn withdrawing_requires_signing_in() {
    let (w, contest, citizen) = open_naming().await;
    let submitted = submitted_entry(&w.app, &citizen.access_token, &contest).await;

    let response =
        anonymous(&w.app, Method::POST, &format!("/api/v1/entries/{}/withdraw", id_of(&submitted)), &json!({})).await;

    problem(response, 401, "unauthenticated").await;
    assert_eq!(stored_entry(&w.app, &id_of(&submitted)).await.status, "submitted");
}
