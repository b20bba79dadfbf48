//! One error type for the whole API, answered as RFC 9457
//! `application/problem+json` with a stable `code` the frontend switches on.
//! 5xx answers say nothing about their cause; the cause is logged, with the
//! request id, where the error is turned into a response.

use std::fmt;

use actix_web::http::StatusCode;
use actix_web::http::header::{self, HeaderValue};
use actix_web::{HttpResponse, ResponseError};
use serde::Serialize;
use utoipa::ToSchema;

/// Stable, machine-readable error codes. Never rename one: clients match on them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// The body is not JSON of the expected shape (including unknown fields).
    InvalidBody,
    /// A query string or path parameter is malformed.
    InvalidParameter,
    /// One or more fields failed validation; see `errors`.
    ValidationFailed,
    /// No usable credentials were sent.
    Unauthenticated,
    /// The access or refresh token is invalid, expired or revoked.
    InvalidToken,
    /// Email and password do not match an account.
    InvalidCredentials,
    /// A single-use email link is unknown, used or expired.
    InvalidLink,
    /// The signed-in account may not do this.
    Forbidden,
    /// The account must verify its email or get its guardian's consent first.
    AccountRestricted,
    /// The request's Origin is not one this server trusts.
    OriginRejected,
    NotFound,
    /// The change conflicts with the current state (e.g. a duplicate).
    Conflict,
    /// Someone saved a newer version first; reload and apply the change again.
    VersionConflict,
    /// The contest does not accept this change now (before opening or after the deadline).
    DeadlinePassed,
    /// The person has as many submitted entries as the contest allows.
    EntryLimitReached,
    /// The account does not meet the contest's eligibility rules.
    NotEligible,
    /// The Idempotency-Key was used before with a different request.
    IdempotencyKeyReused,
    /// The team has as many members as the contest allows.
    TeamFull,
    /// The person is already in a team in this contest (one team per person per contest).
    AlreadyInTeam,
    /// The team invitation is older than its 7 days; ask the leader for a new one.
    InvitationExpired,
    /// This contest takes entries from teams only.
    TeamRequired,
    /// The team has fewer members than the contest requires to submit.
    TeamTooSmall,
    /// Scoring has opened: the stage's rubric and recipe are frozen (the
    /// recipe changes only with a `reopen_reason`, the rubric not once scored).
    StageFrozen,
    /// The stage is closed: its results are final.
    StageClosed,
    /// Scores are taken only while the stage's scoring window is open.
    ScoringClosed,
    /// The judge must declare whether they have a conflict of interest before seeing the entry.
    DeclarationRequired,
    /// Votes are taken only while the contest's public vote is open.
    VotingClosed,
    /// The contest's results are not announced yet (nothing about them is public before the announcement time).
    ResultsNotAnnounced,
    /// The results are published: the awards, the announcement time and the credits are final.
    ResultsPublished,
    PayloadTooLarge,
    UnsupportedMediaType,
    TooManyRequests,
    ServiceUnavailable,
    InternalError,
}

