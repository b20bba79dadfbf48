//! Keyset pagination over UUIDv7 ids (which sort by creation time). Every list
//! endpoint takes `limit` (1–100, default 20) and an opaque `cursor`, and answers
//! with `next_cursor` (`null` on the last page).

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use crate::error::{ApiError, ErrorCode};

pub const DEFAULT_LIMIT: u32 = 20;
pub const MAX_LIMIT: u32 = 100;

#[derive(Debug, Clone, Default, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct PageQuery {
    /// How many items to return (1–100, default 20).
    pub limit: Option<u32>,
    /// The `next_cursor` of the previous page.
    pub cursor: Option<String>,
}

/// A page request that passed validation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageRequest {
    pub limit: u32,
    /// Items strictly after this id.
    pub after: Option<String>,
}

impl PageQuery {
    pub fn parse(&self) -> Result<PageRequest, ApiError> {
        let limit = self.limit.unwrap_or(DEFAULT_LIMIT);
        if !(1..=MAX_LIMIT).contains(&limit) {
            return Err(ApiError::new(
                ErrorCode::InvalidParameter,
                format!("limit must be between 1 and {MAX_LIMIT}."),
            ));
        }
        let after = match &self.cursor {
            None => None,
            Some(cursor) => Some(decode_cursor(cursor).ok_or_else(|| {
                ApiError::new(ErrorCode::InvalidParameter, "The cursor is not one this server gave out.")
            })?),
        };
        Ok(PageRequest { limit, after })
    }
}

fn decode_cursor(cursor: &str) -> Option<String> {
    let bytes = URL_SAFE_NO_PAD.decode(cursor).ok()?;
    let id = String::from_utf8(bytes).ok()?;
    crate::domain::ids::is_valid_id(&id).then_some(id)
}

pub fn encode_cursor(id: &str) -> String {
    URL_SAFE_NO_PAD.encode(id)
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Page<T> {
    pub items: Vec<T>,
    /// Pass as `cursor` to get the next page; `null` on the last page.
    pub next_cursor: Option<String>,
}

impl<T> Page<T> {
    /// Builds a page from up to `limit + 1` rows fetched in id order: the extra
    /// row only says that another page exists.
    pub fn from_rows(mut rows: Vec<T>, limit: u32, id_of: impl Fn(&T) -> &str) -> Self {
        let more = rows.len() > limit as usize;
        rows.truncate(limit as usize);
        let next_cursor = if more { rows.last().map(|r| encode_cursor(id_of(r))) } else { None };
        Self { items: rows, next_cursor }
    }

    pub fn map<U>(self, f: impl FnMut(T) -> U) -> Page<U> {
        Page { items: self.items.into_iter().map(f).collect(), next_cursor: self.next_cursor }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_outside_one_to_a_hundred_are_refused() {
        for bad in [0, 101, 10_000] {
            assert!(PageQuery { limit: Some(bad), cursor: None }.parse().is_err());
        }
        assert_eq!(PageQuery::default().parse().unwrap().limit, DEFAULT_LIMIT);
    }

    #[test]
    fn a_cursor_round_trips_and_garbage_is_refused() {
        let id = crate::domain::ids::new_id();
        let q = PageQuery { limit: None, cursor: Some(encode_cursor(&id)) };
        assert_eq!(q.parse().unwrap().after, Some(id));
        assert!(PageQuery { limit: None, cursor: Some("'; DROP TABLE users".into()) }.parse().is_err());
    }

    #[test]
    fn the_extra_row_becomes_the_next_cursor() {
        let rows = vec!["a".to_owned(), "b".to_owned(), "c".to_owned()];
        let page = Page::from_rows(rows, 2, |s| s.as_str());
        assert_eq!(page.items.len(), 2);
        assert_eq!(page.next_cursor, Some(encode_cursor("b")));
        let last = Page::from_rows(vec!["a".to_owned()], 2, |s| s.as_str());
        assert_eq!(last.next_cursor, None);
    }
}
