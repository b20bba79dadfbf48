//! Sign-in, token refresh and sign-out.

use actix_web::{HttpRequest, HttpResponse, post, web};
use chrono::{NaiveDateTime, TimeDelta};
use serde::Deserialize;
use utoipa::ToSchema;

use super::super::views::TokenResponse;
use crate::auth::client_ip::client_ip;
use crate::auth::refresh_cookie;
use crate::auth::tokens::hash_token;
use crate::db::refresh_tokens::{self, Rotation};
use crate::db::{DbConnection, throttle, users};
use crate::domain::password;
use crate::error::{ApiError, ErrorCode, Problem};
use crate::state::AppState;

/// Starts a new refresh-token family for `user_id` and returns its first token.
pub fn start_session(
    conn: &mut DbConnection,
    state: &AppState,
    user_id: &str,
    now: NaiveDateTime,
) -> diesel::QueryResult<String> {
    let family = crate::domain::ids::new_id();
    refresh_tokens::issue(conn, user_id, &family, refresh_ttl(state), now)
}

fn refresh_ttl(state: &AppState) -> TimeDelta {
    TimeDelta::seconds(i64::try_from(state.settings.refresh_token_ttl_secs).unwrap_or(i64::MAX / 1_000_000))
}

/// Answers with a new access token and sets the refresh cookie.
pub fn token_response(state: &AppState, user_id: &str, refresh_token: String) -> Result<HttpResponse, ApiError> {
    let ttl = state.settings.access_token_ttl_secs;
    let access_token = state.jwt.issue(user_id, state.clock.now(), ttl).map_err(ApiError::internal)?;
    Ok(HttpResponse::Ok().cookie(refresh_cookie::build(refresh_token, &state.settings)).json(TokenResponse {
        access_token,
        token_type: "Bearer",
        expires_in: ttl,
    }))
}

