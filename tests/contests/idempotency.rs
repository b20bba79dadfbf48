//! `Idempotency-Key`: a retried create or submit gets the first answer back.

use futures_util::future::join_all;
use serde_json::{Value, json};

use crate::helpers::*;
use crate::support::*;

async fn open_naming() -> (World, String, Account) {
    let w = world().await;
    let contest = w.open_naming_contest("eco-delta").await;
    let citizen = w.app.verified_account("citizen@example.kr").await;
    (w, contest, citizen)
}

fn body(name: &str) -> Value {
    json!({ "answers": { "name": name } })
}

#[tokio::test]
async fn a_retried_create_answers_with_the_same_entry() {
    let (w, contest, citizen) = open_naming().await;
    let first = start_entry_with_key(&w.app, &citizen.access_token, &contest, "abc", &body("물빛도시")).await;
    assert_eq!(first.status(), 201);
    let first: Value = first.json().await.unwrap();

    let again = start_entry_with_key(&w.app, &citizen.access_token, &contest, "abc", &body("물빛도시")).await;

    assert_eq!(again.status(), 201);
    let again: Value = again.json().await.unwrap();
    assert_eq!(again["id"], first["id"]);
    assert_eq!(entry_rows(&w.app, &contest).await.len(), 1);
}

#[tokio::test]
async fn a_key_reused_with_another_body_is_refused() {
    let (w, contest, citizen) = open_naming().await;
    assert_eq!(
        start_entry_with_key(&w.app, &citizen.access_token, &contest, "abc", &body("물빛도시")).await.status(),
        201
    );

    let response = start_entry_with_key(&w.app, &citizen.access_token, &contest, "abc", &body("강빛도시")).await;

    problem(response, 422, "idempotency_key_reused").await;
    assert_eq!(entry_rows(&w.app, &contest).await.len(), 1);
}

#[tokio::test]
async fn ten_concurrent_creates_with_one_key_make_one_entry() {
    let (w, contest, citizen) = open_naming().await;
    let same = body("물빛도시");

    let responses =
        join_all((0..10).map(|_| start_entry_with_key(&w.app, &citizen.access_token, &contest, "abc", &same))).await;

    let mut ids = Vec::new();
    for response in responses {
        assert_eq!(response.status(), 201);
        let entry: Value = response.json().await.unwrap();
        ids.push(id_of(&entry));
    }
    let rows = entry_rows(&w.app, &contest).await;
    assert_eq!(rows.len(), 1);
    assert!(ids.iter().all(|id| id == &rows[0].id), "{ids:?}");
}

#[tokio::test]
async fn a_retried_submit_answers_with_the_same_receipt() {
    let (w, contest, citizen) = open_naming().await;
    let draft = draft_entry(&w.app, &citizen.access_token, &contest, complete_naming()).await;
    let first: Value =
        submit_entry_with_key(&w.app, &citizen.access_token, &id_of(&draft), "submit-1").await.json().await.unwrap();

    let again = submit_entry_with_key(&w.app, &citizen.access_token, &id_of(&draft), "submit-1").await;

    assert_eq!(again.status(), 200);
    let again: Value = again.json().await.unwrap();
    assert_eq!(again["receipt_number"], first["receipt_number"]);
    assert_eq!(receipts_taken(&w.app, &contest).await, 1, "no receipt number was taken in vain");
}

#[tokio::test]
async fn a_malformed_key_is_refused() {
    let (w, contest, citizen) = open_naming().await;

    for key in ["k".repeat(300), "two words".to_owned()] {
        let response = start_entry_with_key(&w.app, &citizen.access_token, &contest, &key, &body("물빛도시")).await;
        problem(response, 400, "invalid_parameter").await;
    }

    assert!(entry_rows(&w.app, &contest).await.is_empty());
}

#[tokio::test]
async fn keys_belong_to_one_account() {
    let (w, contest, citizen) = open_naming().await;
    let other = w.app.verified_account("other@example.kr").await;
    let mine: Value = start_entry_with_key(&w.app, &citizen.access_token, &contest, "abc", &body("물빛도시"))
        .await
        .json()
        .await
        .unwrap();

    let theirs = start_entry_with_key(&w.app, &other.access_token, &contest, "abc", &body("물빛도시")).await;

    assert_eq!(theirs.status(), 201);
    let theirs: Value = theirs.json().await.unwrap();
    assert_ne!(theirs["id"], mine["id"]);
    assert_eq!(entry_rows(&w.app, &contest).await.len(), 2);
}
