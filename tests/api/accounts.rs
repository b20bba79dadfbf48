use serde_json::json;

use crate::helpers::*;

#[tokio::test]
async fn health_answers_and_ready_reaches_the_database() {
    let app = spawn_app().await;
    assert_eq!(app.get("/health").await.status(), 200);
    let ready: serde_json::Value = app.get("/ready").await.json().await.unwrap();
    assert_eq!(ready["database"], backend());
}

#[tokio::test]
async fn a_citizen_registers_verifies_by_mail_and_signs_in() {
    let app = spawn_app().await;
    let response = app.register(&registration("minji@example.kr")).await;
    assert_eq!(response.status(), 202);

    let mail = app.mailbox.wait_for("minji@example.kr", 1).await;
    assert!(mail[0].subject.contains("이메일"), "Korean mail for a Korean account: {}", mail[0].subject);
    let account = app.signed_in("minji@example.kr", PASSWORD).await;
    let me: serde_json::Value = app.get_as("/api/v1/me", &account.access_token).await.json().await.unwrap();
    assert_eq!(me["restrictions"], json!(["email_unverified"]));

    let token = mail[0].token_for("/verify-email");
    let verified = app.post_json("/api/v1/auth/verify-email", &json!({ "token": token })).await;
    assert_eq!(verified.status(), 204);
    let me: serde_json::Value = app.get_as("/api/v1/me", &account.access_token).await.json().await.unwrap();
    assert_eq!(me["email_verified"], true);
    assert_eq!(me["restrictions"], json!([]));
    assert!(me["created_at"].as_str().unwrap().ends_with('Z'));
}
