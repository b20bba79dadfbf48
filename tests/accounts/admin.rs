//! Instance administration: the account list and the admin role.

use reqwest::Method;
use serde_json::{Value, json};

use crate::helpers::*;
use crate::support::*;

const ADMIN: &str = "admin@example.kr";
const CITIZEN: &str = "citizen@example.kr";

async fn set_admin(app: &TestApp, by: &Account, target: &str, is_admin: bool) -> reqwest::Response {
    app.send_as(
        Method::PUT,
        &format!("/api/v1/admin/users/{target}/admin"),
        &by.access_token,
        &json!({ "is_admin": is_admin }),
    )
    .await
}

#[tokio::test]
async fn an_admin_lists_every_account() {
    let app = spawn_app().await;
    let admin = app.admin_account(ADMIN).await;
    let citizen = app.verified_account(CITIZEN).await;

    let response = app.get_as("/api/v1/admin/users", &admin.access_token).await;

    assert_eq!(response.status(), 200);
    let page = json_of(response).await;
    let ids: Vec<&str> = page["items"].as_array().unwrap().iter().map(|u| u["id"].as_str().unwrap()).collect();
    assert_eq!(ids, vec![admin.id.as_str(), citizen.id.as_str()]);
    assert_eq!(page["items"][0]["is_admin"], true);
    assert_eq!(page["next_cursor"], Value::Null);
}

#[tokio::test]
async fn the_account_list_leaves_out_deleted_accounts() {
    let app = spawn_app().await;
    let admin = app.admin_account(ADMIN).await;
    let citizen = app.verified_account(CITIZEN).await;
    app.send_as(Method::DELETE, "/api/v1/me", &citizen.access_token, &json!({ "password": PASSWORD })).await;

    let page = json_of(app.get_as("/api/v1/admin/users", &admin.access_token).await).await;

    assert_eq!(page["items"].as_array().unwrap().len(), 1);
}

#[tokio::test]
async fn the_account_list_refuses_a_bad_page_size() {
    let app = spawn_app().await;
    let admin = app.admin_account(ADMIN).await;

    let response = app.get_as("/api/v1/admin/users?limit=0", &admin.access_token).await;

    problem(response, 400, "invalid_parameter").await;
}

#[tokio::test]
async fn a_citizen_cannot_list_accounts() {
    let app = spawn_app().await;
    let citizen = app.verified_account(CITIZEN).await;

    let response = app.get_as("/api/v1/admin/users", &citizen.access_token).await;

    problem(response, 403, "forbidden").await;
}

#[tokio::test]
async fn listing_accounts_needs_a_signed_in_account() {
    let app = spawn_app().await;

    problem(app.get("/api/v1/admin/users").await, 401, "unauthenticated").await;
}

#[tokio::test]
async fn granting_the_admin_role_takes_effect_at_once() {
    let app = spawn_app().await;
    let admin = app.admin_account(ADMIN).await;
    let citizen = app.verified_account(CITIZEN).await;

    let response = set_admin(&app, &admin, &citizen.id, true).await;

    assert_eq!(response.status(), 200);
    assert_eq!(json_of(response).await["is_admin"], true);
    let promoted = app.signed_in(CITIZEN, PASSWORD).await;
    assert_eq!(app.get_as("/api/v1/admin/users", &promoted.access_token).await.status(), 200);
}

#[tokio::test]
async fn a_role_change_retires_the_targets_access_tokens() {
    let app = spawn_app().await;
    let admin = app.admin_account(ADMIN).await;
    let citizen = app.verified_account(CITIZEN).await;

    set_admin(&app, &admin, &citizen.id, true).await;

    problem(app.get_as("/api/v1/me", &citizen.access_token).await, 401, "invalid_token").await;
}

#[tokio::test]
async fn removing_the_admin_role_takes_effect_at_once() {
    let app = spawn_app().await;
    let admin = app.admin_account(ADMIN).await;
    let other = app.admin_account("other-admin@example.kr").await;

    let response = set_admin(&app, &admin, &other.id, false).await;

    assert_eq!(response.status(), 200);
    problem(app.get_as("/api/v1/admin/users", &other.access_token).await, 401, "invalid_token").await;
    let demoted = app.signed_in("other-admin@example.kr", PASSWORD).await;
    problem(app.get_as("/api/v1/admin/users", &demoted.access_token).await, 403, "forbidden").await;
}

#[tokio::test]
async fn an_admin_cannot_remove_their_own_role() {
    let app = spawn_app().await;
    let admin = app.admin_account(ADMIN).await;

    let response = set_admin(&app, &admin, &admin.id, false).await;

    problem(response, 409, "conflict").await;
    assert!(stored_user(&app, &admin.id).await.is_admin);
    assert_eq!(app.get_as("/api/v1/admin/users", &admin.access_token).await.status(), 200);
}

#[tokio::test]
async fn a_citizen_cannot_grant_the_admin_role() {
    let app = spawn_app().await;
    let citizen = app.verified_account(CITIZEN).await;

    let response = set_admin(&app, &citizen, &citizen.id, true).await;

    problem(response, 403, "forbidden").await;
    assert!(!stored_user(&app, &citizen.id).await.is_admin);
    assert_eq!(me_status(&app, &citizen.access_token).await, 200, "nothing was bumped");
}

#[tokio::test]
async fn granting_the_role_to_an_unknown_account_is_not_found() {
    let app = spawn_app().await;
    let admin = app.admin_account(ADMIN).await;

    let response = set_admin(&app, &admin, &modu::domain::ids::new_id(), true).await;

    problem(response, 404, "not_found").await;
}

#[tokio::test]
async fn a_role_body_with_an_unknown_field_is_refused() {
    let app = spawn_app().await;
    let admin = app.admin_account(ADMIN).await;
    let citizen = app.verified_account(CITIZEN).await;

    let response = app
        .send_as(
            Method::PUT,
            &format!("/api/v1/admin/users/{}/admin", citizen.id),
            &admin.access_token,
            &json!({ "is_admin": true, "role": "superuser" }),
        )
        .await;

    problem(response, 400, "invalid_body").await;
    assert!(!stored_user(&app, &citizen.id).await.is_admin);
}

#[tokio::test]
async fn a_deleted_account_cannot_be_made_admin() {
    let app = spawn_app().await;
    let admin = app.admin_account(ADMIN).await;
    let citizen = app.verified_account(CITIZEN).await;
    app.send_as(Method::DELETE, "/api/v1/me", &citizen.access_token, &json!({ "password": PASSWORD })).await;

    let response = set_admin(&app, &admin, &citizen.id, true).await;

    problem(response, 404, "not_found").await;
    assert!(!stored_user(&app, &citizen.id).await.is_admin);
}
