//! The account's own data: export everything held about it, or delete it.
//! The deletion rule is written down in docs/privacy.md.

use actix_web::http::header;
use actix_web::{HttpResponse, delete, get, web};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use utoipa::ToSchema;

use super::views::MeView;
use crate::auth::{AuthUser, refresh_cookie};
use crate::db::{
    audit, consents, email_tokens, entries, files, idempotency, organizations, outbox, refresh_tokens, teams, users,
};
use crate::domain::password;
use crate::domain::time::{format, serialize_option};
use crate::error::{ApiError, Problem};
use crate::state::AppState;

#[derive(Serialize, ToSchema)]
pub struct DataExport {
    #[schema(value_type = String, format = DateTime)]
    pub exported_at: String,
    pub account: MeView,
    /// The legal guardian, for accounts of children under 14.
    #[schema(value_type = Object)]
    pub guardian: Option<Value>,
    #[schema(value_type = Vec<Object>)]
    pub consents: Vec<Value>,
    #[schema(value_type = Vec<Object>)]
    pub organizations: Vec<Value>,
    /// Sign-in sessions (refresh-token families), without the tokens.
    #[schema(value_type = Vec<Object>)]
    pub sessions: Vec<Value>,
    /// Mail sent to the account (subjects and times; bodies are not kept).
    #[schema(value_type = Vec<Object>)]
    pub emails: Vec<Value>,
    /// Contest entries, drafts included, with their answers.
    #[schema(value_type = Vec<Object>)]
    pub entries: Vec<Value>,
    /// Teams the account is in, with its role in each.
    #[schema(value_type = Vec<Object>)]
    pub teams: Vec<Value>,
    /// Team invitations addressed to the account's email, with their answers.
    #[schema(value_type = Vec<Object>)]
    pub team_invitations: Vec<Value>,
    /// What the account did, from the audit trail.
    #[schema(value_type = Vec<Object>)]
    pub activity: Vec<Value>,
}

#[derive(Serialize)]
struct Session {
    family_id: String,
    #[serde(serialize_with = "crate::domain::time::serialize")]
    last_issued_at: chrono::NaiveDateTime,
    #[serde(serialize_with = "serialize_option")]
    revoked_at: Option<chrono::NaiveDateTime>,
}

