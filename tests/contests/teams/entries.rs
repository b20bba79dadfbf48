//! The team's entry: the leader's to create, submit and withdraw; its members' to read.

use super::*;

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
