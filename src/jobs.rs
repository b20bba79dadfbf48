//! Background loops other than mail: retention purges of expired tokens and
//! old sign-in failures, and thumbnails and hashes of uploaded images.

use std::sync::Arc;
use std::time::Duration;

use chrono::TimeDelta;
use tokio::sync::Notify;

use crate::clock::SharedClock;
use crate::db::{Db, email_tokens, files, idempotency, refresh_tokens, throttle};
use crate::storage::Storage;

pub async fn run_maintenance(db: Db, clock: SharedClock, throttle_window_secs: u64) {
    let mut tick = tokio::time::interval(Duration::from_secs(3600));
    loop {
        tick.tick().await;
        let now = clock.now_naive();
        let window = TimeDelta::seconds(i64::try_from(throttle_window_secs).unwrap_or(900));
        let result = db
            .write(move |conn| {
                let tokens = email_tokens::purge_expired(conn, now)?;
                let refresh = refresh_tokens::purge_expired(conn, now)?;
                let failures = throttle::purge_older_than(conn, now - window)?;
                // A retry a day later is a new request.
                idempotency::purge_older_than(conn, now - TimeDelta::days(1))?;
                Ok((tokens, refresh, failures))
            })
            .await;
        match result {
            Ok((tokens, refresh, failures)) => {
                tracing::debug!(tokens, refresh, failures, "Expired rows purged");
            }
            Err(e) => tracing::warn!(error = ?e, "Maintenance pass failed"),
        }
    }
}

/// Thumbnails and perceptual hashes, off the request path: an upload stores
/// the cleaned file and pokes `wakeup`; this loop does the slow decoding.
/// A sweep every minute catches files whose poke was lost (a restart). With
/// several processes two may work on one file: the results are the same and
/// only the first write counts.
pub async fn process_files(db: Db, storage: Arc<dyn Storage>, clock: SharedClock, wakeup: Arc<Notify>) {
    loop {
        let batch = db.read(|conn| Ok(files::unprocessed(conn, 16)?)).await;
        let batch = match batch {
            Ok(batch) => batch,
            Err(e) => {
                tracing::warn!(error = ?e, "Could not list files to process");
                Vec::new()
            }
        };
        if batch.is_empty() {
            let _ = tokio::time::timeout(Duration::from_secs(60), wakeup.notified()).await;
            continue;
        }
        for file in batch {
            let reader = storage.clone();
            let stored = file.clone();
            let made = tokio::task::spawn_blocking(move || derive(&*reader, &file).map(|d| (file.id, d))).await;
            let (id, (thumbnail_key, phash)) = match made {
                Ok(Ok(done)) => done,
                Ok(Err((id, e))) => {
                    // Marked done all the same: a file that cannot be read now will not be readable later.
                    tracing::warn!(file_id = %id, error = %e, "Could not make a thumbnail");
                    (id, (None, None))
                }
                Err(e) => {
                    tracing::error!(error = ?e, "The file worker panicked");
                    continue;
                }
            };
            let now = clock.now_naive();
            let made_thumbnail = thumbnail_key.clone();
            // The file may have been deleted while its thumbnail was being
            // made: its deletion could not know the thumbnail's key, so the
            // thumbnail is removed here rather than left behind.
            let marked = db
                .write(move |conn| {
                    let marked = files::mark_processed(conn, &id, thumbnail_key.as_deref(), phash.as_deref(), now)?;
                    if marked == 1
                        && let Some(hash) = phash.as_deref().and_then(|h| u64::from_str_radix(h, 16).ok())
                    {
                        files::flag_near_duplicates(conn, &stored, hash)?;
                    }
                    Ok(marked == 0 && files::find(conn, &id)?.is_none())
                })
                .await;
            match marked {
                Ok(true) => {
                    if let Some(key) = made_thumbnail {
                        let storage = storage.clone();
                        let removed = tokio::task::spawn_blocking(move || storage.delete(&key)).await;
                        if !matches!(removed, Ok(Ok(()))) {
                            tracing::warn!("Could not remove the thumbnail of a deleted file");
                        }
                    }
                }
                Ok(false) => {}
                Err(e) => tracing::warn!(error = ?e, "Could not record a processed file"),
            }
        }
    }
}

type Derived = (Option<String>, Option<String>);

/// The thumbnail (stored beside the file) and the perceptual hash of a raster image.
fn derive(storage: &dyn Storage, file: &files::StoredFile) -> Result<Derived, (String, String)> {
    let failed = |e: &dyn std::fmt::Display| (file.id.clone(), e.to_string());
    let Some(kind) = files::kind_of(&file.kind).filter(|k| k.is_raster_image()) else {
        return Ok((None, None));
    };
    let bytes = storage.get(&file.storage_key).map_err(|e| failed(&e))?;
    // Decoded once; the thumbnail and the hash both come from the fitted
    // image (hashing 32×32 of it differs from hashing the original by noise).
    let image = crate::files::decode_image(&bytes, kind, &crate::files::Limits::default()).map_err(|e| failed(&e))?;
    let fitted = crate::files::fit_within(image, THUMBNAIL_SIDE);
    let thumbnail = crate::files::encode_thumbnail(&fitted).map_err(|e| failed(&e))?;
    let hash = crate::files::perceptual_hash(&fitted);
    let key = format!("{}.thumb", file.storage_key);
    storage.put(&key, &thumbnail).map_err(|e| failed(&e))?;
    Ok((Some(key), Some(format!("{hash:016x}"))))
}

/// Longest side of a thumbnail, in pixels.
pub const THUMBNAIL_SIDE: u32 = 480;
