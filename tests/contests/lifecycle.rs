use chrono::TimeDelta;
use serde_json::{Value, json};

use crate::helpers::*;
use crate::support::*;

#[tokio::test]
async fn a_citizen_drafts_submits_and_gets_a_receipt_by_mail() {
    let w = world().await;
    let contest = w.open_contest(naming_contest("eco-delta-naming", TimeDelta::days(7))).await;
    assert_eq!(contest["state"], "open");
    assert!(contest["closes_at_local"].as_str().unwrap().ends_with("+09:00"));
    let id = contest["id"].as_str().unwrap();
    let citizen = w.app.verified_account("citizen@example.kr").await;

    let draft = w
        .app
        .post_json_as(
            &format!("/api/v1/contests/{id}/entries"),
            &citizen.access_token,
            &json!({ "answers": { "name": "물빛도시" } }),
        )
        .await;
    assert_eq!(draft.status(), 201);
    let draft: Value = draft.json().await.unwrap();
    assert_eq!(draft["status"], "draft");
    let entry = draft["id"].as_str().unwrap();

    let incomplete =
        w.app.post_json_as(&format!("/api/v1/entries/{entry}/submit"), &citizen.access_token, &json!({})).await;
    let body = problem(incomplete, 422, "validation_failed").await;
    assert_eq!(problem_fields(&body), vec!["answers.meaning"]);

    let saved = w
        .app
        .send_as(
            reqwest::Method::PUT,
            &format!("/api/v1/entries/{entry}"),
            &citizen.access_token,
            &json!({ "version": 1, "answers": { "name": "물빛도시", "meaning": "강과 바다가 만나는 도시" } }),
        )
        .await;
    assert_eq!(saved.status(), 200);
    let stale = w
        .app
        .send_as(
            reqwest::Method::PUT,
            &format!("/api/v1/entries/{entry}"),
            &citizen.access_token,
            &json!({ "version": 1, "answers": { "name": "다른 이름" } }),
        )
        .await;
    problem(stale, 409, "version_conflict").await;

    let submitted = w
        .app
        .client
        .post(w.app.url(&format!("/api/v1/entries/{entry}/submit")))
        .bearer_auth(&citizen.access_token)
        .header("idempotency-key", "k-1")
        .send()
        .await
        .unwrap();
    assert_eq!(submitted.status(), 200);
    let submitted: Value = submitted.json().await.unwrap();
    assert_eq!(submitted["status"], "submitted");
    assert_eq!(submitted["receipt_number"], "ECO-DELTA-NAMING-00001");

    let again = w
        .app
        .client
        .post(w.app.url(&format!("/api/v1/entries/{entry}/submit")))
        .bearer_auth(&citizen.access_token)
        .header("idempotency-key", "k-1")
        .send()
        .await
        .unwrap();
    let again: Value = again.json().await.unwrap();
    assert_eq!(again, submitted, "a retry gets the first answer");

    let mail = w.app.mailbox.wait_for("citizen@example.kr", 2).await;
    assert!(mail[1].text.contains("ECO-DELTA-NAMING-00001"));
    let mine: Value = w.app.get_as("/api/v1/me/entries", &citizen.access_token).await.json().await.unwrap();
    assert_eq!(mine["items"][0]["contest_title"]["ko"], "에코델타시티 이름 공모");
}
