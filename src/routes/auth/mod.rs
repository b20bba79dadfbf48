//! Registration, email links, and sessions.

pub mod email_links;
pub mod register;
pub mod session;
