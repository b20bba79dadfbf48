//! Access tokens that must not open the API. Valid-signature edge cases are
//! forged with the server's own key (`JwtKeys::sign`); the rest are built by hand.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::TimeDelta;
use jsonwebtoken::{Algorithm, EncodingKey, Header};
use modu::auth::jwt::AccessClaims;
use serde_json::json;

use crate::helpers::*;
use crate::support::*;

/// The key `spawn_app` configures.
const SIGNING_KEY: &str = "test-signing-key-0123456789abcdefghijklmnop";
const EMAIL: &str = "minji@example.kr";

fn claims_of(token: &str) -> AccessClaims {
    let payload = token.split('.').nth(1).expect("a payload");
    serde_json::from_slice(&URL_SAFE_NO_PAD.decode(payload).expect("base64url")).expect("access claims")
}

fn key_id_of(token: &str) -> Option<String> {
    jsonwebtoken::decode_header(token).expect("a header").kid
}

/// `claims`, signed by the server's key, issued now.
fn forged(app: &TestApp, claims: AccessClaims) -> String {
    app.app_state.jwt.sign(&claims).expect("signed")
}

fn issued_now(app: &TestApp, claims: AccessClaims) -> AccessClaims {
    let now = app.app_state.clock.now();
    AccessClaims { iat: now.timestamp(), iat_ms: now.timestamp_millis(), exp: now.timestamp() + 900, ..claims }
}

async fn assert_refused(app: &TestApp, token: &str) {
    problem(app.get_as("/api/v1/me", token).await, 401, "invalid_token").await;
}

#[tokio::test]
async fn a_forged_token_with_valid_claims_is_accepted() {
    // The control for the tests below: forging itself yields a working token.
    let app = spawn_app().await;
    let account = app.verified_account(EMAIL).await;

    let token = forged(&app, issued_now(&app, claims_of(&account.access_token)));

    assert_eq!(me_status(&app, &token).await, 200);
}

#[tokio::test]
async fn a_request_without_a_token_is_unauthenticated() {
    let app = spawn_app().await;

    let response = app.get("/api/v1/me").await;

    problem(response, 401, "unauthenticated").await;
}

#[tokio::test]
async fn an_authorization_header_of_another_scheme_is_refused() {
    let app = spawn_app().await;
    let account = app.verified_account(EMAIL).await;

    let response = app
        .client
        .get(app.url("/api/v1/me"))
        .header("authorization", format!("Basic {}", account.access_token))
        .send()
        .await
        .unwrap();

    problem(response, 401, "invalid_token").await;
}