impl ErrorCode {
    pub fn status(self) -> StatusCode {
        match self {
            ErrorCode::InvalidBody | ErrorCode::InvalidParameter | ErrorCode::InvalidLink => StatusCode::BAD_REQUEST,
            ErrorCode::ValidationFailed => StatusCode::UNPROCESSABLE_ENTITY,
            ErrorCode::Unauthenticated | ErrorCode::InvalidToken | ErrorCode::InvalidCredentials => {
                StatusCode::UNAUTHORIZED
            }
            ErrorCode::Forbidden | ErrorCode::AccountRestricted | ErrorCode::OriginRejected => StatusCode::FORBIDDEN,
            ErrorCode::NotFound => StatusCode::NOT_FOUND,
            ErrorCode::Conflict
            | ErrorCode::VersionConflict
            | ErrorCode::DeadlinePassed
            | ErrorCode::EntryLimitReached
            | ErrorCode::TeamFull
            | ErrorCode::AlreadyInTeam
            | ErrorCode::InvitationExpired
            | ErrorCode::StageFrozen
            | ErrorCode::StageClosed
            | ErrorCode::ScoringClosed
            | ErrorCode::VotingClosed
            | ErrorCode::ResultsPublished => StatusCode::CONFLICT,
            ErrorCode::ResultsNotAnnounced => StatusCode::NOT_FOUND,
            ErrorCode::DeclarationRequired => StatusCode::FORBIDDEN,
            ErrorCode::TeamRequired | ErrorCode::TeamTooSmall => StatusCode::UNPROCESSABLE_ENTITY,
            ErrorCode::NotEligible => StatusCode::FORBIDDEN,
            ErrorCode::IdempotencyKeyReused => StatusCode::UNPROCESSABLE_ENTITY,
            ErrorCode::PayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            ErrorCode::UnsupportedMediaType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            ErrorCode::TooManyRequests => StatusCode::TOO_MANY_REQUESTS,
            ErrorCode::ServiceUnavailable => StatusCode::SERVICE_UNAVAILABLE,
            ErrorCode::InternalError => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::InvalidBody => "invalid_body",
            ErrorCode::InvalidParameter => "invalid_parameter",
            ErrorCode::ValidationFailed => "validation_failed",
            ErrorCode::Unauthenticated => "unauthenticated",
            ErrorCode::InvalidToken => "invalid_token",
            ErrorCode::InvalidCredentials => "invalid_credentials",
            ErrorCode::InvalidLink => "invalid_link",
            ErrorCode::Forbidden => "forbidden",
            ErrorCode::AccountRestricted => "account_restricted",
            ErrorCode::OriginRejected => "origin_rejected",
            ErrorCode::NotFound => "not_found",
            ErrorCode::Conflict => "conflict",
            ErrorCode::VersionConflict => "version_conflict",
            ErrorCode::DeadlinePassed => "deadline_passed",
            ErrorCode::EntryLimitReached => "entry_limit_reached",
            ErrorCode::NotEligible => "not_eligible",
            ErrorCode::IdempotencyKeyReused => "idempotency_key_reused",
            ErrorCode::TeamFull => "team_full",
            ErrorCode::AlreadyInTeam => "already_in_team",
            ErrorCode::InvitationExpired => "invitation_expired",
            ErrorCode::TeamRequired => "team_required",
            ErrorCode::TeamTooSmall => "team_too_small",
            ErrorCode::StageFrozen => "stage_frozen",
            ErrorCode::StageClosed => "stage_closed",
            ErrorCode::ScoringClosed => "scoring_closed",
            ErrorCode::DeclarationRequired => "declaration_required",
            ErrorCode::VotingClosed => "voting_closed",
            ErrorCode::ResultsNotAnnounced => "results_not_announced",
            ErrorCode::ResultsPublished => "results_published",
            ErrorCode::PayloadTooLarge => "payload_too_large",
            ErrorCode::UnsupportedMediaType => "unsupported_media_type",
            ErrorCode::TooManyRequests => "too_many_requests",
            ErrorCode::ServiceUnavailable => "service_unavailable",
            ErrorCode::InternalError => "internal_error",
        }
    }

    fn title(self) -> &'static str {
        match self {
            ErrorCode::InvalidBody => "The request body is not valid",
            ErrorCode::InvalidParameter => "A request parameter is not valid",
            ErrorCode::ValidationFailed => "Some fields are not valid",
            ErrorCode::Unauthenticated => "Sign-in required",
            ErrorCode::InvalidToken => "The token is not valid",
            ErrorCode::InvalidCredentials => "Email or password is wrong",
            ErrorCode::InvalidLink => "The link is not valid",
            ErrorCode::Forbidden => "Not allowed",
            ErrorCode::AccountRestricted => "The account is restricted",
            ErrorCode::OriginRejected => "The request's origin is not allowed",
            ErrorCode::NotFound => "Not found",
            ErrorCode::Conflict => "Conflict",
            ErrorCode::VersionConflict => "A newer version exists",
            ErrorCode::DeadlinePassed => "Not accepted at this time",
            ErrorCode::EntryLimitReached => "Entry limit reached",
            ErrorCode::NotEligible => "Not eligible",
            ErrorCode::IdempotencyKeyReused => "Idempotency-Key reused with another request",
            ErrorCode::TeamFull => "The team is full",
            ErrorCode::AlreadyInTeam => "Already in a team in this contest",
            ErrorCode::InvitationExpired => "The invitation has expired",
            ErrorCode::TeamRequired => "Entries only as a team",
            ErrorCode::TeamTooSmall => "The team is too small",
            ErrorCode::StageFrozen => "The stage's scoring rules are frozen",
            ErrorCode::StageClosed => "The stage is closed",
            ErrorCode::ScoringClosed => "Scoring is not open",
            ErrorCode::DeclarationRequired => "Declare conflicts of interest first",
            ErrorCode::VotingClosed => "Voting is not open",
            ErrorCode::ResultsNotAnnounced => "The results are not announced yet",
            ErrorCode::ResultsPublished => "The results are published",
            ErrorCode::PayloadTooLarge => "The request is too large",
            ErrorCode::UnsupportedMediaType => "Unsupported content type",
            ErrorCode::TooManyRequests => "Too many requests",
            ErrorCode::ServiceUnavailable => "Service unavailable",
            ErrorCode::InternalError => "Internal error",
        }
    }
}

