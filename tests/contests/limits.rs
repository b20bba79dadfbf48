//! The per-person entry limit and receipt numbers hold under concurrency.

use chrono::TimeDelta;
use futures_util::future::join_all;
use serde_json::{Value, json};

use crate::helpers::*;
use crate::support::*;

/// An open naming contest allowing `max` submitted entries per person.
async fn contest_allowing(w: &World, max: u32) -> String {
    let mut doc = naming_contest("eco-delta", TimeDelta::days(7));
    doc["eligibility"] = json!({ "max_entries_per_person": max });
    id_of(&w.open_contest(doc).await)
}

/// Submits `n` fresh drafts of one citizen all at once; returns the statuses
/// and the problem codes.
async fn submit_drafts_at_once(w: &World, contest: &str, citizen: &Account, n: usize) -> (usize, Vec<String>) {
    let mut drafts = Vec::new();
    for _ in 0..n {
        drafts.push(id_of(&draft_entry(&w.app, &citizen.access_token, contest, complete_naming()).await));
    }
    let responses = join_all(drafts.iter().map(|id| submit_entry(&w.app, &citizen.access_token, id))).await;
    let mut accepted = 0;
    let mut refusals = Vec::new();
    for response in responses {
        if response.status() == 200 {
            accepted += 1;
        } else {
            refusals.push(problem(response, 409, "entry_limit_reached").await["code"].as_str().unwrap().to_owned());
        }
    }
    (accepted, refusals)
}

async fn submitted_rows(w: &World, contest: &str) -> usize {
    entry_rows(&w.app, contest).await.iter().filter(|e| e.status == "submitted").count()
}

#[tokio::test]
async fn five_drafts_submitted_at_once_under_a_limit_of_one_make_one_entry() {
    let w = world().await;
    let contest = contest_allowing(&w, 1).await;
    let citizen = w.app.verified_account("citizen@example.kr").await;

    let (accepted, refusals) = submit_drafts_at_once(&w, &contest, &citizen, 5).await;

    assert_eq!(accepted, 1);
    assert_eq!(refusals.len(), 4);
    assert_eq!(submitted_rows(&w, &contest).await, 1);
}

#[tokio::test]
async fn five_drafts_submitted_at_once_under_a_limit_of_two_make_two_entries() {
    let w = world().await;
    let contest = contest_allowing(&w, 2).await;
    let citizen = w.app.verified_account("citizen@example.kr").await;

    let (accepted, refusals) = submit_drafts_at_once(&w, &contest, &citizen, 5).await;

    assert_eq!(accepted, 2);
    assert_eq!(refusals.len(), 3);
    assert_eq!(submitted_rows(&w, &contest).await, 2);
}

#[tokio::test]
async fn one_draft_submitted_ten_times_at_once_gets_one_receipt() {
    let w = world().await;
    let contest = w.open_naming_contest("eco-delta").await;
    let citizen = w.app.verified_account("citizen@example.kr").await;
    let draft = id_of(&draft_entry(&w.app, &citizen.access_token, &contest, complete_naming()).await);

    let responses = join_all((0..10).map(|_| submit_entry(&w.app, &citizen.access_token, &draft))).await;

    let mut receipts = Vec::new();
    for response in responses {
        match response.status().as_u16() {
            200 => receipts.push(response.json::<Value>().await.unwrap()["receipt_number"].clone()),
            409 => {}
            other => panic!("unexpected {other}: {}", response.text().await.unwrap()),
        }
    }
    assert!(!receipts.is_empty());
    assert!(receipts.iter().all(|r| r == "ECO-DELTA-00001"), "{receipts:?}");
    assert_eq!(receipts_taken(&w.app, &contest).await, 1, "no receipt number was taken in vain");
    let shown: Value =
        w.app.get_as(&format!("/api/v1/entries/{draft}"), &citizen.access_token).await.json().await.unwrap();
    assert_eq!(shown["receipt_number"], "ECO-DELTA-00001");
}

#[tokio::test]
async fn receipt_numbers_follow_each_other_across_citizens() {
    let w = world().await;
    let contest = w.open_naming_contest("eco-delta").await;
    let first = w.app.verified_account("first@example.kr").await;
    let second = w.app.verified_account("second@example.kr").await;

    let a = submitted_entry(&w.app, &first.access_token, &contest).await;
    let b = submitted_entry(&w.app, &second.access_token, &contest).await;

    assert_eq!(a["receipt_number"], "ECO-DELTA-00001");
    assert_eq!(b["receipt_number"], "ECO-DELTA-00002");
}
