//! Inviting by email, and answering: accept, decline, expiry, and the limits under concurrency.

use super::*;

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
    assert!(invitation_mail.text.contains("http://modu.test/me/teams"));
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
