//! Organizations and their organizers.

use reqwest::Method;
use serde_json::{Value, json};

use crate::helpers::*;
use crate::support::*;

const ADMIN: &str = "admin@example.kr";
const ORGANIZER: &str = "organizer@example.kr";
const CITIZEN: &str = "citizen@example.kr";

async fn create(app: &TestApp, account: &Account, body: &Value) -> reqwest::Response {
    app.post_json_as("/api/v1/organizations", &account.access_token, body).await
}

async fn add_member(app: &TestApp, account: &Account, org: &str, email: &str) -> reqwest::Response {
    app.post_json_as(&format!("/api/v1/organizations/{org}/members"), &account.access_token, &json!({ "email": email }))
        .await
}

async fn members_of(app: &TestApp, account: &Account, org: &str) -> reqwest::Response {
    app.get_as(&format!("/api/v1/organizations/{org}/members"), &account.access_token).await
}

async fn remove_member(app: &TestApp, account: &Account, org: &str, user_id: &str) -> reqwest::Response {
    app.send_as(
        Method::DELETE,
        &format!("/api/v1/organizations/{org}/members/{user_id}"),
        &account.access_token,
        &json!({}),
    )
    .await
}

/// An admin, organization A with an organizer, and organization B.
struct World {
    admin: Account,
    organizer: Account,
    org_a: String,
    org_b: String,
}

async fn world(app: &TestApp) -> World {
    let admin = app.admin_account(ADMIN).await;
    let organizer = app.verified_account(ORGANIZER).await;
    let org_a = organization(app, &admin, "sejong-city").await;
    let org_b = organization(app, &admin, "busan-city").await;
    add_organizer(app, &admin, &org_a, ORGANIZER).await;
    World { admin, organizer, org_a, org_b }
}

// ---------------------------------------------------------------- creating

#[tokio::test]
async fn an_admin_creates_an_organization() {
    let app = spawn_app().await;
    let admin = app.admin_account(ADMIN).await;

    let response = create(
        &app,
        &admin,
        &json!({ "slug": "sejong-city", "name_ko": " 세종특별자치시 ", "name_en": "Sejong City" }),
    )
    .await;

    assert_eq!(response.status(), 201);
    let org = json_of(response).await;
    assert_eq!(org["slug"], "sejong-city");
    assert_eq!(org["name_ko"], "세종특별자치시");
    assert_eq!(org["name_en"], "Sejong City");
    let shown = app.get(&format!("/api/v1/organizations/{}", org["id"].as_str().unwrap())).await;
    assert_eq!(json_of(shown).await, org);
}

#[tokio::test]
async fn a_citizen_cannot_create_an_organization() {
    let app = spawn_app().await;
    let citizen = app.verified_account(CITIZEN).await;

    let response = create(&app, &citizen, &json!({ "slug": "sejong-city", "name_ko": "세종시" })).await;

    problem(response, 403, "forbidden").await;
    assert_eq!(app.count("organizations").await, 0);
}

#[tokio::test]
async fn creating_an_organization_needs_a_signed_in_account() {
    let app = spawn_app().await;

    let response = app.post_json("/api/v1/organizations", &json!({ "slug": "sejong-city", "name_ko": "세종시" })).await;

    problem(response, 401, "unauthenticated").await;
    assert_eq!(app.count("organizations").await, 0);
}

#[tokio::test]
async fn a_slug_with_capitals_spaces_or_symbols_is_refused() {
    let app = spawn_app().await;
    let admin = app.admin_account(ADMIN).await;

    let response = create(&app, &admin, &json!({ "slug": "Bad Slug!", "name_ko": "세종시" })).await;

    let problem = problem(response, 422, "validation_failed").await;
    assert_eq!(problem_fields(&problem), vec!["slug"]);
    assert_eq!(app.count("organizations").await, 0);
}

#[tokio::test]
async fn an_empty_korean_name_is_refused() {
    let app = spawn_app().await;
    let admin = app.admin_account(ADMIN).await;

    let response = create(&app, &admin, &json!({ "slug": "sejong-city", "name_ko": "" })).await;

    let problem = problem(response, 422, "validation_failed").await;
    assert_eq!(problem_fields(&problem), vec!["name_ko"]);
    assert_eq!(app.count("organizations").await, 0);
}

#[tokio::test]
async fn an_organization_with_an_unknown_field_is_refused() {
    let app = spawn_app().await;
    let admin = app.admin_account(ADMIN).await;

    let response = create(&app, &admin, &json!({ "slug": "sejong-city", "name_ko": "세종시", "owner": "me" })).await;

    problem(response, 400, "invalid_body").await;
    assert_eq!(app.count("organizations").await, 0);
}

#[tokio::test]
async fn a_taken_slug_is_a_conflict() {
    let app = spawn_app().await;
    let admin = app.admin_account(ADMIN).await;
    organization(&app, &admin, "sejong-city").await;

    let response = create(&app, &admin, &json!({ "slug": "sejong-city", "name_ko": "다른 세종" })).await;

    problem(response, 409, "conflict").await;
    assert_eq!(app.count("organizations").await, 1);
}

