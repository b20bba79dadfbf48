//! The account's own data: exporting it and deleting the account.

use modu::auth::tokens::hash_token;
use reqwest::Method;
use serde_json::{Value, json};

use crate::helpers::*;
use crate::support::*;

const EMAIL: &str = "minji@example.kr";

async fn export(app: &TestApp, account: &Account) -> reqwest::Response {
    app.get_as("/api/v1/me/export", &account.access_token).await
}

async fn delete_account(app: &TestApp, account: &Account, password: &str) -> reqwest::Response {
    app.send_as(Method::DELETE, "/api/v1/me", &account.access_token, &json!({ "password": password })).await
}

/// A verified account that organizes one organization.
async fn organizer(app: &TestApp) -> Account {
    let admin = app.admin_account("admin@example.kr").await;
    let account = app.verified_account(EMAIL).await;
    let org = organization(app, &admin, "sejong-city").await;
    add_organizer(app, &admin, &org, EMAIL).await;
    account
}

#[tokio::test]
async fn the_export_is_a_download() {
    let app = spawn_app().await;
    let account = app.verified_account(EMAIL).await;

    let response = export(&app, &account).await;

    assert_eq!(response.status(), 200);
    let disposition = response.headers()["content-disposition"].to_str().unwrap().to_owned();
    assert!(disposition.starts_with("attachment"), "{disposition}");
}

#[tokio::test]
async fn the_export_holds_the_account_and_its_consents() {
    let app = spawn_app().await;
    let account = app.verified_account(EMAIL).await;

    let data = json_of(export(&app, &account).await).await;

    assert_eq!(data["account"]["id"], account.id.as_str());
    assert_eq!(data["account"]["email"], EMAIL);
    let consents = data["consents"].as_array().unwrap();
    assert_eq!(consents.len(), 3);
    assert!(consents.iter().all(|c| c["version"] == "2026-11-01" && c["given_by"] == "self"));
}

#[tokio::test]
async fn the_export_holds_the_sessions_emails_and_organizations() {
    let app = spawn_app().await;
    let account = organizer(&app).await;

    let data = json_of(export(&app, &account).await).await;

    let sessions = data["sessions"].as_array().unwrap();
    assert_eq!(sessions.len(), 1);
    assert!(sessions[0]["family_id"].is_string() && sessions[0]["revoked_at"].is_null());
    let subjects: Vec<&str> =
        data["emails"].as_array().unwrap().iter().map(|m| m["subject"].as_str().unwrap()).collect();
    assert_eq!(subjects, vec!["[모두] 이메일 주소를 확인해 주세요"]);
    assert_eq!(data["organizations"][0]["role"], "organizer");
}

#[tokio::test]
async fn the_export_holds_no_token_and_no_password_hash() {
    let app = spawn_app().await;
    let account = app.verified_account(EMAIL).await;
    let verification = latest_token(&app, EMAIL, 1, "/verify-email").await;

    let text = export(&app, &account).await.text().await.unwrap();

    for secret in [
        account.refresh_cookie.clone(),
        hash_token(&account.refresh_cookie),
        verification.clone(),
        hash_token(&verification),
        account.access_token.clone(),
        "$argon2".to_owned(),
    ] {
        assert!(!text.contains(&secret), "the export leaks {secret}");
    }
    let data: Value = serde_json::from_str(&text).unwrap();
    assert!(data["sessions"][0].get("token_hash").is_none());
}

#[tokio::test]
async fn deleting_with_a_wrong_password_erases_nothing() {
    let app = spawn_app().await;
    let account = organizer(&app).await;

    let response = delete_account(&app, &account, "not my password").await;

    let problem = problem(response, 422, "validation_failed").await;
    assert_eq!(problem_fields(&problem), vec!["password"]);
    let stored = stored_user(&app, &account.id).await;
    assert_eq!(stored.email.as_deref(), Some(EMAIL));
    assert!(stored.deleted_at.is_none());
    assert_eq!(rows_of(&app, "consents", &account.id).await, 3);
    assert_eq!(rows_of(&app, "organization_members", &account.id).await, 1);
    assert_eq!(me_status(&app, &account.access_token).await, 200);
}

#[tokio::test]
async fn deleting_needs_the_password_in_the_body() {
    let app = spawn_app().await;
    let account = app.verified_account(EMAIL).await;

    let response = app.send_as(Method::DELETE, "/api/v1/me", &account.access_token, &json!({})).await;

    problem(response, 400, "invalid_body").await;
    assert!(stored_user(&app, &account.id).await.deleted_at.is_none());
}

#[tokio::test]
async fn a_deleted_account_can_no_longer_sign_in_or_use_its_tokens() {
    let app = spawn_app().await;
    let account = app.verified_account(EMAIL).await;

    let response = delete_account(&app, &account, PASSWORD).await;

    assert_eq!(response.status(), 204);
    problem(app.sign_in(EMAIL, PASSWORD).await, 401, "invalid_credentials").await;
    problem(app.get_as("/api/v1/me", &account.access_token).await, 401, "invalid_token").await;
    problem(refresh(&app, &account.refresh_cookie).await, 401, "invalid_token").await;
}

#[tokio::test]
async fn a_deleted_account_keeps_only_an_anonymous_row() {
    let app = spawn_app().await;
    let account = organizer(&app).await;

    delete_account(&app, &account, PASSWORD).await;

    let stored = stored_user(&app, &account.id).await;
    assert_eq!(stored.email, None);
    assert!(stored.deleted_at.is_some());
    assert_eq!(stored.display_name, "(탈퇴한 회원)");
    assert_eq!(stored.birth_date, None);
    assert!(!stored.password_hash.contains("argon2"));
    for table in ["consents", "email_tokens", "refresh_tokens", "organization_members"] {
        assert_eq!(rows_of(&app, table, &account.id).await, 0, "{table} left behind");
    }
}

#[tokio::test]
async fn the_address_of_a_deleted_account_can_register_again() {
    let app = spawn_app().await;
    let account = app.verified_account(EMAIL).await;
    delete_account(&app, &account, PASSWORD).await;

    let response = app.register(&registration(EMAIL)).await;

    assert_eq!(response.status(), 202);
    assert_eq!(app.count("users").await, 2);
    let mail = app.mailbox.wait_for(EMAIL, 2).await;
    assert!(mail[1].text.contains("/verify-email?token="), "a new verification, not 'already registered'");
    let again = app.signed_in(EMAIL, PASSWORD).await;
    assert_ne!(again.id, account.id);
}

#[tokio::test]
async fn no_row_keeps_the_address_of_a_deleted_account() {
    use diesel::prelude::*;
    use modu::db::schema::outbox_emails;
    let app = spawn_app().await;
    let account = app.verified_account(EMAIL).await;
    app.mailbox.wait_for(EMAIL, 1).await;

    delete_account(&app, &account, PASSWORD).await;

    let id = account.id.clone();
    let mail_rows: i64 = app
        .with_conn(move |conn| {
            outbox_emails::table
                .filter(
                    outbox_emails::to_address
                        .eq(EMAIL)
                        .or(outbox_emails::user_id.eq(id).and(outbox_emails::to_name.ne(""))),
                )
                .count()
                .get_result(conn)
        })
        .await;
    assert_eq!(mail_rows, 0, "mail rows still name the deleted account");
}
