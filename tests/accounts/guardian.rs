//! Children under 14 (만 14세 미만) need their legal guardian's consent, given
//! through a link mailed to the guardian.

use chrono::TimeDelta;
use modu::domain::consent::CURRENT_VERSION;
use serde_json::json;

use crate::helpers::*;
use crate::support::*;

const CHILD: &str = "haneul@example.kr";
const GUARDIAN: &str = "mom@example.kr";

/// A registered child, signed in, and the token from the guardian's mail.
async fn registered_child(app: &TestApp) -> (Account, String) {
    let registered = app.register(&child_registration(CHILD, GUARDIAN)).await;
    assert_eq!(registered.status(), 202);
    let token = latest_token(app, GUARDIAN, 1, "/guardian-consent").await;
    (app.signed_in(CHILD, PASSWORD).await, token)
}

async fn answer(app: &TestApp, token: &str, consent: bool) -> reqwest::Response {
    app.post_json(&format!("/api/v1/guardian-consents/{token}"), &json!({ "consent": consent })).await
}

#[tokio::test]
async fn a_child_registering_without_a_guardian_is_refused() {
    let app = spawn_app().await;
    let mut body = registration(CHILD);
    body["birth_date"] = json!("2016-03-01");

    let response = app.register(&body).await;

    let problem = problem(response, 422, "validation_failed").await;
    assert_eq!(problem_fields(&problem), vec!["guardian"]);
    assert_eq!(problem["errors"][0]["code"], "required");
    assert_eq!(app.count("users").await, 0);
}

#[tokio::test]
async fn an_adult_registering_with_a_guardian_is_refused() {
    let app = spawn_app().await;
    let mut body = child_registration(CHILD, GUARDIAN);
    body["birth_date"] = json!("1990-05-17");

    let response = app.register(&body).await;

    let problem = problem(response, 422, "validation_failed").await;
    assert_eq!(problem_fields(&problem), vec!["guardian"]);
    assert_eq!(problem["errors"][0]["code"], "not_allowed");
    assert_eq!(app.count("users").await, 0);
}

#[tokio::test]
async fn a_guardian_with_the_childs_own_email_is_refused() {
    let app = spawn_app().await;

    let response = app.register(&child_registration(CHILD, CHILD)).await;

    let problem = problem(response, 422, "validation_failed").await;
    assert_eq!(problem_fields(&problem), vec!["guardian.email"]);
    assert_eq!(app.count("users").await, 0);
}

#[tokio::test]
async fn a_child_cannot_grant_the_optional_marketing_consent() {
    let app = spawn_app().await;
    let mut body = child_registration(CHILD, GUARDIAN);
    body["consents"][2]["granted"] = json!(true);

    let response = app.register(&body).await;

    let problem = problem(response, 422, "validation_failed").await;
    assert_eq!(problem_fields(&problem), vec!["consents[2]"]);
    assert_eq!(problem["errors"][0]["code"], "not_for_children");
    assert_eq!(app.count("users").await, 0);
    assert_eq!(app.count("outbox_emails").await, 0);
}

#[tokio::test]
async fn a_childs_registration_mails_the_guardian_a_consent_link() {
    let app = spawn_app().await;

    let response = app.register(&child_registration(CHILD, GUARDIAN)).await;

    assert_eq!(response.status(), 202);
    let mail = app.mailbox.wait_for(GUARDIAN, 1).await;
    assert!(mail[0].text.contains("http://modu.test/guardian-consent?token="), "{}", mail[0].text);
    assert!(mail[0].text.contains("김민지"), "the mail names the child");
    app.mailbox.wait_for(CHILD, 1).await;
}

#[tokio::test]
async fn a_child_is_restricted_until_the_guardian_consents() {
    let app = spawn_app().await;

    let (child, _) = registered_child(&app).await;

    let me = json_of(app.get_as("/api/v1/me", &child.access_token).await).await;
    assert_eq!(me["restrictions"], json!(["email_unverified", "guardian_consent_pending"]));
}

#[tokio::test]
async fn the_consent_page_shows_the_child_and_the_required_documents() {
    let app = spawn_app().await;
    let (_, token) = registered_child(&app).await;

    let response = app.get(&format!("/api/v1/guardian-consents/{token}")).await;

    assert_eq!(response.status(), 200);
    let page = json_of(response).await;
    assert_eq!(page["child_display_name"], "김민지");
    assert_eq!(page["guardian_name"], "김영희");
    let documents = page["documents"].as_array().unwrap();
    let kinds: Vec<_> = documents.iter().map(|d| d["kind"].as_str().unwrap()).collect();
    assert_eq!(kinds, vec!["terms", "privacy_collection"]);
    assert!(documents.iter().all(|d| d["required"] == true && d["version"] == CURRENT_VERSION));
}

