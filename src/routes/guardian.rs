//! The legal guardian's consent for a child under 14, given through the link
//! mailed to the guardian. Each consent is recorded with who gave it, when,
//! and how.

use actix_web::{HttpResponse, get, post, web};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::db::email_tokens::{self, Purpose};
use crate::db::{consents, users};
use crate::domain::consent::{CURRENT_VERSION, ConsentDocument, current_documents};
use crate::error::{ApiError, ErrorCode, Problem};
use crate::state::AppState;

fn invalid_link() -> ApiError {
    ApiError::new(ErrorCode::InvalidLink, "This consent link is unknown, already used, or expired.")
}

#[derive(Serialize, ToSchema)]
pub struct GuardianConsentRequest {
    pub child_display_name: String,
    pub guardian_name: String,
    /// What the guardian is asked to agree to (the required documents).
    pub documents: Vec<ConsentDocument>,
}

/// Shows the guardian what they are asked to consent to (the link stays usable).
#[utoipa::path(
    operation_id = "show_guardian_consent",
    tag = "accounts",
    params(("token" = String, Path, description = "The token from the guardian's mail")),
    responses((status = 200, body = GuardianConsentRequest), (status = 400, body = Problem, content_type = "application/problem+json"))
)]
#[get("")] // under /guardian-consents/{token}
#[tracing::instrument(name = "show_guardian_consent", skip_all)]
pub async fn show(state: web::Data<AppState>, token: web::Path<String>) -> Result<HttpResponse, ApiError> {
    let token = token.into_inner();
    let now = state.now();
    let child = state
        .db
        .read(move |conn| {
            let id = email_tokens::peek(conn, &token, Purpose::GuardianConsent, now)?.ok_or_else(invalid_link)?;
            users::find(conn, &id)?.ok_or_else(invalid_link)
        })
        .await?;
    Ok(HttpResponse::Ok().json(GuardianConsentRequest {
        child_display_name: child.display_name,
        guardian_name: child.guardian_name.unwrap_or_default(),
        documents: current_documents().into_iter().filter(|d| d.required).collect(),
    }))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct GuardianConsentAnswer {
    /// Must be `true`: the guardian agrees to every required document.
    pub consent: bool,
}

/// Records the guardian's consent and lifts the account's restriction.
#[utoipa::path(
    tag = "accounts",
    params(("token" = String, Path, description = "The token from the guardian's mail")),
    request_body = GuardianConsentAnswer,
    responses(
        (status = 204, description = "Consent recorded"),
        (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("")] // under /guardian-consents/{token}
#[tracing::instrument(name = "give_guardian_consent", skip_all)]
pub async fn consent(
    state: web::Data<AppState>,
    token: web::Path<String>,
    body: web::Json<GuardianConsentAnswer>,
) -> Result<HttpResponse, ApiError> {
    if !body.consent {
        return Err(ApiError::field("consent", "must_be_true", "Tick the box to give consent."));
    }
    let token = token.into_inner();
    let now = state.now();
    state
        .db
        .write(move |conn| {
            let id = email_tokens::consume(conn, &token, Purpose::GuardianConsent, now)?.ok_or_else(invalid_link)?;
            users::set_guardian_consented(conn, &id, now)?;
            for doc in current_documents().into_iter().filter(|d| d.required) {
                consents::insert(
                    conn,
                    &consents::NewConsent {
                        id: crate::domain::ids::new_id(),
                        user_id: &id,
                        kind: doc.kind.as_str(),
                        version: CURRENT_VERSION,
                        granted: true,
                        given_by: "guardian",
                        method: "guardian_email_link",
                        recorded_at: now,
                    },
                )?;
            }
            crate::db::audit::record(
                conn,
                None,
                "account.guardian_consented",
                ("user", Some(&id)),
                serde_json::json!({}),
                now,
            )?;
            Ok(())
        })
        .await?;
    Ok(HttpResponse::NoContent().finish())
}