/// One field's problem, in the `errors` array of a problem document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct FieldError {
    /// The field's path in the request, e.g. `email` or `consents[1].version`.
    pub field: String,
    /// A stable code such as `required`, `too_short`, `invalid_format`.
    pub code: String,
    pub message: String,
}

impl FieldError {
    pub fn new(field: impl Into<String>, code: impl Into<String>, message: impl Into<String>) -> Self {
        Self { field: field.into(), code: code.into(), message: message.into() }
    }
}

/// An RFC 9457 problem document as this API sends it.
#[derive(Debug, Serialize, ToSchema)]
pub struct Problem {
    #[serde(rename = "type")]
    pub type_: String,
    pub title: String,
    pub status: u16,
    pub detail: String,
    pub code: ErrorCode,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<FieldError>,
}

pub struct ApiError {
    code: ErrorCode,
    detail: String,
    errors: Vec<FieldError>,
    retry_after_secs: Option<u64>,
    /// The cause of a 5xx, logged and never sent.
    source: Option<anyhow::Error>,
}

impl ApiError {
    pub fn new(code: ErrorCode, detail: impl Into<String>) -> Self {
        Self { code, detail: detail.into(), errors: Vec::new(), retry_after_secs: None, source: None }
    }

    pub fn code(&self) -> ErrorCode {
        self.code
    }

    pub fn bad_request(detail: impl Into<String>) -> Self {
        Self::new(ErrorCode::InvalidBody, detail)
    }

    pub fn validation(errors: Vec<FieldError>) -> Self {
        let detail = match errors.as_slice() {
            [only] => only.message.clone(),
            _ => format!("{} fields are not valid", errors.len()),
        };
        Self { errors, ..Self::new(ErrorCode::ValidationFailed, detail) }
    }

    pub fn field(field: &str, code: &str, message: impl Into<String>) -> Self {
        Self::validation(vec![FieldError::new(field, code, message)])
    }

    pub fn unauthenticated() -> Self {
        Self::new(ErrorCode::Unauthenticated, "Sign in to continue.")
    }

    pub fn invalid_token() -> Self {
        Self::new(ErrorCode::InvalidToken, "The token is invalid, expired or revoked. Sign in again.")
    }

    pub fn forbidden() -> Self {
        Self::new(ErrorCode::Forbidden, "Your account may not do this.")
    }

    pub fn not_found() -> Self {
        Self::new(ErrorCode::NotFound, "There is nothing here.")
    }

    pub fn conflict(detail: impl Into<String>) -> Self {
        Self::new(ErrorCode::Conflict, detail)
    }

    pub fn too_many_requests(retry_after_secs: u64) -> Self {
        Self {
            retry_after_secs: Some(retry_after_secs.max(1)),
            ..Self::new(ErrorCode::TooManyRequests, "Too many attempts. Try again later.")
        }
    }

    pub fn unavailable(cause: impl Into<anyhow::Error>) -> Self {
        Self {
            source: Some(cause.into()),
            ..Self::new(ErrorCode::ServiceUnavailable, "The service is busy. Try again shortly.")
        }
    }

    pub fn internal(cause: impl Into<anyhow::Error>) -> Self {
        Self { source: Some(cause.into()), ..Self::new(ErrorCode::InternalError, "Something went wrong on our side.") }
    }

    pub fn problem(&self) -> Problem {
        Problem {
            type_: format!("urn:modu:problem:{}", self.code.as_str()),
            title: self.code.title().to_owned(),
            status: self.code.status().as_u16(),
            detail: self.detail.clone(),
            code: self.code,
            errors: self.errors.clone(),
        }
    }
}