fn invalid_credentials() -> ApiError {
    ApiError::new(ErrorCode::InvalidCredentials, "The email or the password is wrong.")
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SignInRequest {
    pub email: String,
    pub password: String,
}

/// Signs in. Failures are counted per account and per client address; past
/// the limit the answer is 429 with `Retry-After`. Unknown addresses and wrong
/// passwords get the same answer in about the same time.
#[utoipa::path(
    tag = "accounts",
    request_body = SignInRequest,
    responses(
        (status = 200, body = TokenResponse, headers(("set-cookie" = String, description = "The refresh token"))),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 429, body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/auth/sign-in")]
#[tracing::instrument(name = "sign_in", skip_all)]
pub async fn sign_in(
    state: web::Data<AppState>,
    req: HttpRequest,
    body: web::Json<SignInRequest>,
) -> Result<HttpResponse, ApiError> {
    let SignInRequest { email, password: candidate } = body.into_inner();
    let email = email.trim().to_lowercase();
    let account_key = hash_token(&format!("account:{email}"));
    let client = client_ip(&req, &state.settings.trusted_proxies).map(|ip| ip.to_string()).unwrap_or_default();
    let client_key = hash_token(&format!("client:{client}"));
    let now = state.now();
    let limits = state.settings.throttle.clone();
    let window = TimeDelta::seconds(i64::try_from(limits.window_secs).unwrap_or(900));

    // Counting the failures and counting this attempt are one step, under a
    // lock on both keys, so parallel guesses cannot all read the same count and
    // all get past the limit. The attempt counts as a failure until the password
    // is known to match; a success clears the account's count.
    let (keys, since) = ((account_key.clone(), client_key), now - window);
    let user = state
        .db
        .write(move |conn| {
            throttle::lock_keys(conn, &[&keys.0, &keys.1])?;
            let account = throttle::failures_for_account(conn, &keys.0, since)?;
            let client = throttle::failures_for_client(conn, &keys.1, since)?;
            for ((count, oldest), limit) in
                [(account, limits.max_failures_per_account), (client, limits.max_failures_per_client)]
            {
                if count >= i64::from(limit) {
                    let retry = oldest.map_or(window, |t| t + window - now).num_seconds();
                    return Err(ApiError::too_many_requests(u64::try_from(retry).unwrap_or(1)));
                }
            }
            throttle::record_failure(conn, &keys.0, &keys.1, now)?;
            Ok(users::find_by_email(conn, &email)?)
        })
        .await?;

    let stored = user.as_ref().map(|u| u.password_hash.clone());
    let matches = password::off_thread(move || match stored {
        Some(hash) => password::verify(&candidate, &hash),
        None => {
            // Same work as for a known account.
            let _ = password::verify(&candidate, &password::DUMMY_HASH);
            false
        }
    })
    .await
    .map_err(ApiError::internal)?;

    let Some(user) = user.filter(|_| matches) else {
        return Err(invalid_credentials());
    };
    let session_state = state.clone();
    let user_id = user.id.clone();
    let refresh_token = state
        .db
        .write(move |conn| {
            throttle::clear_account(conn, &account_key)?;
            Ok(start_session(conn, &session_state, &user_id, now)?)
        })
        .await?;
    token_response(&state, &user.id, refresh_token)
}

/// Exchanges the refresh cookie for a new access token and a new refresh
/// token. A refresh token that was already used revokes its whole family.
#[utoipa::path(
    tag = "accounts",
    responses(
        (status = 200, body = TokenResponse),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Foreign Origin", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/auth/refresh")]
#[tracing::instrument(name = "refresh", skip_all)]
pub async fn refresh(state: web::Data<AppState>, req: HttpRequest) -> Result<HttpResponse, ApiError> {
    refresh_cookie::check_origin(&req, &state.settings)?;
    let Some(token) = refresh_cookie::read(&req) else {
        return Err(ApiError::unauthenticated());
    };
    let now = state.now();
    let ttl = refresh_ttl(&state);
    let rotation = state
        .db
        .write(move |conn| {
            let rotation = refresh_tokens::rotate(conn, &token, ttl, now, |conn, user_id| {
                Ok(users::find(conn, user_id)?.map(|u| u.tokens_valid_after))
            })?;
            if let Rotation::ReuseDetected { user_id } = &rotation {
                crate::db::audit::record(
                    conn,
                    Some(user_id),
                    "session.refresh_token_reused",
                    ("user", Some(user_id)),
                    serde_json::json!({}),
                    now,
                )?;
            }
            Ok(rotation)
        })
        .await?;
    match rotation {
        Rotation::Rotated { user_id, token } => token_response(&state, &user_id, token),
        Rotation::ReuseDetected { user_id } => {
            tracing::warn!(%user_id, "A retired refresh token was presented; its family is revoked");
            Ok(invalid_session(&state))
        }
        Rotation::Invalid => Ok(invalid_session(&state)),
    }
}

fn invalid_session(state: &AppState) -> HttpResponse {
    let mut response = actix_web::ResponseError::error_response(&ApiError::invalid_token());
    let _ = response.add_cookie(&refresh_cookie::removal(&state.settings));
    response
}

/// Ends this session: its refresh-token family is revoked and the cookie cleared.
#[utoipa::path(
    tag = "accounts",
    responses(
        (status = 204, description = "Signed out"),
        (status = 403, description = "Foreign Origin", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/auth/sign-out")]
#[tracing::instrument(name = "sign_out", skip_all)]
pub async fn sign_out(state: web::Data<AppState>, req: HttpRequest) -> Result<HttpResponse, ApiError> {
    refresh_cookie::check_origin(&req, &state.settings)?;
    if let Some(token) = refresh_cookie::read(&req) {
        let now = state.now();
        state.db.write(move |conn| Ok(refresh_tokens::revoke_family_of(conn, &token, now)?)).await?;
    }
    Ok(HttpResponse::NoContent().cookie(refresh_cookie::removal(&state.settings)).finish())
}
