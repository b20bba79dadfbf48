//! File slots of an entry form: what an entrant uploads (photos, a logo, a
//! proposal PDF), how many, of which types and how large. Types are those the
//! server reads from the content, never the name or the client's word.

use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::form::{Text, text_ok, valid_key};
use crate::error::FieldError;
use crate::files::FileKind;

/// No slot takes files larger than this, whatever its setting says.
pub const MAX_FILE_BYTES: u64 = 50 * 1024 * 1024;
pub const MAX_SLOTS: usize = 10;
pub const MAX_FILES_PER_SLOT: u32 = 20;

fn one() -> u32 {
    1
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct FileSlot {
    /// Lower-case letters, digits and `_`, starting with a letter; unique among the slots.
    pub key: String,
    pub label: Text,
    pub help: Option<Text>,
    /// The types this slot takes, decided from each file's content.
    pub accept: Vec<FileKind>,
    /// Largest file, in bytes (at most 50 MiB).
    pub max_bytes: u64,
    /// Fewest files a submitted entry has here (a required slot needs at least one).
    #[serde(default)]
    pub min_count: u32,
    #[serde(default = "one")]
    pub max_count: u32,
    pub required: bool,
}

impl FileSlot {
    /// Files a submitted entry needs in this slot.
    pub fn needed(&self) -> u32 {
        if self.required { self.min_count.max(1) } else { self.min_count }
    }
}

pub fn check_slots(slots: &[FileSlot]) -> Vec<FieldError> {
    let mut errors = Vec::new();
    if slots.len() > MAX_SLOTS {
        errors.push(FieldError::new(
            "form.file_slots",
            "too_many",
            format!("A form has at most {MAX_SLOTS} file slots."),
        ));
    }
    let mut keys = HashSet::new();
    for (i, slot) in slots.iter().enumerate() {
        let at = format!("form.file_slots[{i}]");
        if !valid_key(&slot.key) {
            errors.push(FieldError::new(
                format!("{at}.key"),
                "invalid_key",
                "Use a-z, 0-9 and _, starting with a letter (at most 40).",
            ));
        } else if !keys.insert(slot.key.as_str()) {
            errors.push(FieldError::new(format!("{at}.key"), "duplicate", "Each slot needs its own key."));
        }
        if !text_ok(&slot.label) {
            errors.push(FieldError::new(format!("{at}.label"), "invalid_label", "A label needs 1 to 200 characters."));
        }
        let kinds: HashSet<FileKind> = slot.accept.iter().copied().collect();
        if slot.accept.is_empty() || kinds.len() != slot.accept.len() {
            errors.push(FieldError::new(format!("{at}.accept"), "invalid_types", "List each accepted type once."));
        }
        if !(1024..=MAX_FILE_BYTES).contains(&slot.max_bytes) {
            errors.push(FieldError::new(
                format!("{at}.max_bytes"),
                "out_of_range",
                format!("Between 1 KiB and {MAX_FILE_BYTES} bytes."),
            ));
        }
        if !(1..=MAX_FILES_PER_SLOT).contains(&slot.max_count) || slot.needed() > slot.max_count {
            errors.push(FieldError::new(
                format!("{at}.max_count"),
                "invalid_limits",
                format!("Between 1 and {MAX_FILES_PER_SLOT} files, and no fewer than the minimum."),
            ));
        }
    }
    errors
}

/// What a submission lacks: one error per slot with too few files, named
/// `files.<slot>`.
pub fn missing_files(slots: &[FileSlot], counts: &HashMap<String, u32>) -> Vec<FieldError> {
    slots
        .iter()
        .filter_map(|slot| {
            let have = counts.get(&slot.key).copied().unwrap_or(0);
            let need = slot.needed();
            (have < need).then(|| {
                FieldError::new(
                    format!("files.{}", slot.key),
                    "required",
                    format!("Upload at least {need} file(s) here; {have} so far."),
                )
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn slot(key: &str) -> FileSlot {
        FileSlot {
            key: key.to_owned(),
            label: Text { ko: "사진".into(), en: Some("Photo".into()) },
            help: None,
            accept: vec![FileKind::Jpeg, FileKind::Png],
            max_bytes: 10 * 1024 * 1024,
            min_count: 0,
            max_count: 3,
            required: true,
        }
    }

    #[test]
    fn a_sensible_slot_passes() {
        assert!(check_slots(&[slot("photos"), slot("extra")]).is_empty());
    }

    #[test]
    fn bad_slots_are_named_with_their_position() {
        let mut no_types = slot("a");
        no_types.accept.clear();
        let mut twice = slot("b");
        twice.accept = vec![FileKind::Pdf, FileKind::Pdf];
        let mut huge = slot("c");
        huge.max_bytes = MAX_FILE_BYTES + 1;
        let mut upside_down = slot("d");
        upside_down.min_count = 4;
        let errors = check_slots(&[no_types, twice, huge, upside_down, slot("Bad"), slot("e"), slot("e")]);
        let fields: Vec<_> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(
            fields,
            [
                "form.file_slots[0].accept",
                "form.file_slots[1].accept",
                "form.file_slots[2].max_bytes",
                "form.file_slots[3].max_count",
                "form.file_slots[4].key",
                "form.file_slots[6].key",
            ]
        );
    }

    #[test]
    fn a_required_slot_needs_one_file_even_with_a_zero_minimum() {
        let counts = HashMap::new();
        let missing = missing_files(&[slot("photos")], &counts);
        assert_eq!(missing.len(), 1);
        assert_eq!(missing[0].field, "files.photos");
        let mut optional = slot("extra");
        optional.required = false;
        assert!(missing_files(&[optional], &counts).is_empty());
    }

    #[test]
    fn a_minimum_above_one_counts_the_files_present() {
        let mut two = slot("photos");
        two.min_count = 2;
        let counts = HashMap::from([("photos".to_owned(), 1)]);
        assert_eq!(missing_files(std::slice::from_ref(&two), &counts).len(), 1);
        let counts = HashMap::from([("photos".to_owned(), 2)]);
        assert!(missing_files(&[two], &counts).is_empty());
    }
}
