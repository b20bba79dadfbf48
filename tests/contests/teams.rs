//! Teams: a leader creates one, invites by email, members accept or decline;
//! size limits and one team per person per contest hold under concurrency;
//! the team's entry is the leader's to create and submit and its members' to read.

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

// ---------------------------------------------------------------- creating

#[tokio::test]
async fn a_participant_creates_a_team_and_leads_it() {
    let (w, contest, leader) = open_hackathon().await;

    let created = create_team(&w.app, &leader.access_token, &contest, &json!({ "name": "  물빛 팀 " })).await;

    assert_eq!(created.status(), 201);
    let team: Value = created.json().await.unwrap();
    assert_eq!(team["name"], "물빛 팀");
    assert_eq!(team["contest_id"], contest);
    assert_eq!(team["leader_id"], leader.id);
    assert_eq!(team["member_count"], 1);
    assert_eq!(team["members"].as_array().unwrap().len(), 1);
    assert_eq!(team["members"][0]["user_id"], leader.id);
    assert_eq!(team["members"][0]["is_leader"], true);
    assert_eq!(team_json(&w.app, &leader.access_token, &id_of(&team)).await["name"], "물빛 팀");
    let mine: Value = w.app.get_as("/api/v1/me/teams", &leader.access_token).await.json().await.unwrap();
    assert_eq!(mine[0]["id"], team["id"]);
    assert_eq!(mine[0]["is_leader"], true);
    assert!(audit_actions(&w.app).await.contains(&"team.created".to_owned()));
}

#[tokio::test]
async fn a_hackathon_takes_teams_of_two_to_five_by_default() {
    let w = world().await;

    let contest = w.open_contest(hackathon("smart-hack", Value::Null)).await;

    assert_eq!(
        contest["eligibility"]["teams"],
        json!({ "min_size": 2, "max_size": 5, "required": true, "max_entries_per_team": 1 })
    );
}

#[tokio::test]
async fn team_sizes_that_do_not_fit_together_are_refused_with_the_contest() {
    let w = world().await;

    let response = w.create_contest(&hackathon("smart-hack", json!({ "min_size": 4, "max_size": 3 }))).await;

    let body = problem(response, 422, "validation_failed").await;
    assert_eq!(problem_fields(&body), vec!["eligibility.teams.max_size"]);
    let response = w.create_contest(&hackathon("smart-hack", json!({ "min_size": 2, "max_size": 51 }))).await;
    let body = problem(response, 422, "validation_failed").await;
    assert_eq!(problem_fields(&body), vec!["eligibility.teams.max_size"]);
}

#[tokio::test]
async fn a_contest_without_teams_refuses_team_creation() {
    let w = world().await;
    let contest = w.open_naming_contest("eco-delta").await;
    let citizen = w.app.verified_account(LEADER).await;

    let response = create_team(&w.app, &citizen.access_token, &contest, &json!({ "name": "물빛" })).await;

    problem(response, 409, "conflict").await;
    assert_eq!(team_count(&w.app).await, 0);
}

#[tokio::test]
async fn a_team_cannot_be_created_before_the_contest_opens() {
    let w = world().await;
    let mut doc = hackathon("smart-hack", Value::Null);
    doc["opens_at"] = json!((chrono::Utc::now() + TimeDelta::days(1)).to_rfc3339());
    let contest = id_of(&w.open_contest(doc).await);
    let leader = w.app.verified_account(LEADER).await;

    let response = create_team(&w.app, &leader.access_token, &contest, &json!({ "name": "물빛" })).await;

    problem(response, 409, "deadline_passed").await;
    assert_eq!(team_count(&w.app).await, 0);
}

#[tokio::test]
async fn team_names_must_be_one_to_fifty_characters() {
    let (w, contest, leader) = open_hackathon().await;

    for name in ["", "   ", &"가".repeat(51)] {
        let response = create_team(&w.app, &leader.access_token, &contest, &json!({ "name": name })).await;
        let body = problem(response, 422, "validation_failed").await;
        assert_eq!(problem_fields(&body), vec!["name"]);
    }
    assert_eq!(team_count(&w.app).await, 0);
}

#[tokio::test]
async fn a_team_body_of_the_wrong_shape_is_a_bad_body() {
    let (w, contest, leader) = open_hackathon().await;

    for body in [json!({}), json!({ "name": "물빛", "size": 3 }), json!({ "name": 7 })] {
        let response = create_team(&w.app, &leader.access_token, &contest, &body).await;
        problem(response, 400, "invalid_body").await;
    }
    assert_eq!(team_count(&w.app).await, 0);
}

#[tokio::test]
async fn a_team_in_an_unknown_contest_is_not_found() {
    let (w, _, leader) = open_hackathon().await;

    for contest in [modu::domain::ids::new_id(), "not-an-id".to_owned()] {
        let response = create_team(&w.app, &leader.access_token, &contest, &json!({ "name": "물빛" })).await;
        problem(response, 404, "not_found").await;
    }
    assert_eq!(team_count(&w.app).await, 0);
}

