//! What every answer carries, and what unmatched paths get.

use crate::helpers::*;

#[tokio::test]
async fn every_answer_carries_the_security_headers_and_a_request_id() {
    let app = spawn_app().await;
    let response = app.get("/api/v1/consents/current").await;
    let h = response.headers();
    assert_eq!(h["x-content-type-options"], "nosniff");
    assert!(h["content-security-policy"].to_str().unwrap().contains("frame-ancestors 'none'"));
    assert_eq!(h["referrer-policy"], "no-referrer");
    assert!(h.contains_key("x-request-id"));
    assert!(!h.contains_key("strict-transport-security"), "no HSTS over plain http");
}

#[tokio::test]
async fn authenticated_answers_are_never_stored() {
    let app = spawn_app().await;
    let account = app.unverified_account("cache@example.kr").await;
    let response = app.get_as("/api/v1/me", &account.access_token).await;
    assert_eq!(response.headers()["cache-control"], "no-store");
}

#[tokio::test]
async fn hsts_is_sent_when_served_over_https() {
    let app = spawn_app_with(|l| l.public_base_url = Some("https://modu.test".into())).await;
    let response = app.get("/health").await;
    assert!(response.headers()["strict-transport-security"].to_str().unwrap().contains("max-age="));
}

#[tokio::test]
async fn an_unknown_api_path_is_a_problem_document_not_the_web_ui() {
    let app = spawn_app().await;
    problem(app.get("/api/v1/no-such-thing").await, 404, "not_found").await;
}

#[tokio::test]
async fn an_unknown_path_under_a_scoped_prefix_is_a_problem_document_too() {
    let app = spawn_app().await;
    // Routes under `/contests/{id}` and `/stages/{id}` sit in scopes; what a
    // scope does not know falls through to the same answer as any unknown path.
    problem(app.get("/api/v1/contests/some-contest/no-such-thing").await, 404, "not_found").await;
    problem(app.get("/api/v1/stages/some-stage/").await, 404, "not_found").await;
    problem(app.get("/api/v1/stages/some-stage/judges/someone/more").await, 404, "not_found").await;
}

#[tokio::test]
async fn other_paths_fall_back_to_the_web_ui() {
    let app = spawn_app().await;
    let dist = app.data_dir.path().join("no-frontend");
    std::fs::create_dir_all(dist.join("assets")).unwrap();
    std::fs::write(dist.join("index.html"), "<html>modu spa</html>").unwrap();
    std::fs::write(dist.join("assets/app-1234.js"), "console.log(1)").unwrap();
    let page = app.get("/contests/some-deep-link").await;
    assert_eq!(page.status(), 200);
    assert_eq!(page.text().await.unwrap(), "<html>modu spa</html>");
    let asset = app.get("/assets/app-1234.js").await;
    assert!(asset.headers()["cache-control"].to_str().unwrap().contains("immutable"));
    assert_eq!(app.get("/../Cargo.toml").await.text().await.unwrap(), "<html>modu spa</html>");
}

#[tokio::test]
async fn cross_origin_requests_are_allowed_only_from_configured_origins() {
    let app = spawn_app_with(|l| l.cors_origins = Some(vec!["https://ui.example".into()])).await;
    let allowed = app
        .client
        .get(app.url("/api/v1/consents/current"))
        .header("origin", "https://ui.example")
        .send()
        .await
        .unwrap();
    assert_eq!(allowed.headers()["access-control-allow-origin"], "https://ui.example");
    let refused = app
        .client
        .get(app.url("/api/v1/consents/current"))
        .header("origin", "https://evil.example")
        .send()
        .await
        .unwrap();
    assert!(!refused.headers().contains_key("access-control-allow-origin"));
}

#[tokio::test]
async fn an_oversized_body_is_refused_with_413() {
    let app = spawn_app().await;
    let mut body = registration("big@example.kr");
    body["display_name"] = serde_json::json!("x".repeat(100_000));
    problem(app.register(&body).await, 413, "payload_too_large").await;
    assert_eq!(app.count("users").await, 0);
}

#[tokio::test]
async fn a_server_error_says_nothing_inside() {
    // Closing the pool's database underneath the app is hard to do portably;
    // the rule is enforced in one place (ApiError::error_response) and unit-tested there.
    let body = modu::error::ApiError::internal(anyhow::anyhow!("secret cause")).problem();
    assert_eq!(body.detail, "Something went wrong on our side.");
}
