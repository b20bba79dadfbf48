//! Files in entries' slots: the rows that say where each file's cleaned bytes
//! are stored, and the background worker's results (thumbnail, perceptual hash).

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::DbConnection;
use super::schema::{entries, entry_files};
use crate::files::FileKind;

#[derive(Debug, Clone, Queryable)]
pub struct StoredFile {
    pub id: String,
    pub entry_id: String,
    pub contest_id: String,
    pub slot: String,
    pub kind: String,
    pub size_bytes: i64,
    pub sha256: String,
    pub width: Option<i32>,
    pub height: Option<i32>,
    pub original_name: String,
    pub storage_key: String,
    pub thumbnail_key: Option<String>,
    pub phash: Option<String>,
    pub processed_at: Option<NaiveDateTime>,
    /// Another entry in the contest has a near-identical image.
    pub near_duplicate: bool,
    pub created_at: NaiveDateTime,
}

pub struct NewFile<'a> {
    pub id: &'a str,
    pub entry_id: &'a str,
    pub contest_id: &'a str,
    pub slot: &'a str,
    pub kind: &'a str,
    pub size_bytes: i64,
    pub sha256: &'a str,
    pub dimensions: Option<(i32, i32)>,
    pub original_name: &'a str,
    pub storage_key: &'a str,
}

pub fn insert(conn: &mut DbConnection, file: &NewFile, now: NaiveDateTime) -> QueryResult<()> {
    diesel::insert_into(entry_files::table)
        .values((
            entry_files::id.eq(file.id),
            entry_files::entry_id.eq(file.entry_id),
            entry_files::contest_id.eq(file.contest_id),
            entry_files::slot.eq(file.slot),
            entry_files::kind.eq(file.kind),
            entry_files::size_bytes.eq(file.size_bytes),
            entry_files::sha256.eq(file.sha256),
            entry_files::width.eq(file.dimensions.map(|d| d.0)),
            entry_files::height.eq(file.dimensions.map(|d| d.1)),
            entry_files::original_name.eq(file.original_name),
            entry_files::storage_key.eq(file.storage_key),
            entry_files::created_at.eq(now),
        ))
        .execute(conn)
        .map(|_| ())
}

pub fn find(conn: &mut DbConnection, id: &str) -> QueryResult<Option<StoredFile>> {
    entry_files::table.find(id).first(conn).optional()
}

pub fn list_for_entry(conn: &mut DbConnection, entry_id: &str) -> QueryResult<Vec<StoredFile>> {
    entry_files::table
        .filter(entry_files::entry_id.eq(entry_id))
        .order((entry_files::slot, entry_files::created_at, entry_files::id))
        .load(conn)
}

/// Files per slot of one entry.
pub fn counts_by_slot(conn: &mut DbConnection, entry_id: &str) -> QueryResult<Vec<(String, i64)>> {
    entry_files::table
        .filter(entry_files::entry_id.eq(entry_id))
        .group_by(entry_files::slot)
        .select((entry_files::slot, diesel::dsl::count_star()))
        .load(conn)
}

/// Files per slot of an entry, as submission checks them.
pub fn slot_counts(conn: &mut DbConnection, entry_id: &str) -> QueryResult<HashMap<String, u32>> {
    Ok(counts_by_slot(conn, entry_id)?
        .into_iter()
        .map(|(slot, n)| (slot, u32::try_from(n).unwrap_or(u32::MAX)))
        .collect())
}

pub fn delete(conn: &mut DbConnection, id: &str) -> QueryResult<usize> {
    diesel::delete(entry_files::table.find(id)).execute(conn)
}

/// Every file in a person's own entries (for their data export).
pub fn of_user(conn: &mut DbConnection, user_id: &str) -> QueryResult<Vec<StoredFile>> {
    entry_files::table
        .inner_join(entries::table)
        .filter(entries::user_id.eq(user_id))
        .select(entry_files::all_columns)
        .order(entry_files::id)
        .load(conn)
}

/// Storage keys (files and thumbnails) of the files in a person's drafts:
/// what must leave storage when the drafts are erased.
pub fn storage_keys_in_drafts_of(conn: &mut DbConnection, user_id: &str) -> QueryResult<Vec<String>> {
    let rows: Vec<(String, Option<String>)> = entry_files::table
        .inner_join(entries::table)
        .filter(entries::user_id.eq(user_id))
        .filter(entries::status.eq(super::entries::DRAFT))
        .select((entry_files::storage_key, entry_files::thumbnail_key))
        .load(conn)?;
    Ok(rows.into_iter().flat_map(|(file, thumb)| std::iter::once(file).chain(thumb)).collect())
}

