//! The refresh token travels only in an `HttpOnly`, `SameSite=Strict` cookie
//! scoped to the auth endpoints (`Secure` when served over https). Endpoints
//! that read it also check the request's Origin.

use actix_web::HttpRequest;
use actix_web::cookie::time::Duration as CookieDuration;
use actix_web::cookie::{Cookie, SameSite};
use actix_web::http::header::ORIGIN;

use crate::config::Settings;
use crate::error::{ApiError, ErrorCode};

pub const NAME: &str = "modu_refresh";
pub const PATH: &str = "/api/v1/auth";

pub fn build(token: String, settings: &Settings) -> Cookie<'static> {
    Cookie::build(NAME, token)
        .path(PATH)
        .http_only(true)
        .same_site(SameSite::Strict)
        .secure(settings.is_https())
        .max_age(CookieDuration::seconds(i64::try_from(settings.refresh_token_ttl_secs).unwrap_or(i64::MAX)))
        .finish()
}

pub fn removal(settings: &Settings) -> Cookie<'static> {
    let mut cookie = build(String::new(), settings);
    cookie.make_removal();
    cookie
}

pub fn read(req: &HttpRequest) -> Option<String> {
    req.cookie(NAME).map(|c| c.value().to_owned()).filter(|v| !v.is_empty())
}

/// A browser always sends Origin on POST; it must be this site or a configured
/// CORS origin. Clients that are not browsers send none and are let through
/// (they cannot be tricked into sending someone else's cookie).
pub fn check_origin(req: &HttpRequest, settings: &Settings) -> Result<(), ApiError> {
    let Some(origin) = req.headers().get(ORIGIN) else {
        return Ok(());
    };
    let origin = origin.to_str().unwrap_or_default();
    let allowed =
        origin == settings.public_origin() || settings.cors_origins.iter().any(|o| o.trim_end_matches('/') == origin);
    if allowed {
        Ok(())
    } else {
        Err(ApiError::new(ErrorCode::OriginRejected, "Requests from this origin may not use the session cookie."))
    }
}