#[tokio::test]
async fn two_teams_of_one_contest_cannot_share_a_name() {
    let (w, contest, leader) = open_hackathon().await;
    new_team(&w.app, &leader, &contest, "물빛").await;
    let other = w.app.verified_account(MEMBER).await;

    let response = create_team(&w.app, &other.access_token, &contest, &json!({ "name": "물빛" })).await;

    problem(response, 409, "conflict").await;
    assert_eq!(team_count(&w.app).await, 1);
}

#[tokio::test]
async fn an_unverified_account_cannot_create_a_team() {
    let (w, contest, _) = open_hackathon().await;
    let unverified = w.app.unverified_account(OUTSIDER).await;

    let response = create_team(&w.app, &unverified.access_token, &contest, &json!({ "name": "물빛" })).await;

    problem(response, 403, "account_restricted").await;
    assert_eq!(team_count(&w.app).await, 0);
}

#[tokio::test]
async fn a_leader_cannot_create_a_second_team_in_the_same_contest() {
    let (w, contest, leader) = open_hackathon().await;
    new_team(&w.app, &leader, &contest, "물빛").await;

    let response = create_team(&w.app, &leader.access_token, &contest, &json!({ "name": "바람" })).await;

    problem(response, 409, "already_in_team").await;
    assert_eq!(team_count(&w.app).await, 1);
}

#[tokio::test]
async fn teams_created_at_once_by_one_person_make_one_team() {
    let (w, contest, leader) = open_hackathon().await;

    let responses = join_all((0..5).map(|i| {
        let body = json!({ "name": format!("팀 {i}") });
        let (app, token, contest) = (&w.app, leader.access_token.clone(), contest.clone());
        async move { create_team(app, &token, &contest, &body).await }
    }))
    .await;

    let created = responses.iter().filter(|r| r.status() == 201).count();
    assert_eq!(created, 1);
    for response in responses.into_iter().filter(|r| r.status() != 201) {
        problem(response, 409, "already_in_team").await;
    }
    assert_eq!(team_count(&w.app).await, 1);
}

// ---------------------------------------------------------------- inviting

#[tokio::test]
async fn an_invitation_arrives_by_mail_and_waits_for_the_invitee() {
    let (w, contest, leader) = open_hackathon().await;
    let member = w.app.verified_account(MEMBER).await;
    let team = new_team(&w.app, &leader, &contest, "물빛").await;

    let invited = invite(&w.app, &leader.access_token, &team, "  Member@Example.KR ").await;

    assert_eq!(invited.status(), 201);
    let view: Value = invited.json().await.unwrap();
    assert_eq!(view["email"], MEMBER);
    let mail = w.app.mailbox.wait_for(MEMBER, 2).await;
    let invitation_mail = mail.iter().find(|m| m.subject.contains("팀 초대")).expect("an invitation mail");
    assert!(invitation_mail.text.contains("'물빛' 팀"), "{}", invitation_mail.text);
    assert!(invitation_mail.text.contains("스마트시티 해커톤"));
    assert!(invitation_mail.text.contains("http://modu.test/me/invitations"));
    let pending: Value = my_invitations(&w.app, &member.access_token).await.json().await.unwrap();
    assert_eq!(pending.as_array().unwrap().len(), 1);
    assert_eq!(pending[0]["id"], view["id"]);
    assert_eq!(pending[0]["team_name"], "물빛");
    assert_eq!(pending[0]["contest_id"], contest);
    assert_eq!(pending[0]["contest_title"]["ko"], "스마트시티 해커톤");
    assert_eq!(pending[0]["invited_by"], "김민지");
    let team_view = team_json(&w.app, &leader.access_token, &team).await;
    assert_eq!(team_view["invitations"][0]["email"], MEMBER);
    assert!(audit_actions(&w.app).await.contains(&"team.invitation_sent".to_owned()));
}

#[tokio::test]
async fn an_address_without_an_account_gets_the_same_invitation_mail() {
    let (w, contest, leader) = open_hackathon().await;
    let team = new_team(&w.app, &leader, &contest, "물빛").await;

    let invited = invite(&w.app, &leader.access_token, &team, "newcomer@example.kr").await;

    assert_eq!(invited.status(), 201);
    let mail = w.app.mailbox.wait_for("newcomer@example.kr", 1).await;
    assert!(mail[0].subject.contains("팀 초대"));
}

