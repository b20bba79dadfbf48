//! Teams: a leader creates one, invites by email, members accept or decline;
//! size limits and one team per person per contest hold under concurrency;
//! the team's entry is the leader's to create and submit and its members' to read.
//! The helpers are here; the tests are in the modules below.

mod creating;
mod entries;
mod invitations;
mod membership;

use chrono::TimeDelta;
use diesel::prelude::*;
use futures_util::future::join_all;
use reqwest::Method;
use serde_json::{Value, json};

use crate::helpers::*;
use crate::support::*;

const LEADER: &str = "leader@example.kr";
const MEMBER: &str = "member@example.kr";
const OUTSIDER: &str = "outsider@example.kr";

/// A hackathon open for 30 days with `teams` as its team rules (the kind's
/// default rules when null).
fn hackathon(slug: &str, teams: Value) -> Value {
    let mut doc = naming_contest(slug, TimeDelta::days(30));
    doc["kind"] = json!("hackathon");
    doc["title"] = json!({ "ko": "스마트시티 해커톤", "en": "Smart city hackathon" });
    if !teams.is_null() {
        doc["eligibility"] = json!({ "teams": teams });
    }
    doc
}

/// Answers that complete the hackathon kind's default form.
fn complete_hackathon() -> Value {
    json!({ "project_name": "물길 알리미", "problem": "침수 정보가 늦게 전달됩니다.", "solution": "센서와 문자 알림" })
}

/// A world with an open hackathon (teams of 2 to 3, teams only) and a verified leader.
async fn open_hackathon() -> (World, String, Account) {
    open_hackathon_with(json!({ "min_size": 2, "max_size": 3, "required": true })).await
}

async fn open_hackathon_with(teams: Value) -> (World, String, Account) {
    let w = world().await;
    let contest = id_of(&w.open_contest(hackathon("smart-hack", teams)).await);
    let leader = w.app.verified_account(LEADER).await;
    (w, contest, leader)
}

async fn create_team(app: &TestApp, token: &str, contest: &str, body: &Value) -> reqwest::Response {
    app.post_json_as(&format!("/api/v1/contests/{contest}/teams"), token, body).await
}

/// A new team led by `leader`; returns its id.
async fn new_team(app: &TestApp, leader: &Account, contest: &str, name: &str) -> String {
    let created = create_team(app, &leader.access_token, contest, &json!({ "name": name })).await;
    assert_eq!(created.status(), 201, "{}", created.text().await.unwrap());
    id_of(&created.json().await.unwrap())
}

async fn invite(app: &TestApp, token: &str, team: &str, email: &str) -> reqwest::Response {
    app.post_json_as(&format!("/api/v1/teams/{team}/invitations"), token, &json!({ "email": email })).await
}

/// Invites `email`; returns the invitation's id.
async fn invitation(app: &TestApp, leader: &Account, team: &str, email: &str) -> String {
    let invited = invite(app, &leader.access_token, team, email).await;
    assert_eq!(invited.status(), 201, "{}", invited.text().await.unwrap());
    id_of(&invited.json().await.unwrap())
}

async fn accept(app: &TestApp, token: &str, invitation: &str) -> reqwest::Response {
    app.post_json_as(&format!("/api/v1/team-invitations/{invitation}/accept"), token, &json!({})).await
}

async fn decline(app: &TestApp, token: &str, invitation: &str) -> reqwest::Response {
    app.post_json_as(&format!("/api/v1/team-invitations/{invitation}/decline"), token, &json!({})).await
}

/// Invites `member` and has them accept.
async fn join(app: &TestApp, leader: &Account, team: &str, member: &Account) {
    let id = invitation(app, leader, team, &member.email).await;
    let accepted = accept(app, &member.access_token, &id).await;
    assert_eq!(accepted.status(), 200, "{}", accepted.text().await.unwrap());
}

async fn show_team(app: &TestApp, token: &str, team: &str) -> reqwest::Response {
    app.get_as(&format!("/api/v1/teams/{team}"), token).await
}

async fn team_json(app: &TestApp, token: &str, team: &str) -> Value {
    let shown = show_team(app, token, team).await;
    assert_eq!(shown.status(), 200);
    shown.json().await.unwrap()
}

async fn my_invitations(app: &TestApp, token: &str) -> reqwest::Response {
    app.get_as("/api/v1/me/team-invitations", token).await
}

async fn remove(app: &TestApp, token: &str, team: &str, user: &str) -> reqwest::Response {
    app.send_as(Method::DELETE, &format!("/api/v1/teams/{team}/members/{user}"), token, &json!({})).await
}

async fn team_count(app: &TestApp) -> i64 {
    app.with_conn(|conn| modu::db::schema::teams::table.count().get_result(conn)).await
}

async fn member_ids(app: &TestApp, team: &str) -> Vec<String> {
    let team = team.to_owned();
    app.with_conn(move |conn| {
        use modu::db::schema::team_members::dsl;
        dsl::team_members.filter(dsl::team_id.eq(team)).select(dsl::user_id).order(dsl::user_id.asc()).load(conn)
    })
    .await
}

async fn stored_member_count(app: &TestApp, team: &str) -> i32 {
    let team = team.to_owned();
    app.with_conn(move |conn| modu::db::teams::find(conn, &team)).await.expect("the team is stored").member_count
}

async fn audit_actions(app: &TestApp) -> Vec<String> {
    app.with_conn(|conn| {
        use modu::db::schema::audit_events::dsl;
        dsl::audit_events.select(dsl::action).order(dsl::id.asc()).load::<String>(conn)
    })
    .await
}

async fn invitation_count(app: &TestApp) -> i64 {
    app.with_conn(|conn| modu::db::schema::team_invitations::table.count().get_result(conn)).await
}

fn team_entry(team: &str) -> Value {
    json!({ "team_id": team, "answers": complete_hackathon() })
}

async fn draft_team_entry(app: &TestApp, leader: &Account, contest: &str, team: &str) -> Value {
    let created = start_entry(app, &leader.access_token, contest, &team_entry(team)).await;
    assert_eq!(created.status(), 201, "{}", created.text().await.unwrap());
    created.json().await.unwrap()
}

/// An open hackathon with a team of two (the leader and a member); returns
/// the world, contest, leader, member and team.
async fn team_of_two(teams: Value) -> (World, String, Account, Account, String) {
    let (w, contest, leader) = open_hackathon_with(teams).await;
    let member = w.app.verified_account(MEMBER).await;
    let team = new_team(&w.app, &leader, &contest, "물빛").await;
    join(&w.app, &leader, &team, &member).await;
    (w, contest, leader, member, team)
}
