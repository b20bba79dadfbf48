//! Response headers every answer carries: the request id, security headers,
//! and cache rules.

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{self, HeaderName, HeaderValue};
use actix_web::middleware::Next;
use actix_web::{Error, HttpMessage};
use tracing_actix_web::RequestId;

use crate::auth::refresh_cookie;

const API_CSP: &str = "default-src 'none'; frame-ancestors 'none'";
const UI_CSP: &str = "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; \
                      connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

pub async fn response_headers(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, Error> {
    let path = req.path().to_owned();
    let is_api = path.starts_with("/api/v1/") || path == "/health" || path == "/ready";
    let carries_credentials =
        req.headers().contains_key(header::AUTHORIZATION) || req.cookie(refresh_cookie::NAME).is_some();
    let https = req.app_data::<actix_web::web::Data<crate::state::AppState>>().is_some_and(|s| s.settings.is_https());
    let request_id = req.extensions().get::<RequestId>().map(|id| id.to_string());

    let mut res = next.call(req).await?;
    let sets_cookie = res.headers().contains_key(header::SET_COOKIE);
    let headers = res.headers_mut();
    if let Some(id) = request_id.and_then(|id| HeaderValue::from_str(&id).ok()) {
        headers.insert(HeaderName::from_static("x-request-id"), id);
    }
    headers.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    // Links in our mail carry tokens in the query string: never leak them in a Referer.
    headers.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    if !headers.contains_key(header::CONTENT_SECURITY_POLICY) {
        let csp = if is_api { API_CSP } else { UI_CSP };
        headers.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(csp));
    }
    if https {
        headers
            .insert(header::STRICT_TRANSPORT_SECURITY, HeaderValue::from_static("max-age=63072000; includeSubDomains"));
    }
    if carries_credentials || sets_cookie {
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    } else if path.starts_with("/assets/") {
        // Vite's hashed file names change with their content.
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("public, max-age=31536000, immutable"));
    } else if !headers.contains_key(header::CACHE_CONTROL) {
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    }
    Ok(res)
}
