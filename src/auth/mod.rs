//! Who is calling and what they may do: access tokens (JWT), refresh tokens
//! (opaque, rotated), the authenticated-user extractor, client addresses, and
//! the one place that decides authorization (`authz`).

pub mod authz;
pub mod client_ip;
pub mod extractor;
pub mod jwt;
pub mod refresh_cookie;
pub mod tokens;

pub use extractor::AuthUser;