#[tokio::test]
async fn viewing_the_consent_page_does_not_use_up_the_link() {
    let app = spawn_app().await;
    let (_, token) = registered_child(&app).await;

    app.get(&format!("/api/v1/guardian-consents/{token}")).await;
    let second_view = app.get(&format!("/api/v1/guardian-consents/{token}")).await;

    assert_eq!(second_view.status(), 200);
    assert_eq!(answer(&app, &token, true).await.status(), 204);
}

#[tokio::test]
async fn a_refusal_is_not_consent_and_the_child_stays_restricted() {
    let app = spawn_app().await;
    let (child, token) = registered_child(&app).await;

    let response = answer(&app, &token, false).await;

    let problem = problem(response, 422, "validation_failed").await;
    assert_eq!(problem_fields(&problem), vec!["consent"]);
    let me = json_of(app.get_as("/api/v1/me", &child.access_token).await).await;
    assert!(me["restrictions"].as_array().unwrap().contains(&json!("guardian_consent_pending")));
    assert_eq!(rows_of(&app, "consents", &child.id).await, 3, "no guardian consent recorded");
}

#[tokio::test]
async fn the_guardians_consent_lifts_the_restriction() {
    let app = spawn_app().await;
    let (child, token) = registered_child(&app).await;

    let response = answer(&app, &token, true).await;

    assert_eq!(response.status(), 204);
    let me = json_of(app.get_as("/api/v1/me", &child.access_token).await).await;
    assert_eq!(me["restrictions"], json!(["email_unverified"]));
}

#[tokio::test]
async fn the_guardians_consent_is_recorded_as_given_by_the_guardian_through_the_link() {
    let app = spawn_app().await;
    let (child, token) = registered_child(&app).await;

    answer(&app, &token, true).await;

    let id = child.id.clone();
    let consents = app.with_conn(move |conn| modu::db::consents::list_for_user(conn, &id)).await;
    let by_guardian: Vec<_> = consents.iter().filter(|c| c.given_by == "guardian").collect();
    let mut kinds: Vec<&str> = by_guardian.iter().map(|c| c.kind.as_str()).collect();
    kinds.sort();
    assert_eq!(kinds, vec!["privacy_collection", "terms"]);
    for consent in by_guardian {
        assert_eq!(consent.method, "guardian_email_link");
        assert_eq!(consent.version, CURRENT_VERSION);
        assert!(consent.granted);
    }
}

#[tokio::test]
async fn a_consent_link_works_only_once() {
    let app = spawn_app().await;
    let (child, token) = registered_child(&app).await;
    answer(&app, &token, true).await;

    let again = answer(&app, &token, true).await;

    problem(again, 400, "invalid_link").await;
    problem(app.get(&format!("/api/v1/guardian-consents/{token}")).await, 400, "invalid_link").await;
    assert_eq!(rows_of(&app, "consents", &child.id).await, 5, "recorded once");
}

#[tokio::test]
async fn a_consent_link_expires_after_seven_days() {
    let app = spawn_app().await;
    let (child, token) = registered_child(&app).await;
    app.advance_clock(TimeDelta::days(8));

    let late = answer(&app, &token, true).await;

    problem(late, 400, "invalid_link").await;
    assert!(stored_user(&app, &child.id).await.guardian_consented_at.is_none());
}

#[tokio::test]
async fn a_made_up_consent_link_is_refused() {
    let app = spawn_app().await;

    let response = app.get("/api/v1/guardian-consents/not-a-real-token").await;

    problem(response, 400, "invalid_link").await;
    problem(answer(&app, "not-a-real-token", true).await, 400, "invalid_link").await;
}

#[tokio::test]
async fn a_verification_link_is_not_a_consent_link() {
    let app = spawn_app().await;
    let (child, _) = registered_child(&app).await;
    let verification = latest_token(&app, CHILD, 1, "/verify-email").await;

    let response = answer(&app, &verification, true).await;

    problem(response, 400, "invalid_link").await;
    assert!(stored_user(&app, &child.id).await.guardian_consented_at.is_none());
}