#[tokio::test]
async fn an_unsigned_alg_none_token_is_refused() {
    let app = spawn_app().await;
    let account = app.verified_account(EMAIL).await;
    let header = URL_SAFE_NO_PAD.encode(br#"{"alg":"none","typ":"JWT"}"#);
    let payload = account.access_token.split('.').nth(1).unwrap();

    assert_refused(&app, &format!("{header}.{payload}.")).await;
}

#[tokio::test]
async fn a_token_signed_with_another_algorithm_and_the_same_secret_is_refused() {
    let app = spawn_app().await;
    let account = app.verified_account(EMAIL).await;
    let mut header = Header::new(Algorithm::HS384);
    header.kid = key_id_of(&account.access_token);
    let claims = issued_now(&app, claims_of(&account.access_token));

    let token = jsonwebtoken::encode(&header, &claims, &EncodingKey::from_secret(SIGNING_KEY.as_bytes())).unwrap();

    assert_refused(&app, &token).await;
}

#[tokio::test]
async fn a_token_signed_with_another_key_is_refused() {
    let app = spawn_app().await;
    let account = app.verified_account(EMAIL).await;
    let mut header = Header::new(Algorithm::HS256);
    header.kid = key_id_of(&account.access_token);
    let claims = issued_now(&app, claims_of(&account.access_token));
    let other_key = EncodingKey::from_secret(b"not-the-signing-key-0123456789abcdefghijkl");

    let token = jsonwebtoken::encode(&header, &claims, &other_key).unwrap();

    assert_refused(&app, &token).await;
}

#[tokio::test]
async fn a_token_for_another_audience_is_refused() {
    let app = spawn_app().await;
    let account = app.verified_account(EMAIL).await;
    let claims = issued_now(&app, claims_of(&account.access_token));

    let token = forged(&app, AccessClaims { aud: "another-api".into(), ..claims });

    assert_refused(&app, &token).await;
}

#[tokio::test]
async fn a_token_from_another_issuer_is_refused() {
    let app = spawn_app().await;
    let account = app.verified_account(EMAIL).await;
    let claims = issued_now(&app, claims_of(&account.access_token));

    let token = forged(&app, AccessClaims { iss: "https://evil.example".into(), ..claims });

    assert_refused(&app, &token).await;
}

#[tokio::test]
async fn a_token_expires_after_fifteen_minutes_by_the_servers_clock() {
    let app = spawn_app().await;
    let account = app.verified_account(EMAIL).await;

    app.advance_clock(TimeDelta::minutes(16));

    assert_refused(&app, &account.access_token).await;
}

#[tokio::test]
async fn a_token_with_a_tampered_subject_is_refused() {
    let app = spawn_app().await;
    let minji = app.verified_account(EMAIL).await;
    let jiho = app.verified_account("jiho@example.kr").await;
    let mut parts: Vec<String> = minji.access_token.split('.').map(str::to_owned).collect();
    let claims = AccessClaims { sub: jiho.id.clone(), ..claims_of(&minji.access_token) };
    parts[1] = URL_SAFE_NO_PAD.encode(serde_json::to_vec(&claims).unwrap());

    assert_refused(&app, &parts.join(".")).await;
}

#[tokio::test]
async fn the_refresh_cookie_is_not_an_access_token() {
    let app = spawn_app().await;
    let account = app.verified_account(EMAIL).await;

    assert_refused(&app, &account.refresh_cookie).await;
}

#[tokio::test]
async fn a_token_of_another_type_is_refused() {
    let app = spawn_app().await;
    let account = app.verified_account(EMAIL).await;
    let claims = issued_now(&app, claims_of(&account.access_token));

    let token = forged(&app, AccessClaims { typ: "refresh".into(), ..claims });

    assert_refused(&app, &token).await;
}

#[tokio::test]
async fn a_token_issued_before_signing_out_everywhere_is_refused() {
    let app = spawn_app().await;
    let account = app.verified_account(EMAIL).await;
    let other_session = app.signed_in(EMAIL, PASSWORD).await;
    app.post_json_as("/api/v1/me/sign-out-everywhere", &other_session.access_token, &json!({})).await;
    let old = claims_of(&account.access_token);

    // Unexpired and validly signed: only its issue time is too early.
    let reissued = forged(&app, AccessClaims { exp: app.app_state.clock.now().timestamp() + 900, ..old.clone() });

    assert_refused(&app, &account.access_token).await;
    assert_refused(&app, &reissued).await;
    assert_eq!(me_status(&app, &forged(&app, issued_now(&app, old))).await, 200);
}

#[tokio::test]
async fn a_token_of_a_deleted_account_is_refused() {
    let app = spawn_app().await;
    let account = app.verified_account(EMAIL).await;
    let claims = claims_of(&account.access_token);
    let deleted = app
        .send_as(reqwest::Method::DELETE, "/api/v1/me", &account.access_token, &json!({ "password": PASSWORD }))
        .await;
    assert_eq!(deleted.status(), 204);

    // Issued after the deletion, so only the deletion itself can refuse it.
    let token = forged(&app, issued_now(&app, claims));

    assert_refused(&app, &token).await;
}

#[tokio::test]
async fn a_token_for_an_account_that_never_existed_is_refused() {
    let app = spawn_app().await;
    let account = app.verified_account(EMAIL).await;
    let claims = issued_now(&app, claims_of(&account.access_token));

    let token = forged(&app, AccessClaims { sub: modu::domain::ids::new_id(), ..claims });

    assert_refused(&app, &token).await;
}
