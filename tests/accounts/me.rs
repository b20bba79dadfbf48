//! The signed-in account: `/me`, its profile, and its password.

use reqwest::Method;
use serde_json::json;

use crate::helpers::*;
use crate::support::*;

const EMAIL: &str = "minji@example.kr";
const NEW_PASSWORD: &str = "quiet river morning 77";

async fn change_password(app: &TestApp, token: &str, current: &str, new: &str) -> reqwest::Response {
    app.post_json_as("/api/v1/me/password", token, &json!({ "current_password": current, "new_password": new })).await
}

#[tokio::test]
async fn me_shows_the_signed_in_account() {
    let app = spawn_app().await;
    let account = app.verified_account(EMAIL).await;

    let response = app.get_as("/api/v1/me", &account.access_token).await;

    assert_eq!(response.status(), 200);
    let me = json_of(response).await;
    assert_eq!(me["id"], account.id.as_str());
    assert_eq!(me["email"], EMAIL);
    assert_eq!(me["display_name"], "김민지");
    assert_eq!(me["locale"], "ko");
    assert_eq!(me["birth_date"], "1990-05-17");
    assert_eq!(me["is_admin"], false);
    assert_eq!(me["restrictions"], json!([]));
}

#[tokio::test]
async fn every_account_endpoint_refuses_an_anonymous_caller() {
    let app = spawn_app().await;
    let some_id = modu::domain::ids::new_id();
    let endpoints = [
        (Method::GET, "/api/v1/me".to_owned()),
        (Method::PATCH, "/api/v1/me".to_owned()),
        (Method::DELETE, "/api/v1/me".to_owned()),
        (Method::POST, "/api/v1/me/password".to_owned()),
        (Method::POST, "/api/v1/me/sign-out-everywhere".to_owned()),
        (Method::POST, "/api/v1/me/verification-email".to_owned()),
        (Method::GET, "/api/v1/me/export".to_owned()),
        (Method::POST, "/api/v1/organizations".to_owned()),
        (Method::GET, format!("/api/v1/organizations/{some_id}/members")),
        (Method::POST, format!("/api/v1/organizations/{some_id}/members")),
        (Method::DELETE, format!("/api/v1/organizations/{some_id}/members/{some_id}")),
        (Method::GET, "/api/v1/admin/users".to_owned()),
        (Method::PUT, format!("/api/v1/admin/users/{some_id}/admin")),
    ];

    for (method, path) in endpoints {
        let response = send_anonymous(&app, method.clone(), &path, &json!({})).await;
        assert_eq!(response.status(), 401, "{method} {path}");
        problem(response, 401, "unauthenticated").await;
    }
}

#[tokio::test]
async fn the_profile_update_changes_the_display_name_and_the_language() {
    let app = spawn_app().await;
    let account = app.verified_account(EMAIL).await;

    let response = app
        .send_as(
            Method::PATCH,
            "/api/v1/me",
            &account.access_token,
            &json!({ "display_name": " Minji Kim ", "locale": "en" }),
        )
        .await;

    assert_eq!(response.status(), 200);
    let updated = json_of(response).await;
    assert_eq!(updated["display_name"], "Minji Kim");
    assert_eq!(updated["locale"], "en");
    let me = json_of(app.get_as("/api/v1/me", &account.access_token).await).await;
    assert_eq!(me["display_name"], "Minji Kim");
    assert_eq!(me["locale"], "en");
}

#[tokio::test]
async fn a_profile_update_may_leave_fields_out() {
    let app = spawn_app().await;
    let account = app.verified_account(EMAIL).await;

    let response = app.send_as(Method::PATCH, "/api/v1/me", &account.access_token, &json!({ "locale": "en" })).await;

    let me = json_of(response).await;
    assert_eq!(me["display_name"], "김민지");
    assert_eq!(me["locale"], "en");
}

#[tokio::test]
async fn a_display_name_of_51_characters_is_refused() {
    let app = spawn_app().await;
    let account = app.verified_account(EMAIL).await;

    let response = app
        .send_as(
            Method::PATCH,
            "/api/v1/me",
            &account.access_token,
            &json!({ "display_name": "가".repeat(51), "locale": "en" }),
        )
        .await;

    let problem = problem(response, 422, "validation_failed").await;
    assert_eq!(problem_fields(&problem), vec!["display_name"]);
    let stored = stored_user(&app, &account.id).await;
    assert_eq!((stored.display_name.as_str(), stored.locale.as_str()), ("김민지", "ko"), "nothing changed");
}

