//! What every handler can reach.

use std::sync::Arc;

use tokio::sync::Notify;

use crate::auth::jwt::JwtKeys;
use crate::clock::SharedClock;
use crate::config::Settings;
use crate::db::Db;
use crate::storage::Storage;

pub struct AppState {
    pub db: Db,
    pub settings: Arc<Settings>,
    pub clock: SharedClock,
    pub jwt: Arc<JwtKeys>,
    /// Poked when a request has queued mail.
    pub mail_wakeup: Arc<Notify>,
    /// Uploaded files' bytes.
    pub storage: Arc<dyn Storage>,
    /// Poked when a file waits for its thumbnail and hash.
    pub files_wakeup: Arc<Notify>,
}

impl AppState {
    pub fn now(&self) -> chrono::NaiveDateTime {
        self.clock.now_naive()
    }
}
