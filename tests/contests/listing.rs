//! GET /contests: published contests with filters, search and pages; and an
//! organization's own list, drafts included.

use chrono::TimeDelta;
use reqwest::Method;
use serde_json::{Value, json};

use crate::helpers::*;
use crate::support::*;

async fn list(app: &TestApp, query: &[(&str, &str)]) -> reqwest::Response {
    app.client.get(app.url("/api/v1/contests")).query(query).send().await.unwrap()
}

/// The slugs of the contests one page of GET /contests shows.
async fn slugs(app: &TestApp, query: &[(&str, &str)]) -> Vec<String> {
    let response = list(app, query).await;
    assert_eq!(response.status(), 200);
    let page: Value = response.json().await.unwrap();
    page["items"].as_array().unwrap().iter().map(|c| c["slug"].as_str().unwrap().to_owned()).collect()
}

fn titled(slug: &str, ko: &str, en: &str) -> Value {
    let mut doc = naming_contest(slug, TimeDelta::days(7));
    doc["title"] = json!({ "ko": ko, "en": en });
    doc
}

#[tokio::test]
async fn contests_are_filtered_by_kind() {
    let w = world().await;
    w.open_contest(naming_contest("eco-delta", TimeDelta::days(7))).await;
    let mut photo = naming_contest("sejong-photo", TimeDelta::days(7));
    photo["kind"] = json!("photo");
    w.open_contest(photo).await;

    assert_eq!(slugs(&w.app, &[("kind", "photo")]).await, vec!["sejong-photo"]);
}

#[tokio::test]
async fn contests_are_filtered_by_state_as_the_clock_moves() {
    let w = world().await;
    w.open_contest(upcoming_contest("upcoming")).await;
    w.open_contest(naming_contest("running", TimeDelta::days(7))).await;
    w.open_contest(naming_contest("ending", TimeDelta::seconds(10))).await;
    w.app.advance_clock(TimeDelta::seconds(11));

    assert_eq!(slugs(&w.app, &[("state", "published")]).await, vec!["upcoming"]);
    assert_eq!(slugs(&w.app, &[("state", "open")]).await, vec!["running"]);
    assert_eq!(slugs(&w.app, &[("state", "closed")]).await, vec!["ending"]);
}

#[tokio::test]
async fn contests_are_filtered_by_organization() {
    let w = world().await;
    w.open_contest(naming_contest("eco-delta", TimeDelta::days(7))).await;
    let (sejong, sejong_organizer) = w.another_organization("sejong", "organizer@sejong.go.kr").await;
    let created = w
        .app
        .post_json_as(
            &format!("/api/v1/organizations/{sejong}/contests"),
            &sejong_organizer.access_token,
            &naming_contest("sejong-naming", TimeDelta::days(7)),
        )
        .await;
    let id = id_of(&created.json().await.unwrap());
    assert_eq!(
        w.app
            .post_json_as(&format!("/api/v1/contests/{id}/publish"), &sejong_organizer.access_token, &json!({}))
            .await
            .status(),
        200
    );

    assert_eq!(slugs(&w.app, &[("organization_id", sejong.as_str())]).await, vec!["sejong-naming"]);
    assert_eq!(slugs(&w.app, &[("organization_id", w.organization_id.as_str())]).await, vec!["eco-delta"]);
}

/// Three published contests with distinct titles, one with a `%` in it.
async fn titled_contests(w: &World) {
    w.open_contest(titled("eco-delta", "에코델타시티 이름 공모", "Eco Delta City naming contest")).await;
    w.open_contest(titled("sejong-photo", "세종 호수공원 사진 공모", "Sejong Lake Park photos")).await;
    w.open_contest(titled("full-citizens", "100% 시민 참여 아이디어", "Ideas by citizens")).await;
}

#[tokio::test]
async fn a_korean_search_finds_the_titles_containing_it() {
    let w = world().await;
    titled_contests(&w).await;

    assert_eq!(slugs(&w.app, &[("q", "에코")]).await, vec!["eco-delta"]);
}

#[tokio::test]
async fn an_english_search_ignores_case() {
    let w = world().await;
    titled_contests(&w).await;

    assert_eq!(slugs(&w.app, &[("q", "LAKE park")]).await, vec!["sejong-photo"]);
}

#[tokio::test]
async fn a_percent_sign_in_the_search_is_taken_literally() {
    let w = world().await;
    titled_contests(&w).await;

    assert_eq!(slugs(&w.app, &[("q", "%")]).await, vec!["full-citizens"]);
    assert_eq!(slugs(&w.app, &[("q", "_")]).await, Vec::<String>::new());
}

#[tokio::test]
async fn drafts_cannot_be_asked_for() {
    let w = world().await;

    problem(list(&w.app, &[("state", "draft")]).await, 400, "invalid_parameter").await;
}

#[tokio::test]
async fn an_unknown_state_is_a_bad_parameter() {
    let w = world().await;

    problem(list(&w.app, &[("state", "archived")]).await, 400, "invalid_parameter").await;
}

#[tokio::test]
async fn contests_come_in_pages_until_the_cursor_runs_out() {
    let w = world().await;
    for slug in ["first", "second", "third"] {
        w.open_contest(naming_contest(slug, TimeDelta::days(7))).await;
    }

    let first: Value = list(&w.app, &[("limit", "2")]).await.json().await.unwrap();
    let cursor = first["next_cursor"].as_str().expect("a next page").to_owned();
    let second: Value = list(&w.app, &[("limit", "2"), ("cursor", &cursor)]).await.json().await.unwrap();

    let slugs_of = |page: &Value| {
        page["items"].as_array().unwrap().iter().map(|c| c["slug"].as_str().unwrap().to_owned()).collect::<Vec<_>>()
    };
    assert_eq!(slugs_of(&first), vec!["first", "second"]);
    assert_eq!(slugs_of(&second), vec!["third"]);
    assert!(second["next_cursor"].is_null());
}

#[tokio::test]
async fn a_page_of_nothing_is_a_bad_parameter() {
    let w = world().await;

    problem(list(&w.app, &[("limit", "0")]).await, 400, "invalid_parameter").await;
}

#[tokio::test]
async fn an_organizations_organizers_see_its_drafts() {
    let w = world().await;
    w.draft_contest(naming_contest("eco-delta-draft", TimeDelta::days(7))).await;
    w.open_contest(naming_contest("eco-delta", TimeDelta::days(7))).await;

    let response =
        w.app.get_as(&format!("/api/v1/organizations/{}/contests", w.organization_id), &w.organizer.access_token).await;

    assert_eq!(response.status(), 200);
    let page: Value = response.json().await.unwrap();
    let states: Vec<(&str, &str)> = page["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| (c["slug"].as_str().unwrap(), c["state"].as_str().unwrap()))
        .collect();
    assert_eq!(states, vec![("eco-delta-draft", "draft"), ("eco-delta", "open")]);
}

#[tokio::test]
async fn a_citizen_cannot_list_an_organizations_contests() {
    let w = world().await;
    let citizen = w.app.verified_account("citizen@example.kr").await;

    let response =
        w.app.get_as(&format!("/api/v1/organizations/{}/contests", w.organization_id), &citizen.access_token).await;

    problem(response, 403, "forbidden").await;
}

#[tokio::test]
async fn listing_an_organizations_contests_requires_signing_in() {
    let w = world().await;

    let response =
        anonymous(&w.app, Method::GET, &format!("/api/v1/organizations/{}/contests", w.organization_id), &json!(null))
            .await;

    problem(response, 401, "unauthenticated").await;
}
