//! Leaving and removing members, deleted accounts, the data export, and signing in.

use super::*;

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