#[tokio::test]
async fn inviting_a_pending_address_again_answers_with_the_same_invitation_and_sends_nothing() {
    let (w, contest, leader) = open_hackathon().await;
    let team = new_team(&w.app, &leader, &contest, "물빛").await;
    let first = invitation(&w.app, &leader, &team, "newcomer@example.kr").await;

    let again = invite(&w.app, &leader.access_token, &team, "NEWCOMER@example.kr").await;

    assert_eq!(again.status(), 200);
    assert_eq!(id_of(&again.json().await.unwrap()), first);
    assert_eq!(invitation_count(&w.app).await, 1);
    w.app.mailbox.wait_for("newcomer@example.kr", 1).await;
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(w.app.mailbox.to("newcomer@example.kr").len(), 1);
}

#[tokio::test]
async fn a_declined_address_can_be_invited_again() {
    let (w, contest, leader) = open_hackathon().await;
    let member = w.app.verified_account(MEMBER).await;
    let team = new_team(&w.app, &leader, &contest, "물빛").await;
    let first = invitation(&w.app, &leader, &team, MEMBER).await;
    assert_eq!(decline(&w.app, &member.access_token, &first).await.status(), 204);

    let again = invite(&w.app, &leader.access_token, &team, MEMBER).await;

    assert_eq!(again.status(), 201);
    assert_eq!(id_of(&again.json().await.unwrap()), first);
    assert_eq!(accept(&w.app, &member.access_token, &first).await.status(), 200);
}

#[tokio::test]
async fn an_invitation_needs_a_valid_email() {
    let (w, contest, leader) = open_hackathon().await;
    let team = new_team(&w.app, &leader, &contest, "물빛").await;

    for email in ["", "plain", "a@b", "a@b.kr\r\nBcc: x@y.kr"] {
        let response = invite(&w.app, &leader.access_token, &team, email).await;
        let body = problem(response, 422, "validation_failed").await;
        assert_eq!(problem_fields(&body), vec!["email"]);
    }
    let response =
        w.app.post_json_as(&format!("/api/v1/teams/{team}/invitations"), &leader.access_token, &json!({})).await;
    problem(response, 400, "invalid_body").await;
    assert_eq!(invitation_count(&w.app).await, 0);
}

#[tokio::test]
async fn only_the_leader_invites() {
    let (w, contest, leader) = open_hackathon().await;
    let member = w.app.verified_account(MEMBER).await;
    let outsider = w.app.verified_account(OUTSIDER).await;
    let team = new_team(&w.app, &leader, &contest, "물빛").await;
    join(&w.app, &leader, &team, &member).await;

    let by_member = invite(&w.app, &member.access_token, &team, "friend@example.kr").await;
    let by_outsider = invite(&w.app, &outsider.access_token, &team, "friend@example.kr").await;
    let to_unknown_team = invite(&w.app, &leader.access_token, &modu::domain::ids::new_id(), "friend@example.kr").await;

    problem(by_member, 403, "forbidden").await;
    problem(by_outsider, 404, "not_found").await;
    problem(to_unknown_team, 404, "not_found").await;
    assert_eq!(invitation_count(&w.app).await, 1);
}

#[tokio::test]
async fn a_member_cannot_be_invited_again() {
    let (w, contest, leader) = open_hackathon().await;
    let member = w.app.verified_account(MEMBER).await;
    let team = new_team(&w.app, &leader, &contest, "물빛").await;
    join(&w.app, &leader, &team, &member).await;

    problem(invite(&w.app, &leader.access_token, &team, MEMBER).await, 409, "conflict").await;
    problem(invite(&w.app, &leader.access_token, &team, LEADER).await, 409, "conflict").await;
}

#[tokio::test]
async fn a_full_team_sends_no_more_invitations() {
    let (w, contest, leader) = open_hackathon_with(json!({ "min_size": 1, "max_size": 2 })).await;
    let member = w.app.verified_account(MEMBER).await;
    let team = new_team(&w.app, &leader, &contest, "물빛").await;
    join(&w.app, &leader, &team, &member).await;

    let response = invite(&w.app, &leader.access_token, &team, "friend@example.kr").await;

    problem(response, 409, "team_full").await;
}

#[tokio::test]
async fn only_members_see_a_team_and_only_the_leader_sees_invited_addresses() {
    let (w, contest, leader) = open_hackathon().await;
    let member = w.app.verified_account(MEMBER).await;
    let outsider = w.app.verified_account(OUTSIDER).await;
    let team = new_team(&w.app, &leader, &contest, "물빛").await;
    join(&w.app, &leader, &team, &member).await;
    invitation(&w.app, &leader, &team, "friend@example.kr").await;

    let as_member = team_json(&w.app, &member.access_token, &team).await;
    let as_leader = team_json(&w.app, &leader.access_token, &team).await;

    assert_eq!(as_member["members"].as_array().unwrap().len(), 2);
    assert_eq!(as_member["members"][1]["display_name"], "김민지");
    assert!(as_member["invitations"][0]["email"].is_null());
    assert_eq!(as_leader["invitations"][0]["email"], "friend@example.kr");
    problem(show_team(&w.app, &outsider.access_token, &team).await, 404, "not_found").await;
    problem(show_team(&w.app, &leader.access_token, "not-an-id").await, 404, "not_found").await;
}

