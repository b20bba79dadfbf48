//! The contest editor's Markdown preview: the same safe renderer the
//! contest pages use, so what an organizer previews is what citizens see.

use actix_web::{HttpResponse, post, web};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::auth::AuthUser;
use crate::domain::markdown;
use crate::error::{ApiError, Problem};

/// As long as a contest's description or rules may be.
const MAX_CHARS: usize = 20_000;

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MarkdownPreviewRequest {
    /// Markdown as a contest's description or rules take it (at most 20,000 characters).
    pub markdown: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct MarkdownPreview {
    /// Safe HTML (raw HTML escaped, unsafe links and images dropped), as `description_html` would be.
    pub html: String,
}

/// Renders Markdown as a contest page would, without saving anything.
#[utoipa::path(
    operation_id = "preview_markdown",
    tag = "contests",
    security(("bearer" = [])),
    request_body = MarkdownPreviewRequest,
    responses(
        (status = 200, body = MarkdownPreview),
        (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Longer than a contest's text may be", body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/markdown/preview")]
pub async fn preview(_auth: AuthUser, body: web::Json<MarkdownPreviewRequest>) -> Result<HttpResponse, ApiError> {
    let source = body.into_inner().markdown;
    if source.chars().count() > MAX_CHARS {
        return Err(ApiError::field("markdown", "invalid_length", format!("At most {MAX_CHARS} characters.")));
    }
    Ok(HttpResponse::Ok().json(MarkdownPreview { html: markdown::render(&source) }))
}