#[tokio::test]
async fn an_unknown_language_is_refused() {
    let app = spawn_app().await;
    let account = app.verified_account(EMAIL).await;

    let response = app.send_as(Method::PATCH, "/api/v1/me", &account.access_token, &json!({ "locale": "fr" })).await;

    problem(response, 400, "invalid_body").await;
    assert_eq!(stored_user(&app, &account.id).await.locale, "ko");
}

#[tokio::test]
async fn the_email_cannot_be_changed_through_the_profile() {
    let app = spawn_app().await;
    let account = app.verified_account(EMAIL).await;

    let response =
        app.send_as(Method::PATCH, "/api/v1/me", &account.access_token, &json!({ "email": "other@example.kr" })).await;

    problem(response, 400, "invalid_body").await;
    assert_eq!(stored_user(&app, &account.id).await.email.as_deref(), Some(EMAIL));
}

#[tokio::test]
async fn the_admin_role_cannot_be_taken_through_the_profile() {
    let app = spawn_app().await;
    let account = app.verified_account(EMAIL).await;

    let response = app
        .send_as(
            Method::PATCH,
            "/api/v1/me",
            &account.access_token,
            &json!({ "display_name": "Boss", "is_admin": true }),
        )
        .await;

    problem(response, 400, "invalid_body").await;
    let stored = stored_user(&app, &account.id).await;
    assert!(!stored.is_admin);
    assert_eq!(stored.display_name, "김민지");
}

#[tokio::test]
async fn a_wrong_current_password_is_refused() {
    let app = spawn_app().await;
    let account = app.verified_account(EMAIL).await;

    let response = change_password(&app, &account.access_token, "not my password", NEW_PASSWORD).await;

    let problem = problem(response, 422, "validation_failed").await;
    assert_eq!(problem_fields(&problem), vec!["current_password"]);
    assert_eq!(app.sign_in(EMAIL, PASSWORD).await.status(), 200, "the password is unchanged");
    assert_eq!(me_status(&app, &account.access_token).await, 200, "the session goes on");
}

#[tokio::test]
async fn a_common_new_password_is_refused() {
    let app = spawn_app().await;
    let account = app.verified_account(EMAIL).await;

    let response = change_password(&app, &account.access_token, PASSWORD, "password1").await;

    let problem = problem(response, 422, "validation_failed").await;
    assert_eq!(problem_fields(&problem), vec!["new_password"]);
    assert_eq!(problem["errors"][0]["code"], "too_common");
    assert_eq!(app.sign_in(EMAIL, PASSWORD).await.status(), 200);
}

#[tokio::test]
async fn the_email_address_is_not_a_new_password() {
    let app = spawn_app().await;
    let account = app.verified_account(EMAIL).await;

    let response = change_password(&app, &account.access_token, PASSWORD, EMAIL).await;

    let problem = problem(response, 422, "validation_failed").await;
    assert_eq!(problem["errors"][0]["code"], "same_as_email");
}

#[tokio::test]
async fn changing_the_password_gives_this_session_new_tokens() {
    let app = spawn_app().await;
    let account = app.verified_account(EMAIL).await;

    let response = change_password(&app, &account.access_token, PASSWORD, NEW_PASSWORD).await;

    assert_eq!(response.status(), 200);
    let cookie = refresh_cookie_of(&response).expect("a new refresh cookie");
    let body = json_of(response).await;
    assert_eq!(me_status(&app, body["access_token"].as_str().unwrap()).await, 200);
    assert_eq!(refresh(&app, &cookie).await.status(), 200);
    assert_eq!(app.sign_in(EMAIL, NEW_PASSWORD).await.status(), 200);
    problem(app.sign_in(EMAIL, PASSWORD).await, 401, "invalid_credentials").await;
}

#[tokio::test]
async fn changing_the_password_mails_a_notice() {
    let app = spawn_app().await;
    let account = app.verified_account(EMAIL).await;

    change_password(&app, &account.access_token, PASSWORD, NEW_PASSWORD).await;

    let mail = app.mailbox.wait_for(EMAIL, 2).await;
    assert!(mail[1].subject.contains("비밀번호가 변경"), "{}", mail[1].subject);
}

#[tokio::test]
async fn changing_the_password_ends_every_other_session() {
    let app = spawn_app().await;
    let laptop = app.verified_account(EMAIL).await;
    let phone = app.signed_in(EMAIL, PASSWORD).await;

    change_password(&app, &laptop.access_token, PASSWORD, NEW_PASSWORD).await;

    for session in [&phone, &laptop] {
        problem(app.get_as("/api/v1/me", &session.access_token).await, 401, "invalid_token").await;
        problem(refresh(&app, &session.refresh_cookie).await, 401, "invalid_token").await;
    }
}