// ---------------------------------------------------------------- answering

#[tokio::test]
async fn an_invitee_accepts_and_becomes_a_member() {
    let (w, contest, leader) = open_hackathon().await;
    let member = w.app.verified_account(MEMBER).await;
    let team = new_team(&w.app, &leader, &contest, "물빛").await;
    let id = invitation(&w.app, &leader, &team, MEMBER).await;

    let accepted = accept(&w.app, &member.access_token, &id).await;

    assert_eq!(accepted.status(), 200);
    let view: Value = accepted.json().await.unwrap();
    assert_eq!(view["member_count"], 2);
    assert_eq!(view["members"][1]["user_id"], member.id);
    assert_eq!(view["members"][1]["is_leader"], false);
    assert!(view["invitations"].as_array().unwrap().is_empty());
    assert_eq!(stored_member_count(&w.app, &team).await, 2);
    let pending: Value = my_invitations(&w.app, &member.access_token).await.json().await.unwrap();
    assert!(pending.as_array().unwrap().is_empty());
    let mine: Value = w.app.get_as("/api/v1/me/teams", &member.access_token).await.json().await.unwrap();
    assert_eq!(mine[0]["id"], team);
    assert_eq!(mine[0]["is_leader"], false);
    assert!(audit_actions(&w.app).await.contains(&"team.joined".to_owned()));
    problem(accept(&w.app, &member.access_token, &id).await, 409, "conflict").await;
}

#[tokio::test]
async fn an_invitee_declines() {
    let (w, contest, leader) = open_hackathon().await;
    let member = w.app.verified_account(MEMBER).await;
    let team = new_team(&w.app, &leader, &contest, "물빛").await;
    let id = invitation(&w.app, &leader, &team, MEMBER).await;

    let declined = decline(&w.app, &member.access_token, &id).await;

    assert_eq!(declined.status(), 204);
    assert_eq!(member_ids(&w.app, &team).await, vec![leader.id.clone()]);
    let pending: Value = my_invitations(&w.app, &member.access_token).await.json().await.unwrap();
    assert!(pending.as_array().unwrap().is_empty());
    assert!(team_json(&w.app, &leader.access_token, &team).await["invitations"].as_array().unwrap().is_empty());
    problem(accept(&w.app, &member.access_token, &id).await, 409, "conflict").await;
    problem(decline(&w.app, &member.access_token, &id).await, 409, "conflict").await;
    assert!(audit_actions(&w.app).await.contains(&"team.invitation_declined".to_owned()));
}

#[tokio::test]
async fn someone_else_cannot_answer_an_invitation() {
    let (w, contest, leader) = open_hackathon().await;
    let member = w.app.verified_account(MEMBER).await;
    let outsider = w.app.verified_account(OUTSIDER).await;
    let team = new_team(&w.app, &leader, &contest, "물빛").await;
    let id = invitation(&w.app, &leader, &team, MEMBER).await;

    problem(accept(&w.app, &outsider.access_token, &id).await, 404, "not_found").await;
    problem(decline(&w.app, &outsider.access_token, &id).await, 404, "not_found").await;
    problem(accept(&w.app, &leader.access_token, &id).await, 404, "not_found").await;
    problem(accept(&w.app, &member.access_token, "not-an-id").await, 404, "not_found").await;

    assert_eq!(member_ids(&w.app, &team).await, vec![leader.id.clone()]);
    assert_eq!(accept(&w.app, &member.access_token, &id).await.status(), 200);
}

#[tokio::test]
async fn an_unverified_account_of_the_invited_address_cannot_answer() {
    let (w, contest, leader) = open_hackathon().await;
    let unverified = w.app.unverified_account(MEMBER).await;
    let team = new_team(&w.app, &leader, &contest, "물빛").await;
    let id = invitation(&w.app, &leader, &team, MEMBER).await;

    problem(accept(&w.app, &unverified.access_token, &id).await, 403, "account_restricted").await;
    problem(decline(&w.app, &unverified.access_token, &id).await, 403, "account_restricted").await;
    problem(my_invitations(&w.app, &unverified.access_token).await, 403, "account_restricted").await;
    assert_eq!(member_ids(&w.app, &team).await, vec![leader.id.clone()]);
}

#[tokio::test]
async fn an_invitation_expires_after_seven_days() {
    let (w, contest, leader) = open_hackathon().await;
    w.app.verified_account(MEMBER).await;
    let team = new_team(&w.app, &leader, &contest, "물빛").await;
    let id = invitation(&w.app, &leader, &team, MEMBER).await;

    w.app.advance_clock(TimeDelta::days(7) + TimeDelta::minutes(1));
    let member = w.app.signed_in(MEMBER, PASSWORD).await;

    problem(accept(&w.app, &member.access_token, &id).await, 409, "invitation_expired").await;
    let pending: Value = my_invitations(&w.app, &member.access_token).await.json().await.unwrap();
    assert!(pending.as_array().unwrap().is_empty());
    assert_eq!(member_ids(&w.app, &team).await.len(), 1);
    let leader = w.app.signed_in(LEADER, PASSWORD).await;
    assert_eq!(invite(&w.app, &leader.access_token, &team, MEMBER).await.status(), 201, "renewed");
    assert_eq!(accept(&w.app, &member.access_token, &id).await.status(), 200);
}

