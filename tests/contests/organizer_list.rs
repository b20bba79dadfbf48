//! GET /contests/{id}/entries: what a contest's organizers see of its entries.

use reqwest::Method;
use serde_json::{Value, json};

use crate::helpers::*;
use crate::support::*;

fn path(contest: &str) -> String {
    format!("/api/v1/contests/{contest}/entries")
}

async fn list(app: &TestApp, token: &str, contest: &str, query: &[(&str, &str)]) -> reqwest::Response {
    app.client.get(app.url(&path(contest))).bearer_auth(token).query(query).send().await.unwrap()
}

fn statuses(page: &Value) -> Vec<(String, String)> {
    page["items"].as_array().unwrap().iter().map(|e| (id_of(e), e["status"].as_str().unwrap().to_owned())).collect()
}

/// An open contest with one draft, one submitted and one withdrawn entry
/// (from three citizens); returns the contest and the three entry ids.
async fn contest_with_every_status(w: &World) -> (String, [String; 3]) {
    let contest = w.open_naming_contest("eco-delta").await;
    let drafter = w.app.verified_account("drafter@example.kr").await;
    let submitter = w.app.verified_account("submitter@example.kr").await;
    let withdrawer = w.app.verified_account("withdrawer@example.kr").await;
    let draft = id_of(&draft_entry(&w.app, &drafter.access_token, &contest, complete_naming()).await);
    let submitted = id_of(&submitted_entry(&w.app, &submitter.access_token, &contest).await);
    let withdrawn = id_of(&submitted_entry(&w.app, &withdrawer.access_token, &contest).await);
    assert_eq!(withdraw_entry(&w.app, &withdrawer.access_token, &withdrawn).await.status(), 200);
    (contest, [draft, submitted, withdrawn])
}

#[tokio::test]
async fn an_organizer_sees_submitted_and_withdrawn_entries_but_never_drafts() {
    let w = world().await;
    let (contest, [_, submitted, withdrawn]) = contest_with_every_status(&w).await;

    let response = list(&w.app, &w.organizer.access_token, &contest, &[]).await;

    assert_eq!(response.status(), 200);
    let page: Value = response.json().await.unwrap();
    assert_eq!(statuses(&page), vec![(submitted, "submitted".to_owned()), (withdrawn, "withdrawn".to_owned())]);
}

#[tokio::test]
async fn an_organizer_lists_only_submitted_entries() {
    let w = world().await;
    let (contest, [_, submitted, _]) = contest_with_every_status(&w).await;

    let page: Value =
        list(&w.app, &w.organizer.access_token, &contest, &[("status", "submitted")]).await.json().await.unwrap();

    assert_eq!(statuses(&page), vec![(submitted, "submitted".to_owned())]);
}

#[tokio::test]
async fn an_unknown_status_is_a_bad_parameter() {
    let w = world().await;
    let contest = w.open_naming_contest("eco-delta").await;

    problem(list(&w.app, &w.organizer.access_token, &contest, &[("status", "bogus")]).await, 400, "invalid_parameter")
        .await;
    problem(list(&w.app, &w.organizer.access_token, &contest, &[("status", "draft")]).await, 400, "invalid_parameter")
        .await;
}

#[tokio::test]
async fn a_citizen_cannot_list_a_contests_entries() {
    let w = world().await;
    let contest = w.open_naming_contest("eco-delta").await;
    let citizen = w.app.verified_account("citizen@example.kr").await;
    submitted_entry(&w.app, &citizen.access_token, &contest).await;

    problem(list(&w.app, &citizen.access_token, &contest, &[]).await, 403, "forbidden").await;
}

#[tokio::test]
async fn an_organizer_of_another_organization_cannot_list_the_entries() {
    let w = world().await;
    let contest = w.open_naming_contest("eco-delta").await;
    let (_, stranger) = w.another_organization("sejong", "organizer@sejong.go.kr").await;

    problem(list(&w.app, &stranger.access_token, &contest, &[]).await, 403, "forbidden").await;
}

#[tokio::test]
async fn listing_a_contests_entries_requires_signing_in() {
    let w = world().await;
    let contest = w.open_naming_contest("eco-delta").await;

    problem(anonymous(&w.app, Method::GET, &path(&contest), &json!(null)).await, 401, "unauthenticated").await;
}

#[tokio::test]
async fn a_contests_entries_come_in_pages() {
    let w = world().await;
    let contest = w.open_naming_contest("eco-delta").await;
    let mut ids = Vec::new();
    for email in ["a@example.kr", "b@example.kr", "c@example.kr"] {
        let citizen = w.app.verified_account(email).await;
        ids.push(id_of(&submitted_entry(&w.app, &citizen.access_token, &contest).await));
    }
    ids.sort();

    let first: Value = list(&w.app, &w.organizer.access_token, &contest, &[("limit", "2")]).await.json().await.unwrap();
    let cursor = first["next_cursor"].as_str().expect("a next page").to_owned();
    let second: Value = list(&w.app, &w.organizer.access_token, &contest, &[("limit", "2"), ("cursor", &cursor)])
        .await
        .json()
        .await
        .unwrap();

    let page_ids = |page: &Value| statuses(page).into_iter().map(|(id, _)| id).collect::<Vec<_>>();
    assert_eq!(page_ids(&first), ids[..2]);
    assert_eq!(page_ids(&second), ids[2..]);
    assert!(second["next_cursor"].is_null());
}
