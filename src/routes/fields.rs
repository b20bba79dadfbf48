//! Collects every field's problem of a request at once, so a form can show
//! them all rather than one per round trip.

use std::fmt::Display;

use crate::error::{ApiError, FieldError};

#[derive(Default)]
pub struct Fields(Vec<FieldError>);

impl Fields {
    /// Keeps the value, or notes the error under `field` with `code`.
    pub fn take<T, E: Display>(&mut self, field: &str, code: &str, result: Result<T, E>) -> Option<T> {
        match result {
            Ok(v) => Some(v),
            Err(e) => {
                self.0.push(FieldError::new(field, code, e.to_string()));
                None
            }
        }
    }

    pub fn push(&mut self, error: FieldError) {
        self.0.push(error);
    }

    pub fn extend(&mut self, errors: Vec<FieldError>) {
        self.0.extend(errors);
    }

    /// `Ok` only when nothing was noted.
    pub fn finish(self) -> Result<(), ApiError> {
        if self.0.is_empty() { Ok(()) } else { Err(ApiError::validation(self.0)) }
    }
}