#[tokio::test]
async fn six_parallel_accepts_into_a_team_of_three_leave_exactly_three_members() {
    let (w, contest, leader) = open_hackathon_with(json!({ "min_size": 2, "max_size": 3 })).await;
    let team = new_team(&w.app, &leader, &contest, "물빛").await;
    let mut invitees = Vec::new();
    for i in 0..6 {
        let account = w.app.verified_account(&format!("member{i}@example.kr")).await;
        let id = invitation(&w.app, &leader, &team, &account.email).await;
        invitees.push((account, id));
    }

    let responses = join_all(invitees.iter().map(|(a, id)| accept(&w.app, &a.access_token, id))).await;

    let accepted = responses.iter().filter(|r| r.status() == 200).count();
    assert_eq!(accepted, 2);
    for response in responses.into_iter().filter(|r| r.status() != 200) {
        problem(response, 409, "team_full").await;
    }
    assert_eq!(member_ids(&w.app, &team).await.len(), 3);
    assert_eq!(stored_member_count(&w.app, &team).await, 3);
}

#[tokio::test]
async fn a_member_of_one_team_cannot_join_another_in_the_same_contest() {
    let (w, contest, leader) = open_hackathon().await;
    let member = w.app.verified_account(MEMBER).await;
    let other_leader = w.app.verified_account(OUTSIDER).await;
    let first = new_team(&w.app, &leader, &contest, "물빛").await;
    let second = new_team(&w.app, &other_leader, &contest, "바람").await;
    join(&w.app, &leader, &first, &member).await;
    let id = invitation(&w.app, &other_leader, &second, MEMBER).await;

    problem(accept(&w.app, &member.access_token, &id).await, 409, "already_in_team").await;
    problem(
        create_team(&w.app, &member.access_token, &contest, &json!({ "name": "구름" })).await,
        409,
        "already_in_team",
    )
    .await;
    assert_eq!(member_ids(&w.app, &second).await, vec![other_leader.id.clone()]);
}

#[tokio::test]
async fn accepting_five_teams_at_once_joins_exactly_one() {
    let (w, contest, _) = open_hackathon().await;
    let member = w.app.verified_account(MEMBER).await;
    let mut invitations = Vec::new();
    for i in 0..5 {
        let leader = w.app.verified_account(&format!("leader{i}@example.kr")).await;
        let team = new_team(&w.app, &leader, &contest, &format!("팀 {i}")).await;
        invitations.push(invitation(&w.app, &leader, &team, MEMBER).await);
    }

    let responses = join_all(invitations.iter().map(|id| accept(&w.app, &member.access_token, id))).await;

    assert_eq!(responses.iter().filter(|r| r.status() == 200).count(), 1);
    for response in responses.into_iter().filter(|r| r.status() != 200) {
        problem(response, 409, "already_in_team").await;
    }
    let teams: Value = w.app.get_as("/api/v1/me/teams", &member.access_token).await.json().await.unwrap();
    assert_eq!(teams.as_array().unwrap().len(), 1);
}

#[tokio::test]
async fn one_person_may_be_in_teams_of_different_contests() {
    let (w, contest, leader) = open_hackathon().await;
    let member = w.app.verified_account(MEMBER).await;
    let other_contest = id_of(&w.open_contest(hackathon("second-hack", Value::Null)).await);
    let first = new_team(&w.app, &leader, &contest, "물빛").await;
    join(&w.app, &leader, &first, &member).await;

    let own = create_team(&w.app, &member.access_token, &other_contest, &json!({ "name": "물빛" })).await;

    assert_eq!(own.status(), 201);
}

// ---------------------------------------------------------------- leaving

#[tokio::test]
async fn the_leader_removes_a_member() {
    let (w, contest, leader) = open_hackathon().await;
    let member = w.app.verified_account(MEMBER).await;
    let team = new_team(&w.app, &leader, &contest, "물빛").await;
    join(&w.app, &leader, &team, &member).await;

    let removed = remove(&w.app, &leader.access_token, &team, &member.id).await;

    assert_eq!(removed.status(), 204);
    assert_eq!(member_ids(&w.app, &team).await, vec![leader.id.clone()]);
    assert_eq!(stored_member_count(&w.app, &team).await, 1);
    problem(show_team(&w.app, &member.access_token, &team).await, 404, "not_found").await;
    assert!(audit_actions(&w.app).await.contains(&"team.member_removed".to_owned()));
}

