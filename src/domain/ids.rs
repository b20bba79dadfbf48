/// A new id: UUIDv7 as lowercase text, so ids sort by creation time on both
/// backends (which keyset pagination relies on).
pub fn new_id() -> String {
    uuid::Uuid::now_v7().to_string()
}

/// Whether `text` looks like an id this system made; lets handlers answer 404
/// for garbage without a query.
pub fn is_valid_id(text: &str) -> bool {
    uuid::Uuid::try_parse(text).is_ok()
}
