//! Single-use, expiring links sent by mail: email verification and password reset.

use chrono::TimeDelta;
use serde_json::json;

use crate::helpers::*;
use crate::support::*;

const EMAIL: &str = "minji@example.kr";
const NEW_PASSWORD: &str = "quiet river morning 77";

async fn verify(app: &TestApp, token: &str) -> reqwest::Response {
    app.post_json("/api/v1/auth/verify-email", &json!({ "token": token })).await
}

async fn confirm_reset(app: &TestApp, token: &str, new_password: &str) -> reqwest::Response {
    app.post_json("/api/v1/auth/password-reset/confirm", &json!({ "token": token, "new_password": new_password })).await
}

// ---------------------------------------------------------------- verification

#[tokio::test]
async fn a_verification_link_works_only_once() {
    let app = spawn_app().await;
    app.unverified_account(EMAIL).await;
    let token = latest_token(&app, EMAIL, 1, "/verify-email").await;
    assert_eq!(verify(&app, &token).await.status(), 204);

    let again = verify(&app, &token).await;

    problem(again, 400, "invalid_link").await;
}

#[tokio::test]
async fn a_verification_link_expires_after_48_hours() {
    let app = spawn_app().await;
    let account = app.unverified_account(EMAIL).await;
    let token = latest_token(&app, EMAIL, 1, "/verify-email").await;
    app.advance_clock(TimeDelta::hours(49));

    let late = verify(&app, &token).await;

    problem(late, 400, "invalid_link").await;
    assert!(stored_user(&app, &account.id).await.email_verified_at.is_none());
}

#[tokio::test]
async fn a_made_up_verification_token_is_refused() {
    let app = spawn_app().await;

    let response = verify(&app, "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA").await;

    problem(response, 400, "invalid_link").await;
}

#[tokio::test]
async fn a_verification_body_with_an_unknown_field_is_refused() {
    let app = spawn_app().await;
    let account = app.unverified_account(EMAIL).await;
    let token = latest_token(&app, EMAIL, 1, "/verify-email").await;

    let response = app.post_json("/api/v1/auth/verify-email", &json!({ "token": token, "user_id": account.id })).await;

    problem(response, 400, "invalid_body").await;
    assert!(stored_user(&app, &account.id).await.email_verified_at.is_none());
}

#[tokio::test]
async fn resending_verification_mails_a_new_link_that_works() {
    let app = spawn_app().await;
    let account = app.unverified_account(EMAIL).await;
    let first = latest_token(&app, EMAIL, 1, "/verify-email").await;

    let response = app.post_json_as("/api/v1/me/verification-email", &account.access_token, &json!({})).await;

    assert_eq!(response.status(), 202);
    assert_eq!(json_of(response).await, json!({ "status": "accepted" }));
    let second = latest_token(&app, EMAIL, 2, "/verify-email").await;
    assert_ne!(first, second);
    assert_eq!(verify(&app, &second).await.status(), 204);
    let me = json_of(app.get_as("/api/v1/me", &account.access_token).await).await;
    assert_eq!(me["email_verified"], true);
}

#[tokio::test]
async fn using_the_new_verification_link_retires_the_old_one() {
    let app = spawn_app().await;
    let account = app.unverified_account(EMAIL).await;
    let first = latest_token(&app, EMAIL, 1, "/verify-email").await;
    app.post_json_as("/api/v1/me/verification-email", &account.access_token, &json!({})).await;
    let second = latest_token(&app, EMAIL, 2, "/verify-email").await;
    verify(&app, &second).await;

    let old = verify(&app, &first).await;

    problem(old, 400, "invalid_link").await;
}

#[tokio::test]
async fn resending_verification_to_a_verified_account_is_a_conflict() {
    let app = spawn_app().await;
    let account = app.verified_account(EMAIL).await;
    let queued = app.count("outbox_emails").await;

    let response = app.post_json_as("/api/v1/me/verification-email", &account.access_token, &json!({})).await;

    problem(response, 409, "conflict").await;
    assert_eq!(app.count("outbox_emails").await, queued);
}

#[tokio::test]
async fn resending_verification_needs_a_signed_in_account() {
    let app = spawn_app().await;

    let response = app.post_json("/api/v1/me/verification-email", &json!({})).await;

    problem(response, 401, "unauthenticated").await;
    assert_eq!(app.count("outbox_emails").await, 0);
}

// ---------------------------------------------------------------- password reset

#[tokio::test]
async fn a_reset_request_answers_the_same_for_known_and_unknown_addresses() {
    let app = spawn_app().await;
    app.verified_account(EMAIL).await;

    let known = app.post_json("/api/v1/auth/password-reset", &json!({ "email": EMAIL })).await;
    let unknown = app.post_json("/api/v1/auth/password-reset", &json!({ "email": "nobody@example.kr" })).await;

    assert_eq!(known.status(), 202);
    assert_eq!(unknown.status(), 202);
    assert_eq!(json_of(known).await, json_of(unknown).await);
}

