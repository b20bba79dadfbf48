//! `POST /api/v1/auth/register`.

use futures_util::future::join_all;
use modu::domain::consent::CURRENT_VERSION;
use serde_json::{Value, json};

use crate::helpers::*;
use crate::support::*;

/// Registers `body` and expects a 422 naming exactly `fields`, with nothing stored or mailed.
async fn assert_refused(body: Value, fields: &[&str], code: &str) {
    let app = spawn_app().await;

    let response = app.register(&body).await;

    let problem = problem(response, 422, "validation_failed").await;
    assert_eq!(problem_fields(&problem), fields, "{problem}");
    assert_eq!(problem["errors"][0]["code"], code, "{problem}");
    assert_eq!(app.count("users").await, 0);
    assert_eq!(app.count("consents").await, 0);
    assert_eq!(app.count("outbox_emails").await, 0);
}

#[tokio::test]
async fn a_registration_is_accepted_and_mails_a_verification_link() {
    let app = spawn_app().await;

    let response = app.register(&registration("minji@example.kr")).await;

    assert_eq!(response.status(), 202);
    assert_eq!(json_of(response).await, json!({ "status": "accepted" }));
    let mail = app.mailbox.wait_for("minji@example.kr", 1).await;
    assert!(mail[0].text.contains("http://modu.test/verify-email?token="), "{}", mail[0].text);
    assert_eq!(app.count("users").await, 1);
}

#[tokio::test]
async fn a_registration_records_every_consent_answer_with_its_version() {
    let app = spawn_app().await;

    let account = app.unverified_account("minji@example.kr").await;

    let id = account.id.clone();
    let consents = app.with_conn(move |conn| modu::db::consents::list_for_user(conn, &id)).await;
    let mut answers: Vec<(String, bool)> = consents.iter().map(|c| (c.kind.clone(), c.granted)).collect();
    answers.sort();
    assert_eq!(
        answers,
        vec![("marketing_email".into(), false), ("privacy_collection".into(), true), ("terms".into(), true)]
    );
    for consent in &consents {
        assert_eq!(consent.version, CURRENT_VERSION);
        assert_eq!(consent.given_by, "self");
        assert_eq!(consent.method, "registration_form");
    }
}

#[tokio::test]
async fn an_unknown_field_is_refused_and_nothing_is_stored() {
    let app = spawn_app().await;
    let mut body = registration("minji@example.kr");
    body["is_admin"] = json!(true);

    let response = app.register(&body).await;

    problem(response, 400, "invalid_body").await;
    assert_eq!(app.count("users").await, 0);
    assert_eq!(app.count("outbox_emails").await, 0);
}

#[tokio::test]
async fn a_common_password_is_refused() {
    let mut body = registration("minji@example.kr");
    body["password"] = json!("password1");
    assert_refused(body, &["password"], "too_common").await;
}

#[tokio::test]
async fn a_short_password_is_refused() {
    let mut body = registration("minji@example.kr");
    body["password"] = json!("k7#pQ2z");
    assert_refused(body, &["password"], "too_short").await;
}

#[tokio::test]
async fn an_invalid_email_is_refused() {
    let mut body = registration("minji@example.kr");
    body["email"] = json!("minji.example.kr");
    assert_refused(body, &["email"], "invalid_email").await;
}

#[tokio::test]
async fn a_blank_display_name_is_refused() {
    let mut body = registration("minji@example.kr");
    body["display_name"] = json!("   ");
    assert_refused(body, &["display_name"], "invalid_display_name").await;
}

#[tokio::test]
async fn a_missing_required_consent_is_refused() {
    let mut body = registration("minji@example.kr");
    body["consents"] = json!([{ "kind": "terms", "version": CURRENT_VERSION, "granted": true }]);
    assert_refused(body, &["consents"], "required_consent_missing").await;
}

#[tokio::test]
async fn a_refused_required_consent_is_refused() {
    let mut body = registration("minji@example.kr");
    body["consents"][1]["granted"] = json!(false);
    assert_refused(body, &["consents"], "required_consent_missing").await;
}

#[tokio::test]
async fn a_consent_to_an_old_version_is_refused() {
    let mut body = registration("minji@example.kr");
    body["consents"][0]["version"] = json!("2020-01-01");
    // The stale answer does not count, so `terms` is also missing.
    assert_refused(body, &["consents[0].version", "consents"], "stale_version").await;
}

#[tokio::test]
async fn a_birth_date_in_the_future_is_refused() {
    let app = spawn_app().await;
    let tomorrow = app.app_state.clock.now().date_naive() + chrono::Days::new(1);
    let mut body = registration("minji@example.kr");
    body["birth_date"] = json!(tomorrow.to_string());

    let response = app.register(&body).await;

    let problem = problem(response, 422, "validation_failed").await;
    let birth = problem["errors"].as_array().unwrap().iter().find(|e| e["field"] == "birth_date").cloned();
    assert_eq!(birth.map(|e| e["code"].clone()), Some(json!("out_of_range")), "{problem}");
    assert_eq!(app.count("users").await, 0);
}

#[tokio::test]
async fn a_malformed_birth_date_is_an_invalid_body() {
    let app = spawn_app().await;
    let mut body = registration("minji@example.kr");
    body["birth_date"] = json!("17.05.1990");

    problem(app.register(&body).await, 400, "invalid_body").await;

    assert_eq!(app.count("users").await, 0);
}

#[tokio::test]
async fn every_problem_of_a_registration_is_named_at_once() {
    let mut body = registration("not-an-email");
    body["password"] = json!("short");
    body["display_name"] = json!("");
    assert_refused(body, &["email", "password", "display_name"], "invalid_email").await;
}

#[tokio::test]
async fn registering_a_known_email_answers_exactly_as_for_a_new_one() {
    let app = spawn_app().await;
    app.verified_account("minji@example.kr").await;

    let new = app.register(&registration("jiho@example.kr")).await;
    let known = app.register(&registration("minji@example.kr")).await;

    assert_eq!(new.status(), known.status());
    assert_eq!(json_of(new).await, json_of(known).await);
}

#[tokio::test]
async fn registering_a_known_email_tells_its_owner_and_creates_no_account() {
    let app = spawn_app().await;
    app.verified_account("minji@example.kr").await;

    let mut again = registration("Minji@Example.kr");
    again["display_name"] = json!("Impostor");
    let response = app.register(&again).await;

    assert_eq!(response.status(), 202);
    let mail = app.mailbox.wait_for("minji@example.kr", 2).await;
    assert!(mail[1].subject.contains("이미 가입된"), "{}", mail[1].subject);
    assert!(mail[1].text.contains("/reset-password?token="));
    assert_eq!(app.count("users").await, 1);
    let me =
        json_of(app.get_as("/api/v1/me", &app.signed_in("minji@example.kr", PASSWORD).await.access_token).await).await;
    assert_eq!(me["display_name"], "김민지");
}

#[tokio::test]
async fn twenty_simultaneous_registrations_of_one_email_make_one_account() {
    let app = spawn_app().await;
    let body = registration("minji@example.kr");

    let responses = join_all((0..20).map(|_| app.register(&body))).await;

    for response in responses {
        assert_eq!(response.status(), 202);
    }
    assert_eq!(app.count("users").await, 1);
    assert_eq!(app.count("consents").await, 3);
}
