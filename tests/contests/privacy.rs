//! Entries follow the account's privacy rules (docs/privacy.md).

use serde_json::{Value, json};

use crate::support::*;

#[tokio::test]
async fn my_data_export_holds_my_entries_with_their_answers() {
    let w = world().await;
    let contest = w.open_naming_contest("export-naming").await;
    let citizen = w.app.verified_account("export@example.kr").await;
    let submitted = submitted_entry(&w.app, &citizen.access_token, &contest).await;
    draft_entry(&w.app, &citizen.access_token, &contest, json!({ "name": "초안" })).await;

    let export: Value = w.app.get_as("/api/v1/me/export", &citizen.access_token).await.json().await.unwrap();

    let entries = export["entries"].as_array().unwrap();
    assert_eq!(entries.len(), 2);
    assert_eq!(entries[0]["receipt_number"], submitted["receipt_number"]);
    assert_eq!(entries[0]["answers"]["name"], "물빛도시");
    assert_eq!(entries[1]["status"], "draft");
}

#[tokio::test]
async fn deleting_an_account_erases_its_drafts_but_keeps_submitted_entries_for_the_contest() {
    let w = world().await;
    let contest = w.open_naming_contest("delete-naming").await;
    let citizen = w.app.verified_account("leaving@example.kr").await;
    let submitted = submitted_entry(&w.app, &citizen.access_token, &contest).await;
    let draft = draft_entry(&w.app, &citizen.access_token, &contest, json!({ "name": "초안" })).await;

    let deleted = w
        .app
        .send_as(reqwest::Method::DELETE, "/api/v1/me", &citizen.access_token, &json!({ "password": citizen.password }))
        .await;
    assert_eq!(deleted.status(), 204);

    let rows = entry_rows(&w.app, &contest).await;
    assert_eq!(rows.len(), 1, "the draft is gone");
    assert_eq!(rows[0].id, id_of(&submitted));
    assert_ne!(rows[0].id, id_of(&draft));
    let listed: Value = w
        .app
        .get_as(&format!("/api/v1/contests/{contest}/entries"), &w.organizer.access_token)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(listed["items"][0]["receipt_number"], submitted["receipt_number"], "the contest keeps its record");
}
