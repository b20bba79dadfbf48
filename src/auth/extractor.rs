//! `AuthUser`: the account behind a valid `Authorization: Bearer` access token.
//! Every request re-reads the account, so a deleted account, a role change or
//! the "tokens valid after" instant takes effect at once.

use actix_web::http::header::AUTHORIZATION;
use actix_web::{FromRequest, HttpRequest, dev::Payload, web};
use futures_util::future::LocalBoxFuture;

use super::jwt::AccessClaims;
use crate::db::users::{self, User};
use crate::error::ApiError;
use crate::state::AppState;

#[derive(Clone)]
pub struct AuthUser {
    pub user: User,
    pub claims: AccessClaims,
}

impl AuthUser {
    pub fn id(&self) -> &str {
        &self.user.id
    }
}

fn bearer_token(req: &HttpRequest) -> Result<String, ApiError> {
    let header = req.headers().get(AUTHORIZATION).ok_or_else(ApiError::unauthenticated)?;
    let value = header.to_str().map_err(|_| ApiError::invalid_token())?;
    let (scheme, token) = value.split_once(' ').ok_or_else(ApiError::invalid_token)?;
    if !scheme.eq_ignore_ascii_case("bearer") || token.trim().is_empty() {
        return Err(ApiError::invalid_token());
    }
    Ok(token.trim().to_owned())
}

impl FromRequest for AuthUser {
    type Error = ApiError;
    type Future = LocalBoxFuture<'static, Result<Self, ApiError>>;

    fn from_request(req: &HttpRequest, _payload: &mut Payload) -> Self::Future {
        let state = req.app_data::<web::Data<AppState>>().cloned();
        let token = bearer_token(req);
        Box::pin(async move {
            let state = state.ok_or_else(|| ApiError::internal(anyhow::anyhow!("AppState is not registered")))?;
            let token = token?;
            let claims = state.jwt.verify(&token, state.clock.now()).map_err(|_| ApiError::invalid_token())?;
            let user_id = claims.sub.clone();
            let user = state
                .db
                .read(move |conn| Ok(users::find(conn, &user_id)?))
                .await?
                .ok_or_else(ApiError::invalid_token)?;
            if claims.iat_ms < user.tokens_valid_after.and_utc().timestamp_millis() {
                return Err(ApiError::invalid_token());
            }
            Ok(AuthUser { user, claims })
        })
    }
}
