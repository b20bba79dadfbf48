//! Creating a team: who may, in which contests, with which names.

use super::*;

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