/// Files the background worker has not looked at yet, oldest first.
pub fn unprocessed(conn: &mut DbConnection, limit: i64) -> QueryResult<Vec<StoredFile>> {
    entry_files::table
        .filter(entry_files::processed_at.is_null())
        .order(entry_files::created_at)
        .limit(limit)
        .load(conn)
}

pub fn mark_processed(
    conn: &mut DbConnection,
    id: &str,
    thumbnail_key: Option<&str>,
    phash: Option<&str>,
    now: NaiveDateTime,
) -> QueryResult<usize> {
    diesel::update(entry_files::table.find(id).filter(entry_files::processed_at.is_null()))
        .set((
            entry_files::thumbnail_key.eq(thumbnail_key),
            entry_files::phash.eq(phash),
            entry_files::processed_at.eq(now),
        ))
        .execute(conn)
}

/// Flags this file and every image of another entry in its contest whose
/// perceptual hash is within the near-duplicate distance of `hash`; returns
/// how many others matched.
pub fn flag_near_duplicates(conn: &mut DbConnection, file: &StoredFile, hash: u64) -> QueryResult<usize> {
    use crate::files::phash::{NEAR_DUPLICATE, distance};
    let others: Vec<(String, String)> = entry_files::table
        .filter(entry_files::contest_id.eq(&file.contest_id))
        .filter(entry_files::entry_id.ne(&file.entry_id))
        .filter(entry_files::phash.is_not_null())
        .select((entry_files::id, entry_files::phash.assume_not_null()))
        .load(conn)?;
    let close: Vec<String> = others
        .into_iter()
        .filter(|(_, other)| u64::from_str_radix(other, 16).is_ok_and(|o| distance(hash, o) <= NEAR_DUPLICATE))
        .map(|(id, _)| id)
        .collect();
    if !close.is_empty() {
        diesel::update(entry_files::table.filter(entry_files::id.eq_any(close.iter().chain([&file.id]))))
            .set(entry_files::near_duplicate.eq(true))
            .execute(conn)?;
    }
    Ok(close.len())
}

/// A file's perceptual hash with where it is.
#[derive(Debug, Clone, Queryable)]
pub struct PhotoHash {
    pub file_id: String,
    /// 16 hex digits.
    pub phash: String,
    pub entry_id: String,
    pub receipt_number: Option<String>,
}

/// Perceptual hashes of the files in a contest's submitted entries, with the
/// entry's id and receipt: what near-duplicate detection compares.
pub fn hashes_in_contest(conn: &mut DbConnection, contest_id: &str) -> QueryResult<Vec<PhotoHash>> {
    entry_files::table
        .inner_join(entries::table)
        .filter(entry_files::contest_id.eq(contest_id))
        .filter(entries::status.eq(super::entries::SUBMITTED))
        .filter(entry_files::phash.is_not_null())
        .select((entry_files::id, entry_files::phash.assume_not_null(), entries::id, entries::receipt_number))
        .order(entry_files::id)
        .load(conn)
}

/// The name a kind is stored under (its serialized name).
pub fn kind_name(kind: FileKind) -> &'static str {
    match kind {
        FileKind::Jpeg => "jpeg",
        FileKind::Png => "png",
        FileKind::Webp => "webp",
        FileKind::Svg => "svg",
        FileKind::Pdf => "pdf",
    }
}

pub fn kind_of(name: &str) -> Option<FileKind> {
    FileKind::ALL.into_iter().find(|k| kind_name(*k) == name)
}

/// The files of these entries, oldest first.
pub fn list_for_entries(conn: &mut DbConnection, entry_ids: &[String]) -> QueryResult<Vec<StoredFile>> {
    let mut found = Vec::new();
    for chunk in entry_ids.chunks(500) {
        found.extend(
            entry_files::table
                .filter(entry_files::entry_id.eq_any(chunk))
                .order(entry_files::id.asc())
                .load::<StoredFile>(conn)?,
        );
    }
    Ok(found)
}