// ---------------------------------------------------------------- showing and listing

#[tokio::test]
async fn an_unknown_or_malformed_organization_id_is_not_found() {
    let app = spawn_app().await;
    let admin = app.admin_account(ADMIN).await;
    let random = modu::domain::ids::new_id();

    for id in [random.as_str(), "not-a-uuid"] {
        problem(app.get(&format!("/api/v1/organizations/{id}")).await, 404, "not_found").await;
        problem(members_of(&app, &admin, id).await, 404, "not_found").await;
        problem(add_member(&app, &admin, id, ADMIN).await, 404, "not_found").await;
        problem(remove_member(&app, &admin, id, &admin.id).await, 404, "not_found").await;
    }
    assert_eq!(app.count("organization_members").await, 0);
}

#[tokio::test]
async fn organizations_are_listed_a_page_at_a_time() {
    let app = spawn_app().await;
    let admin = app.admin_account(ADMIN).await;
    let ids = [
        organization(&app, &admin, "org-one").await,
        organization(&app, &admin, "org-two").await,
        organization(&app, &admin, "org-three").await,
    ];

    let first = json_of(app.get("/api/v1/organizations?limit=2").await).await;
    let cursor = first["next_cursor"].as_str().expect("a next cursor").to_owned();
    let second = json_of(app.get(&format!("/api/v1/organizations?limit=2&cursor={cursor}")).await).await;

    let first_ids: Vec<&str> = first["items"].as_array().unwrap().iter().map(|o| o["id"].as_str().unwrap()).collect();
    assert_eq!(first_ids, vec![ids[0].as_str(), ids[1].as_str()]);
    let second_ids: Vec<&str> = second["items"].as_array().unwrap().iter().map(|o| o["id"].as_str().unwrap()).collect();
    assert_eq!(second_ids, vec![ids[2].as_str()]);
    assert_eq!(second["next_cursor"], Value::Null);
}

#[tokio::test]
async fn a_page_size_outside_one_to_a_hundred_is_refused() {
    let app = spawn_app().await;

    for query in ["limit=0", "limit=101", "limit=-1", "limit=ten"] {
        let response = app.get(&format!("/api/v1/organizations?{query}")).await;
        assert_eq!(response.status(), 400, "{query}");
        problem(response, 400, "invalid_parameter").await;
    }
}

#[tokio::test]
async fn a_cursor_the_server_did_not_give_out_is_refused() {
    let app = spawn_app().await;

    let response = app.get("/api/v1/organizations?cursor=garbage'--").await;

    problem(response, 400, "invalid_parameter").await;
}

#[tokio::test]
async fn an_unknown_query_parameter_is_refused() {
    let app = spawn_app().await;

    let response = app.get("/api/v1/organizations?offset=10").await;

    problem(response, 400, "invalid_parameter").await;
}

// ---------------------------------------------------------------- members

#[tokio::test]
async fn an_admin_adds_an_organizer_by_email() {
    let app = spawn_app().await;
    let admin = app.admin_account(ADMIN).await;
    let organizer = app.verified_account(ORGANIZER).await;
    let org = organization(&app, &admin, "sejong-city").await;

    let response = add_member(&app, &admin, &org, ORGANIZER).await;

    assert_eq!(response.status(), 201);
    let member = json_of(response).await;
    assert_eq!(member["user_id"], organizer.id.as_str());
    assert_eq!(member["email"], ORGANIZER);
    assert_eq!(member["role"], "organizer");
    let members = json_of(members_of(&app, &admin, &org).await).await;
    assert_eq!(members["items"].as_array().unwrap().len(), 1);
    assert_eq!(members["items"][0]["user_id"], organizer.id.as_str());
}

#[tokio::test]
async fn an_organizer_adds_members_to_their_own_organization() {
    let app = spawn_app().await;
    let w = world(&app).await;
    app.verified_account(CITIZEN).await;

    let response = add_member(&app, &w.organizer, &w.org_a, CITIZEN).await;

    assert_eq!(response.status(), 201);
    let members = json_of(members_of(&app, &w.organizer, &w.org_a).await).await;
    assert_eq!(members["items"].as_array().unwrap().len(), 2);
}

#[tokio::test]
async fn an_organizer_cannot_manage_another_organization() {
    let app = spawn_app().await;
    let w = world(&app).await;
    app.verified_account(CITIZEN).await;

    let added = add_member(&app, &w.organizer, &w.org_b, CITIZEN).await;
    let added_self = add_member(&app, &w.organizer, &w.org_b, ORGANIZER).await;

    problem(added, 403, "forbidden").await;
    problem(added_self, 403, "forbidden").await;
    problem(members_of(&app, &w.organizer, &w.org_b).await, 403, "forbidden").await;
    assert_eq!(app.count("organization_members").await, 1);
}

