//! Sign-in, refresh-token rotation, and signing out.

use chrono::TimeDelta;
use serde_json::json;

use crate::helpers::*;
use crate::support::*;

const EMAIL: &str = "minji@example.kr";
const WRONG: &str = "not my password at all";

// ---------------------------------------------------------------- sign-in

#[tokio::test]
async fn signing_in_returns_a_bearer_token_that_opens_the_account() {
    let app = spawn_app().await;
    app.verified_account(EMAIL).await;

    let response = app.sign_in(EMAIL, PASSWORD).await;

    assert_eq!(response.status(), 200);
    let body = json_of(response).await;
    assert_eq!(body["token_type"], "Bearer");
    assert_eq!(body["expires_in"], 900);
    let me = json_of(app.get_as("/api/v1/me", body["access_token"].as_str().unwrap()).await).await;
    assert_eq!(me["email"], EMAIL);
}

#[tokio::test]
async fn the_refresh_cookie_is_http_only_strict_and_scoped_to_the_auth_endpoints() {
    let app = spawn_app().await;
    app.verified_account(EMAIL).await;

    let response = app.sign_in(EMAIL, PASSWORD).await;

    let attributes = cookie_attributes(&refresh_set_cookie(&response));
    for expected in ["HttpOnly", "SameSite=Strict", "Path=/api/v1/auth"] {
        assert!(attributes.iter().any(|a| a == expected), "{expected} missing from {attributes:?}");
    }
}

#[tokio::test]
async fn the_refresh_cookie_is_not_secure_over_plain_http() {
    let app = spawn_app().await;
    app.verified_account(EMAIL).await;

    let response = app.sign_in(EMAIL, PASSWORD).await;

    let attributes = cookie_attributes(&refresh_set_cookie(&response));
    assert!(!attributes.iter().any(|a| a.eq_ignore_ascii_case("secure")), "{attributes:?}");
}

#[tokio::test]
async fn the_refresh_cookie_is_secure_when_the_site_is_served_over_https() {
    let app = spawn_app_with(|layer| layer.public_base_url = Some("https://modu.test".into())).await;
    app.verified_account(EMAIL).await;

    let response = app.sign_in(EMAIL, PASSWORD).await;

    let attributes = cookie_attributes(&refresh_set_cookie(&response));
    assert!(attributes.iter().any(|a| a == "Secure"), "{attributes:?}");
}

#[tokio::test]
async fn a_wrong_password_and_an_unknown_email_get_the_same_answer() {
    let app = spawn_app().await;
    app.verified_account(EMAIL).await;

    let wrong_password = app.sign_in(EMAIL, WRONG).await;
    let unknown_email = app.sign_in("nobody@example.kr", PASSWORD).await;

    let wrong_password = problem(wrong_password, 401, "invalid_credentials").await;
    let unknown_email = problem(unknown_email, 401, "invalid_credentials").await;
    assert_eq!(wrong_password, unknown_email);
}

#[tokio::test]
async fn a_failed_sign_in_sets_no_cookie() {
    let app = spawn_app().await;
    app.verified_account(EMAIL).await;
    let sessions = app.count("refresh_tokens").await;

    let response = app.sign_in(EMAIL, WRONG).await;

    assert!(refresh_cookie_of(&response).is_none());
    assert_eq!(app.count("refresh_tokens").await, sessions);
}

#[tokio::test]
async fn a_sign_in_body_with_an_unknown_field_is_refused() {
    let app = spawn_app().await;
    app.verified_account(EMAIL).await;

    let response =
        app.post_json("/api/v1/auth/sign-in", &json!({ "email": EMAIL, "password": PASSWORD, "remember": true })).await;

    problem(response, 400, "invalid_body").await;
}

#[tokio::test]
async fn signing_in_ignores_the_case_of_the_email() {
    let app = spawn_app().await;
    app.verified_account(EMAIL).await;

    let response = app.sign_in(" MinJi@Example.KR ", PASSWORD).await;

    assert_eq!(response.status(), 200);
}

