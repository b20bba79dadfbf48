//! Validated types and pure rules. Nothing here does I/O: once a value has a
//! domain type it is known good.

pub mod age;
pub mod awards;
pub mod consent;
pub mod contest;
pub mod csv;
pub mod display_name;
pub mod email;
pub mod ids;
pub mod judging;
pub mod locale;
pub mod markdown;
pub mod naming;
pub mod pagination;
pub mod password;
pub mod slug;
pub mod time;
pub mod vote;

pub use display_name::DisplayName;
pub use email::Email;
pub use locale::Locale;
pub use password::Password;