#[tokio::test]
async fn an_organizer_cannot_create_organizations() {
    let app = spawn_app().await;
    let w = world(&app).await;

    let response = create(&app, &w.organizer, &json!({ "slug": "my-own-city", "name_ko": "내 도시" })).await;

    problem(response, 403, "forbidden").await;
    assert_eq!(app.count("organizations").await, 2);
}

#[tokio::test]
async fn a_citizen_cannot_see_an_organizations_members() {
    let app = spawn_app().await;
    let w = world(&app).await;
    let citizen = app.verified_account(CITIZEN).await;

    let response = members_of(&app, &citizen, &w.org_a).await;

    problem(response, 403, "forbidden").await;
}

#[tokio::test]
async fn a_citizen_cannot_add_or_remove_members() {
    let app = spawn_app().await;
    let w = world(&app).await;
    let citizen = app.verified_account(CITIZEN).await;

    problem(add_member(&app, &citizen, &w.org_a, CITIZEN).await, 403, "forbidden").await;
    problem(remove_member(&app, &citizen, &w.org_a, &w.organizer.id).await, 403, "forbidden").await;

    assert_eq!(app.count("organization_members").await, 1);
}

#[tokio::test]
async fn adding_an_email_without_an_account_is_refused() {
    let app = spawn_app().await;
    let w = world(&app).await;

    let response = add_member(&app, &w.admin, &w.org_a, "nobody@example.kr").await;

    let problem = problem(response, 422, "validation_failed").await;
    assert_eq!(problem_fields(&problem), vec!["email"]);
    assert_eq!(problem["errors"][0]["code"], "unknown_account");
    assert_eq!(app.count("organization_members").await, 1);
}

#[tokio::test]
async fn adding_a_malformed_email_is_refused() {
    let app = spawn_app().await;
    let w = world(&app).await;

    let response = add_member(&app, &w.admin, &w.org_a, "nobody").await;

    let problem = problem(response, 422, "validation_failed").await;
    assert_eq!(problem_fields(&problem), vec!["email"]);
    assert_eq!(app.count("organization_members").await, 1);
}

#[tokio::test]
async fn adding_a_member_twice_is_a_conflict() {
    let app = spawn_app().await;
    let w = world(&app).await;

    let response = add_member(&app, &w.admin, &w.org_a, ORGANIZER).await;

    problem(response, 409, "conflict").await;
    assert_eq!(app.count("organization_members").await, 1);
}

#[tokio::test]
async fn a_removed_member_is_gone_and_cannot_be_removed_again() {
    let app = spawn_app().await;
    let w = world(&app).await;

    let removed = remove_member(&app, &w.admin, &w.org_a, &w.organizer.id).await;
    let again = remove_member(&app, &w.admin, &w.org_a, &w.organizer.id).await;

    assert_eq!(removed.status(), 204);
    problem(again, 404, "not_found").await;
    assert_eq!(app.count("organization_members").await, 0);
    problem(members_of(&app, &w.organizer, &w.org_a).await, 403, "forbidden").await;
}

#[tokio::test]
async fn members_are_listed_a_page_at_a_time() {
    let app = spawn_app().await;
    let w = world(&app).await;
    app.verified_account(CITIZEN).await;
    add_member(&app, &w.admin, &w.org_a, CITIZEN).await;

    let first =
        json_of(app.get_as(&format!("/api/v1/organizations/{}/members?limit=1", w.org_a), &w.admin.access_token).await)
            .await;
    let cursor = first["next_cursor"].as_str().expect("a next cursor");
    let path = format!("/api/v1/organizations/{}/members?limit=1&cursor={cursor}", w.org_a);
    let second = json_of(app.get_as(&path, &w.admin.access_token).await).await;

    assert_eq!(first["items"].as_array().unwrap().len(), 1);
    assert_eq!(second["items"].as_array().unwrap().len(), 1);
    assert_ne!(first["items"][0]["user_id"], second["items"][0]["user_id"]);
    assert_eq!(second["next_cursor"], Value::Null);
}

// ---------------------------------------------------------------- my organizations

#[tokio::test]
async fn an_account_lists_only_the_organizations_it_belongs_to_with_its_role() {
    let app = spawn_app().await;
    let w = world(&app).await;
    let citizen = app.verified_account(CITIZEN).await;

    let mine: Value = app.get_as("/api/v1/me/organizations", &w.organizer.access_token).await.json().await.unwrap();
    let none: Value = app.get_as("/api/v1/me/organizations", &citizen.access_token).await.json().await.unwrap();

    assert_eq!(mine.as_array().unwrap().len(), 1, "{mine}");
    assert_eq!(mine[0]["organization"]["id"], w.org_a.as_str());
    assert_eq!(mine[0]["role"], "organizer");
    assert_ne!(mine[0]["organization"]["id"], w.org_b.as_str());
    assert_eq!(none, json!([]));
    problem(app.get("/api/v1/me/organizations").await, 401, "unauthenticated").await;
}
