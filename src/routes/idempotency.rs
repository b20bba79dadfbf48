//! `Idempotency-Key` on create and submit. The key and the first answer are
//! stored in the same transaction as the change, so a retry replays the first
//! answer and a crash leaves neither.

use actix_web::http::StatusCode;
use actix_web::{FromRequest, HttpRequest, HttpResponse, dev::Payload};
use futures_util::future::{Ready, ready};
use sha2::{Digest, Sha256};

use crate::db::{DbConnection, idempotency};
use crate::error::{ApiError, ErrorCode};

pub const HEADER: &str = "idempotency-key";

/// The request's `Idempotency-Key`, if it sent one (1–255 visible ASCII characters).
pub struct IdempotencyKey(pub Option<String>);

impl FromRequest for IdempotencyKey {
    type Error = ApiError;
    type Future = Ready<Result<Self, ApiError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let Some(value) = req.headers().get(HEADER) else { return ready(Ok(IdempotencyKey(None))) };
        let key =
            value.to_str().ok().filter(|k| (1..=255).contains(&k.len()) && k.chars().all(|c| c.is_ascii_graphic()));
        ready(match key {
            Some(k) => Ok(IdempotencyKey(Some(k.to_owned()))),
            None => Err(ApiError::new(
                ErrorCode::InvalidParameter,
                "Idempotency-Key must be 1 to 255 visible ASCII characters.",
            )),
        })
    }
}

/// What an idempotent operation answers.
pub struct Answer {
    pub status: StatusCode,
    pub body: serde_json::Value,
}

impl Answer {
    pub fn into_response(self) -> HttpResponse {
        HttpResponse::build(self.status).json(self.body)
    }
}

/// Fingerprint of what the request asked for.
pub fn fingerprint(scope: &str, body: &serde_json::Value) -> String {
    hex::encode(Sha256::digest(format!("{scope}\n{body}").as_bytes()))
}

/// The request `scope` with this key and fingerprint, once: inside a write
/// transaction, answers what was stored for the key, or runs `work` and
/// stores its answer in the same transaction.
pub struct Request<'a> {
    pub user_id: &'a str,
    pub key: &'a Option<String>,
    pub scope: &'a str,
    pub hash: &'a str,
}

impl Request<'_> {
    pub fn run_once(
        &self,
        conn: &mut DbConnection,
        now: chrono::NaiveDateTime,
        work: impl FnOnce(&mut DbConnection) -> Result<Answer, ApiError>,
    ) -> Result<Answer, ApiError> {
        if let Some(answer) = replay(conn, self.user_id, self.key, self.hash)? {
            return Ok(answer);
        }
        let answer = work(conn)?;
        remember(conn, self.user_id, self.key, self.scope, self.hash, &answer, now)?;
        Ok(answer)
    }
}

/// Before the write: a retry whose answer is already stored is answered from
/// a read connection, without waiting for the writer. (A retry racing its
/// first request still finds the answer inside the write, below.)
pub async fn replay_stored(
    state: &crate::state::AppState,
    user_id: &str,
    key: &Option<String>,
    hash: &str,
) -> Result<Option<actix_web::HttpResponse>, ApiError> {
    if key.is_none() {
        return Ok(None);
    }
    let (user_id, key, hash) = (user_id.to_owned(), key.clone(), hash.to_owned());
    let stored = state.db.read(move |conn| replay(conn, &user_id, &key, &hash)).await?;
    Ok(stored.map(Answer::into_response))
}

/// The stored answer for this key, if any (an error if the key came with
/// another request).
pub fn replay(
    conn: &mut DbConnection,
    user_id: &str,
    key: &Option<String>,
    hash: &str,
) -> Result<Option<Answer>, ApiError> {
    let Some(key) = key else { return Ok(None) };
    let Some(stored) = idempotency::find(conn, user_id, key)? else { return Ok(None) };
    if stored.request_hash != hash {
        return Err(ApiError::new(
            ErrorCode::IdempotencyKeyReused,
            "This Idempotency-Key was used with a different request.",
        ));
    }
    let status =
        u16::try_from(stored.status_code).ok().and_then(|s| StatusCode::from_u16(s).ok()).unwrap_or(StatusCode::OK);
    let body = serde_json::from_str(&stored.response_body).map_err(ApiError::internal)?;
    Ok(Some(Answer { status, body }))
}

/// Inside the same transaction as the change: remembers its answer.
fn remember(
    conn: &mut DbConnection,
    user_id: &str,
    key: &Option<String>,
    scope: &str,
    hash: &str,
    answer: &Answer,
    now: chrono::NaiveDateTime,
) -> Result<(), ApiError> {
    if let Some(key) = key {
        idempotency::store(
            conn,
            user_id,
            key,
            scope,
            hash,
            i32::from(answer.status.as_u16()),
            &answer.body.to_string(),
            now,
        )?;
    }
    Ok(())
}
