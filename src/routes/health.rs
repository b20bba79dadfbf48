//! Liveness and readiness, outside `/api/v1` so load balancers need no version.

use actix_web::{HttpResponse, get, web};
use diesel::connection::SimpleConnection;
use serde_json::json;

use crate::error::ApiError;
use crate::state::AppState;

/// The process is up.
#[get("/health")]
pub async fn health() -> HttpResponse {
    HttpResponse::Ok().json(json!({ "status": "ok" }))
}

/// The database answers.
#[get("/ready")]
pub async fn ready(state: web::Data<AppState>) -> Result<HttpResponse, ApiError> {
    state.db.read(|conn| conn.batch_execute("SELECT 1").map_err(ApiError::unavailable)).await?;
    Ok(HttpResponse::Ok().json(json!({ "status": "ready", "database": state.db.backend().name() })))
}