impl fmt::Debug for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.code.as_str(), self.detail)?;
        if let Some(source) = &self.source {
            write!(f, " — caused by: {source:?}")?;
        }
        Ok(())
    }
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.code.as_str(), self.detail)
    }
}

impl std::error::Error for ApiError {}

impl From<diesel::result::Error> for ApiError {
    fn from(error: diesel::result::Error) -> Self {
        match error {
            diesel::result::Error::NotFound => ApiError::not_found(),
            other => ApiError::internal(anyhow::Error::new(other).context("A database query failed")),
        }
    }
}

impl From<validator::ValidationErrors> for ApiError {
    fn from(errors: validator::ValidationErrors) -> Self {
        let mut fields: Vec<FieldError> = errors
            .field_errors()
            .into_iter()
            .flat_map(|(field, errs)| {
                errs.iter().map(move |e| {
                    let message =
                        e.message.as_ref().map(|m| m.to_string()).unwrap_or_else(|| format!("{field} is not valid"));
                    FieldError::new(field.to_string(), e.code.to_string(), message)
                })
            })
            .collect();
        fields.sort_by(|a, b| a.field.cmp(&b.field));
        ApiError::validation(fields)
    }
}

pub const PROBLEM_JSON: &str = "application/problem+json";

impl ResponseError for ApiError {
    fn status_code(&self) -> StatusCode {
        self.code.status()
    }

    fn error_response(&self) -> HttpResponse {
        let status = self.status_code();
        if status.is_server_error() {
            // Inside the request's span, so the line carries the request id.
            tracing::error!(code = self.code.as_str(), cause = ?self.source, "Request failed");
        }
        let mut response = HttpResponse::build(status);
        response.insert_header((header::CONTENT_TYPE, HeaderValue::from_static(PROBLEM_JSON)));
        if let Some(secs) = self.retry_after_secs {
            response.insert_header((header::RETRY_AFTER, secs.to_string()));
        }
        match serde_json::to_vec(&self.problem()) {
            Ok(body) => response.body(body),
            Err(_) => response.finish(),
        }
    }
}

/// Turns actix's extractor failures (bad JSON, unknown fields, oversize bodies,
/// malformed query strings) into problem documents.
pub fn json_error_handler(
    error: actix_web::error::JsonPayloadError,
    _req: &actix_web::HttpRequest,
) -> actix_web::Error {
    use actix_web::error::JsonPayloadError as E;
    let api = match &error {
        E::Overflow { .. } | E::OverflowKnownLength { .. } => {
            ApiError::new(ErrorCode::PayloadTooLarge, "The request body is too large.")
        }
        E::ContentType => ApiError::new(ErrorCode::UnsupportedMediaType, "Send the body as application/json."),
        E::Deserialize(inner) => ApiError::bad_request(format!("The body is not valid: {inner}")),
        other => ApiError::bad_request(format!("The body could not be read: {other}")),
    };
    api.into()
}

pub fn query_error_handler(
    error: actix_web::error::QueryPayloadError,
    _req: &actix_web::HttpRequest,
) -> actix_web::Error {
    ApiError::new(ErrorCode::InvalidParameter, format!("The query string is not valid: {error}")).into()
}

pub fn path_error_handler(error: actix_web::error::PathError, _req: &actix_web::HttpRequest) -> actix_web::Error {
    ApiError::new(ErrorCode::InvalidParameter, format!("The path is not valid: {error}")).into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn internal_errors_never_show_their_cause() {
        let error = ApiError::internal(anyhow::anyhow!("password=hunter2 leaked"));
        let body = serde_json::to_string(&error.problem()).unwrap_or_default();
        assert!(!body.contains("hunter2"));
        assert_eq!(error.status_code(), StatusCode::INTERNAL_SERVER_ERROR);
    }

    #[test]
    fn every_code_serializes_as_its_stable_name() {
        for code in [
            ErrorCode::InvalidBody,
            ErrorCode::ValidationFailed,
            ErrorCode::TooManyRequests,
            ErrorCode::TeamFull,
            ErrorCode::AlreadyInTeam,
            ErrorCode::InvitationExpired,
            ErrorCode::TeamRequired,
            ErrorCode::TeamTooSmall,
        ] {
            let json = serde_json::to_value(code).unwrap_or_default();
            assert_eq!(json, serde_json::Value::String(code.as_str().to_owned()));
        }
    }
}
