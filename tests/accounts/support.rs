#![allow(dead_code)] // Each test module uses a part.

//! What this suite needs on top of the shared harness: reading bodies and
//! cookies, a child's registration, requests without a token or through a
//! proxy, and reading rows the API no longer shows (deleted accounts).

use diesel::prelude::*;
use modu::db::users::User;
use serde_json::{Value, json};

use crate::helpers::*;

pub async fn json_of(response: reqwest::Response) -> Value {
    response.json().await.expect("a JSON body")
}

/// Every `Set-Cookie` header of the response, as sent.
pub fn set_cookie_headers(response: &reqwest::Response) -> Vec<String> {
    response.headers().get_all("set-cookie").iter().filter_map(|v| v.to_str().ok()).map(str::to_owned).collect()
}

/// The raw `Set-Cookie` header for the refresh cookie.
pub fn refresh_set_cookie(response: &reqwest::Response) -> String {
    set_cookie_headers(response)
        .into_iter()
        .find(|h| h.starts_with("modu_refresh="))
        .unwrap_or_else(|| panic!("no modu_refresh cookie in {:?}", response.headers()))
}

/// The attributes of a `Set-Cookie` header (`HttpOnly`, `Path=/x`, …).
pub fn cookie_attributes(header: &str) -> Vec<String> {
    header.split(';').skip(1).map(|a| a.trim().to_owned()).collect()
}

/// A born-2016 child's registration naming a guardian.
pub fn child_registration(email: &str, guardian_email: &str) -> Value {
    let mut body = registration(email);
    body["birth_date"] = json!("2016-03-01");
    body["guardian"] = json!({ "name": "김영희", "email": guardian_email });
    body
}

/// A request without any token.
pub async fn send_anonymous(app: &TestApp, method: reqwest::Method, path: &str, body: &Value) -> reqwest::Response {
    app.client.request(method, app.url(path)).json(body).send().await.expect("request")
}

/// A sign-in that says it was forwarded for `client`.
pub async fn sign_in_forwarded_for(app: &TestApp, email: &str, password: &str, client: &str) -> reqwest::Response {
    app.client
        .post(app.url("/api/v1/auth/sign-in"))
        .header("x-forwarded-for", client)
        .json(&json!({ "email": email, "password": password }))
        .send()
        .await
        .expect("request")
}

pub async fn refresh(app: &TestApp, cookie: &str) -> reqwest::Response {
    app.post_with_cookie("/api/v1/auth/refresh", cookie, None).await
}

pub async fn me_status(app: &TestApp, token: &str) -> u16 {
    app.get_as("/api/v1/me", token).await.status().as_u16()
}

/// The users row as stored, deleted or not.
pub async fn stored_user(app: &TestApp, id: &str) -> User {
    use modu::db::schema::users;
    let id = id.to_owned();
    app.with_conn(move |conn| users::table.find(id).first::<User>(conn)).await
}

/// How many rows of `table` belong to the account.
pub async fn rows_of(app: &TestApp, table: &'static str, user_id: &str) -> i64 {
    use modu::db::schema::*;
    let id = user_id.to_owned();
    app.with_conn(move |conn| match table {
        "consents" => consents::table.filter(consents::user_id.eq(id)).count().get_result(conn),
        "email_tokens" => email_tokens::table.filter(email_tokens::user_id.eq(id)).count().get_result(conn),
        "refresh_tokens" => refresh_tokens::table.filter(refresh_tokens::user_id.eq(id)).count().get_result(conn),
        "organization_members" => {
            organization_members::table.filter(organization_members::user_id.eq(id)).count().get_result(conn)
        }
        other => panic!("no per-account table {other}"),
    })
    .await
}

/// The token of the latest mail to `address` linking to `path`, once `count`
/// mails have arrived there.
pub async fn latest_token(app: &TestApp, address: &str, count: usize, path: &str) -> String {
    let mails = app.mailbox.wait_for(address, count).await;
    let link = format!("{path}?token=");
    mails
        .iter()
        .rev()
        .find(|m| m.text.contains(&link))
        .unwrap_or_else(|| panic!("no {path} mail to {address}"))
        .token_for(path)
}

/// Asks for a password reset and returns the token from the mail, which is
/// mail number `count` to the address.
pub async fn reset_token(app: &TestApp, email: &str, count: usize) -> String {
    let asked = app.post_json("/api/v1/auth/password-reset", &json!({ "email": email })).await;
    assert_eq!(asked.status(), 202);
    latest_token(app, email, count, "/reset-password").await
}

/// An organization made by `admin`; returns its id.
pub async fn organization(app: &TestApp, admin: &Account, slug: &str) -> String {
    let created = app
        .post_json_as("/api/v1/organizations", &admin.access_token, &json!({ "slug": slug, "name_ko": "세종시" }))
        .await;
    assert_eq!(created.status(), 201, "organization {slug}");
    json_of(created).await["id"].as_str().expect("id").to_owned()
}

/// Makes the account at `email` an organizer of the organization.
pub async fn add_organizer(app: &TestApp, admin: &Account, organization_id: &str, email: &str) {
    let added = app
        .post_json_as(
            &format!("/api/v1/organizations/{organization_id}/members"),
            &admin.access_token,
            &json!({ "email": email }),
        )
        .await;
    assert_eq!(added.status(), 201, "adding {email}");
}