/// Everything Modu holds about the signed-in account, as one JSON document.
#[utoipa::path(
    operation_id = "export_my_data",
    tag = "me",
    security(("bearer" = [])),
    responses((status = 200, body = DataExport), (status = 401, body = Problem, content_type = "application/problem+json"))
)]
#[get("/me/export")]
#[tracing::instrument(name = "export_my_data", skip_all, fields(user_id = %auth.id()))]
pub async fn export(state: web::Data<AppState>, auth: AuthUser) -> Result<HttpResponse, ApiError> {
    let user = auth.user;
    let now = state.clock.now();
    let id = user.id.clone();
    let email = user.email.clone();
    let (consent_rows, memberships, tokens, mails, events, entry_rows, file_rows, team_rows, invitation_rows) = state
        .db
        .read(move |conn| {
            let invitations = match &email {
                Some(email) => teams::all_to(conn, email)?,
                None => Vec::new(),
            };
            Ok((
                consents::list_for_user(conn, &id)?,
                organizations::memberships_of(conn, &id)?,
                refresh_tokens::list_for_user(conn, &id)?,
                outbox::sent_to_user(conn, &id)?,
                audit::by_actor(conn, &id)?,
                entries::all_for_user(conn, &id)?,
                files::of_user(conn, &id)?,
                teams::teams_of(conn, &id)?,
                invitations,
            ))
        })
        .await?;
    let mut sessions: Vec<Session> = Vec::new();
    for token in tokens {
        match sessions.iter_mut().find(|s| s.family_id == token.family_id) {
            Some(s) => {
                s.last_issued_at = s.last_issued_at.max(token.created_at);
                s.revoked_at = s.revoked_at.or(token.revoked_at);
            }
            None => sessions.push(Session {
                family_id: token.family_id,
                last_issued_at: token.created_at,
                revoked_at: token.revoked_at,
            }),
        }
    }
    let body = DataExport {
        exported_at: now.to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
        account: MeView::from(&user),
        guardian: user.guardian_email.as_ref().map(|email| {
            json!({
                "name": user.guardian_name,
                "email": email,
                "consented_at": user.guardian_consented_at.map(format),
            })
        }),
        consents: consent_rows
            .into_iter()
            .map(|c| {
                json!({ "kind": c.kind, "version": c.version, "granted": c.granted, "given_by": c.given_by,
                        "method": c.method, "recorded_at": format(c.recorded_at) })
            })
            .collect(),
        organizations: memberships
            .into_iter()
            .map(|(org, role)| json!({ "id": org.id, "name_ko": org.name_ko, "role": role }))
            .collect(),
        sessions: sessions.into_iter().filter_map(|s| serde_json::to_value(s).ok()).collect(),
        emails: mails
            .into_iter()
            .map(|(subject, at, status)| json!({ "subject": subject, "queued_at": format(at), "status": status }))
            .collect(),
        entries: entry_rows
            .into_iter()
            .map(|e| {
                let files: Vec<Value> = file_rows
                    .iter()
                    .filter(|f| f.entry_id == e.id)
                    .map(|f| {
                        json!({ "id": f.id, "slot": f.slot, "kind": f.kind, "size_bytes": f.size_bytes,
                                "sha256": f.sha256, "original_name": f.original_name,
                                "uploaded_at": format(f.created_at) })
                    })
                    .collect();
                json!({ "id": e.id, "contest_id": e.contest_id, "status": e.status, "category": e.category,
                        "answers": serde_json::from_str::<Value>(&e.answers).unwrap_or(Value::Null),
                        "receipt_number": e.receipt_number, "submitted_at": e.submitted_at.map(format),
                        "screening": e.screening, "screening_reason": e.screening_reason,
                        "files": files, "created_at": format(e.created_at) })
            })
            .collect(),
        teams: team_rows
            .into_iter()
            .map(|(t, joined_at)| {
                json!({ "id": t.id, "contest_id": t.contest_id, "name": t.name,
                        "role": if t.leader_id == user.id { "leader" } else { "member" },
                        "joined_at": format(joined_at) })
            })
            .collect(),
        team_invitations: invitation_rows
            .into_iter()
            .map(|(i, team_name)| {
                json!({ "team_id": i.team_id, "team_name": team_name, "received_at": format(i.created_at),
                        "answer": i.answer, "answered_at": i.answered_at.map(format) })
            })
            .collect(),
        activity: events
            .into_iter()
            .map(|e| json!({ "action": e.action, "object_type": e.object_type, "object_id": e.object_id, "at": format(e.created_at) }))
            .collect(),
    };
    Ok(HttpResponse::Ok()
        .insert_header((header::CONTENT_DISPOSITION, "attachment; filename=\"modu-my-data.json\""))
        .json(body))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DeleteAccountRequest {
    /// The current password, to confirm.
    pub password: String,
}

/// Deletes the account: personal data is erased at once; what a contest's
/// record must keep stays, anonymized.
#[utoipa::path(
    tag = "me",
    security(("bearer" = [])),
    request_body = DeleteAccountRequest,
    responses(
        (status = 204, description = "Deleted"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    )
)]
#[delete("/me")]
#[tracing::instrument(name = "delete_account", skip_all, fields(user_id = %auth.id()))]
pub async fn delete_account(
    state: web::Data<AppState>,
    auth: AuthUser,
    body: web::Json<DeleteAccountRequest>,
) -> Result<HttpResponse, ApiError> {
    let candidate = body.into_inner().password;
    let stored = auth.user.password_hash.clone();
    let matches =
        password::off_thread(move || password::verify(&candidate, &stored)).await.map_err(ApiError::internal)?;
    if !matches {
        return Err(ApiError::field("password", "incorrect", "The password is wrong."));
    }
    let now = state.now();
    let id = auth.user.id;
    let email = auth.user.email;
    let erased_files = state
        .db
        .write(move |conn| {
            // Invitations name the address; memberships stay, anonymized with
            // the account row, like entries (docs/privacy.md).
            if let Some(email) = &email {
                teams::delete_invitations_to(conn, email)?;
                // A judge's place on a panel keeps its id (scores point at the
                // account) but no longer the address.
                crate::db::stages::forget_email(conn, email, &id)?;
            }
            crate::publication::forget_entrant(conn, &id)?;
            users::anonymize(conn, &id, now)?;
            consents::delete_for_user(conn, &id)?;
            email_tokens::delete_for_user(conn, &id)?;
            refresh_tokens::delete_for_user(conn, &id)?;
            organizations::delete_memberships_of(conn, &id)?;
            outbox::delete_for_user(conn, &id)?;
            // Draft files go with their drafts (the rows by ON DELETE CASCADE, the bytes below).
            let draft_files = files::storage_keys_in_drafts_of(conn, &id)?;
            entries::delete_drafts_of(conn, &id)?;
            idempotency::delete_for_user(conn, &id)?;
            audit::record(conn, Some(&id), "account.deleted", ("user", Some(&id)), json!({}), now)?;
            Ok(draft_files)
        })
        .await?;
    super::files::remove_stored(&state, erased_files).await;
    Ok(HttpResponse::NoContent().cookie(refresh_cookie::removal(&state.settings)).finish())
}