// ---------------------------------------------------------------- refresh

#[tokio::test]
async fn refreshing_rotates_the_cookie_and_gives_a_working_access_token() {
    let app = spawn_app().await;
    let account = app.verified_account(EMAIL).await;

    let response = refresh(&app, &account.refresh_cookie).await;

    assert_eq!(response.status(), 200);
    let rotated = refresh_cookie_of(&response).expect("a new cookie");
    assert_ne!(rotated, account.refresh_cookie);
    let body = json_of(response).await;
    assert_eq!(me_status(&app, body["access_token"].as_str().unwrap()).await, 200);
    assert_eq!(refresh(&app, &rotated).await.status(), 200, "the new cookie refreshes");
}

#[tokio::test]
async fn a_reused_refresh_cookie_is_refused_and_revokes_its_whole_family() {
    let app = spawn_app().await;
    let account = app.verified_account(EMAIL).await;
    let newest = refresh_cookie_of(&refresh(&app, &account.refresh_cookie).await).expect("a new cookie");

    let replay = refresh(&app, &account.refresh_cookie).await;

    problem(replay, 401, "invalid_token").await;
    problem(refresh(&app, &newest).await, 401, "invalid_token").await;
}

#[tokio::test]
async fn reuse_in_one_session_leaves_other_sessions_alone() {
    let app = spawn_app().await;
    let stolen = app.verified_account(EMAIL).await;
    let other = app.signed_in(EMAIL, PASSWORD).await;
    refresh(&app, &stolen.refresh_cookie).await;

    refresh(&app, &stolen.refresh_cookie).await;

    assert_eq!(refresh(&app, &other.refresh_cookie).await.status(), 200);
}

#[tokio::test]
async fn a_refresh_from_a_foreign_origin_is_rejected_and_uses_nothing() {
    let app = spawn_app().await;
    let account = app.verified_account(EMAIL).await;

    let response =
        app.post_with_cookie("/api/v1/auth/refresh", &account.refresh_cookie, Some("https://evil.example")).await;

    problem(response, 403, "origin_rejected").await;
    assert_eq!(refresh(&app, &account.refresh_cookie).await.status(), 200, "the cookie was not used");
}

#[tokio::test]
async fn a_refresh_from_the_sites_own_origin_is_allowed() {
    let app = spawn_app().await;
    let account = app.verified_account(EMAIL).await;

    let response =
        app.post_with_cookie("/api/v1/auth/refresh", &account.refresh_cookie, Some("http://modu.test")).await;

    assert_eq!(response.status(), 200);
}

#[tokio::test]
async fn a_refresh_without_a_cookie_is_unauthenticated() {
    let app = spawn_app().await;

    let response = app.post_json("/api/v1/auth/refresh", &json!({})).await;

    problem(response, 401, "unauthenticated").await;
}

#[tokio::test]
async fn a_made_up_refresh_cookie_is_refused_and_cleared() {
    let app = spawn_app().await;

    let response = refresh(&app, "made-up-refresh-token").await;

    let cleared = refresh_set_cookie(&response);
    assert!(cleared.starts_with("modu_refresh=;"), "{cleared}");
    problem(response, 401, "invalid_token").await;
}

#[tokio::test]
async fn an_expired_refresh_cookie_is_refused() {
    let app = spawn_app().await;
    let account = app.verified_account(EMAIL).await;
    app.advance_clock(TimeDelta::days(31));

    let response = refresh(&app, &account.refresh_cookie).await;

    problem(response, 401, "invalid_token").await;
}

#[tokio::test]
async fn a_refresh_from_a_configured_cors_origin_is_allowed() {
    let app = spawn_app_with(|layer| layer.cors_origins = Some(vec!["https://app.modu.test/".into()])).await;
    let account = app.verified_account(EMAIL).await;

    let response =
        app.post_with_cookie("/api/v1/auth/refresh", &account.refresh_cookie, Some("https://app.modu.test")).await;

    assert_eq!(response.status(), 200);
}

// ---------------------------------------------------------------- sign-out

