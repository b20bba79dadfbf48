//! Times leave the API as RFC 3339 UTC with a `Z`, whatever the backend stored.

use chrono::{DateTime, NaiveDateTime, SecondsFormat, Utc};
use serde::Serializer;

pub fn to_utc(naive: NaiveDateTime) -> DateTime<Utc> {
    naive.and_utc()
}

pub fn serialize<S: Serializer>(value: &NaiveDateTime, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(&format(*value))
}

pub fn serialize_option<S: Serializer>(value: &Option<NaiveDateTime>, serializer: S) -> Result<S::Ok, S::Error> {
    match value {
        Some(v) => serializer.serialize_str(&format(*v)),
        None => serializer.serialize_none(),
    }
}

pub fn format(value: NaiveDateTime) -> String {
    value.and_utc().to_rfc3339_opts(SecondsFormat::Millis, true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_are_written_in_utc_with_a_z() {
        let t = chrono::NaiveDate::from_ymd_opt(2026, 11, 21).unwrap().and_hms_micro_opt(9, 5, 7, 123_456).unwrap();
        assert_eq!(format(t), "2026-11-21T09:05:07.123Z");
    }
}
