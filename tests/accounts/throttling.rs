//! Sign-in throttling: failures counted per account and per client address
//! in a sliding window, and who the client is behind a proxy.

use chrono::TimeDelta;

use crate::helpers::*;
use crate::support::*;

const EMAIL: &str = "minji@example.kr";
const WRONG: &str = "not my password at all";

#[tokio::test]
async fn ten_failures_lock_the_account_even_against_the_right_password() {
    let app = spawn_app().await;
    app.verified_account(EMAIL).await;
    for _ in 0..10 {
        problem(app.sign_in(EMAIL, WRONG).await, 401, "invalid_credentials").await;
    }

    let eleventh = app.sign_in(EMAIL, PASSWORD).await;

    let retry_after: u64 = eleventh.headers()["retry-after"].to_str().unwrap().parse().unwrap();
    assert!((1..=900).contains(&retry_after), "Retry-After: {retry_after}");
    problem(eleventh, 429, "too_many_requests").await;
}

#[tokio::test]
async fn a_locked_account_opens_again_once_the_window_has_passed() {
    let app = spawn_app().await;
    app.verified_account(EMAIL).await;
    for _ in 0..10 {
        app.sign_in(EMAIL, WRONG).await;
    }
    assert_eq!(app.sign_in(EMAIL, PASSWORD).await.status(), 429);

    app.advance_clock(TimeDelta::minutes(16));

    assert_eq!(app.sign_in(EMAIL, PASSWORD).await.status(), 200);
}

#[tokio::test]
async fn a_successful_sign_in_clears_the_accounts_failures() {
    let app = spawn_app().await;
    app.verified_account(EMAIL).await;
    for _ in 0..9 {
        app.sign_in(EMAIL, WRONG).await;
    }

    let success = app.sign_in(EMAIL, PASSWORD).await;

    assert_eq!(success.status(), 200);
    assert_eq!(app.count("sign_in_failures").await, 0);
    for _ in 0..9 {
        app.sign_in(EMAIL, WRONG).await;
    }
    assert_eq!(app.sign_in(EMAIL, PASSWORD).await.status(), 200, "a fresh count of ten");
}

#[tokio::test]
async fn a_client_failing_on_many_accounts_is_stopped() {
    let app = spawn_app_with(|layer| layer.sign_in_max_failures_per_client = Some(5)).await;
    app.verified_account(EMAIL).await;
    for i in 0..5 {
        app.sign_in(&format!("guess{i}@example.kr"), WRONG).await;
    }

    let sixth = app.sign_in("guess5@example.kr", WRONG).await;

    problem(sixth, 429, "too_many_requests").await;
}

#[tokio::test]
async fn forwarded_for_is_ignored_from_an_untrusted_peer() {
    let app = spawn_app_with(|layer| layer.sign_in_max_failures_per_client = Some(5)).await;
    for i in 0..5 {
        sign_in_forwarded_for(&app, &format!("guess{i}@example.kr"), WRONG, &format!("198.51.100.{i}")).await;
    }

    let sixth = sign_in_forwarded_for(&app, "guess5@example.kr", WRONG, "198.51.100.5").await;

    problem(sixth, 429, "too_many_requests").await;
}

#[tokio::test]
async fn forwarded_for_from_a_trusted_proxy_names_the_client() {
    let app = spawn_app_with(|layer| {
        layer.sign_in_max_failures_per_client = Some(5);
        layer.trusted_proxies = Some(vec!["127.0.0.1".parse().unwrap()]);
    })
    .await;
    for i in 0..5 {
        sign_in_forwarded_for(&app, &format!("guess{i}@example.kr"), WRONG, "198.51.100.1").await;
    }

    let same_client = sign_in_forwarded_for(&app, "guess5@example.kr", WRONG, "198.51.100.1").await;
    let other_client = sign_in_forwarded_for(&app, "guess6@example.kr", WRONG, "198.51.100.2").await;

    problem(same_client, 429, "too_many_requests").await;
    problem(other_client, 401, "invalid_credentials").await;
}

#[tokio::test]
async fn simultaneous_guesses_cannot_get_past_the_account_limit() {
    let app = spawn_app().await;
    app.verified_account(EMAIL).await;

    let responses = futures_util::future::join_all((0..30).map(|_| app.sign_in(EMAIL, WRONG))).await;

    let judged = responses.iter().filter(|r| r.status() == 401).count();
    let refused = responses.iter().filter(|r| r.status() == 429).count();
    assert_eq!((judged, refused), (10, 20), "only ten guesses may be checked in a window");
}

#[tokio::test]
async fn simultaneous_guesses_on_many_accounts_cannot_get_past_the_client_limit() {
    let app = spawn_app_with(|layer| layer.sign_in_max_failures_per_client = Some(5)).await;
    let emails: Vec<String> = (0..20).map(|i| format!("guess{i}@example.kr")).collect();

    let responses = futures_util::future::join_all(emails.iter().map(|email| app.sign_in(email, WRONG))).await;

    let judged = responses.iter().filter(|r| r.status() == 401).count();
    let refused = responses.iter().filter(|r| r.status() == 429).count();
    assert_eq!((judged, refused), (5, 15), "only five guesses may be checked in a window");
}