#[tokio::test]
async fn signing_out_revokes_the_session_and_clears_the_cookie() {
    let app = spawn_app().await;
    let account = app.verified_account(EMAIL).await;

    let response = app.post_with_cookie("/api/v1/auth/sign-out", &account.refresh_cookie, None).await;

    assert_eq!(response.status(), 204);
    let cleared = refresh_set_cookie(&response);
    assert!(cleared.starts_with("modu_refresh=;"), "{cleared}");
    assert!(cookie_attributes(&cleared).iter().any(|a| a == "Max-Age=0"), "{cleared}");
    problem(refresh(&app, &account.refresh_cookie).await, 401, "invalid_token").await;
}

#[tokio::test]
async fn signing_out_with_a_rotated_cookie_still_ends_the_session() {
    let app = spawn_app().await;
    let account = app.verified_account(EMAIL).await;
    let newest = refresh_cookie_of(&refresh(&app, &account.refresh_cookie).await).expect("a new cookie");

    app.post_with_cookie("/api/v1/auth/sign-out", &account.refresh_cookie, None).await;

    problem(refresh(&app, &newest).await, 401, "invalid_token").await;
}

#[tokio::test]
async fn signing_out_from_a_foreign_origin_is_rejected() {
    let app = spawn_app().await;
    let account = app.verified_account(EMAIL).await;

    let response =
        app.post_with_cookie("/api/v1/auth/sign-out", &account.refresh_cookie, Some("https://evil.example")).await;

    problem(response, 403, "origin_rejected").await;
    assert_eq!(refresh(&app, &account.refresh_cookie).await.status(), 200, "still signed in");
}

#[tokio::test]
async fn signing_out_ends_only_this_session() {
    let app = spawn_app().await;
    let laptop = app.verified_account(EMAIL).await;
    let phone = app.signed_in(EMAIL, PASSWORD).await;

    app.post_with_cookie("/api/v1/auth/sign-out", &laptop.refresh_cookie, None).await;

    assert_eq!(refresh(&app, &phone.refresh_cookie).await.status(), 200);
}

#[tokio::test]
async fn signing_out_everywhere_ends_every_session_of_the_account() {
    let app = spawn_app().await;
    let laptop = app.verified_account(EMAIL).await;
    let phone = app.signed_in(EMAIL, PASSWORD).await;

    let response = app.post_json_as("/api/v1/me/sign-out-everywhere", &laptop.access_token, &json!({})).await;

    assert_eq!(response.status(), 204);
    for session in [&laptop, &phone] {
        problem(app.get_as("/api/v1/me", &session.access_token).await, 401, "invalid_token").await;
        problem(refresh(&app, &session.refresh_cookie).await, 401, "invalid_token").await;
    }
}

#[tokio::test]
async fn signing_out_everywhere_leaves_other_accounts_signed_in() {
    let app = spawn_app().await;
    let minji = app.verified_account(EMAIL).await;
    let jiho = app.verified_account("jiho@example.kr").await;

    app.post_json_as("/api/v1/me/sign-out-everywhere", &minji.access_token, &json!({})).await;

    assert_eq!(me_status(&app, &jiho.access_token).await, 200);
    assert_eq!(refresh(&app, &jiho.refresh_cookie).await.status(), 200);
}

#[tokio::test]
async fn signing_out_everywhere_needs_a_signed_in_account() {
    let app = spawn_app().await;

    let response = app.post_json("/api/v1/me/sign-out-everywhere", &json!({})).await;

    problem(response, 401, "unauthenticated").await;
}

#[tokio::test]
async fn signing_in_again_after_signing_out_everywhere_works() {
    let app = spawn_app().await;
    let account = app.verified_account(EMAIL).await;
    app.post_json_as("/api/v1/me/sign-out-everywhere", &account.access_token, &json!({})).await;

    let again = app.signed_in(EMAIL, PASSWORD).await;

    assert_eq!(me_status(&app, &again.access_token).await, 200);
    assert_eq!(refresh(&app, &again.refresh_cookie).await.status(), 200);
}