#[tokio::test]
async fn a_member_leaves_but_cannot_remove_others() {
    let (w, contest, leader) = open_hackathon_with(json!({ "min_size": 1, "max_size": 3 })).await;
    let member = w.app.verified_account(MEMBER).await;
    let other = w.app.verified_account(OUTSIDER).await;
    let team = new_team(&w.app, &leader, &contest, "물빛").await;
    join(&w.app, &leader, &team, &member).await;
    join(&w.app, &leader, &team, &other).await;

    problem(remove(&w.app, &member.access_token, &team, &other.id).await, 403, "forbidden").await;
    problem(remove(&w.app, &member.access_token, &team, &leader.id).await, 403, "forbidden").await;
    let left = remove(&w.app, &member.access_token, &team, &member.id).await;

    assert_eq!(left.status(), 204);
    assert_eq!(stored_member_count(&w.app, &team).await, 2);
    assert!(audit_actions(&w.app).await.contains(&"team.member_left".to_owned()));
    problem(remove(&w.app, &member.access_token, &team, &other.id).await, 404, "not_found").await;
}

#[tokio::test]
async fn removing_someone_outside_the_team_is_not_found() {
    let (w, contest, leader) = open_hackathon().await;
    let outsider = w.app.verified_account(OUTSIDER).await;
    let team = new_team(&w.app, &leader, &contest, "물빛").await;

    problem(remove(&w.app, &leader.access_token, &team, &outsider.id).await, 404, "not_found").await;
    problem(remove(&w.app, &outsider.access_token, &team, &leader.id).await, 404, "not_found").await;
    problem(remove(&w.app, &leader.access_token, &team, "not-an-id").await, 404, "not_found").await;
    assert_eq!(member_ids(&w.app, &team).await, vec![leader.id.clone()]);
}

#[tokio::test]
async fn a_leader_with_members_cannot_leave_but_a_lone_leader_dissolves_the_team() {
    let (w, contest, leader) = open_hackathon().await;
    let member = w.app.verified_account(MEMBER).await;
    let team = new_team(&w.app, &leader, &contest, "물빛").await;
    join(&w.app, &leader, &team, &member).await;

    problem(remove(&w.app, &leader.access_token, &team, &leader.id).await, 409, "conflict").await;
    assert_eq!(remove(&w.app, &leader.access_token, &team, &member.id).await.status(), 204);
    start_entry(&w.app, &leader.access_token, &contest, &team_entry(&team)).await;
    invitation(&w.app, &leader, &team, "friend@example.kr").await;
    let left = remove(&w.app, &leader.access_token, &team, &leader.id).await;

    assert_eq!(left.status(), 204);
    assert_eq!(team_count(&w.app).await, 0);
    assert_eq!(invitation_count(&w.app).await, 0);
    assert!(entry_rows(&w.app, &contest).await.is_empty(), "the team's draft goes with it");
    assert_eq!(new_team(&w.app, &leader, &contest, "바람").await.len(), 36, "free to lead another team");
}

// ---------------------------------------------------------------- the team's entry

#[tokio::test]
async fn a_contest_for_teams_only_refuses_an_entry_without_a_team() {
    let (w, contest, leader) = open_hackathon().await;

    let response =
        start_entry(&w.app, &leader.access_token, &contest, &json!({ "answers": complete_hackathon() })).await;

    problem(response, 422, "team_required").await;
    assert!(entry_rows(&w.app, &contest).await.is_empty());
}

#[tokio::test]
async fn the_leader_starts_the_teams_entry_and_members_cannot() {
    let (w, contest, leader) = open_hackathon().await;
    let member = w.app.verified_account(MEMBER).await;
    let outsider = w.app.verified_account(OUTSIDER).await;
    let team = new_team(&w.app, &leader, &contest, "물빛").await;
    join(&w.app, &leader, &team, &member).await;

    let by_leader = start_entry(&w.app, &leader.access_token, &contest, &team_entry(&team)).await;
    let by_member = start_entry(&w.app, &member.access_token, &contest, &team_entry(&team)).await;
    let by_outsider = start_entry(&w.app, &outsider.access_token, &contest, &team_entry(&team)).await;
    let unknown = start_entry(&w.app, &leader.access_token, &contest, &team_entry("not-an-id")).await;

    assert_eq!(by_leader.status(), 201);
    assert_eq!(by_leader.json::<Value>().await.unwrap()["team_id"], team);
    problem(by_member, 403, "forbidden").await;
    assert_eq!(problem_fields(&problem(by_outsider, 422, "validation_failed").await), vec!["team_id"]);
    assert_eq!(problem_fields(&problem(unknown, 422, "validation_failed").await), vec!["team_id"]);
    assert_eq!(entry_rows(&w.app, &contest).await.len(), 1);
}