#[tokio::test]
async fn a_reset_request_mails_only_a_known_address() {
    let app = spawn_app().await;
    app.verified_account(EMAIL).await;
    let queued = app.count("outbox_emails").await;

    app.post_json("/api/v1/auth/password-reset", &json!({ "email": "nobody@example.kr" })).await;
    assert_eq!(app.count("outbox_emails").await, queued, "nothing queued for an unknown address");
    app.post_json("/api/v1/auth/password-reset", &json!({ "email": EMAIL })).await;

    let mail = app.mailbox.wait_for(EMAIL, 2).await;
    assert!(mail[1].text.contains("http://modu.test/reset-password?token="), "{}", mail[1].text);
    assert!(app.mailbox.to("nobody@example.kr").is_empty());
}

#[tokio::test]
async fn a_reset_request_with_a_malformed_address_is_refused() {
    let app = spawn_app().await;

    let response = app.post_json("/api/v1/auth/password-reset", &json!({ "email": "nobody" })).await;

    let problem = problem(response, 422, "validation_failed").await;
    assert_eq!(problem_fields(&problem), vec!["email"]);
    assert_eq!(app.count("outbox_emails").await, 0);
}

#[tokio::test]
async fn a_common_new_password_is_refused_and_the_link_still_works() {
    let app = spawn_app().await;
    app.verified_account(EMAIL).await;
    let token = reset_token(&app, EMAIL, 2).await;

    let refused = confirm_reset(&app, &token, "password1").await;

    let problem = problem(refused, 422, "validation_failed").await;
    assert_eq!(problem_fields(&problem), vec!["new_password"]);
    assert_eq!(app.sign_in(EMAIL, PASSWORD).await.status(), 200, "the old password still works");
    assert_eq!(confirm_reset(&app, &token, NEW_PASSWORD).await.status(), 204);
}

#[tokio::test]
async fn a_reset_replaces_the_password() {
    let app = spawn_app().await;
    app.verified_account(EMAIL).await;
    let token = reset_token(&app, EMAIL, 2).await;

    let response = confirm_reset(&app, &token, NEW_PASSWORD).await;

    assert_eq!(response.status(), 204);
    problem(app.sign_in(EMAIL, PASSWORD).await, 401, "invalid_credentials").await;
    assert_eq!(app.sign_in(EMAIL, NEW_PASSWORD).await.status(), 200);
}

#[tokio::test]
async fn a_reset_ends_every_session() {
    let app = spawn_app().await;
    let account = app.verified_account(EMAIL).await;
    let token = reset_token(&app, EMAIL, 2).await;

    confirm_reset(&app, &token, NEW_PASSWORD).await;

    problem(app.get_as("/api/v1/me", &account.access_token).await, 401, "invalid_token").await;
    problem(refresh(&app, &account.refresh_cookie).await, 401, "invalid_token").await;
}

#[tokio::test]
async fn a_reset_verifies_the_address() {
    let app = spawn_app().await;
    let account = app.unverified_account(EMAIL).await;
    let token = reset_token(&app, EMAIL, 2).await;

    confirm_reset(&app, &token, NEW_PASSWORD).await;

    assert!(stored_user(&app, &account.id).await.email_verified_at.is_some());
}

#[tokio::test]
async fn a_reset_link_expires_after_an_hour() {
    let app = spawn_app().await;
    app.verified_account(EMAIL).await;
    let token = reset_token(&app, EMAIL, 2).await;
    app.advance_clock(TimeDelta::minutes(61));

    let late = confirm_reset(&app, &token, NEW_PASSWORD).await;

    problem(late, 400, "invalid_link").await;
    assert_eq!(app.sign_in(EMAIL, PASSWORD).await.status(), 200, "the password is unchanged");
}

#[tokio::test]
async fn a_reset_link_works_only_once() {
    let app = spawn_app().await;
    app.verified_account(EMAIL).await;
    let token = reset_token(&app, EMAIL, 2).await;
    confirm_reset(&app, &token, NEW_PASSWORD).await;

    let again = confirm_reset(&app, &token, "another good passphrase 9").await;

    problem(again, 400, "invalid_link").await;
    assert_eq!(app.sign_in(EMAIL, NEW_PASSWORD).await.status(), 200, "the first reset stands");
}

#[tokio::test]
async fn a_verification_link_cannot_reset_a_password() {
    let app = spawn_app().await;
    app.unverified_account(EMAIL).await;
    let verification = latest_token(&app, EMAIL, 1, "/verify-email").await;

    let response = confirm_reset(&app, &verification, NEW_PASSWORD).await;

    problem(response, 400, "invalid_link").await;
    assert_eq!(app.sign_in(EMAIL, PASSWORD).await.status(), 200);
}