#[tokio::test]
async fn a_contest_without_teams_refuses_a_team_entry() {
    let (w, hackathon_contest, leader) = open_hackathon().await;
    let team = new_team(&w.app, &leader, &hackathon_contest, "물빛").await;
    let naming = w.open_naming_contest("eco-delta").await;

    let response =
        start_entry(&w.app, &leader.access_token, &naming, &json!({ "team_id": team, "answers": complete_naming() }))
            .await;

    let body = problem(response, 422, "validation_failed").await;
    assert_eq!(problem_fields(&body), vec!["team_id"]);
}

#[tokio::test]
async fn a_team_below_its_minimum_size_cannot_submit() {
    let (w, contest, leader) = open_hackathon().await;
    let member = w.app.verified_account(MEMBER).await;
    let team = new_team(&w.app, &leader, &contest, "물빛").await;
    let entry = id_of(&draft_team_entry(&w.app, &leader, &contest, &team).await);

    problem(submit_entry(&w.app, &leader.access_token, &entry).await, 422, "team_too_small").await;
    assert_eq!(stored_entry(&w.app, &entry).await.status, "draft");

    join(&w.app, &leader, &team, &member).await;
    let submitted = submit_entry(&w.app, &leader.access_token, &entry).await;

    assert_eq!(submitted.status(), 200);
    let stored = stored_entry(&w.app, &entry).await;
    assert_eq!(stored.team_slot, Some(1));
    assert_eq!(stored.slot, None, "a team's entry does not use the leader's own place");
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

#[tokio::test]
async fn only_the_leader_submits_and_withdraws_the_teams_entry() {
    let (w, contest, leader, member, team) = team_of_two(json!({ "min_size": 2, "max_size": 3 })).await;
    let entry = id_of(&draft_team_entry(&w.app, &leader, &contest, &team).await);

    problem(submit_entry(&w.app, &member.access_token, &entry).await, 404, "not_found").await;
    assert_eq!(submit_entry(&w.app, &leader.access_token, &entry).await.status(), 200);
    problem(withdraw_entry(&w.app, &member.access_token, &entry).await, 404, "not_found").await;
    let saved =
        save_entry(&w.app, &member.access_token, &entry, &json!({ "version": 2, "answers": complete_hackathon() }))
            .await;
    problem(saved, 404, "not_found").await;

    assert_eq!(withdraw_entry(&w.app, &leader.access_token, &entry).await.status(), 200);
    let stored = stored_entry(&w.app, &entry).await;
    assert_eq!((stored.status.as_str(), stored.team_slot), ("withdrawn", None));
}

#[tokio::test]
async fn members_read_the_teams_entry_and_outsiders_do_not() {
    let (w, contest, leader, member, team) = team_of_two(json!({ "min_size": 2, "max_size": 3 })).await;
    let outsider = w.app.verified_account(OUTSIDER).await;
    let entry = id_of(&draft_team_entry(&w.app, &leader, &contest, &team).await);

    let as_member = w.app.get_as(&format!("/api/v1/entries/{entry}"), &member.access_token).await;
    let as_outsider = w.app.get_as(&format!("/api/v1/entries/{entry}"), &outsider.access_token).await;

    assert_eq!(as_member.status(), 200);
    assert_eq!(as_member.json::<Value>().await.unwrap()["team_id"], team);
    problem(as_outsider, 404, "not_found").await;
    let mine: Value = w.app.get_as("/api/v1/me/entries", &member.access_token).await.json().await.unwrap();
    assert_eq!(mine["items"].as_array().unwrap().len(), 1);
    assert_eq!(mine["items"][0]["id"], entry);
    let theirs: Value = w.app.get_as("/api/v1/me/entries", &outsider.access_token).await.json().await.unwrap();
    assert!(theirs["items"].as_array().unwrap().is_empty());
    assert_eq!(remove(&w.app, &member.access_token, &team, &member.id).await.status(), 204);
    problem(w.app.get_as(&format!("/api/v1/entries/{entry}"), &member.access_token).await, 404, "not_found").await;
}

#[tokio::test]
async fn a_team_submits_no_more_entries_than_the_contest_allows_even_at_once() {
    let (w, contest, leader, _, team) =
        team_of_two(json!({ "min_size": 2, "max_size": 3, "max_entries_per_team": 2 })).await;
    let mut drafts = Vec::new();
    for _ in 0..5 {
        drafts.push(id_of(&draft_team_entry(&w.app, &leader, &contest, &team).await));
    }

    let responses = join_all(drafts.iter().map(|id| submit_entry(&w.app, &leader.access_token, id))).await;

    assert_eq!(responses.iter().filter(|r| r.status() == 200).count(), 2);
    for response in responses.into_iter().filter(|r| r.status() != 200) {
        problem(response, 409, "entry_limit_reached").await;
    }
    let rows = entry_rows(&w.app, &contest).await;
    let mut slots: Vec<_> = rows.iter().filter_map(|e| e.team_slot).collect();
    slots.sort_unstable();
    assert_eq!(slots, vec![1, 2]);
}

#[tokio::test]
async fn a_member_the_submitted_entry_needs_cannot_leave() {
    let (w, contest, leader, member, team) = team_of_two(json!({ "min_size": 2, "max_size": 3 })).await;
    let entry = id_of(&draft_team_entry(&w.app, &leader, &contest, &team).await);
    assert_eq!(submit_entry(&w.app, &leader.access_token, &entry).await.status(), 200);

    problem(remove(&w.app, &member.access_token, &team, &member.id).await, 422, "team_too_small").await;
    assert_eq!(stored_member_count(&w.app, &team).await, 2);

    assert_eq!(withdraw_entry(&w.app, &leader.access_token, &entry).await.status(), 200);
    assert_eq!(remove(&w.app, &member.access_token, &team, &member.id).await.status(), 204);
}

#[tokio::test]
async fn where_teams_are_optional_people_also_enter_alone() {
    let (w, contest, leader, _, team) = team_of_two(json!({ "min_size": 2, "max_size": 3, "required": false })).await;

    let alone = start_entry(&w.app, &leader.access_token, &contest, &json!({ "answers": complete_hackathon() })).await;
    let as_team = start_entry(&w.app, &leader.access_token, &contest, &team_entry(&team)).await;

    assert_eq!(alone.status(), 201);
    assert!(alone.json::<Value>().await.unwrap()["team_id"].is_null());
    assert_eq!(as_team.status(), 201);
}

// ---------------------------------------------------------------- accounts

#[tokio::test]
async fn a_member_who_deletes_their_account_stays_on_record_anonymized() {
    let (w, _, leader, member, team) = team_of_two(json!({ "min_size": 2, "max_size": 3 })).await;
    let invitee = w.app.verified_account(OUTSIDER).await;
    invitation(&w.app, &leader, &team, OUTSIDER).await;

    let deleted =
        w.app.send_as(Method::DELETE, "/api/v1/me", &member.access_token, &json!({ "password": PASSWORD })).await;
    let invitee_deleted =
        w.app.send_as(Method::DELETE, "/api/v1/me", &invitee.access_token, &json!({ "password": PASSWORD })).await;

    assert_eq!(deleted.status(), 204);
    assert_eq!(invitee_deleted.status(), 204);
    let view = team_json(&w.app, &leader.access_token, &team).await;
    assert_eq!(view["members"][1]["display_name"], "(탈퇴한 회원)");
    assert!(view["invitations"].as_array().unwrap().is_empty(), "invitations naming the address are gone");
    assert_eq!(invitation_count(&w.app).await, 0, "the accepted invitation of the deleted member is gone too");
    assert_eq!(remove(&w.app, &leader.access_token, &team, &member.id).await.status(), 204);
}

#[tokio::test]
async fn the_data_export_lists_teams_and_invitations() {
    let (w, _, _, member, team) = team_of_two(json!({ "min_size": 2, "max_size": 3 })).await;

    let export: Value = w.app.get_as("/api/v1/me/export", &member.access_token).await.json().await.unwrap();

    assert_eq!(export["teams"][0]["id"], team);
    assert_eq!(export["teams"][0]["name"], "물빛");
    assert_eq!(export["teams"][0]["role"], "member");
    assert_eq!(export["team_invitations"][0]["team_name"], "물빛");
    assert_eq!(export["team_invitations"][0]["answer"], "accepted");
}

// ---------------------------------------------------------------- signing in

#[tokio::test]
async fn every_team_endpoint_requires_signing_in() {
    let (w, contest, leader) = open_hackathon().await;
    let team = new_team(&w.app, &leader, &contest, "물빛").await;
    let invitation = invitation(&w.app, &leader, &team, MEMBER).await;
    let requests = [
        (Method::POST, format!("/api/v1/contests/{contest}/teams"), json!({ "name": "바람" })),
        (Method::GET, format!("/api/v1/teams/{team}"), json!({})),
        (Method::GET, "/api/v1/me/teams".to_owned(), json!({})),
        (Method::POST, format!("/api/v1/teams/{team}/invitations"), json!({ "email": OUTSIDER })),
        (Method::GET, "/api/v1/me/team-invitations".to_owned(), json!({})),
        (Method::POST, format!("/api/v1/team-invitations/{invitation}/accept"), json!({})),
        (Method::POST, format!("/api/v1/team-invitations/{invitation}/decline"), json!({})),
        (Method::DELETE, format!("/api/v1/teams/{team}/members/{}", leader.id), json!({})),
    ];

    for (method, path, body) in requests {
        problem(anonymous(&w.app, method, &path, &body).await, 401, "unauthenticated").await;
    }
    assert_eq!(team_count(&w.app).await, 1);
    assert_eq!(member_ids(&w.app, &team).await, vec![leader.id.clone()]);
}
